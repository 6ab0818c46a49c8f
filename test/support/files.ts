import { createReadStream } from 'node:fs';
import type { LedgerFileInput } from '../../src/services/index.js';

/** A JSON export on disk, as the CLI hands it to the import service. */
export const fromFile = (file: string): LedgerFileInput => ({ name: file, open: () => createReadStream(file) });
