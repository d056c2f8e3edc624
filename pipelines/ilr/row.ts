// A row as read from a return: each ILR field typed once at the edge (parse-fields.ts), null when
// absent or unreadable. Below ingest/, validate/ and warehouse/, which all read rows.

export type FieldValue = string | number | bigint | null;

export type Row = Record<string, FieldValue>;
