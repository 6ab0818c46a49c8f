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
import type { Claim, HistoryEntry, LedgerClaim, LedgerSource } from '../domain/index.js';
import { extractClaims } from '../extract/index.js';
import { ingestBytes } from '../ingest/index.js';
import { historyEntry } from '../ledger/history.js';
import type { Batch, Repositories, Store } from '../storage/index.js';
import { type ErrorCode, issueOf } from './errors.js';
import { claimIdFor, sha256Hex, sourceIdFor } from './ids.js';
import { fingerprintText, isNearDuplicate } from './near-duplicate.js';
import { assignNewClaims } from './assign.js';

export interface IngestInput {
  bytes: Uint8Array;
  /** File it was read from, or null for stdin. */
  path?: string | null;
  url?: string | null;
  outlet?: string | null;
  /** YYYY-MM-DD that overrides what the page says (anchors relative dates). */
  publishedAt?: string | null;
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

/** Ingests one report. Never throws for bad input: a failure is an outcome with a reason. */
export async function ingestReport(store: Store, input: IngestInput, ctx: IngestContext = {}): Promise<IngestOutcome> {
  const now = ctx.now ?? (() => new Date().toISOString());
  const actor = ctx.actor ?? 'machine';
  const contentHash = sha256Hex(input.bytes);
  // Inside a batch every read goes through it: SQLite has one connection, held by the batch.
  const reader: Repositories = ctx.batch?.repos ?? store;
  const write = <T>(fn: (tx: Repositories) => Promise<T>): Promise<T> => (ctx.batch ? ctx.batch.unit(fn) : store.transaction(fn));
  try {
    const existing = await reader.sources.findByHash(contentHash);
    if (existing) return outcome({ status: 'duplicate', sourceId: existing.id, duplicateOf: existing.id });
  } catch (err) {
    const issue = issueOf(err, 'INGEST_STORE_FAILED');
    return outcome({ status: 'failed', reason: issue.message, code: issue.code });
  }

  const ingestOpts: { path?: string; contentType?: string } = {};
  if (input.path) ingestOpts.path = input.path;
  else if (input.url) ingestOpts.path = input.url;
  if (input.contentType) ingestOpts.contentType = input.contentType;
  let doc;
  try {
    doc = ingestBytes(input.bytes, ingestOpts);
  } catch (err) {
    return outcome({ status: 'failed', reason: `cannot read the report: ${(err as Error).message}`, code: 'INGEST_PARSE_FAILED' });
  }
  if (!doc.ok) return outcome({ status: 'failed', reason: doc.issues.map((i) => i.message).join('; '), code: 'INGEST_PARSE_FAILED' });

  const publishedAt = input.publishedAt ?? doc.value.publishedAt;
  let extracted: Claim[];
  try {
    extracted = (ctx.extract ?? extractClaims)(doc.value, { publishedAt, language: doc.value.language });
  } catch (err) {
    return outcome({ status: 'failed', reason: `the extractor failed: ${(err as Error).message}`, code: 'INGEST_PARSE_FAILED' });
  }
  // Nothing for the ledger: no source row, no fingerprint, no transaction (see the top of this file).
  if (extracted.length === 0) return outcome({ status: 'no-claims' });

  const fp = fingerprintText(doc.value.text);
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
      const candidates = await tx.sources.nearDuplicateCandidates(fp.bands);
      const original = candidates.find((c) => isNearDuplicate(fp, c))?.id ?? null;
      const at = now();
      const source: LedgerSource = {
        id,
        contentHash,
        title: doc.value.title,
        language: doc.value.language,
        publishedAt,
        outlet: input.outlet ?? null,
        url: input.url ?? null,
        path: input.path ?? null,
        format: doc.value.format,
        duplicateOf: original,
        ingestedAt: at,
      };
      // Only originals carry bands: a copy is never the original of another copy.
      await tx.sources.insert(source, { raw: input.bytes, cleanText: doc.value.text, fingerprint: fp.signature, numerals: fp.numerals }, original === null ? fp.bands : []);
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
      const history: HistoryEntry[] = [historyEntry(who, 'ingest', 'source', id, null, source)];
      for (const c of claims) history.push(historyEntry(who, 'create', 'claim', c.id, null, c));
      const assigned = await assignNewClaims(tx, claims, who);
      history.push(...assigned.history);
      await tx.history.append(history);
      const events = assigned.eventIds;
      const status: IngestStatus = original !== null ? 'near-duplicate' : 'stored';
      return outcome({ status, sourceId: id, claims: claims.length, events, duplicateOf: original });
    });
  } catch (err) {
    // A unique-key race with a concurrent writer means the same bytes were stored meanwhile.
    const stored = await reader.sources.findByHash(contentHash).catch(() => undefined);
    if (stored) return outcome({ status: 'duplicate', sourceId: stored.id, duplicateOf: stored.id });
    const issue = issueOf(err, 'INGEST_STORE_FAILED');
    return outcome({ status: 'failed', reason: issue.message, code: issue.code });
  }
}

