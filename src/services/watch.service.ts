/**
 * Following sources: a list of addresses (feeds, channel exports, pages) polled on a schedule.
 *
 * `pollWatch` is one poll, a plain function returning per-item results, so that a CLI command, the
 * server's timer or a job runner can call it alike. A poll asks conditionally (ETag /
 * Last-Modified: a 304 costs nothing more), splits a feed or export into its items, skips the items
 * this watch read before (their guids, ids or links are remembered), reads the rest (fetching a
 * teaser's article under the same guards) and stores them through the ingest run, then records the
 * poll on the watch. An item that failed is not remembered and the new validators are not kept, so
 * the next poll tries it again; a malformed feed stores nothing and says why.
 */
import { randomBytes } from 'node:crypto';
import type { Watch } from '../domain/index.js';
import { fail, ok, type ErrorCode, type Result } from '../domain/errors.js';
import type { Repositories, Store } from '../storage/index.js';
import { fetchReport } from './fetch-report.js';
import { ingestAll } from './ingest-run.service.js';
import type { IngestOutcome } from './ingest.service.js';
import { sha256Hex } from './ids.js';
import { channelUsername, expandReport, unitsOf, type ReportUnit } from './report-units.js';
import { webFetch, type WebFetchOptions } from './web-fetch.js';

/** How a poll fetches: the guards of web-fetch.ts. */
export type PollFetchOptions = Pick<WebFetchOptions, 'allowPrivate' | 'timeoutMs' | 'maxBytes' | 'resolve'>;

export interface PollOptions extends PollFetchOptions {
  /** The clock, as an ISO timestamp; tests pin it. */
  now?: () => string;
  actor?: string;
  /** Poll even when another poller holds the watch's turn (a person asked for this one). */
  force?: boolean;
}

export interface PollItem {
  name: string;
  key: string;
  link: string | null;
  outcome: IngestOutcome;
}

export interface PollResult {
  watchId: string;
  url: string;
  /** `ok`: read (perhaps with nothing new); `not-modified`: the server said nothing changed; `failed`: see error; `skipped`: another poller has it. */
  status: 'ok' | 'not-modified' | 'failed' | 'skipped';
  error: string | null;
  code: ErrorCode | null;
  /** Items in what was fetched, and how many of those were read before. */
  itemsFound: number;
  itemsKnown: number;
  /** The new items, each with its outcome. */
  items: PollItem[];
  sourcesNew: number;
  claimsNew: number;
}

export interface WatchInput {
  url: string;
  everySeconds: number;
  outlet?: string | null;
  channel?: string | null;
  actor?: string;
  now?: string;
}

/** Shortest schedule: once a minute. */
export const MIN_EVERY_SECONDS = 60;

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** `15m`, `1h`, `90s`, `1d`, `1h30m` as seconds, or null. */
export function parseEvery(text: string): number | null {
  const s = text.trim().toLowerCase();
  if (!/^(\d+\s*[smhd]\s*)+$/.test(s)) return null;
  let total = 0;
  for (const m of s.matchAll(/(\d+)\s*([smhd])/g)) total += Number(m[1]) * UNITS[m[2]!]!;
  return total;
}

/** Seconds as people say them: 15m, 1h, 1h30m, 2d. */
export function everyText(seconds: number): string {
  const parts: string[] = [];
  let rest = seconds;
  for (const [unit, size] of [['d', 86400], ['h', 3600], ['m', 60], ['s', 1]] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join('') || '0s';
}

const plusSeconds = (iso: string, s: number) => new Date(Date.parse(iso) + s * 1000).toISOString();

export async function addWatch(store: Store, input: WatchInput): Promise<Result<Watch>> {
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    return fail('INPUT_INVALID', `"${input.url}" is not a web address`, { path: 'url' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('INPUT_INVALID', `only http and https addresses can be followed, not ${url.protocol}`, { path: 'url' });
  if (!(Number.isInteger(input.everySeconds) && input.everySeconds >= MIN_EVERY_SECONDS)) {
    return fail('INPUT_INVALID', `a source is polled at most once a minute: the schedule must be 1m or more, got ${everyText(input.everySeconds)}`, { path: 'every' });
  }
  const channel = input.channel == null ? null : channelUsername(input.channel);
  if (input.channel != null && channel === null) return fail('INPUT_INVALID', `"${input.channel}" is not a Telegram channel username`, { path: 'channel' });
  const existing = await store.watches.byUrl(url.href);
  if (existing) return fail('INPUT_INVALID', `${url.href} is followed already (${existing.id}, every ${everyText(existing.everySeconds)})`, { path: 'url', details: { id: existing.id } });
  const at = input.now ?? new Date().toISOString();
  const watch: Watch = {
    id: `w_${randomBytes(6).toString('hex')}`,
    url: url.href,
    everySeconds: input.everySeconds,
    outlet: input.outlet ?? null,
    channel,
    title: null,
    createdAt: at,
    createdBy: input.actor ?? 'machine',
    // The first poll is due at once.
    nextPollAt: at,
    lastPolledAt: null,
    lastStatus: null,
    lastError: null,
    etag: null,
    lastModified: null,
    polls: 0,
    itemsSeen: 0,
    sourcesNew: 0,
    claimsNew: 0,
  };
  await store.watches.insert(watch);
  return ok(watch);
}

export async function removeWatch(store: Store, id: string): Promise<Result<{ id: string }>> {
  const removed = await store.transaction((tx) => tx.watches.remove(id));
  return removed ? ok({ id }) : fail('NOT_FOUND', `no watch ${id} (handover watch list shows them)`);
}

export const listWatches = (store: Store): Promise<Watch[]> => store.watches.list();

/** One poll of one watch. Never throws for a source's fault: a failure is the result's status and error. */
export async function pollWatch(store: Store, id: string, opts: PollOptions = {}): Promise<Result<PollResult>> {
  const now = opts.now ?? (() => new Date().toISOString());
  const watch = await store.watches.get(id);
  if (!watch) return fail('NOT_FOUND', `no watch ${id} (handover watch list shows them)`);
  const started = now();
  const result: PollResult = { watchId: id, url: watch.url, status: 'ok', error: null, code: null, itemsFound: 0, itemsKnown: 0, items: [], sourcesNew: 0, claimsNew: 0 };
  // Take this watch's turn, so that two pollers (two servers on one PostgreSQL) never poll it at once.
  const lease = plusSeconds(started, Math.max(watch.everySeconds, 300));
  if (!(await store.watches.lease(id, watch.nextPollAt, lease)) && !opts.force) return ok({ ...result, status: 'skipped' });
  const next = plusSeconds(started, watch.everySeconds);
  const fetchOptions: WebFetchOptions = { ...pick(opts), etag: watch.etag, lastModified: watch.lastModified };
  const failed = async (code: ErrorCode, message: string): Promise<Result<PollResult>> => {
    await store.watches.recordPoll(id, { at: started, nextPollAt: next, status: 'failed', error: message, itemsSeen: 0, sourcesNew: 0, claimsNew: 0 });
    return ok({ ...result, status: 'failed', error: message, code });
  };

  const got = await webFetch(watch.url, fetchOptions);
  if (!got.ok) return failed(got.error.code, got.error.message);
  if (got.value.status === 'not-modified') {
    await store.watches.recordPoll(id, { at: started, nextPollAt: next, status: 'not-modified', error: null, itemsSeen: 0, sourcesNew: 0, claimsNew: 0 });
    return ok({ ...result, status: 'not-modified' });
  }
  const page = got.value;
  const expanded = expandReport(page.bytes, { url: page.url, contentType: page.contentType, channelUsername: watch.channel });
  if (!expanded.ok) return failed(expanded.error.code, expanded.error.message);
  const fetch = (url: string) => fetchReport(url, pick(opts));
  const contentType = page.contentType && page.mediaType !== 'application/octet-stream' ? { contentType: page.contentType } : {};
  const units: ReportUnit[] =
    expanded.value.kind === 'single'
      ? [
          {
            name: page.url,
            // A page is one item per version: its bytes.
            key: `sha256:${sha256Hex(page.bytes)}`,
            link: page.url,
            fetches: false,
            load: async () => ({ bytes: page.bytes, url: page.url, outlet: watch.outlet, ...contentType }),
          },
        ]
      : unitsOf(expanded.value, { name: watch.url, fetch, outlet: watch.outlet });
  const title = expanded.value.kind === 'feed' ? expanded.value.feed.title : expanded.value.kind === 'channel' ? expanded.value.channel.name : null;
  // An item listed twice in one feed is read once.
  const unique = [...new Map(units.map((u) => [u.key, u])).values()];
  const known = await store.watches.known(id, unique.map((u) => u.key));
  const fresh = unique.filter((u) => !known.has(u.key));
  result.itemsFound = unique.length;
  result.itemsKnown = unique.length - fresh.length;

  // Each item read is remembered with what it stored, in the same transaction: a poll cut short
  // remembers exactly the items whose sources were committed.
  const remember = async (index: number, outcome: IngestOutcome, tx: Repositories | null) => {
    if (outcome.status === 'failed') return;
    const unit = fresh[index]!;
    await (tx ?? store).watches.remember(id, [{ key: unit.key, link: unit.link, sourceId: outcome.sourceId }], now());
  };
  const results =
    fresh.length === 0 ? [] : await ingestAll(store, fresh.map((u) => ({ name: u.name, load: u.load })), { actor: opts.actor ?? 'machine', record: remember, ...(opts.now ? { now: opts.now } : {}) });
  result.items = fresh.map((u, i) => ({ name: u.name, key: u.key, link: u.link, outcome: results[i]!.outcome }));
  const read = result.items.filter((i) => i.outcome.status !== 'failed');
  const failures = result.items.length - read.length;
  result.sourcesNew = read.filter((i) => i.outcome.status === 'stored' || i.outcome.status === 'near-duplicate').length;
  result.claimsNew = read.reduce((n, i) => n + (i.outcome.status === 'stored' || i.outcome.status === 'near-duplicate' ? i.outcome.claims : 0), 0);
  await store.transaction(async (tx) => {
    await tx.watches.recordPoll(id, {
      at: started,
      nextPollAt: next,
      status: 'ok',
      error: failures > 0 ? `${failures} of ${result.items.length} new item${result.items.length === 1 ? '' : 's'} failed (tried again next poll): ${result.items.find((i) => i.outcome.status === 'failed')!.outcome.reason}` : null,
      // With an item left to retry, the next poll must read the feed again, not hear "not modified".
      ...(failures === 0 ? { etag: page.etag, lastModified: page.lastModified } : {}),
      title,
      itemsSeen: read.length,
      sourcesNew: result.sourcesNew,
      claimsNew: result.claimsNew,
    });
  });
  if (failures > 0) {
    result.error = `${failures} of ${result.items.length} new items failed; they are tried again next poll`;
  }
  return ok(result);
}

function pick(opts: PollFetchOptions): PollFetchOptions {
  return {
    ...(opts.allowPrivate !== undefined ? { allowPrivate: opts.allowPrivate } : {}),
    ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
    ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
    ...(opts.resolve !== undefined ? { resolve: opts.resolve } : {}),
  };
}

export interface PollManyOptions extends PollOptions {
  /** Poll every watch, due or not. */
  all?: boolean;
  /** At most this many watches in one round (default 50). */
  limit?: number;
  onPolled?: (result: PollResult) => void;
}

/** Polls the watches that are due (or all of them), one after another. */
export async function pollDue(store: Store, opts: PollManyOptions = {}): Promise<PollResult[]> {
  const now = opts.now ?? (() => new Date().toISOString());
  const watches = opts.all ? await store.watches.list() : await store.watches.due(now(), opts.limit ?? 50);
  const out: PollResult[] = [];
  for (const w of watches) {
    const polled = await pollWatch(store, w.id, { ...opts, force: opts.all ?? false });
    // A watch removed meanwhile is simply not there any more.
    if (!polled.ok) continue;
    out.push(polled.value);
    opts.onPolled?.(polled.value);
  }
  return out;
}
