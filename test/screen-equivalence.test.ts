/**
 * The screen (src/extract/screen.ts) never drops a report that extraction finds a claim in: every
 * report is read twice, past the screen and through it, and the claims must be the same. Over every
 * fixture (with its detected language and with its labelled one, as `--lang` gives it), the seed,
 * corpora the benchmarks generate (several seeds, plain text, pages of ~150 KB, a ledger's worth of
 * exchange reports) and every passage the extractor's own tests read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exchangeFragments } from '../src/bench/exchange-templates.js';
import { exchangeCorpus, generateReport } from '../src/bench/generate-corpus.js';
import { generateHtmlPage } from '../src/bench/generate-html.js';
import { extractClaims, TABLES } from '../src/extract/index.js';
import { mayHoldClaims, screenText } from '../src/extract/screen.js';
import { detectLanguage } from '../src/ingest/language.js';
import { readReport } from '../src/services/extract.service.js';
import { CORPUS_DIR, loadCorpus } from '../scripts/eval-lib.js';
import { createRng } from '../src/bench/prng.js';

const here = dirname(fileURLToPath(import.meta.url));
const encoder = new TextEncoder();

interface Both {
  full: string;
  screened: string;
  dropped: boolean;
}

/** The claims of one report read in full and read through the screen, as JSON. */
function readBoth(bytes: Uint8Array, path: string, language?: string): Both {
  const input = { bytes, path, ...(language ? { language } : {}) };
  const full = readReport(input, extractClaims, { screen: false });
  const screened = readReport(input, extractClaims, { screen: true });
  const claims = (r: typeof full): string => (r.ok ? JSON.stringify(r.value.claims) : `failed: ${r.error.code}`);
  return { full: claims(full), screened: claims(screened), dropped: screened.ok && screened.value.doc.screened === true };
}

/** Reports whose claims differ, by name: the list must stay empty. */
function differences(items: Array<{ name: string; bytes: Uint8Array; language?: string }>): { lost: string[]; dropped: number } {
  const lost: string[] = [];
  let dropped = 0;
  for (const item of items) {
    const both = readBoth(item.bytes, item.name, item.language);
    if (both.full !== both.screened) lost.push(`${item.name}${item.language ? ` (--lang ${item.language})` : ''}`);
    if (both.dropped) dropped++;
  }
  return { lost, dropped };
}

describe('the screen drops no report with a claim', () => {
  it('over every fixture, with its detected and its labelled language', () => {
    const fixtures = loadCorpus(CORPUS_DIR);
    expect(fixtures.length).toBeGreaterThan(300);
    const items = fixtures.flatMap((f) => {
      const bytes = new Uint8Array(readFileSync(f.reportPath));
      return [{ name: f.id, bytes }, { name: f.id, bytes, language: f.expected.language }];
    });
    expect(differences(items).lost).toEqual([]);
  }, 600_000);

  it('over the seed', () => {
    const dir = resolve(here, '..', '..', 'shared', 'seeds');
    const seeds = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
    const items = seeds.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
    const { lost, dropped } = differences(items);
    expect(lost).toEqual([]);
    expect(dropped).toBe(0);
  }, 120_000);

  it('over generated plain-text corpora of several seeds, while dropping most reports about something else', () => {
    for (const seed of [1, 2, 7, 42]) {
      const reports = Array.from({ length: 300 }, (_, i) => generateReport(seed, i));
      const items = reports.map((r) => ({ name: `seed ${seed} report ${r.index}`, bytes: encoder.encode(r.text) }));
      const { lost, dropped } = differences(items);
      expect(lost).toEqual([]);
      const others = reports.filter((r) => !r.aboutExchange).length;
      // The screen earns its place: at least half of the reports about something else go no further.
      expect(dropped).toBeGreaterThan(others / 2);
    }
  }, 600_000);

  it('over generated pages of ~150 KB and a ledger’s worth of exchange reports', () => {
    const pages = Array.from({ length: 12 }, (_, i) => generateHtmlPage(3, i));
    expect(differences(pages.map((p) => ({ name: `page ${p.index}`, bytes: encoder.encode(p.html) }))).lost).toEqual([]);
    const ledger = exchangeCorpus(5, 150);
    expect(differences(ledger.map((r, i) => ({ name: `exchange report ${i}`, bytes: encoder.encode(r.text) }))).lost).toEqual([]);
    const rng = createRng(11);
    const fragments = exchangeFragments(rng, 200);
    expect(differences(fragments.map((t, i) => ({ name: `fragment ${i}: ${t.slice(0, 60)}`, bytes: encoder.encode(t) }))).lost).toEqual([]);
  }, 600_000);

  it('over every passage the extractor’s tests read, in its detected language and as "und"', () => {
    const dirs = [resolve(here, '../src/extract'), resolve(here, '../src/extract/lang')];
    // Each passage with the languages its test file names, the one detected, and "und".
    const passages = new Map<string, Set<string>>();
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.test.ts'))) {
        const source = readFileSync(join(dir, f), 'utf8');
        const named = [...source.matchAll(/'([a-z]{2,3})'/g)].map((m) => m[1]!).filter((c) => Object.hasOwn(TABLES, c));
        for (const m of source.matchAll(/'((?:[^'\\\n]|\\.){30,})'|"((?:[^"\\\n]|\\.){30,})"|`((?:[^`\\$]|\\.){30,})`/g)) {
          const raw = (m[1] ?? m[2] ?? m[3])!;
          const text = raw.replace(/\\n/g, '\n').replace(/\\(['"`\\])/g, '$1');
          if (/\p{L}/u.test(text)) passages.set(text, new Set([...(passages.get(text) ?? []), ...named]));
        }
      }
    }
    expect(passages.size).toBeGreaterThan(200);
    const lost: string[] = [];
    for (const [text, named] of passages) {
      const found = screenText(text);
      for (const language of new Set([...named, detectLanguage(text), 'und'])) {
        const doc = { text, title: null, language, publishedAt: null, format: 'text' as const, contentHash: '' };
        let claims: unknown[];
        try {
          claims = extractClaims(doc, { language });
        } catch {
          continue;
        }
        if (claims.length > 0 && !mayHoldClaims(found, language)) lost.push(`[${language}] ${text.slice(0, 80)}`);
      }
    }
    expect(lost).toEqual([]);
  }, 600_000);
});
