/**
 * The kinds of job every worker knows. A service that adds a kind registers it in its own file
 * (see jobs.service.ts) and is imported here, so the server and every `handover worker` know it.
 */
import { readFile, stat } from 'node:fs/promises';
import { HandoverError } from '../domain/errors.js';
import type { JsonValue } from '../domain/index.js';
import { fetchReport } from './fetch-report.js';
import type { IngestInput, IngestOutcome } from './ingest.service.js';
import { ingestAll, type IngestJob } from './ingest-run.service.js';
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
  /** Allow fetching from private and loopback addresses (an administrator's choice; tests). */
  fetchPrivate?: boolean;
}

const DEFAULT_MAX = 16 * 1024 * 1024;

/** Worker threads that read and extract while a worker stores (0: on the worker's own thread; `handover worker --threads`). */
let ingestThreads = 0;
export function setIngestJobThreads(n: number): void {
  ingestThreads = n;
}

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

async function loadItem(item: ClaimedJobItem, params: IngestJobParams): Promise<IngestInput> {
  const p = (item.payload ?? {}) as IngestItemPayload;
  const maxBytes = params.maxBytes ?? DEFAULT_MAX;
  const meta = { path: p.path ?? null, url: p.url ?? null, outlet: p.outlet ?? null, publishedAt: p.publishedAt ?? null, ...(p.contentType ? { contentType: p.contentType } : {}) };
  if (item.bytes) return { ...meta, bytes: item.bytes };
  if (p.fetch && p.url) {
    const fetched = await fetchReport(p.url, { allowPrivate: params.fetchPrivate ?? false, maxBytes });
    if (!fetched.ok) throw new HandoverError(fetched.error.code, fetched.error.message);
    const type = fetched.value.contentType;
    return { ...meta, url: fetched.value.url, bytes: fetched.value.bytes, ...(type && type !== 'application/octet-stream' ? { contentType: type } : {}) };
  }
  if (p.path) {
    const size = (await stat(p.path)).size;
    if (size > maxBytes) throw new HandoverError('INGEST_TOO_LARGE', `${p.path}: ${size} bytes, more than the cap of ${maxBytes}`);
    return { ...meta, bytes: await readFile(p.path) };
  }
  throw new HandoverError('INGEST_READ_FAILED', 'the item carries no bytes, no file and no address to fetch');
}

const asJson = (o: IngestOutcome): JsonValue => ({ ...o }) as unknown as JsonValue;

registerJobKind({
  kind: 'ingest',
  description: 'reads reports (uploaded, files, or addresses to fetch) and stores their claims, as handover ingest does',
  chunkSize: 100,
  async handleChunk(items, ctx) {
    const params = ctx.job.params as IngestJobParams;
    const jobs: IngestJob[] = items.map((item) => ({ name: item.name, load: () => loadItem(item, params) }));
    await ingestAll(ctx.store, jobs, {
      actor: ctx.actor,
      threads: ingestThreads,
      // A busy ledger is not the report's fault: left unrecorded, the item is taken again.
      record: async (i, outcome, tx) => {
        if (outcome.status === 'failed' && outcome.code === 'LEDGER_BUSY') return;
        await ctx.record(items[i]!, { status: outcome.status === 'failed' ? 'failed' : 'done', outcome: outcome.status, result: asJson(outcome) }, tx);
      },
    });
  },
});
