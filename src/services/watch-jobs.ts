/**
 * Polls of followed sources as jobs: the kind `watch-poll` (one item per watch), so that on
 * PostgreSQL any `handover worker` may take them, and on SQLite the server's own runner does. Each
 * item is `pollWatch`; its per-item results are the item's result.
 */
import type { JsonValue } from '../domain/index.js';
import { ok, type Result } from '../domain/errors.js';
import type { Job } from '../domain/index.js';
import type { Store } from '../storage/index.js';
import { registerJobKind, submitJob, type JobQueue } from './jobs.service.js';
import { pollWatch, type PollResult } from './watch.service.js';

export const WATCH_POLL = 'watch-poll';

export interface WatchPollParams {
  /** Allow fetching from private networks: true, or a list of addresses and networks. */
  allowPrivate?: boolean | string[];
  timeoutMs?: number;
}

/** A poll's result as a job item keeps it: the counts and each new item's outcome, without the bodies. */
export function pollSummary(r: PollResult): JsonValue {
  return {
    watchId: r.watchId,
    url: r.url,
    status: r.status,
    error: r.error,
    itemsFound: r.itemsFound,
    itemsKnown: r.itemsKnown,
    sourcesNew: r.sourcesNew,
    claimsNew: r.claimsNew,
    items: r.items.map((i) => ({ name: i.name, key: i.key, link: i.link, status: i.outcome.status, sourceId: i.outcome.sourceId, claims: i.outcome.claims, reason: i.outcome.reason })),
  } as JsonValue;
}

registerJobKind({
  kind: WATCH_POLL,
  description: 'polls followed sources (handover watch): each new item of a feed or export stored as its own source',
  chunkSize: 1,
  async handleItem(item, ctx) {
    const params = ctx.job.params as WatchPollParams;
    const watchId = (item.payload as { watchId?: string } | null)?.watchId ?? '';
    // The submitter took the watch's turn already (leaseDue): poll it whatever its schedule says now.
    const polled = await pollWatch(ctx.store, watchId, { force: true, actor: ctx.actor, ...(params.allowPrivate !== undefined ? { allowPrivate: params.allowPrivate } : {}), ...(params.timeoutMs ? { timeoutMs: params.timeoutMs } : {}) });
    if (!polled.ok) return { status: 'failed', outcome: 'missing', result: { error: polled.error.message } };
    const failed = polled.value.status === 'failed';
    return { status: failed ? 'failed' : 'done', outcome: polled.value.status, result: pollSummary(polled.value) };
  },
});

/**
 * Submits one `watch-poll` job for the watches due at `now`, each taken for its turn first (so a
 * second server, or the next tick, does not submit it again). Null when none is due.
 */
export async function submitDuePolls(store: Store, queue: JobQueue, opts: WatchPollParams & { now?: string; limit?: number } = {}): Promise<Result<Job | null>> {
  const now = opts.now ?? new Date().toISOString();
  const due = await store.watches.due(now, opts.limit ?? 50);
  const taken = [];
  for (const w of due) {
    const until = new Date(Date.parse(now) + Math.max(w.everySeconds, 300) * 1000).toISOString();
    if (await store.watches.lease(w.id, w.nextPollAt, until)) taken.push(w);
  }
  if (taken.length === 0) return ok(null);
  const params: Record<string, JsonValue> = {};
  if (opts.allowPrivate !== undefined) params['allowPrivate'] = opts.allowPrivate as JsonValue;
  if (opts.timeoutMs !== undefined) params['timeoutMs'] = opts.timeoutMs;
  return submitJob(store, queue, WATCH_POLL, taken.map((w) => ({ name: w.url, payload: { watchId: w.id } })), { actor: 'machine', params });
}
