/**
 * npm run eval -- [--verbose] [--only <id-prefix>] [--json] [--oracle-lang]
 * (with --json, use `npm run -s eval -- --json` so npm prints no banner before the JSON)
 *
 * Ingests and extracts every report in test/fixtures/corpus and scores the claims against its
 * <id>.expected.json (see scripts/eval-lib.ts for the matching rules).
 */
import { parseArgs } from 'node:util';
import type { Claim } from '../src/domain/index.js';
import { belowFloor, evaluateCorpus, loadFloor, sentenceWithFigure } from './eval-lib.js';
import type { ExpectedClaim, GroupMetrics } from './eval-lib.js';

const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', short: 'v', default: false },
    only: { type: 'string' },
    json: { type: 'boolean', default: false },
    'oracle-lang': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  process.stdout.write(
    [
      'usage: npm run eval -- [--verbose] [--only <id-prefix>] [--json] [--oracle-lang]',
      '  --verbose      list every miss, extra and wrong field per fixture, with its sentence',
      '  --only P       only fixtures whose id starts with P (en-, ru-, uk-0 …)',
      '  --json         print the metrics as JSON',
      '  --oracle-lang  give the extractor the labelled language instead of the detected one',
      '',
    ].join('\n'),
  );
  process.exit(0);
}

const evaluation = evaluateCorpus({ ...(values.only ? { only: values.only } : {}), oracleLanguage: values['oracle-lang'] });

if (values.json) {
  process.stdout.write(`${JSON.stringify({ fixtures: evaluation.runs.length, groups: evaluation.groups, languages: evaluation.languages }, null, 2)}\n`);
  process.exit(0);
}

const descExpected = (g: ExpectedClaim): string =>
  `${g.kind} ${g.twoWay ? 'two-way' : `${g.from ?? '?'}→${g.to ?? '?'}`} ${g.category}${g.wounded ? ' (wounded)' : ''} ${g.count === null ? '(no figure)' : `${g.qualifier === 'exact' ? '' : `${g.qualifier} `}${g.count}`}${g.date ? ` @${g.date}` : ''}`;
const descClaim = (c: Claim): string =>
  `${c.kind} ${c.twoWay ? 'two-way' : `${c.from ?? '?'}→${c.to ?? '?'}`} ${c.category}${c.wounded ? ' (wounded)' : ''} ${c.count === null ? '(no figure)' : `${c.count.qualifier === 'exact' ? '' : `${c.count.qualifier} `}${c.count.value}`}${c.date ? ` @${c.date.start}` : ''}`;
const clip = (s: string | null | undefined, n = 220): string => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

if (values.verbose) {
  for (const r of evaluation.runs) {
    const s = r.score;
    const lines: string[] = [];
    if (r.error) lines.push(`  FAILED ${r.error}`);
    if (r.detectedLanguage !== null && r.detectedLanguage !== r.fixture.expected.language) {
      lines.push(`  LANG detected ${r.detectedLanguage}, labelled ${r.fixture.expected.language}`);
    }
    for (const g of s.misses) lines.push(`  MISS  ${descExpected(g)}\n        « ${clip(sentenceWithFigure(r.text, g.count, g.wordForm))} »`);
    for (const c of s.extras) {
      lines.push(`  EXTRA ${descClaim(c)}${s.distractorHits.includes(c) ? '  [distractor]' : ''}\n        « ${clip(c.evidence?.sentence)} »`);
    }
    for (const m of s.matches) if (m.wrong.length) lines.push(`  WRONG ${descExpected(m.expected)}: ${m.wrong.join(', ')}\n        « ${clip(m.predicted.evidence?.sentence)} »`);
    for (const g of s.figurelessMisses) lines.push(`  MISS  ${descExpected(g)}`);
    for (const c of s.figurelessExtras) lines.push(`  EXTRA ${descClaim(c)}\n        « ${clip(c.evidence?.sentence)} »`);
    if (lines.length) process.stdout.write(`${r.fixture.id} (${r.fixture.expected.style})\n${lines.join('\n')}\n`);
  }
  process.stdout.write('\n');
}

const pct = (x: number | null): string => (x === null ? '   -' : `${(100 * x).toFixed(0).padStart(3)}%`);
const line = (name: string, m: GroupMetrics): string => {
  const a = m.accuracy;
  return [
    `${name.padEnd(6)} fixtures ${String(m.fixtures).padStart(3)}${m.failed ? ` (failed ${m.failed})` : ''}`,
    `  figures  P ${m.precision.toFixed(2)}  R ${m.recall.toFixed(2)}  F1 ${m.f1.toFixed(2)}  (tp ${m.tp} fp ${m.fp} fn ${m.fn})`,
    `  on matches  kind ${pct(a.kind)}  category ${pct(a.category)}  wounded ${pct(a.wounded)}  qualifier ${pct(a.qualifier)}  direction ${pct(a.direction)}  date ${pct(a.date)}  attribution ${pct(a.attribution)}  agreement ${pct(a.agreement)}  mediator ${pct(a.mediator)}`,
    `  figure-less claims  recall ${pct(m.figureless.recall)} (${m.figureless.found}/${m.figureless.expected}), extras ${m.figureless.extras}`,
    `  distractor numbers that became claims  ${m.distractorHits}`,
    ...(m.languageMismatches ? [`  language detected differently from the label  ${m.languageMismatches}`] : []),
  ].join('\n');
};

for (const [name, m] of Object.entries(evaluation.groups)) process.stdout.write(`${line(name, m)}\n\n`);

// One line per language: its floor beside its score, so a table that slipped shows at once.
const floor = loadFloor();
const short = (lang: string, m: GroupMetrics): string => {
  const min = floor.languages?.[lang];
  const a = m.accuracy;
  const mark = min === undefined ? '' : m.f1 < min ? `  BELOW FLOOR ${min}` : `  (floor ${min})`;
  return `${lang.padEnd(4)} ${String(m.fixtures).padStart(3)} fixtures  P ${m.precision.toFixed(2)}  R ${m.recall.toFixed(2)}  F1 ${m.f1.toFixed(2)}  dir ${pct(a.direction)}  kind ${pct(a.kind)}  cat ${pct(a.category)}  date ${pct(a.date)}  distractors ${m.distractorHits}${m.languageMismatches ? `  lang-mismatch ${m.languageMismatches}` : ''}${mark}`;
};
process.stdout.write('per language\n');
for (const [lang, m] of Object.entries(evaluation.languages)) process.stdout.write(`${short(lang, m)}\n`);
process.stdout.write(`\nF1 ${evaluation.groups['all']!.f1.toFixed(2)}\n`);
// Only a full run is held to the floors: --only picks a subset.
const failures = values.only ? [] : belowFloor(evaluation, floor);
if (failures.length) {
  process.stdout.write(`below floor: ${failures.join('; ')}\n`);
  process.exitCode = 1;
}
