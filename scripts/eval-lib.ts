/**
 * Scoring for the fixture corpus in test/fixtures/corpus: the expected-claim schema, the matcher
 * (in the spirit of /work/shared/devset/score.mjs) and the corpus runner. Used by `npm run eval`
 * (scripts/eval.ts) and by test/corpus.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CATEGORIES, CLAIM_KINDS, QUALIFIERS } from '../src/domain/index.js';
import type { Claim } from '../src/domain/index.js';
import { extractClaims } from '../src/extract/index.js';
import { ingestBytes } from '../src/ingest/index.js';
import { readableText } from '../src/extract/script-text.js';
import { normaliseDigits } from '../src/extract/numbers.js';

export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/corpus');

// ---------------------------------------------------------------------------------------------
// Schema of <id>.expected.json

const Slug = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'lowercase slug');

const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a calendar day');

const ClaimDate = z.union([IsoDay, z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), z.string().regex(/^\d{4}$/)]);

export const ExpectedClaimSchema = z
  .object({
    kind: z.enum(CLAIM_KINDS),
    /** Other kinds that are also right (e.g. a huge "event" that is really a running total). */
    altKinds: z.array(z.enum(CLAIM_KINDS)).optional(),
    category: z.enum(CATEGORIES),
    wounded: z.boolean(),
    from: Slug.nullable(),
    to: Slug.nullable(),
    /** Both directions summed into one figure, or one figure for a swap with no direction. */
    twoWay: z.boolean().optional(),
    count: z.number().int().nonnegative().nullable(),
    /** Other readings of the same figure that are also right. */
    altCounts: z.array(z.number().int().nonnegative()).optional(),
    qualifier: z.enum(QUALIFIERS).nullable(),
    /** Event date (or as-of date of a cumulative), YYYY-MM-DD or coarser; null: nothing in the text anchors it. */
    date: ClaimDate.nullable(),
    speakerParty: Slug.nullable(),
    speaker: z.string().min(1).nullable(),
    agreement: Slug.nullable(),
    mediator: Slug.nullable(),
    /** Neither rewarded nor penalised: rounded headline totals, sums of both sides. */
    optional: z.boolean(),
    /** Index of the total this figure is a part of ("including 120 civilians"). */
    partOf: z.number().int().nonnegative().nullable().optional(),
    /** How the figure is written when it is in words ("eighty-four", "тисячу", "none"). */
    wordForm: z.string().min(1).optional(),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if ((c.count === null) !== (c.qualifier === null)) ctx.addIssue({ code: 'custom', message: 'count and qualifier must both be null or both set' });
    if (c.twoWay && (c.from !== null || c.to !== null)) ctx.addIssue({ code: 'custom', message: 'twoWay claims have from/to null' });
    if (c.kind === 'confirmation' && c.count !== null) ctx.addIssue({ code: 'custom', message: 'a confirmation carries no figure' });
    if (c.from !== null && c.from === c.to) ctx.addIssue({ code: 'custom', message: 'from and to are the same party' });
    if (c.wounded && c.category !== 'pow') ctx.addIssue({ code: 'custom', message: 'wounded is for category pow' });
    // a named speaker speaks for someone: a party, or a mediator's slug
    if (c.speaker !== null && c.speakerParty === null) ctx.addIssue({ code: 'custom', message: 'speaker without speakerParty' });
  });
export type ExpectedClaim = z.infer<typeof ExpectedClaimSchema>;

export const ExpectedFileSchema = z
  .object({
    publishedAt: IsoDay.nullable(),
    /** ISO 639-1 code of the report's language (the fixture id starts with it). */
    language: z.string().regex(/^[a-z]{2}$/, 'ISO 639-1 code'),
    style: z.string().regex(/^[a-z][a-z-]*$/),
    /** Further traits of the text (numbers-in-words, respectively, zero …). */
    tags: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).optional(),
    claims: z.array(ExpectedClaimSchema),
    /**
     * Numbers in the text (digits) that must not become claims. When the same number is also a real
     * figure of the text, give the words around the distracting use as `context`.
     */
    distractors: z.array(z.union([z.number().nonnegative(), z.object({ value: z.number().nonnegative(), context: z.string().min(1) }).strict()])),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    f.claims.forEach((c, i) => {
      if (c.partOf != null && (c.partOf >= f.claims.length || c.partOf === i)) {
        ctx.addIssue({ code: 'custom', path: ['claims', i, 'partOf'], message: 'partOf points nowhere' });
      }
    });
  });
export type ExpectedFile = z.infer<typeof ExpectedFileSchema>;

export type Distractor = ExpectedFile['distractors'][number];
export const distractorValue = (d: Distractor): number => (typeof d === 'number' ? d : d.value);

export interface Fixture {
  id: string;
  /** Absolute path of the report (.txt or .html). */
  reportPath: string;
  expectedPath: string;
  expected: ExpectedFile;
}

/** Every fixture in `dir`; throws with the file name when an expected.json does not parse (a bug in the corpus). */
export function loadCorpus(dir: string = CORPUS_DIR): Fixture[] {
  const names = readdirSync(dir);
  const out: Fixture[] = [];
  for (const name of names.filter((n) => n.endsWith('.expected.json')).sort()) {
    const id = name.slice(0, -'.expected.json'.length);
    const report = names.find((n) => n === `${id}.txt` || n === `${id}.html`);
    if (!report) throw new Error(`${name}: no ${id}.txt or ${id}.html beside it`);
    const raw: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const parsed = ExpectedFileSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    out.push({ id, reportPath: join(dir, report), expectedPath: join(dir, name), expected: parsed.data });
  }
  return out;
}

/** en, ru+uk or other: the groups score.mjs reports. */
export const groupOf = (lang: string): string => (lang === 'en' ? 'en' : lang === 'ru' || lang === 'uk' ? 'ru+uk' : 'other');

// ---------------------------------------------------------------------------------------------
// Matching

const ALIAS: Record<string, string[]> = {
  'saudi-led-coalition': ['saudi-coalition', 'coalition'],
  'yemeni-government': ['yemen-government', 'yemen', 'government-of-yemen'],
  houthis: ['houthi', 'ansar-allah'],
  rsf: ['rapid-support-forces'],
  saf: ['sudanese-armed-forces', 'sudan-army', 'sudan'],
  tplf: ['tigray', 'tigrayan-forces'],
  hezbollah: ['hizbollah', 'hizballah'],
  eln: ['national-liberation-army'],
  colombia: ['colombian-government'],
  uae: ['united-arab-emirates'],
  turkey: ['turkiye', 'türkiye'],
  'united-states': ['usa', 'us'],
};
const normSlug = (p: string | null | undefined): string | null =>
  p == null ? null : p.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Same party, allowing the usual alternative slugs. */
export function sameParty(gold: string | null, pred: string | null | undefined): boolean {
  const g = normSlug(gold);
  const p = normSlug(pred);
  if (g === null || p === null) return g === p;
  return g === p || (ALIAS[g] ?? []).includes(p);
}

/** May `pred` fill this expected slot? A null expected party (or a two-way total) accepts any party. */
function partyCompatible(gold: ExpectedClaim, side: 'from' | 'to', pred: string | null | undefined): boolean {
  if (gold.twoWay) return true;
  const g = gold[side];
  return g === null ? true : sameParty(g, pred);
}

const CAT_SOFT: string[][] = [
  ['pow', 'mixed'],
  ['civilians', 'mixed', 'hostages', 'children', 'detainees'],
  ['detainees', 'pow', 'mixed'],
];
/** Category match, soft as in score.mjs: pow/mixed, civilians/hostages/children/detainees/mixed, detainees/pow. */
export const categoryCompatible = (g: string, p: string): boolean => g === p || CAT_SOFT.some((s) => s.includes(g) && s.includes(p));

const kindOk = (g: ExpectedClaim, p: Claim): boolean => g.kind === p.kind || (g.altKinds ?? []).includes(p.kind);
const countsOf = (g: ExpectedClaim): number[] => (g.count === null ? [] : [g.count, ...(g.altCounts ?? [])]);

/** One field check on a match: [right, scored]. */
type Tally = [number, number];
export interface FieldTallies {
  kind: Tally;
  category: Tally;
  wounded: Tally;
  qualifier: Tally;
  direction: Tally;
  date: Tally;
  attribution: Tally;
  agreement: Tally;
  mediator: Tally;
}
const FIELDS: Array<keyof FieldTallies> = ['kind', 'category', 'wounded', 'qualifier', 'direction', 'date', 'attribution', 'agreement', 'mediator'];
const emptyTallies = (): FieldTallies => ({
  kind: [0, 0], category: [0, 0], wounded: [0, 0], qualifier: [0, 0], direction: [0, 0], date: [0, 0], attribution: [0, 0], agreement: [0, 0], mediator: [0, 0],
});

export interface Match {
  expected: ExpectedClaim;
  predicted: Claim;
  /** Fields checked on this match that were wrong: "date 2025-06-12≠2025-06-11" … */
  wrong: string[];
}

export interface FixtureScore {
  tp: number;
  fp: number;
  fn: number;
  matches: Match[];
  misses: ExpectedClaim[];
  /** Predicted figures that match nothing expected (optional expected figures excluded). */
  extras: Claim[];
  /** Extras whose figure is one of the fixture's distractor numbers. */
  distractorHits: Claim[];
  /** Figure-less expected claims (count null, not optional) and how many were found. */
  figurelessExpected: number;
  figurelessFound: number;
  figurelessMisses: ExpectedClaim[];
  /** Predicted claims without a figure that match no figure-less expected claim. */
  figurelessExtras: Claim[];
  fields: FieldTallies;
}

function dateStr(p: Claim): string | null {
  return p.date?.start ?? null;
}

function fieldChecks(g: ExpectedClaim, p: Claim, t: FieldTallies): string[] {
  const wrong: string[] = [];
  const check = (field: keyof FieldTallies, ok: boolean, detail: string): void => {
    t[field][0] += ok ? 1 : 0;
    t[field][1] += 1;
    if (!ok) wrong.push(`${field} ${detail}`);
  };
  check('kind', kindOk(g, p), `${p.kind}≠${g.kind}`);
  check('category', g.category === p.category, `${p.category}≠${g.category}`);
  if (g.category === 'pow' && p.category === 'pow') check('wounded', g.wounded === Boolean(p.wounded), `${Boolean(p.wounded)}≠${g.wounded}`);
  if (g.count !== null) check('qualifier', (g.qualifier ?? 'exact') === (p.count?.qualifier ?? 'exact'), `${p.count?.qualifier ?? null}≠${g.qualifier}`);
  const dirOk = g.twoWay
    ? (p.from == null && p.to == null) || p.twoWay === true
    : sameParty(g.from, p.from) && sameParty(g.to, p.to);
  check('direction', dirOk, `${p.from}→${p.to}≠${g.twoWay ? 'two-way' : `${g.from}→${g.to}`}`);
  // A null expected date means nothing in the text anchors the event: a guessed date is wrong.
  const ds = dateStr(p);
  check('date', g.date === null ? ds === null : ds !== null && ds.startsWith(g.date), `${ds}≠${g.date}`);
  if (g.speakerParty !== null) check('attribution', sameParty(g.speakerParty, p.attribution?.party), `${p.attribution?.party ?? null}≠${g.speakerParty}`);
  if (g.agreement !== null) check('agreement', p.agreement === g.agreement, `${p.agreement}≠${g.agreement}`);
  if (g.mediator !== null) check('mediator', sameParty(g.mediator, p.mediator), `${p.mediator}≠${g.mediator}`);
  return wrong;
}

/** Score one fixture's predicted claims against its expected claims. Pure. */
export function scoreFixture(expected: ExpectedFile, predicted: readonly Claim[]): FixtureScore {
  const fields = emptyTallies();
  const predFig = predicted.filter((c) => c.count != null && typeof c.count.value === 'number');
  const predNull = predicted.filter((c) => c.count == null);
  const used = new Set<number>();
  const matches: Match[] = [];
  const misses: ExpectedClaim[] = [];

  for (const g of expected.claims) {
    if (g.optional || g.count === null) continue;
    const counts = countsOf(g);
    let best = -1;
    let bestScore = -1;
    predFig.forEach((p, i) => {
      if (used.has(i) || !counts.includes(p.count!.value)) return;
      if (!partyCompatible(g, 'from', p.from) || !partyCompatible(g, 'to', p.to)) return;
      // Prefer the prediction that fits best, so a repeated figure (headline, duplicated lead) is the extra one.
      const ds = dateStr(p);
      const score =
        (categoryCompatible(g.category, p.category) ? 16 : 0) +
        (kindOk(g, p) ? 8 : 0) +
        (g.twoWay || (sameParty(g.from, p.from) && sameParty(g.to, p.to)) ? 4 : 0) +
        ((g.date === null ? ds === null : ds?.startsWith(g.date)) ? 2 : 0) +
        (g.speakerParty === null || sameParty(g.speakerParty, p.attribution?.party) ? 1 : 0);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best < 0) {
      misses.push(g);
      continue;
    }
    used.add(best);
    const p = predFig[best]!;
    matches.push({ expected: g, predicted: p, wrong: fieldChecks(g, p, fields) });
  }

  const optionalCounts = new Set(expected.claims.filter((g) => g.optional).flatMap(countsOf));
  const extras: Claim[] = [];
  const distractorHits: Claim[] = [];
  const isDistractor = (p: Claim): boolean =>
    expected.distractors.some((d) =>
      typeof d === 'number'
        ? d === p.count!.value
        : d.value === p.count!.value && (p.evidence?.sentence ?? '').toLowerCase().includes(d.context.toLowerCase()),
    );
  predFig.forEach((p, i) => {
    if (used.has(i) || optionalCounts.has(p.count!.value)) return;
    extras.push(p);
    if (isDistractor(p)) distractorHits.push(p);
  });

  // Figure-less claims: matched on kind, category and direction among predictions without a figure.
  const usedNull = new Set<number>();
  const figureless = expected.claims.filter((g) => !g.optional && g.count === null);
  const figurelessMisses: ExpectedClaim[] = [];
  for (const g of figureless) {
    const i = predNull.findIndex(
      (p, j) => !usedNull.has(j) && kindOk(g, p) && categoryCompatible(g.category, p.category) && partyCompatible(g, 'from', p.from) && partyCompatible(g, 'to', p.to),
    );
    if (i < 0) figurelessMisses.push(g);
    else usedNull.add(i);
  }
  const optionalNull = expected.claims.filter((g) => g.optional && g.count === null);
  const figurelessExtras = predNull.filter(
    (p, j) => !usedNull.has(j) && !optionalNull.some((g) => kindOk(g, p) && categoryCompatible(g.category, p.category)),
  );

  return {
    tp: matches.length,
    fp: extras.length,
    fn: misses.length,
    matches,
    misses,
    extras,
    distractorHits,
    figurelessExpected: figureless.length,
    figurelessFound: figureless.length - figurelessMisses.length,
    figurelessMisses,
    figurelessExtras,
    fields,
  };
}

// ---------------------------------------------------------------------------------------------
// Aggregation

export interface GroupMetrics {
  fixtures: number;
  /** Fixtures where ingest failed or the extractor threw. */
  failed: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Accuracy on matched figure claims, null when nothing was scored. */
  accuracy: Record<keyof FieldTallies, number | null>;
  /** [right, scored] behind each accuracy. */
  tallies: FieldTallies;
  figureless: { expected: number; found: number; recall: number | null; extras: number };
  distractorHits: number;
  /** Fixtures whose detected language differs from the labelled one. */
  languageMismatches: number;
}

export interface FixtureRun {
  fixture: Fixture;
  text: string;
  detectedLanguage: string | null;
  error: string | null;
  predicted: Claim[];
  score: FixtureScore;
}

export function aggregate(runs: readonly FixtureRun[]): GroupMetrics {
  const fields = emptyTallies();
  let tp = 0, fp = 0, fn = 0, failed = 0, fe = 0, ff = 0, fx = 0, dh = 0, lm = 0;
  for (const r of runs) {
    const s = r.score;
    tp += s.tp; fp += s.fp; fn += s.fn;
    fe += s.figurelessExpected; ff += s.figurelessFound; fx += s.figurelessExtras.length;
    dh += s.distractorHits.length;
    if (r.error) failed++;
    if (r.detectedLanguage !== null && r.detectedLanguage !== r.fixture.expected.language) lm++;
    for (const f of FIELDS) {
      fields[f][0] += s.fields[f][0];
      fields[f][1] += s.fields[f][1];
    }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = Object.fromEntries(FIELDS.map((f) => [f, fields[f][1] ? fields[f][0] / fields[f][1] : null])) as Record<keyof FieldTallies, number | null>;
  return {
    fixtures: runs.length, failed, tp, fp, fn, precision, recall, f1, accuracy, tallies: fields,
    figureless: { expected: fe, found: ff, recall: fe ? ff / fe : null, extras: fx },
    distractorHits: dh, languageMismatches: lm,
  };
}

// ---------------------------------------------------------------------------------------------
// Running the pipeline

export interface EvaluateOptions {
  dir?: string;
  /** Only fixtures whose id starts with this. */
  only?: string;
  /** Pass the labelled language instead of the detected one (isolates extraction from detection). */
  oracleLanguage?: boolean;
}

export interface Evaluation {
  runs: FixtureRun[];
  /** en, ru+uk, other and all (the groups of score.mjs). */
  groups: Record<string, GroupMetrics>;
  /** One group per labelled language. */
  languages: Record<string, GroupMetrics>;
}

/** Ingest and extract one fixture the way the CLI does, with the fixture's publication date. */
export function runFixture(fixture: Fixture, opts: EvaluateOptions = {}): FixtureRun {
  const bytes = readFileSync(fixture.reportPath);
  let text = '';
  let detected: string | null = null;
  let predicted: Claim[] = [];
  let error: string | null = null;
  try {
    const doc = ingestBytes(new Uint8Array(bytes), { path: fixture.reportPath });
    if (!doc.ok) {
      error = `ingest: ${doc.error.message}`;
    } else {
      text = doc.value.text;
      detected = doc.value.language;
      const language = opts.oracleLanguage || detected === 'und' ? fixture.expected.language : detected;
      predicted = extractClaims(doc.value, { publishedAt: fixture.expected.publishedAt, language });
    }
  } catch (err) {
    error = `threw: ${err instanceof Error ? err.message : String(err)}`;
  }
  return { fixture, text, detectedLanguage: detected, error, predicted, score: scoreFixture(fixture.expected, predicted) };
}

export function evaluateCorpus(opts: EvaluateOptions = {}): Evaluation {
  const fixtures = loadCorpus(opts.dir ?? CORPUS_DIR).filter((f) => !opts.only || f.id.startsWith(opts.only));
  const runs = fixtures.map((f) => runFixture(f, opts));
  const groups: Record<string, GroupMetrics> = {};
  const names = [...new Set(runs.map((r) => groupOf(r.fixture.expected.language)))].sort();
  for (const g of names) groups[g] = aggregate(runs.filter((r) => groupOf(r.fixture.expected.language) === g));
  groups['all'] = aggregate(runs);
  const languages: Record<string, GroupMetrics> = {};
  for (const l of [...new Set(runs.map((r) => r.fixture.expected.language))].sort()) {
    languages[l] = aggregate(runs.filter((r) => r.fixture.expected.language === l));
  }
  return { runs, groups, languages };
}

// ---------------------------------------------------------------------------------------------
// Floors

/** test/fixtures/corpus/floor.json: the lowest F1 allowed over all fixtures, and per language. */
export const FloorSchema = z
  .object({ f1: z.number().min(0).max(1), languages: z.record(z.string().regex(/^[a-z]{2}$/), z.number().min(0).max(1)).optional() })
  .strict();
export type Floor = z.infer<typeof FloorSchema>;

export function loadFloor(dir: string = CORPUS_DIR): Floor {
  return FloorSchema.parse(JSON.parse(readFileSync(join(dir, 'floor.json'), 'utf8')));
}

/** Every score below its floor, as "hi F1 0.61 < 0.80"; empty when all hold. Languages with fixtures but no floor are not checked. */
export function belowFloor(evaluation: Evaluation, floor: Floor): string[] {
  const out: string[] = [];
  const all = evaluation.groups['all'];
  if (all && all.f1 < floor.f1) out.push(`all F1 ${all.f1.toFixed(2)} < ${floor.f1}`);
  for (const [lang, min] of Object.entries(floor.languages ?? {})) {
    const m = evaluation.languages[lang];
    if (!m) out.push(`${lang} has a floor but no fixtures`);
    else if (m.f1 < min) out.push(`${lang} F1 ${m.f1.toFixed(2)} < ${min}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Finding figures in text (used by the corpus test and by --verbose for misses)

/** A regex source matching `n` written in digits with any thousands separator (1000, 1,000, 1 000, 1 000, 1.000). */
export function digitPattern(n: number): string {
  const s = String(n);
  if (s.length <= 3) return `(?<![\\d.,])${s}(?![\\d]|[.,]\\d)`;
  const groups: string[] = [];
  for (let end = s.length; end > 0; end -= 3) groups.unshift(s.slice(Math.max(0, end - 3), end));
  return `(?<![\\d.,])${groups.join("[,.\\u0020\\u00a0\\u202f\\u2009']?")}(?![\\d]|[.,]\\d)`;
}

/** Does `text` contain the figure, in digits (of any script, lakh grouping included) or in the given word form? */
export function textHasFigure(text: string, n: number, wordForm?: string): boolean {
  if (wordForm !== undefined) return text.toLowerCase().includes(wordForm.toLowerCase());
  const re = new RegExp(digitPattern(n), 'u');
  return re.test(text) || re.test(normaliseDigits(readableText(text, 'und').text));
}

/** The sentence of `text` where the figure first appears, for reports of misses. */
export function sentenceWithFigure(text: string, n: number | null, wordForm?: string): string | null {
  if (n === null && wordForm === undefined) return null;
  const re = wordForm !== undefined ? new RegExp(wordForm.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu') : new RegExp(digitPattern(n!), 'u');
  const m = re.exec(text);
  if (!m) return null;
  let start = 0;
  for (const b of text.slice(0, m.index).matchAll(/[.!?]["»”]?\s+|\n/g)) start = b.index + b[0].length;
  const tail = text.slice(m.index).search(/[.!?]["»”]?(\s|$)|\n/);
  return text.slice(start, tail < 0 ? undefined : m.index + tail + 1).replace(/\s+/g, ' ').trim();
}
