/**
 * The kinds of job every worker knows. A service that adds a kind registers it in its own file
 * (see jobs.service.ts) and is imported here, so the server and every `handover worker` know it.
 */
import { readFile, stat } from 'node:fs/promises';
import { HandoverError } from '../domain/errors.js';
import type { JsonValue } from '../domain/index.js';
import { fetchReport } from './fetch-report.js';
import type { IngestInput, IngestOutcome } from './ingest.service.js';
import type { IngestJob } from './ingest-run.service.js';
import { prepareReport, storedAs, storePrepared, type PreparedReport } from './ingest.service.js';
import { sha256Hex } from './ids.js';
import { issueOf } from '../domain/errors.js';
import type { Batch } from '../storage/index.js';
import { expandInput } from './report-units.js';
import { registerJobKind, type ClaimedJobItem, type JobItemInput } from './jobs.service.js';

/** What an ingest item says besides its bytes. */
export interface IngestItemPayload {
  /** A file this worker reads (only when the item carries no bytes: a worker on another machine cannot). */
  path?: string | null;
  /** Where the report is: kept as its link, and fetched when the item carries no bytes and `fetch` is set. */
  url?: string | null;
  fetch?: boolean;
  outlet?: string | null;
  publishedAt?: string | null;
  contentType?: string;
}

/** Job params of an ingest job. */
export interface IngestJobParams {
  /** Cap on a fetched or read report. */
  maxBytes?: number;
  /** Allow fetching from private and loopback addresses, all or these networks (an administrator's choice; tests). */
  fetchPrivate?: boolean | string[];
  /** How long one address may take (default 20 s). */
  timeoutMs?: number;
  /** A Telegram export's channel username, for links to each message. */
  channel?: string;
}

const DEFAULT_MAX = 16 * 1024 * 1024;


/** An ingest item for a report in hand. */
export function ingestItem(name: string, input: IngestInput): JobItemInput {
  const payload: IngestItemPayload = { path: input.path ?? null, url: input.url ?? null, outlet: input.outlet ?? null, publishedAt: input.publishedAt ?? null, ...(input.contentType ? { contentType: input.contentType } : {}) };
  return { name, payload: payload as JsonValue, bytes: input.bytes };
}

/** An ingest item for an address the worker fetches. */
export function fetchItem(url: string, meta: { outlet?: string | null; publishedAt?: string | null } = {}): JobItemInput {
  const payload: IngestItemPayload = { url, fetch: true, outlet: meta.outlet ?? null, publishedAt: meta.publishedAt ?? null };
  return { name: url, payload: payload as JsonValue };
}

async function loadItem(item: ClaimedJobItem, params: IngestJobParams): Promise<IngestInput | IngestJob[]> {
  const p = (item.payload ?? {}) as IngestItemPayload;
  const maxBytes = params.maxBytes ?? DEFAULT_MAX;
  const fetchOptions = { allowPrivate: params.fetchPrivate ?? false, maxBytes, ...(params.timeoutMs ? { timeoutMs: params.timeoutMs } : {}) };
  const fetch = (url: string) => fetchReport(url, fetchOptions);
  // A feed or a channel export becomes one report per item or message, as `handover ingest` makes it.
  const expand = (input: IngestInput) => expandInput(input, { name: item.name, fetch, channelUsername: params.channel ?? null });
  const meta = { path: p.path ?? null, url: p.url ?? null, outlet: p.outlet ?? null, publishedAt: p.publishedAt ?? null, ...(p.contentType ? { contentType: p.contentType } : {}) };
  if (item.bytes) return expand({ ...meta, bytes: item.bytes });
  if (p.fetch && p.url) {
    const fetched = await fetch(p.url);
    if (!fetched.ok) throw new HandoverError(fetched.error.code, fetched.error.message);
    const { bytes, contentType, mediaType, url } = fetched.value;
    // The address it ended at after redirects is the source's link.
    return expand({ ...meta, url, bytes, ...(contentType && mediaType !== 'application/octet-stream' ? { contentType } : {}) });
  }
  if (p.path) {
    const size = (await stat(p.path)).size;
    if (size > maxBytes) throw new HandoverError('INGEST_TOO_LARGE', `${p.path}: ${size} bytes, more than the cap of ${maxBytes}`);
    return expand({ ...meta, bytes: await readFile(p.path) });
  }
  throw new HandoverError('INGEST_READ_FAILED', 'the item carries no bytes, no file and no address to fetch');
}

const asJson = (o: IngestOutcome): JsonValue => ({ ...o }) as unknown as JsonValue;

/** What an item that held many reports (a feed, an export) records: how many of its reports became what. */
function partsResult(outcomes: IngestOutcome[]): { status: 'done' | 'failed'; outcome: string; result: JsonValue } {
  const counts: Record<string, number> = {};
  for (const o of outcomes) counts[o.status] = (counts[o.status] ?? 0) + 1;
  const failures = outcomes.filter((o) => o.status === 'failed');
  return {
    status: failures.length === outcomes.length && outcomes.length > 0 ? 'failed' : 'done',
    outcome: 'expanded',
    result: { reports: outcomes.length, counts, sourceIds: outcomes.flatMap((o) => (o.sourceId ? [o.sourceId] : [])), failures: failures.slice(0, 20).map((f) => ({ reason: f.reason, code: f.code })) },
  };
}

/** One report of a chunk, read and extracted, waiting for its turn to be stored. */
interface ReadyReport {
  /** The chunk's item it came from. */
  origin: number;
  /** One of the reports an item expanded into (a feed's item, an export's message). */
  part: boolean;
  input: IngestInput | null;
  contentHash: string;
  prepared: PreparedReport;
  /** Settled before storing: the input could not be read. */
  settled?: IngestOutcome;
}

const failedOutcome = (reason: string, code: IngestOutcome['code']): IngestOutcome => ({ status: 'failed', sourceId: null, claims: 0, events: [], duplicateOf: null, reason, code });

/** Reads an item, and the reports it expands into, and extracts each: everything before the store. */
async function readyReports(item: ClaimedJobItem, origin: number, params: IngestJobParams): Promise<ReadyReport[]> {
  const out: ReadyReport[] = [];
  const fromError = (err: unknown): IngestOutcome =>
    err instanceof HandoverError ? failedOutcome(err.message, err.code) : failedOutcome(`cannot read: ${(err as Error).message}`, 'INGEST_READ_FAILED');
  const settle = (part: boolean, outcome: IngestOutcome) => out.push({ origin, part, input: null, contentHash: '', prepared: { kind: 'no-claims' }, settled: outcome });
  const ready = (part: boolean, input: IngestInput) => out.push({ origin, part, input, contentHash: sha256Hex(input.bytes), prepared: prepareReport(input) });
  let loaded: IngestInput | IngestJob[];
  try {
    loaded = await loadItem(item, params);
  } catch (err) {
    settle(false, fromError(err));
    return out;
  }
  if (!Array.isArray(loaded)) {
    ready(false, loaded);
    return out;
  }
  // A feed's items in order; an item that is itself a feed is not expanded again.
  for (const unit of loaded) {
    try {
      const input = await unit.load();
      if (Array.isArray(input)) settle(true, failedOutcome('an item of a feed is itself a feed: not read', 'INGEST_PARSE_FAILED'));
      else ready(true, input);
    } catch (err) {
      settle(true, fromError(err));
    }
  }
  // An input that held no report (an empty feed): the item is done with nothing stored.
  if (loaded.length === 0) out.push({ origin, part: true, input: null, contentHash: '', prepared: { kind: 'no-claims' } });
  return out;
}

/**
 * The ingest kind: each worker reads and extracts its chunk on its own (in parallel with the
 * others), then waits for its turn and stores the chunk's reports in order, in one batch (a
 * savepoint each) with each item's result. So a job's ledger is the one `handover ingest` makes of
 * the same reports in the same order, however many workers share it, and a worker that dies leaves
 * its chunk to be done again whole.
 */
registerJobKind({
  kind: 'ingest',
  description: 'reads reports (uploaded, files, or addresses to fetch; a feed or an export becomes one report per item) and stores their claims, as handover ingest does',
  chunkSize: 100,
  ordered: true,
  async handleChunk(items, ctx) {
    const params = ctx.job.params as IngestJobParams;
    const ready: ReadyReport[] = [];
    for (const [origin, item] of items.entries()) {
      if (ctx.stopping()) return;
      ready.push(...(await readyReports(item, origin, params)));
      // Extraction runs on this thread: let the lease renewal (a timer) run between reports.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await ctx.waitTurn();
    const store = ctx.store;
    let batch: Batch;
    try {
      batch = await store.startBatch();
    } catch (err) {
      // A busy ledger (SQLite with another writer): the items are taken again later.
      if (issueOf(err, 'INGEST_STORE_FAILED').code === 'LEDGER_BUSY') return;
      throw err;
    }
    const parts = new Map<number, IngestOutcome[]>();
    try {
      for (const r of ready) {
        let outcome: IngestOutcome;
        if (r.settled) outcome = r.settled;
        else if (r.input === null) outcome = { status: 'no-claims', sourceId: null, claims: 0, events: [], duplicateOf: null, reason: null, code: null };
        else outcome = (await storedAs(batch.repos, r.contentHash)) ?? (await storePrepared(store, r.input, r.contentHash, r.prepared, { actor: ctx.actor, batch }));
        if (r.part) {
          parts.set(r.origin, [...(parts.get(r.origin) ?? []), ...(r.input === null && !r.settled ? [] : [outcome])]);
          continue;
        }
        await ctx.record(items[r.origin]!, { status: outcome.status === 'failed' ? 'failed' : 'done', outcome: outcome.status, result: asJson(outcome) }, batch.repos);
      }
      for (const [origin, outcomes] of parts) await ctx.record(items[origin]!, partsResult(outcomes), batch.repos);
      await batch.commit();
    } catch (err) {
      await batch.rollback().catch(() => undefined);
      throw err;
    }
  },
});

// Polls of followed sources (handover watch).
import './watch-jobs.js';
