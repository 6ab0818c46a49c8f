/**
 * Extraction as a service: bytes → clean text (ingest/) → claims (extract/), nothing stored.
 * `handover extract`, the HTTP API and ingest's preparation all read reports through `readReport`.
 */
import type { Claim, CleanDocument, ExtractionResult } from '../domain/index.js';
import { fail, ok, type Result } from '../domain/errors.js';
import { extractClaims, languageReading } from '../extract/index.js';
import { hasTable, mayHoldClaims, screenText } from '../extract/screen.js';
import { ingestBytes, isHtmlPage } from '../ingest/index.js';

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

/** The claims of one report in the machine-readable format other tools score (BRIEF.md). */
export function extractReport(input: ExtractInput, opts: ReadOptions = {}): Result<ExtractionResult> {
  const read = readReport(input, extractClaims, opts);
  if (!read.ok) return read;
  const { doc, publishedAt, language, claims } = read.value;
  const how = languageReading(language, doc.text);
  const reading = doc.screened ? 'screened-out' : how.kind === 'table' ? 'own-table' : how.kind === 'fallback' ? 'related-tables' : 'unreadable';
  return ok({ source: { title: doc.title, language, reading, publishedAt, ...(input.path ? { path: input.path } : {}) }, claims });
}

/** Whether a report's bytes are an HTML page, which costs far more memory to read than its size (faces cap pages apart). */
export { isHtmlPage };
