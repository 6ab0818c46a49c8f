/**
 * Extraction as a service: bytes → clean text (ingest/) → claims (extract/), nothing stored.
 * `handover extract`, the HTTP API and ingest's preparation all read reports through `readReport`.
 */
import type { Claim, CleanDocument, ExtractionResult } from '../domain/index.js';
import { fail, ok, type Result } from '../domain/errors.js';
import { extractClaims, languageReading } from '../extract/index.js';
import { hasTable, mayHoldClaims, screenText } from '../extract/screen.js';
import { ingestBytes, isHtmlPage } from '../ingest/index.js';
import { isPlainText } from '../ingest/page.js';

export interface ExtractInput {
  bytes: Uint8Array;
  /** File name or URL: guesses the format, and names the report in results. */
  path?: string | null;
  contentType?: string;
  /** YYYY-MM-DD that overrides what the report says (anchors relative dates). */
  publishedAt?: string | null;
  /** YYYY-MM-DD used when the report gives no date of its own. */
  fallbackPublishedAt?: string | null;
  /** Language code that overrides detection (en, ru, uk …). */
  language?: string | null;
}

/** A report read: its clean document, the date and language extraction used, and the claims. */
export interface ReadReport {
  doc: CleanDocument;
  publishedAt: string | null;
  language: string;
  claims: Claim[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function validDay(day: string): boolean {
  return ISO_DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
}

/**
 * The screen (extract/screen.ts) as ingest calls it: whether a text can hold a claim, asking for the
 * language only when the answer depends on it. A language given by the caller is used as extraction
 * uses it; one without a table of its own is always read in full.
 */
function screenFor(given: string | null | undefined): (text: string, language: (() => string) | null) => boolean {
  return (text, language) => {
    if (given && !hasTable(given)) return true;
    const found = screenText(text);
    if (found.tables.size === 0 && !found.fallback) return false;
    return mayHoldClaims(found, given || (language ? language() : null));
  };
}

export interface ReadOptions {
  /** Skip reports the screen finds nothing in (default: with the real extractor only; tests that pass their own see every report). */
  screen?: boolean;
}

/**
 * Reads one report. Never throws for bad input: an unreadable report or a failing extractor is a
 * failure value with its code. A report the screen finds nothing about an exchange in is not read past
 * the screen: its document is marked `screened` and it has no claims.
 */
export function readReport(input: ExtractInput, extract: typeof extractClaims = extractClaims, opts: ReadOptions = {}): Result<ReadReport> {
  if (input.publishedAt != null && !validDay(input.publishedAt)) {
    return fail('INPUT_INVALID', `publishedAt must be a real day as YYYY-MM-DD, got "${input.publishedAt}"`, { path: 'publishedAt' });
  }
  const name = input.path ?? undefined;
  let doc: Result<CleanDocument>;
  try {
    const screen = (opts.screen ?? extract === extractClaims) ? { screen: screenFor(input.language) } : {};
    doc = ingestBytes(input.bytes, { ...(name ? { path: name } : {}), ...(input.contentType ? { contentType: input.contentType } : {}), ...screen });
  } catch (err) {
    return fail('INGEST_PARSE_FAILED', `cannot read the report: ${(err as Error).message}`);
  }
  if (!doc.ok) return doc;
  const fallback = input.fallbackPublishedAt != null && validDay(input.fallbackPublishedAt) ? input.fallbackPublishedAt : null;
  const publishedAt = input.publishedAt ?? doc.value.publishedAt ?? fallback;
  const language = input.language ?? doc.value.language;
  if (doc.value.screened) return ok({ doc: doc.value, publishedAt, language, claims: [] });
  try {
    return ok({ doc: doc.value, publishedAt, language, claims: extract(doc.value, { publishedAt, language }) });
  } catch (err) {
    return fail('INGEST_PARSE_FAILED', `the extractor failed: ${(err as Error).message}`);
  }
}

/**
 * Plain text larger than this (the default input cap) is read in pieces: a text of 50 MB read whole
 * holds its string, copies and sentences at once, past 500 MB.
 */
export const PIECES_FROM_BYTES = 16 * 1024 * 1024;
/** About this much text per piece, cut at a paragraph break (more, and a piece full of exchanges takes more memory to read). */
const PIECE_BYTES = 128 * 1024;

/**
 * The pieces of a large text: about PIECE_BYTES each, cut after a blank line (else after a line end,
 * else where they fall, never inside a UTF-8 character). `chunks` is the text as it is read, in
 * order: a file read a megabyte at a time is never held whole.
 */
export function* textPieces(chunks: Iterable<Uint8Array>, size = PIECE_BYTES): Generator<Uint8Array> {
  let buf = Buffer.alloc(0);
  const cut = (last: boolean): number => {
    if (last && buf.length <= size) return buf.length;
    const reach = Math.min(buf.length, size + size / 4);
    const blank = buf.subarray(0, reach).indexOf('\n\n', size);
    if (blank >= 0) return blank + 2;
    const line = buf.subarray(0, reach).indexOf('\n', size);
    if (line >= 0) return line + 1;
    if (!last && buf.length < reach) return -1;
    let end = Math.min(buf.length, size);
    while (end > 1 && end < buf.length && (buf[end]! & 0xc0) === 0x80) end--;
    return end;
  };
  for (const chunk of chunks) {
    buf = buf.length === 0 ? Buffer.from(chunk) : Buffer.concat([buf, chunk]);
    while (buf.length >= size + size / 4) {
      const end = cut(false);
      if (end < 0) break;
      yield buf.subarray(0, end);
      buf = buf.subarray(end);
    }
  }
  while (buf.length > 0) {
    const end = cut(true);
    yield buf.subarray(0, end);
    buf = buf.subarray(end);
  }
}

/**
 * A large plain text read piece by piece, each as a report of its own, in bounded memory: the claims
 * of every piece, their evidence offsets moved to where the piece's text stands in the whole (the
 * pieces' clean texts joined by a blank line). A claim that needs what another piece says (a date or
 * the sides given paragraphs before) may read differently than in a text read whole.
 */
export function extractInPieces(input: Omit<ExtractInput, 'bytes'>, pieces: Iterable<Uint8Array>, opts: ReadOptions = {}): Result<ExtractionResult> {
  const claims: Claim[] = [];
  let offset = 0;
  let first: ReadReport | null = null;
  let read: ReadReport | null = null;
  let failure: Result<ExtractionResult> | null = null;
  for (const piece of pieces) {
    const r = readReport({ ...input, bytes: piece }, extractClaims, opts);
    if (!r.ok) {
      // A piece of blank lines or symbols is no failure of the text; a bad --published is.
      if (r.error.code === 'INPUT_INVALID') return r;
      failure ??= r;
      continue;
    }
    first ??= r.value;
    if (!r.value.doc.screened && read === null) read = r.value;
    const base = claims.length;
    for (const c of r.value.claims) {
      // A copy of the sentence: a slice would keep the piece's whole text alive while the rest is read.
      c.evidence = { sentence: Buffer.from(c.evidence.sentence, 'utf8').toString('utf8'), start: c.evidence.start + offset, end: c.evidence.end + offset };
      if (c.partOf !== null) c.partOf += base;
      claims.push(c);
    }
    if (r.value.doc.text.length > 0) offset += r.value.doc.text.length + 2;
  }
  const chosen = read ?? first;
  if (chosen === null) return failure ?? fail('INGEST_NO_TEXT');
  const { doc, publishedAt, language } = chosen;
  const reading = read === null ? 'screened-out' : readingOf(language, doc.text);
  return ok({ source: { title: first!.doc.title, language, reading, publishedAt, ...(input.path ? { path: input.path } : {}) }, claims });
}

const readingOf = (language: string, text: string): 'own-table' | 'related-tables' | 'unreadable' => {
  const how = languageReading(language, text);
  return how.kind === 'table' ? 'own-table' : how.kind === 'fallback' ? 'related-tables' : 'unreadable';
};

/** The claims of one report in the machine-readable format other tools score (BRIEF.md). */
export function extractReport(input: ExtractInput, opts: ReadOptions = {}): Result<ExtractionResult> {
  if (input.bytes.length > PIECES_FROM_BYTES && isPlainText(input.bytes, input.path)) return extractInPieces(input, textPieces([input.bytes]), opts);
  const read = readReport(input, extractClaims, opts);
  if (!read.ok) return read;
  const { doc, publishedAt, language, claims } = read.value;
  const reading = doc.screened ? 'screened-out' : readingOf(language, doc.text);
  return ok({ source: { title: doc.title, language, reading, publishedAt, ...(input.path ? { path: input.path } : {}) }, claims });
}

/** Whether a report's bytes are an HTML page, which costs far more memory to read than its size (faces cap pages apart). */
export { isHtmlPage, isPlainText };
