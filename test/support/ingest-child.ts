/** Child process for the crash test: ingests every file of a directory, printing each stored source id. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/storage/index.js';
import { ingestReport } from '../../src/services/ingest.service.js';
import { fakeExtract } from './fake-extractor.js';

const [file, dir] = process.argv.slice(2);
const store = await openStore({ engine: 'sqlite', file: file! });
process.stdout.write('ready\n');
// As the ingest command does: a savepoint per source, a commit per batch of 20.
let batch = await store.startBatch();
let n = 0;
for (const name of readdirSync(dir!).sort()) {
  const out = await ingestReport(store, { bytes: readFileSync(join(dir!, name)), path: name }, { extract: fakeExtract, batch });
  process.stdout.write(`${out.status} ${out.sourceId}\n`);
  if (++n % 20 === 0) {
    await batch.commit();
    batch = await store.startBatch();
  }
}
await batch.commit();
await store.close();
process.stdout.write('done\n');
