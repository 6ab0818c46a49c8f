/**
 * What a running server does on its own, on a timer: polls the followed sources that are due and
 * sends the webhook deliveries that are due. With a job queue, the polls go through it as
 * `watch-poll` jobs (watch-jobs.ts: on PostgreSQL any worker may take them); without one, the
 * server polls them itself. One tick at a time: a tick that runs long delays the next, never
 * overlaps it.
 */
import type { Store } from '../storage/index.js';
import type { JobQueue } from './jobs.service.js';
import { submitDuePolls } from './watch-jobs.js';
import { pollDue } from './watch.service.js';
import { deliverDue } from './webhooks.service.js';

export interface FollowOptions {
  /** Submit polls as jobs here; without, poll in this process. */
  queue?: JobQueue | null;
  /** Between ticks (default 30 s). */
  intervalMs?: number;
  /** Allow fetching from (and delivering to) private networks: true, or addresses and networks. */
  allowPrivate?: boolean | string[];
  onError?: (err: unknown) => void;
}

export interface Follower {
  /** Runs one tick now (and waits for it). */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export function startFollowing(store: Store, opts: FollowOptions = {}): Follower {
  const intervalMs = opts.intervalMs ?? 30_000;
  const guards = opts.allowPrivate !== undefined ? { allowPrivate: opts.allowPrivate } : {};
  let running: Promise<void> | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;

  const once = async () => {
    try {
      if (opts.queue) {
        const submitted = await submitDuePolls(store, opts.queue, guards);
        if (!submitted.ok) opts.onError?.(new Error(submitted.error.message));
      } else await pollDue(store, guards);
    } catch (err) {
      opts.onError?.(err);
    }
    try {
      await deliverDue(store, guards);
    } catch (err) {
      opts.onError?.(err);
    }
  };
  const tick = (): Promise<void> => (running ??= once().finally(() => (running = null)));
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void tick().then(schedule), intervalMs);
    timer.unref();
  };
  schedule();
  return {
    tick,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
