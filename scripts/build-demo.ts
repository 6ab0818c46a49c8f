/**
 * Builds data/demo-ledger.json from the reference facts (../shared/data/facts-public.json by
 * default): facts and their source links only, no text. Run: npx tsx scripts/build-demo.ts [FACTS.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { issuesOf } from '../src/domain/index.js';
import { factsFromPublic } from '../src/ledger/demo.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(process.argv[2] ?? resolve(root, '../shared/data/facts-public.json'));
const output = resolve(root, 'data/demo-ledger.json');

const result = factsFromPublic(JSON.parse(readFileSync(input, 'utf8')), 'facts-public.json');
if (!result.ok) {
  for (const issue of issuesOf(result.error)) process.stderr.write(`${input}: ${issue.message}\n`);
  process.exit(1);
}
writeFileSync(output, `${JSON.stringify(result.value, null, 2)}\n`);
const facts = result.value.facts;
const links = new Set(facts.flatMap((f) => f.sources)).size;
process.stdout.write(`${output}: ${facts.length} facts, ${links} source links\n`);
