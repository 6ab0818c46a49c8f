/** Child process for the crash test: ingests every file of a directory, printing each stored source id. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/storage/index.js';
import { ingestReport } from '../../src/services/ingest.service.js';
import { fakeExtract } from './fake-extractor.js';

const [file, dir] = process.argv.slice(2);
const store = await openStore({ engine: 'sqlite', file: file! });
process.stdout.write('ready\n');
for (const name of readdirSync(dir!).sort()) {
  const out = await ingestReport(store, { bytes: readFileSync(join(dir!, name)), path: name }, { extract: fakeExtract });
  process.stdout.write(`${out.status} ${out.sourceId}\n`);
}
await store.close();
process.stdout.write('done\n');
