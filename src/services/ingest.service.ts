/**
 * Ingest into the ledger: bytes → clean text (ingest/) → claims (extract/) → one transaction that
 * stores the source, its claims, the machine's event assignment and their history. A source is
 * stored whole or not at all; the same bytes again change nothing.
 *
 * A report from which extraction finds no claim is not stored at all (outcome `no-claims`, no
 * source id): it adds no witness, no event and no figure to the ledger, and most of what a feed or
 * channel export carries is such news. Storing it would also lock it out for good: its bytes would
 * be a `duplicate` ever after, so a later, better extractor could never read it. A rerun reads and
 * extracts it again (about a millisecond), writes nothing and says `no-claims` again.
 */
import { recordHistory } from './notify.js';
import type { Claim, CleanDocument, HistoryEntry, LedgerClaim, LedgerSource } from '../domain/index.js';
import { extractClaims, languageReading } from '../extract/index.js';
import { historyEntry } from '../ledger/history.js';
import type { Batch, Repositories, Store } from '../storage/index.js';
import { type ErrorCode, issueOf } from '../domain/errors.js';
import { claimIdFor, sha256Hex, sourceIdFor } from './ids.js';
import { fingerprintText, NEAR_KEY_CANDIDATES, nearKeyOf, originalAmong, type TextFingerprint } from './near-duplicate.js';
import { assignNewClaims } from './assign.js';
import { readReport } from './extract.service.js';

export interface IngestInput {
  bytes: Uint8Array;
  /** File it was read from, or null for stdin. */
  path?: string | null;
  url?: string | null;
  outlet?: string | null;
  /** YYYY-MM-DD that overrides what the page says (anchors relative dates). */
  publishedAt?: string | null;
  /** YYYY-MM-DD used when the report gives no date of its own (a feed item's date for its article). */
  fallbackPublishedAt?: string | null;
  /** A title that overrides the report's own (a feed item's, a message's first line). */
  title?: string | null;
  contentType?: string;
}

/** `no-claims`: extraction found no claim, and nothing was stored. */
export type IngestStatus = 'stored' | 'duplicate' | 'near-duplicate' | 'no-claims' | 'failed';

export interface IngestOutcome {
  status: IngestStatus;
  /** The stored source (null when nothing was stored: failed, no claims). */
  sourceId: string | null;
  /** Claims stored from this source. */
  claims: number;
  /** Events created or changed by this source's claims. */
  events: string[];
  /** The stored source this one repeats (duplicate) or copies (near-duplicate). */
  duplicateOf: string | null;
  /** Why it failed. */
  reason: string | null;
  code: ErrorCode | null;
}

export interface IngestContext {
  /** Who is ingesting: 'machine' unless a person runs it by hand. */
  actor?: string;
  /** The clock, as an ISO timestamp; tests pin it. */
  now?: () => string;
  /** The claim extractor (default: src/extract); tests may pass their own. */
  extract?: typeof extractClaims;
  /**
   * A batch to write into (one savepoint per source, one commit per batch) instead of a
   * transaction per source: the same all-or-nothing per source, far fewer commits.
   */
  batch?: Batch;
}

const outcome = (o: Partial<IngestOutcome> & { status: IngestStatus }): IngestOutcome => ({
  sourceId: null,
  claims: 0,
  events: [],
  duplicateOf: null,
  reason: null,
  code: null,
  ...o,
});

/** What reading a report yields before anything is stored. Pure and cloneable, so a worker thread can make it. */
export type PreparedReport =
  | { kind: 'claims'; doc: CleanDocument; publishedAt: string | null; claims: Claim[]; fingerprint: TextFingerprint; unread?: string }
  | { kind: 'no-claims' }
  | { kind: 'failed'; reason: string; code: ErrorCode };

/** The part of an input that reading it needs. */
export type PrepareInput = Pick<IngestInput, 'bytes' | 'path' | 'url' | 'contentType' | 'publishedAt' | 'fallbackPublishedAt'>;

/**
 * Bytes → clean text → claims → near-duplicate fingerprint: everything ingest does before it
 * touches the store. Never throws for bad input: a failure is a value with a reason.
 */
export function prepareReport(input: PrepareInput, extract: typeof extractClaims = extractClaims): PreparedReport {
  const path = input.path || input.url || null;
  const read = readReport({ bytes: input.bytes, path, publishedAt: input.publishedAt ?? null, fallbackPublishedAt: input.fallbackPublishedAt ?? null, ...(input.contentType ? { contentType: input.contentType } : {}) }, extract);
  // The reader's own code (INGEST_EMPTY, INGEST_NO_TEXT …) tells a client what to fix.
  if (!read.ok) return { kind: 'failed', reason: read.error.message, code: read.error.code };
  const { doc, publishedAt, claims } = read.value;
  // Nothing for the ledger: no source row, no fingerprint, no transaction (see the top of this file).
  if (claims.length === 0) {
    // A report in a language no table reads is kept, marked as unread, so that nothing it holds is lost.
    const language = read.value.language;
    if (doc.text.trim() && languageReading(language, doc.text).kind === 'unreadable') {
      return { kind: 'claims', doc, publishedAt, claims: [], fingerprint: fingerprintText(doc.text), unread: `language ${language}: no table reads it, so nothing was read from this report` };
    }
    return { kind: 'no-claims' };
  }
  return { kind: 'claims', doc, publishedAt, claims, fingerprint: fingerprintText(doc.text) };
}

/** Ingests one report. Never throws for bad input: a failure is an outcome with a reason. */
export async function ingestReport(store: Store, input: IngestInput, ctx: IngestContext = {}): Promise<IngestOutcome> {
  const contentHash = sha256Hex(input.bytes);
  const stored = await storedAs(ctx.batch?.repos ?? store, contentHash);
  if (stored) return stored;
  return storePrepared(store, input, contentHash, prepareReport(input, ctx.extract), ctx);
}

/**
 * The outcome for bytes already stored (`duplicate`), a `failed` outcome when the store cannot be
 * read, or null when the bytes are new. Inside a batch pass its repositories: SQLite has one
 * connection, held by the batch.
 */
export async function storedAs(reader: Repositories, contentHash: string): Promise<IngestOutcome | null> {
  try {
    const existing = await reader.sources.findByHash(contentHash);
    return existing ? outcome({ status: 'duplicate', sourceId: existing.id, duplicateOf: existing.id }) : null;
  } catch (err) {
    const issue = issueOf(err, 'INGEST_STORE_FAILED');
    return outcome({ status: 'failed', reason: issue.message, code: issue.code });
  }
}

/**
 * Stores what prepareReport read from `input` (whose sha256 is `contentHash`): the source, its
 * claims, their events and the history, in one transaction or one savepoint of `ctx.batch`.
 */
export async function storePrepared(store: Store, input: IngestInput, contentHash: string, prepared: PreparedReport, ctx: IngestContext = {}): Promise<IngestOutcome> {
  if (prepared.kind === 'failed') return outcome({ status: 'failed', reason: prepared.reason, code: prepared.code });
  if (prepared.kind === 'no-claims') return outcome({ status: 'no-claims' });
  const now = ctx.now ?? (() => new Date().toISOString());
  const actor = ctx.actor ?? 'machine';
  const reader: Repositories = ctx.batch?.repos ?? store;
  const write = <T>(fn: (tx: Repositories) => Promise<T>): Promise<T> => (ctx.batch ? ctx.batch.unit(fn) : store.transaction(fn));
  const { doc, publishedAt, claims: extracted, fingerprint: fp } = prepared;
  const id = sourceIdFor(contentHash);
  try {
    return await write(async (tx) => {
      // Writers take turns (on engines with several): another ingest's events and sources are
      // committed and seen before this one groups, so two processes never found the same event twice.
      await tx.locks.ledger();
      if (store.caps.concurrentWriters) {
        // The same bytes may have been committed while this writer waited.
        const stored = await tx.sources.findByHash(contentHash);
        if (stored) return outcome({ status: 'duplicate', sourceId: stored.id, duplicateOf: stored.id });
      }
      // Another writer storing the same bytes meanwhile trips the unique content hash: see catch below.
      const nearKey = nearKeyOf(fp);
      const original = nearKey === null ? null : originalAmong(fp, await tx.sources.withNearKey(nearKey, NEAR_KEY_CANDIDATES));
      const at = now();
      const source: LedgerSource = {
        id,
        contentHash,
        title: input.title ?? doc.title,
        language: doc.language,
        publishedAt,
        outlet: input.outlet ?? null,
        url: input.url ?? null,
        path: input.path ?? null,
        format: doc.format,
        duplicateOf: original,
        ingestedAt: at,
      };
      // Only originals are looked up: a copy is never the original of another copy.
      await tx.sources.insert(source, { raw: input.bytes, cleanText: doc.text, fingerprint: fp.signature, numerals: fp.numerals, nearKey: original === null ? nearKey : null });
      const claims: LedgerClaim[] = extracted.map((c, i) => ({
        ...c,
        id: claimIdFor(id, i),
        sourceId: id,
        review: 'machine',
        publishedAt,
        outlet: source.outlet,
        duplicateOf: original,
      }));
      await tx.claims.insertMany(claims, claims.map((_, i) => i), at);
      const who = { at, actor };
      const history: HistoryEntry[] = [historyEntry(prepared.unread ? { ...who, reason: prepared.unread } : who, 'ingest', 'source', id, null, source)];
      for (const c of claims) history.push(historyEntry(who, 'create', 'claim', c.id, null, c));
      const assigned = await assignNewClaims(tx, claims, who);
      history.push(...assigned.history);
      await recordHistory(tx, history);
      const events = assigned.eventIds;
      const status: IngestStatus = original !== null ? 'near-duplicate' : 'stored';
      return outcome({ status, sourceId: id, claims: claims.length, events, duplicateOf: original, reason: prepared.unread ?? null });
    });
  } catch (err) {
    // A unique-key race with a concurrent writer means the same bytes were stored meanwhile.
    const stored = await reader.sources.findByHash(contentHash).catch(() => undefined);
    if (stored) return outcome({ status: 'duplicate', sourceId: stored.id, duplicateOf: stored.id });
    const issue = issueOf(err, 'INGEST_STORE_FAILED');
    return outcome({ status: 'failed', reason: issue.message, code: issue.code });
  }
}
