/**
 * The yardstick of `npm run bench:cli`, and nothing else: a naive keyword-and-digit extractor. It reads
 * every report in a folder, and for each word of exchange it finds a figure within 60 characters of,
 * prints that pair, one JSON line per report. No language, no parties, no dates, no sentences: what
 * it costs is about the least any extractor can cost on the same files.
 *
 *   node dist/bench/naive-extract.js DIR > out.jsonl
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = /\b(?:prisoners?|pows?|captives?|detainees?|hostages?|bodies|remains|exchanged?|swap(?:ped)?|released|freed|handed over|returned|repatriated)\b/g;
const FIGURE = /\d[\d,]*/g;

function figuresIn(text: string): Array<{ word: string; figure: number }> {
  const low = text.toLowerCase();
  const out: Array<{ word: string; figure: number }> = [];
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(low); m; m = WORDS.exec(low)) {
    const around = low.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60);
    FIGURE.lastIndex = 0;
    const f = FIGURE.exec(around);
    if (f) out.push({ word: m[0], figure: Number(f[0].replace(/,/g, '')) });
  }
  return out;
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node dist/bench/naive-extract.js DIR\n');
    process.exitCode = 2;
    return;
  }
  const names = readdirSync(dir).filter((n) => n.endsWith('.txt') || n.endsWith('.html')).sort();
  let out: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    out.push(`${JSON.stringify({ path, figures: figuresIn(readFileSync(path, 'utf8')) })}\n`);
    if (out.length >= 256) {
      process.stdout.write(out.join(''));
      out = [];
    }
  }
  process.stdout.write(out.join(''));
}

main();
