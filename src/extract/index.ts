import type { Claim, CleanDocument, PartySlug } from '../domain/index.js';
import { countOf } from '../domain/index.js';
import { counterpart, isBelligerent, lazyContext } from './context.js';
import { findNumbers } from './numbers.js';
import { completeDocument, dedupe } from './completion.js';
import { type CompiledTable, lowerCase, screenAny, TABLES, tableFor } from './lexicon.js';
import { placeClaims } from './placement.js';
import { readDocument, segmentDocument } from './reading.js';
import { type ReadableText, readableText } from './script-text.js';
import { NEIGHBOURS } from './lang/world.js';

export { TABLES };


export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD) that anchors relative dates; overrides the document's own. */
  publishedAt?: string | null;
  /** Language code that overrides detection. */
  language?: string;
}

const TABLES_HAVE = (code: string): boolean => Object.hasOwn(TABLES, code);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A real day between 1900 and 2100 ("2025-13-01" and "9999-12-31" anchor nothing). */
function isCalendarDay(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= '1900-01-01' && s <= '2100-12-31';
}

/** Every claim a clean document makes about an exchange. Pure; never throws on any text. */
export function extractClaims(doc: CleanDocument, opts: ExtractOptions = {}): Claim[] {
  const original = doc.text ?? '';
  if (!original.trim()) return [];
  const language = opts.language ?? doc.language;
  // Unspaced scripts and other digits are read from a spaced, ASCII-digit copy; evidence points into the original.
  const view = readableText(original, language);
  if (view.text === original) return extractText(doc, original, language, opts);
  return inOriginal(extractText(doc, view.text, language, opts), original, view);
}

function extractText(doc: CleanDocument, text: string, language: string, opts: ExtractOptions): Claim[] {
  // A language with no table of its own is read with its neighbours' tables, as proposals for review.
  if (!TABLES_HAVE(language) && language !== 'und' && language !== '') return readWithoutTable(doc, text, language, opts);
  const lex = tableFor(language);
  // Most reports are about something else: a regular-expression screen keeps them cheap.
  const own = TABLES_HAVE(language);
  const lowText = lowerCase(text);
  if (!lex.screen.test(lowText) && (own || !screenAny(lowText))) return [];
  const published = opts.publishedAt ?? doc.publishedAt;
  const publishedAt = published && isCalendarDay(published) ? published : null;
  try {
    return run(text, lowText, lex, publishedAt);
  } catch (err) {
    // A bug must not lose the batch: report nothing for this text rather than throw. Tests (and
    // HANDOVER_DEBUG) raise it instead, so no bug hides behind an empty result.
    if (process.env.HANDOVER_RAISE_EXTRACT_ERRORS || process.env.HANDOVER_DEBUG) throw err;
    return [];
  }
}

/** Claims read from a copy of `original`, with their evidence moved back to the original text. */
function inOriginal(claims: Claim[], original: string, view: ReadableText): Claim[] {
  for (const c of claims) {
    const start = view.original(c.evidence.start);
    const end = Math.max(start, view.original(c.evidence.end));
    const raw = original.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    c.evidence = { sentence: raw.trim(), start: start + lead, end: start + lead + raw.trim().length };
  }
  return claims;
}

/** The passes, in order (see README.md). */
function run(text: string, lowText: string, lex: CompiledTable, publishedAt: string | null): Claim[] {
  if (!mayClaim(lowText, lex)) return [];
  const sentences = segmentDocument(text, lex);
  const ctx = lazyContext(lowText, lex);
  const { readings, speakers } = readDocument(sentences, lex, ctx);
  const placed = placeClaims(readings, sentences, lex, publishedAt);
  return dedupe(completeDocument(placed, readings, sentences, speakers, lex, publishedAt, lowText));
}

/**
 * Whether any paragraph can yield a claim: every claim needs a sentence that names a transfer in a
 * paragraph that names an exchange, or just after one (see `relevant` in run). Paragraphs are tested
 * whole, which is a superset of testing their sentences, so this drops no claim; it spares the
 * sentence, context and date stages on the many reports that mention prisoners or bodies in passing.
 */
function mayClaim(text: string, lex: CompiledTable): boolean {
  let anchoredBefore = false;
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const low = m[0];
    if (!low.trim()) continue;
    const anchored = lex.screen.test(low);
    if ((anchored || anchoredBefore) && lex.transfer.test(low)) return true;
    anchoredBefore = anchored;
  }
  return false;
}

/** How a language is read: with its own table, with the tables of related languages or of its script, or not at all. */
export type LanguageReading = { kind: 'table'; table: string } | { kind: 'fallback'; tables: string[] } | { kind: 'unreadable' };

/** Scripts told apart for choosing tables; kana and Han are one (Japanese and Chinese tables read both). */
const SCRIPTS: Array<[string, RegExp]> = [
  ['latin', /\p{Script=Latin}/gu],
  ['cyrillic', /\p{Script=Cyrillic}/gu],
  ['arabic', /\p{Script=Arabic}/gu],
  ['hebrew', /\p{Script=Hebrew}/gu],
  ['greek', /\p{Script=Greek}/gu],
  ['armenian', /\p{Script=Armenian}/gu],
  ['georgian', /\p{Script=Georgian}/gu],
  ['ethiopic', /\p{Script=Ethiopic}/gu],
  ['devanagari', /\p{Script=Devanagari}/gu],
  ['bengali', /\p{Script=Bengali}/gu],
  ['han', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['hangul', /\p{Script=Hangul}/gu],
];
const OTHER_LETTER = /\p{L}/gu;

/** The script most of a text's letters are written in; `other` when it is none the tables know. */
export function mainScript(text: string): string | null {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const letters = sample.match(OTHER_LETTER)?.length ?? 0;
  if (letters === 0) return null;
  let best: string | null = null;
  let most = 0;
  for (const [name, re] of SCRIPTS) {
    const n = sample.match(re)?.length ?? 0;
    if (n > most) [best, most] = [name, n];
  }
  return most * 3 >= letters ? best : 'other';
}

const tableScripts = new Map<string, string | null>();
function scriptOfTable(code: string): string | null {
  let s = tableScripts.get(code);
  if (s === undefined) {
    const t = TABLES[code]!;
    s = mainScript([...t.screen, ...t.transfer].join(' ').replace(/\\[pPu]\{[^}]*\}|\\[a-z]/gu, ' '));
    tableScripts.set(code, s);
  }
  return s;
}

/** How `language` is read in a text written as `text`. */
export function languageReading(language: string, text: string): LanguageReading {
  if (TABLES_HAVE(language) || language === 'und' || language === '') return { kind: 'table', table: TABLES_HAVE(language) ? language : 'en' };
  const script = mainScript(text);
  const own = TABLES_HAVE;
  const neighbours = (NEIGHBOURS[language] ?? []).filter(own);
  const sameScript = script && script !== 'other' ? Object.keys(TABLES).filter((c) => c.length === 2 && scriptOfTable(c) === script) : [];
  const tables = [...new Set([...neighbours.filter((c) => !script || scriptOfTable(c) === script), ...sameScript])];
  return tables.length > 0 ? { kind: 'fallback', tables } : { kind: 'unreadable' };
}

/**
 * A report in a language with no table: figures next to the names of parties and the exchange words of
 * related languages are proposed with the table that reads most of them, at low confidence and
 * flagged for review; never as confident claims. A script no table reads yields nothing.
 */
function readWithoutTable(doc: CleanDocument, text: string, language: string, opts: ExtractOptions): Claim[] {
  const reading = languageReading(language, text);
  if (reading.kind !== 'fallback') return [];
  let best: Claim[] = [];
  let bestScore = 0;
  let bestTable = '';
  for (const code of reading.tables) {
    const claims = extractText(doc, text, code, opts);
    const score = claims.reduce((n, c) => n + (c.count ? 1 : 0) + (c.from && c.to ? 1 : 0), 0);
    if (score > bestScore) [best, bestScore, bestTable] = [claims, score, code];
  }
  if (best.length === 0) return figuresNearParties(doc, text, reading.tables, opts);
  for (const c of best) {
    c.confidence = Math.min(c.confidence, 0.3);
    c.flags.push('language-without-table', `read-as:${bestTable}`);
  }
  return best;
}

const SENTENCE = /[^.!?።。\n]+[.!?።。]?/gu;
const YEAR = /^(?:19|20)\d\d$/u;

/**
 * The last resort for a language no table reads: a figure in a sentence that names a party, with the
 * party named before it as the one that hands over and a party named right after it as the one whose
 * people they are (subject–verb–object order, "Rusia menyerahkan 150 tentara Ukraina"). Every claim
 * is a proposal at the lowest confidence, flagged `figure-near-party`.
 */
function figuresNearParties(doc: CleanDocument, text: string, tables: string[], opts: ExtractOptions): Claim[] {
  const lexes = tables.map((c) => tableFor(c));
  const low = lowerCase(text);
  const ctx = lazyContext(low, lexes[0]!);
  const out: Claim[] = [];
  const published = opts.publishedAt ?? doc.publishedAt;
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(low); m; m = SENTENCE.exec(low)) {
    const sentence = m[0];
    const parties = new Map<number, { end: number; party: PartySlug }>();
    for (const lex of lexes) {
      for (const h of lex.partyHits(sentence)) {
        const p = lex.partyNamed(h.text);
        if (p && isBelligerent(p) && !parties.has(h.start)) parties.set(h.start, { end: h.end, party: p });
      }
      for (const h of lex.nationalityHits(sentence)) {
        const p = lex.nationalityNamed(h.text);
        if (p && isBelligerent(p) && !parties.has(h.start)) parties.set(h.start, { end: h.end, party: p });
      }
    }
    if (parties.size === 0) continue;
    const hits = [...parties.entries()].map(([start, h]) => ({ start, ...h })).sort((a, b) => a.start - b.start);
    for (const n of findNumbers(sentence, lexes[0]!)) {
      const digits = sentence.slice(n.start, n.end);
      if (n.words || YEAR.test(digits) || n.value < 2 || /^\s*(?:%|[.,:\/-]\d)/u.test(sentence.slice(n.end))) continue;
      const before = hits.filter((h) => h.end <= n.start && n.start - h.end < 60).at(-1);
      const after = hits.find((h) => h.start >= n.end && h.start - n.end < 30 && h.party !== before?.party);
      if (!before && !after) continue;
      const from = before?.party ?? (after ? counterpart(after.party, ctx) : null);
      const to = after?.party ?? (before ? counterpart(before.party, ctx) : null);
      if (!from || !to || from === to) continue;
      const start = m.index + (sentence.length - sentence.trimStart().length);
      const evidence = sentence.trim();
      out.push({
        kind: 'event',
        category: 'mixed',
        from,
        to,
        count: countOf(n.value, n.qualifier),
        date: published ? { start: published, end: published, precision: 'day' } : null,
        attribution: { speaker: null, party: null },
        agreement: null,
        mediator: null,
        evidence: { sentence: text.slice(start, start + evidence.length), start, end: start + evidence.length },
        wounded: false,
        partOf: null,
        twoWay: false,
        confidence: 0.2,
        flags: ['language-without-table', 'figure-near-party', 'date-from-publication'],
      });
    }
  }
  return out;
}

