/**
 * Builds data/demo-ledger.json from the reference facts (../shared/data/facts-public.json by
 * default): facts and their source links only, no text. Run: npx tsx scripts/build-demo.ts [FACTS.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { issuesOf } from '../src/domain/index.js';
import { factsFromPublic } from '../src/ledger/demo.js';
import { DEMO_EXTRA, DEMO_STATEMENTS } from './demo-statements.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(process.argv[2] ?? resolve(root, '../shared/data/facts-public.json'));
const output = resolve(root, 'data/demo-ledger.json');

const result = factsFromPublic(JSON.parse(readFileSync(input, 'utf8')), 'facts-public.json');
if (!result.ok) {
  for (const issue of issuesOf(result.error)) process.stderr.write(`${input}: ${issue.message}\n`);
  process.exit(1);
}
const facts = result.value.facts;
// Who said what, in our words: each statement must name a fact and one of its links.
const byId = new Map(facts.map((f) => [f.id, f]));
for (const st of DEMO_STATEMENTS) {
  const fact = byId.get(st.fact);
  if (!fact) throw new Error(`statement for an unknown fact ${st.fact}`);
  if (st.source !== null && !fact.sources.includes(st.source)) throw new Error(`${st.fact}: ${st.source} is not one of its links`);
}
const links = new Set(facts.flatMap((f) => f.sources));
for (const x of DEMO_EXTRA) if (x.source !== null && !links.has(x.source)) throw new Error(`${x.id}: ${x.source} is not a link of the reference data`);
writeFileSync(output, `${JSON.stringify({ ...result.value, statements: DEMO_STATEMENTS, extra: DEMO_EXTRA }, null, 2)}\n`);
process.stdout.write(`${output}: ${facts.length} facts, ${links.size} source links, ${DEMO_STATEMENTS.length} statements, ${DEMO_EXTRA.length} running totals and plans\n`);
