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

registerJobKind({
  kind: 'ingest',
  description: 'reads reports (uploaded, files, or addresses to fetch; a feed or an export becomes one report per item) and stores their claims, as handover ingest does',
  chunkSize: 100,
  async handleChunk(items, ctx) {
    const params = ctx.job.params as IngestJobParams;
    const jobs: IngestJob[] = items.map((item) => ({ name: item.name, load: () => loadItem(item, params) }));
    // The reports of an input that expanded: its result is recorded once all are known.
    const parts = new Map<number, IngestOutcome[]>();
    await ingestAll(ctx.store, jobs, {
      actor: ctx.actor,
      threads: ingestThreads,
      record: async (origin, outcome, tx, part) => {
        if (part) return void parts.set(origin, [...(parts.get(origin) ?? []), outcome]);
        // A busy ledger is not the report's fault: left unrecorded, the item is taken again.
        if (outcome.status === 'failed' && outcome.code === 'LEDGER_BUSY') return;
        await ctx.record(items[origin]!, { status: outcome.status === 'failed' ? 'failed' : 'done', outcome: outcome.status, result: asJson(outcome) }, tx);
      },
      // An input that held no report at all (an empty feed) is done with nothing to store.
      onExpand: (name, count) => {
        if (count === 0) {
          const i = items.findIndex((it) => it.name === name && !parts.has(items.indexOf(it)));
          if (i >= 0) parts.set(i, []);
        }
      },
    });
    for (const [origin, outcomes] of parts) {
      // A report left by a busy ledger: the item is taken again (its stored reports are then duplicates).
      if (outcomes.some((o) => o.status === 'failed' && o.code === 'LEDGER_BUSY')) continue;
      await ctx.record(items[origin]!, partsResult(outcomes));
    }
  },
});

// Polls of followed sources (handover watch).
import './watch-jobs.js';
