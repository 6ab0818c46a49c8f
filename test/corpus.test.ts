import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countOf } from '../src/domain/index.js';
import type { Claim } from '../src/domain/index.js';
import {
  CORPUS_DIR,
  ExpectedFileSchema,
  belowFloor,
  evaluateCorpus,
  loadCorpus,
  loadFloor,
  scoreFixture,
  textHasFigure,
} from '../scripts/eval-lib.js';
import type { ExpectedClaim, ExpectedFile, Fixture } from '../scripts/eval-lib.js';

const files = readdirSync(CORPUS_DIR);
const expectedFiles = files.filter((f) => f.endsWith('.expected.json')).sort();

describe('fixture corpus', () => {
  it('has every report paired with its expected.json', () => {
    const reports = files.filter((f) => /\.(txt|html)$/.test(f)).map((f) => f.replace(/\.(txt|html)$/, ''));
    const ids = expectedFiles.map((f) => f.slice(0, -'.expected.json'.length));
    expect(reports.sort()).toEqual(ids);
    const stray = files.filter((f) => !/\.(txt|html|expected\.json)$/.test(f) && f !== 'floor.json');
    expect(stray).toEqual([]);
  });

  it('has at least 90 English, 12 Russian and 12 Ukrainian reports', () => {
    const langs = loadCorpus().map((f) => f.expected.language);
    const n = (l: string): number => langs.filter((x) => x === l).length;
    expect(n('en')).toBeGreaterThanOrEqual(90);
    expect(n('ru')).toBeGreaterThanOrEqual(12);
    expect(n('uk')).toBeGreaterThanOrEqual(12);
  });

  describe.each(expectedFiles)('%s', (name) => {
    const id = name.slice(0, -'.expected.json'.length);
    const raw: unknown = JSON.parse(readFileSync(join(CORPUS_DIR, name), 'utf8'));
    const parsed = ExpectedFileSchema.safeParse(raw);

    it('matches the schema', () => {
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    });

    if (!parsed.success) return;
    const expected = parsed.data;
    const report = files.find((f) => f === `${id}.txt` || f === `${id}.html`);
    const text = report ? readFileSync(join(CORPUS_DIR, report), 'utf8') : '';

    it('has the id prefix of its language', () => {
      expect(id.slice(0, 3)).toBe(`${expected.language}-`);
    });

    it('has every expected figure in its text', () => {
      const absent = expected.claims
        .filter((c) => c.count !== null && !textHasFigure(text, c.count, c.wordForm))
        .map((c) => `${c.count}${c.wordForm ? ` ("${c.wordForm}")` : ''}`);
      expect(absent).toEqual([]);
    });

    it('has every distractor number in its text', () => {
      const absent = expected.distractors.filter((d) =>
        typeof d === 'number' ? !textHasFigure(text, d) : !text.includes(d.context) || !textHasFigure(d.context, d.value),
      );
      expect(absent).toEqual([]);
    });

    it('gives claim dates only where the text or the publication date can anchor them', () => {
      // Without a publication date, only absolute dates can be right; they must then be written in the text (year included).
      if (expected.publishedAt !== null) return;
      const bad = expected.claims.filter((c) => c.date !== null && !text.includes(c.date.slice(0, 4)));
      expect(bad.map((c) => c.date)).toEqual([]);
    });
  });
});

/** What a perfect extractor would return for a fixture: its non-optional expected claims as Claims. */
function oracle(expected: ExpectedFile): Claim[] {
  return expected.claims
    .filter((c) => !c.optional)
    .map((c: ExpectedClaim): Claim => ({
      kind: c.kind,
      category: c.category,
      from: c.from,
      to: c.to,
      count: c.count === null || c.qualifier === null ? null : countOf(c.count, c.qualifier),
      date: c.date === null ? null : { start: c.date.length === 10 ? c.date : `${c.date}-01`, end: c.date, precision: c.date.length === 10 ? 'day' : 'month' },
      attribution: { speaker: c.speaker, party: c.speakerParty },
      agreement: c.agreement,
      mediator: c.mediator,
      evidence: { sentence: '', start: 0, end: 0 },
      wounded: c.wounded,
      partOf: c.partOf ?? null,
      twoWay: c.twoWay ?? false,
      confidence: 1,
      flags: [],
    }));
}

describe('scorer', () => {
  const corpus = loadCorpus();

  it('gives a perfect score to the expected claims themselves', () => {
    for (const f of corpus) {
      const s = scoreFixture(f.expected, oracle(f.expected));
      const wrong = s.matches.flatMap((m) => m.wrong);
      expect({ id: f.id, fp: s.fp, fn: s.fn, wrong, figureless: s.figurelessExpected - s.figurelessFound }).toEqual({
        id: f.id, fp: 0, fn: 0, wrong: [], figureless: 0,
      });
    }
  });

  it('counts everything as missed when nothing is predicted', () => {
    const f = corpus.find((x) => x.expected.claims.some((c) => !c.optional && c.count !== null))!;
    const s = scoreFixture(f.expected, []);
    expect(s.tp).toBe(0);
    expect(s.fn).toBe(f.expected.claims.filter((c) => !c.optional && c.count !== null).length);
  });

  it('counts a distractor that became a claim', () => {
    const plain = (x: Fixture): number[] => x.expected.distractors.filter((d): d is number => typeof d === 'number' && !x.expected.claims.some((c) => c.count === d));
    const f = corpus.find((x) => plain(x).length > 0)!;
    const d = plain(f)[0]!;
    const bogus: Claim = {
      kind: 'event', category: 'pow', from: null, to: null, count: countOf(d, 'exact'), date: null,
      attribution: { speaker: null, party: null }, agreement: null, mediator: null,
      evidence: { sentence: '', start: 0, end: 0 }, wounded: false, partOf: null, twoWay: false, confidence: 1, flags: [],
    };
    const s = scoreFixture(f.expected, [bogus]);
    expect(s.distractorHits).toHaveLength(1);
    expect(s.fp).toBe(1);
  });

  it('runs the extractor over the corpus with F1 at or above the floor, overall and per language', () => {
    const floor = loadFloor();
    const evaluation = evaluateCorpus();
    const all = evaluation.groups['all']!;
    process.stdout.write(
      `corpus: F1 ${all.f1.toFixed(3)} (P ${all.precision.toFixed(3)} R ${all.recall.toFixed(3)}; floor ${floor.f1})\n`,
    );
    expect(belowFloor(evaluation, floor)).toEqual([]);
    // Several hundred fixtures in thirty languages: minutes on a busy shared machine.
  }, 240_000);

  it('has a floor for every language with fixtures other than English, Russian and Ukrainian', () => {
    const langs = new Set(loadCorpus().map((f) => f.expected.language));
    const floors = loadFloor().languages ?? {};
    expect([...langs].filter((l) => !['en', 'ru', 'uk'].includes(l) && floors[l] === undefined)).toEqual([]);
  });

  it('holds every language with its own fixtures to at least ten of them', () => {
    const counts = new Map<string, number>();
    for (const f of loadCorpus()) counts.set(f.expected.language, (counts.get(f.expected.language) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n < 10)).toEqual([]);
  });
});
