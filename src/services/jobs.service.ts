/**
 * Jobs: large work done item by item by whichever worker takes it.
 *
 * A job is a kind (registered below with its handler), params, and items. `submitJob` stores them
 * and tells the queue; a worker (`runJobRange`) takes pending items under a lease, hands them to the
 * kind's handler and records each item's result, in the same transaction as what the item stored
 * when the handler passes one. So a worker that dies mid-job leaves its unfinished items pending,
 * and the next worker to take them (once the lease runs out) does exactly what is left.
 *
 * A new kind:
 *
 *     registerJobKind({
 *       kind: 'feed-poll',
 *       description: 'polls one followed feed',
 *       async handleItem(item, ctx) {
 *         const n = await pollFeed(ctx.store, item.payload);      // whatever the item does
 *         return { status: 'done', outcome: 'polled', result: { newItems: n } };
 *       },
 *     });
 *
 * and `await submitJob(store, queue, 'feed-poll', [{ name: url, payload: { url } }], { actor })`.
 * Import the file that registers it from `job-kinds.ts`, so every worker knows it.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { fail, ok, type Result } from '../domain/errors.js';
import { isFinishedJob, type Job, type JobItem, type JobItemStatus, type JobStatus, type JsonValue } from '../domain/index.js';
import type { ClaimedJobItem, Repositories, Store } from '../storage/index.js';

export type { ClaimedJobItem };

/** An item's result as its kind reports it. */
export interface ItemOutcome {
  /** done: the item did what it should (even if that was nothing new); failed: it could not. */
  status: 'done' | 'failed';
  /** One word for counts: stored, duplicate, no-claims, fetched … */
  outcome: string | null;
  /** Whatever the kind wants to show for the item (JSON). */
  result: JsonValue;
}

export interface JobRunContext {
  store: Store;
  job: Job;
  /** Who submitted the job: what it stores is theirs. */
  actor: string;
  /** This worker, as leases name it. */
  workerId: string;
  /**
   * Records an item's result. Pass `tx` when the item wrote to the ledger in a transaction still
   * open: the result then commits (or rolls back) with what it wrote. An item left unrecorded stays
   * pending, and is taken again once its lease runs out.
   */
  record(item: ClaimedJobItem, outcome: ItemOutcome, tx?: Repositories | null): Promise<void>;
  /** True once the job was cancelled or the worker is stopping: finish what is in hand and return. */
  stopping(): boolean;
  /**
   * For an ordered kind: resolves once every item before this chunk has a result, so what the
   * chunk writes lands after all of them, as one process working through the items in order would
   * write it. While it waits it takes earlier items that no worker holds (a worker that died held
   * them, or their message is still queued) and does them first. Throws JobStopped when the job
   * was cancelled or the worker is stopping meanwhile: the chunk's items are then left as they were.
   */
  waitTurn(): Promise<void>;
}

/** Thrown by waitTurn when the job was cancelled or the worker is stopping. */
export class JobStopped extends Error {}

export interface JobKind {
  kind: string;
  /** One line for `handover jobs` and the API. */
  description: string;
  /** Items a worker takes at once (default 100); a queue message carries this many. */
  chunkSize?: number;
  /**
   * Whether items must take effect in their order (ingest: which of two copies is the original,
   * and how claims group, depend on which report is read first). The handler calls ctx.waitTurn()
   * before it writes; work before that (reading, extraction) runs in parallel across workers.
   */
  ordered?: boolean;
  /** One item at a time: its outcome is recorded after it returns; a throw fails the item with the message. */
  handleItem?(item: ClaimedJobItem, ctx: JobRunContext): Promise<ItemOutcome>;
  /** All items taken at once (faster for work that batches, like ingest): call ctx.record for each. */
  handleChunk?(items: ClaimedJobItem[], ctx: JobRunContext): Promise<void>;
}

const kinds = new Map<string, JobKind>();

/** Registers a kind of job; registering a kind again replaces it. */
export function registerJobKind(kind: JobKind): void {
  if (!kind.handleItem && !kind.handleChunk) throw new Error(`job kind ${kind.kind} has no handler`);
  kinds.set(kind.kind, kind);
}

export function jobKind(name: string): JobKind | undefined {
  return kinds.get(name);
}

export function jobKinds(): JobKind[] {
  return [...kinds.values()];
}

export const DEFAULT_CHUNK = 100;
export const chunkSizeOf = (kind: string): number => kinds.get(kind)?.chunkSize ?? DEFAULT_CHUNK;

/** Where new jobs are announced: the in-process runner (SQLite), or pg-boss (PostgreSQL). */
export interface JobQueue {
  /** "in-process" or "pg-boss", for messages. */
  readonly name: string;
  /** Tells the workers that `job` has items to take. */
  enqueue(job: { id: string; kind: string; total: number }): Promise<void>;
  close(): Promise<void>;
}

/** A queue that tells nobody: the job waits in the table until a worker looks (`handover worker` polls). */
export const tableOnlyQueue: JobQueue = { name: 'table', enqueue: async () => undefined, close: async () => undefined };

export interface JobItemInput {
  /** How results name the item: a file name, an address. */
  name: string;
  payload?: JsonValue;
  /** The item's bytes when the worker cannot read them from elsewhere (an upload). */
  bytes?: Uint8Array | null;
}

export interface SubmitOptions {
  actor: string;
  params?: Record<string, JsonValue>;
  now?: () => string;
}

export const newJobId = (): string => `job_${randomBytes(8).toString('hex')}`;

/** Stores a job and its items, then announces it on `queue`. */
export async function submitJob(store: Store, queue: JobQueue, kind: string, items: readonly JobItemInput[], opts: SubmitOptions): Promise<Result<Job>> {
  if (!kinds.has(kind)) return fail('JOB_KIND_UNKNOWN', `no job kind "${kind}" (known: ${[...kinds.keys()].join(', ') || 'none'})`, { path: 'kind' });
  if (items.length === 0) return fail('INPUT_INVALID', 'a job needs at least one item', { path: 'items' });
  const id = newJobId();
  const at = (opts.now ?? (() => new Date().toISOString()))();
  await store.transaction((tx) =>
    tx.jobs.create({ id, kind, params: opts.params ?? {}, createdAt: at, createdBy: opts.actor }, items.map((i) => ({ name: i.name, payload: i.payload ?? null, bytes: i.bytes ?? null }))),
  );
  try {
    await queue.enqueue({ id, kind, total: items.length });
  } catch (err) {
    // The job is stored: a worker polling the table (or a later enqueue) still finds it.
    return fail('QUEUE_FAILED', `job ${id} is stored, but the queue (${queue.name}) could not be told: ${(err as Error).message}`, { details: { jobId: id } });
  }
  return ok((await store.jobs.get(id))!);
}

export async function getJob(store: Repositories, id: string): Promise<Result<Job>> {
  const job = await store.jobs.get(id);
  return job ? ok(job) : fail('NOT_FOUND', `no job ${id}`, { path: 'id' });
}

export interface JobListOptions {
  status?: JobStatus;
  kind?: string;
  limit?: number;
  before?: { createdAt: string; id: string } | null;
}

export async function listJobs(store: Repositories, opts: JobListOptions = {}): Promise<Job[]> {
  return store.jobs.list({ limit: opts.limit ?? 50, ...(opts.status ? { status: opts.status } : {}), ...(opts.kind ? { kind: opts.kind } : {}), before: opts.before ?? null });
}

/** A page of a job's items after `afterSeq` (-1: from the first). */
export async function jobItems(store: Repositories, id: string, opts: { afterSeq?: number; limit?: number; status?: JobItemStatus } = {}): Promise<Result<{ items: JobItem[]; next: number | null }>> {
  const job = await store.jobs.get(id);
  if (!job) return fail('NOT_FOUND', `no job ${id}`, { path: 'id' });
  const limit = opts.limit ?? 100;
  const items = await store.jobs.items(id, { afterSeq: opts.afterSeq ?? -1, limit, ...(opts.status ? { status: opts.status } : {}) });
  return ok({ items, next: items.length === limit ? items.at(-1)!.seq : null });
}

/** Cancels a job: pending items are cancelled, an item in a worker's hands finishes. */
export async function cancelJob(store: Store, id: string, now = new Date().toISOString()): Promise<Result<Job>> {
  const job = await store.jobs.get(id);
  if (!job) return fail('NOT_FOUND', `no job ${id}`, { path: 'id' });
  if (isFinishedJob(job.status)) return fail('JOB_FINISHED', `job ${id} is ${job.status} already`, { path: 'id' });
  await store.transaction((tx) => tx.jobs.cancel(id, now));
  return ok((await store.jobs.get(id))!);
}

// ------------------------------------------------------------------ running

export const workerIdFor = (label = 'worker'): string => `${label}@${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

export interface RunOptions {
  workerId: string;
  /** How long an item stays this worker's without a renewal (default 60 s); renewed every third of it. */
  leaseMs?: number;
  /** Asked between chunks and by the handler: true stops the run (what is in hand is finished). */
  stopping?: () => boolean;
  /** Tries for an item whose handler left it unrecorded or threw before it is failed for good (default 5). */
  maxAttempts?: number;
  now?: () => string;
  /** Items taken at once (default: the kind's chunk size). */
  chunkSize?: number;
  /** Called after each chunk with the items it finished. */
  onChunk?: (job: Job, finished: number) => void;
}

const iso = (ms: number) => new Date(ms).toISOString();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Does the pending items of `jobId` with seq in [from, to] that no worker holds, a chunk at a time,
 * until none is free there. Returns the job as it is afterwards; marks it done once no item of it is
 * pending. Throws only for a broken store (a queue then hands the range out again).
 */
export async function runJobRange(store: Store, jobId: string, range: { from: number; to: number } | null, opts: RunOptions): Promise<Job | undefined> {
  const leaseMs = opts.leaseMs ?? 60_000;
  const maxAttempts = opts.maxAttempts ?? 5;
  const clock = opts.now ?? (() => new Date().toISOString());
  let job = await store.jobs.get(jobId);
  if (!job) return undefined;
  const span = range ?? { from: 0, to: job.progress.total - 1 };
  const kind = kinds.get(job.kind);
  if (!kind) {
    // A worker of an older version: leave the job to one that knows the kind, unless none could.
    await store.jobs.setStatus(jobId, ['queued', 'running'], 'failed', { finishedAt: clock(), error: `no worker knows the job kind "${job.kind}"` });
    return store.jobs.get(jobId);
  }
  const chunk = opts.chunkSize ?? kind.chunkSize ?? DEFAULT_CHUNK;
  let cancelled = false;
  const stopping = () => cancelled || (opts.stopping?.() ?? false);
  for (;;) {
    if (stopping()) break;
    job = (await store.jobs.get(jobId))!;
    if (isFinishedJob(job.status)) {
      cancelled = job.status === 'cancelled';
      break;
    }
    const now = Date.now();
    const items = await store.jobs.claim(jobId, span, opts.workerId, iso(now), iso(now + leaseMs), chunk);
    // Nothing free: what is left of the range is done, or in other workers' hands. A worker that
    // dies holding some leaves them to whoever looks once its lease runs out: a worker waiting for
    // its turn (waitTurn), an idle worker's sweep (job-queue.ts), the in-process runner's poll.
    if (items.length === 0) break;
    if (job.status === 'queued') await store.jobs.setStatus(jobId, ['queued'], 'running', { startedAt: clock() });
    const finished = await runChunk(store, job, kind, items, { ...opts, leaseMs, maxAttempts, now: clock, stopping });
    opts.onChunk?.(job, finished);
  }
  await finishIfDone(store, jobId, clock);
  return store.jobs.get(jobId);
}

/** Marks a job done once none of its items is pending; whoever sees that first does it (once). */
async function finishIfDone(store: Store, jobId: string, clock: () => string): Promise<void> {
  const all = await store.jobs.pendingIn(jobId, { from: 0, to: 2_000_000_000 }, clock());
  if (all.pending === 0) await store.jobs.setStatus(jobId, ['queued', 'running'], 'done', { finishedAt: clock() });
}

/** Runs one chunk through the kind's handler with its leases kept alive; returns how many items got a result. */
async function runChunk(
  store: Store,
  job: Job,
  kind: JobKind,
  items: ClaimedJobItem[],
  opts: RunOptions & { leaseMs: number; maxAttempts: number; now: () => string; stopping: () => boolean },
): Promise<number> {
  const open = new Set(items.map((i) => i.seq));
  let finished = 0;
  // Leases are renewed while the handler works; a renewal that fails (the store is down) is tried at the next tick.
  const renew = setInterval(() => {
    if (open.size > 0) store.jobs.extendLeases(job.id, [...open], opts.workerId, iso(Date.now() + opts.leaseMs)).catch(() => undefined);
  }, Math.max(250, Math.floor(opts.leaseMs / 3)));
  const chunkSize = opts.chunkSize ?? kind.chunkSize ?? DEFAULT_CHUNK;
  const ctx: JobRunContext = {
    store,
    job,
    actor: job.createdBy,
    workerId: opts.workerId,
    stopping: opts.stopping,
    async record(item, outcome, tx) {
      const wrote = await (tx ?? store).jobs.finishItem(job.id, item.seq, { status: outcome.status, outcome: outcome.outcome, result: outcome.result }, opts.now());
      open.delete(item.seq);
      if (wrote) finished++;
    },
    async waitTurn() {
      const first = items[0]!.seq;
      let pause = 50;
      for (;;) {
        if (opts.stopping()) throw new JobStopped('stopping');
        const current = await store.jobs.get(job.id);
        if (!current || isFinishedJob(current.status)) throw new JobStopped(`job ${job.id} is ${current?.status ?? 'gone'}`);
        if (first === 0) return;
        const left = await store.jobs.pendingIn(job.id, { from: 0, to: first - 1 }, opts.now());
        if (left.pending === 0) return;
        const now = Date.now();
        const earlier = await store.jobs.claim(job.id, { from: 0, to: first - 1 }, opts.workerId, iso(now), iso(now + opts.leaseMs), chunkSize);
        if (earlier.length > 0) {
          await runChunk(store, current, kind, earlier, opts);
          pause = 50;
          continue;
        }
        await sleep(pause);
        pause = Math.min(500, pause * 2);
      }
    },
  };
  try {
    if (kind.handleChunk) {
      await kind.handleChunk(items, ctx).catch((err: unknown) => {
        // Stopped while waiting its turn: the items are given back below, untouched.
        if (!(err instanceof JobStopped)) throw err;
      });
    } else {
      for (const item of items) {
        if (ctx.stopping()) break;
        let outcome: ItemOutcome;
        try {
          outcome = await kind.handleItem!(item, ctx);
        } catch (err) {
          outcome = { status: 'failed', outcome: 'error', result: { error: (err as Error).message ?? String(err) } };
        }
        await ctx.record(item, outcome);
      }
    }
  } finally {
    clearInterval(renew);
    // Items still pending (left unrecorded, or recorded in a transaction that rolled back): failed for
    // good after enough tries, else given back at once for another try.
    const seqs = new Set(items.map((i) => i.seq));
    const first = items[0]!.seq;
    const pending = (await store.jobs.items(job.id, { afterSeq: first - 1, limit: items.length + 1, status: 'pending' }).catch(() => [])).filter((i) => seqs.has(i.seq));
    if (!opts.stopping()) {
      for (const item of items) {
        if (item.attempts < opts.maxAttempts || !pending.some((p) => p.seq === item.seq)) continue;
        await ctx.record(item, { status: 'failed', outcome: 'gave-up', result: { error: `no result after ${item.attempts} attempts` } }).catch(() => undefined);
      }
    }
    await store.jobs.releaseLeases(job.id, [...seqs], opts.workerId).catch(() => undefined);
  }
  await finishIfDone(store, job.id, opts.now);
  return finished;
}

// ------------------------------------------------------------------ in-process runner

export interface InProcessRunner extends JobQueue {
  /** Resolves once the runner has nothing in hand (for tests). */
  idle(): Promise<void>;
}

/**
 * Runs jobs inside this process (the server on SQLite, `handover worker` on SQLite): it looks for
 * jobs with items free to take when told of one and every `pollMs`, and does them one at a time.
 */
export function startInProcessRunner(store: Store, opts: { workerId?: string; pollMs?: number; leaseMs?: number; onChunk?: RunOptions['onChunk']; onError?: (err: unknown) => void } = {}): InProcessRunner {
  const workerId = opts.workerId ?? workerIdFor('server');
  let stopped = false;
  // Set by enqueue and idle: a pass over the table starts after it, so nothing told of is missed.
  let dirty = true;
  let wake: (() => void) | null = null;
  let idleWaiters: Array<() => void> = [];
  const pass = async () => {
    for (;;) {
      if (stopped) return;
      const [next] = await store.jobs.claimable(new Date().toISOString(), 1);
      if (!next) return;
      await runJobRange(store, next.id, null, { workerId, stopping: () => stopped, ...(opts.leaseMs ? { leaseMs: opts.leaseMs } : {}), ...(opts.onChunk ? { onChunk: opts.onChunk } : {}) });
    }
  };
  const loop = async () => {
    while (!stopped) {
      while (dirty && !stopped) {
        dirty = false;
        try {
          await pass();
        } catch (err) {
          opts.onError?.(err);
        }
      }
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const w of waiters) w();
      if (stopped) break;
      await new Promise<void>((resolve) => {
        // The poll alone keeps no process alive: a server or worker ends when its own work does.
        const timer = setTimeout(resolve, opts.pollMs ?? 1000);
        timer.unref();
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
      dirty = true;
    }
    for (const w of idleWaiters) w();
  };
  const running = loop();
  const poke = () => {
    dirty = true;
    wake?.();
  };
  return {
    name: 'in-process',
    async enqueue() {
      poke();
    },
    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        poke();
      }),
    async close() {
      stopped = true;
      wake?.();
      await running;
    },
  };
}
