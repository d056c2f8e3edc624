// Opens what a provider sends, an XML file or a zip holding one XML of the same name, as a stream
// of text chunks, reporting bytes read for the progress bar.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import yauzl from 'yauzl';
import { decodeXml } from './xml/decode.ts';
import { FileFault } from './xml/read-ilr-xml.ts';

export type FileFormat = 'xml' | 'zip' | 'legacy_csv';

export function formatOf(path: string): FileFormat | null {
  const ext = extname(path).toLowerCase();
  if (ext === '.xml') return 'xml';
  if (ext === '.zip') return 'zip';
  if (ext === '.csv') return 'legacy_csv';
  return null;
}

export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function sizeOf(path: string): Promise<number> {
  return (await stat(path)).size;
}

/**
 * An ILR XML compresses about 10–30 times; a zip whose XML would unpack to more than 4 GB, or to
 * more than 200 times its packed size once past 64 MB, is refused unread (a "zip bomb" would fill
 * the memory or the disk long before it said anything useful).
 */
export const ZIP_LIMITS = { maxBytes: 4 * 1024 ** 3, maxRatio: 200, ratioFrom: 64 * 1024 ** 2 } as const;

export function zipBombReason(uncompressed: number, compressed: number): string | null {
  const mb = (n: number) => `${Math.round(n / 1024 ** 2).toLocaleString('en-GB')} MB`;
  if (uncompressed > ZIP_LIMITS.maxBytes) {
    return `The XML inside the zip would unpack to ${mb(uncompressed)}, more than the 4 GB any ILR return needs; it was refused unread.`;
  }
  if (uncompressed > ZIP_LIMITS.ratioFrom && uncompressed > compressed * ZIP_LIMITS.maxRatio) {
    return (
      `The XML inside the zip would unpack to ${mb(uncompressed)} from ${mb(compressed)} — over ${ZIP_LIMITS.maxRatio} times its packed size, ` +
      'which no real ILR return is (a "zip bomb"); it was refused unread.'
    );
  }
  return null;
}

function openZipEntry(path: string): Promise<{ stream: Readable; name: string }> {
  return new Promise((resolve, reject) => {
    // autoClose would shut the file once the entry list is read, before the XML is streamed.
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) => {
      if (error || !zip) {
        reject(new FileFault(`The zip file is corrupt or not a zip (ZIP_CORRUPT): ${error?.message ?? 'unreadable'}.`));
        return;
      }
      const entries: yauzl.Entry[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('/')) entries.push(entry);
        zip.readEntry();
      });
      zip.on('error', (e: Error) => reject(new FileFault(`The zip file is corrupt (ZIP_CORRUPT): ${e.message}.`)));
      zip.on('end', () => {
        const xml = entries.filter((e) => e.fileName.toLowerCase().endsWith('.xml'));
        const only = xml[0];
        const fail = (fault: FileFault) => {
          zip.close();
          reject(fault);
        };
        if (entries.length !== 1 || !only) {
          fail(new FileFault(`The zip must hold exactly one XML file (ZIP_EMPTY); it holds ${entries.length} file(s).`));
          return;
        }
        const expected = basename(path, extname(path)).toLowerCase();
        if (basename(only.fileName, extname(only.fileName)).toLowerCase() !== expected) {
          fail(new FileFault(`The XML inside is named ${only.fileName}, not ${expected}.xml like its zip (ZIP_INCONSISTENT_FILENAME).`));
          return;
        }
        if ((only.generalPurposeBitFlag & 0x1) !== 0) {
          fail(new FileFault('The zip file is password protected and cannot be read (Protected ZIP file).'));
          return;
        }
        const bomb = zipBombReason(only.uncompressedSize, only.compressedSize);
        if (bomb) {
          fail(new FileFault(bomb));
          return;
        }
        zip.openReadStream(only, (e, stream) => {
          if (e || !stream) {
            zip.close();
            reject(new FileFault(`The zip entry could not be read (ZIP_CORRUPT): ${e?.message ?? ''}.`));
            return;
          }
          // Read at once into a buffer of our own: a stored (uncompressed) entry's stream that is not
          // read straight away never delivers (the process then ended with exit 13 and no word).
          // The pipe still waits while the buffer is full, so memory stays bounded.
          const out = new PassThrough({ highWaterMark: 1 << 20 });
          stream.on('error', (error: Error) => {
            out.destroy(new FileFault(`The zip file is corrupt: the XML inside cannot be unpacked (ZIP_CORRUPT: ${error.message}).`));
          });
          out.on('close', () => zip.close());
          stream.pipe(out);
          resolve({ stream: out, name: only.fileName });
        });
      });
      zip.readEntry();
    });
  });
}

/** Text chunks of the XML inside `path`; `onBytes` is told the compressed or plain bytes read. */
export async function* xmlChunks(
  path: string,
  format: 'xml' | 'zip',
  onBytes?: (bytes: number) => void,
): AsyncGenerator<string> {
  let stream: Readable;
  if (format === 'zip') {
    stream = (await openZipEntry(path)).stream;
  } else {
    stream = createReadStream(path, { highWaterMark: 1 << 20 });
  }
  // Decoded as the file declares (a byte-order mark, or <?xml … encoding="…"?>); decodeXml tells
  // onBytes the bytes it reads.
  yield* decodeXml(stream as AsyncIterable<Buffer>, onBytes);
}
