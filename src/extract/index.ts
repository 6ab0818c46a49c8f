import type { Claim, CleanDocument } from '../domain/index.js';
import { completeDocument, dedupe } from './completion.js';
import { lazyContext } from './context.js';
import { type CompiledTable, lowerCase, screenAny, TABLES, tableFor } from './lexicon.js';
import { placeClaims } from './placement.js';
import { readDocument, segmentDocument } from './reading.js';
import { type ReadableText, readableText } from './script-text.js';

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

