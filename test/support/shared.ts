// The team's shared folder (specs, schemas, the agency sample) sits beside the repository, in CI
// as here; ILR_SHARED_DIR points elsewhere when it does not.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_DIR = process.env.ILR_SHARED_DIR ?? resolve(fileURLToPath(new URL('../../../shared', import.meta.url)));
