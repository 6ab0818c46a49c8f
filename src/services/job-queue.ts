/**
 * Where jobs go once submitted, and the workers that do them.
 *
 * - SQLite: one process writes, so the process that holds the ledger (the server, or `handover
 *   worker`) runs jobs itself: the in-process runner looks in the jobs table.
 * - PostgreSQL: submitting sends pg-boss messages, one per chunk of items; any number of `handover
 *   worker` processes, on any machines, take them. A worker also looks in the jobs table when it
 *   has nothing in hand, and takes items whose lease ran out (a worker that died), so those wait
 *   one lease, not one message expiry.
 */
import { chunkSizeOf, runJobRange, startInProcessRunner, tableOnlyQueue, workerIdFor, type InProcessRunner, type JobQueue, type RunOptions } from './jobs.service.js';
import './job-kinds.js';
import { openChunkQueue, type ChunkMessage, type ChunkQueue, type Store, type StoreConfig } from '../storage/index.js';

export interface WorkerOptions {
  /** Chunks this process works on at once (PostgreSQL; default 1). */
  concurrency?: number;
  /** How long an item stays a worker's without renewal (default 60 s). */
  leaseMs?: number;
  /** A pg-boss message not finished in this time is handed out again (default 900 s). */
  expireInSeconds?: number;
  maintenanceIntervalSeconds?: number;
  pollingIntervalSeconds?: number;
  /** How often an idle worker looks in the jobs table for items whose lease ran out (default: half a lease). */
  sweepMs?: number;
  workerId?: string;
  onChunk?: RunOptions['onChunk'];
  onError?: (err: unknown) => void;
}

export interface RunningWorker {
  readonly workerId: string;
  /** "in-process (SQLite)" or "pg-boss (PostgreSQL)". */
  readonly mode: string;
  /** Stops taking work; what is in hand is finished (graceful) or given back. */
  stop(): Promise<void>;
}

const chunksOf = (job: { id: string; kind: string; total: number }): ChunkMessage[] => {
  const size = chunkSizeOf(job.kind);
  const out: ChunkMessage[] = [];
  for (let from = 0; from < job.total; from += size) out.push({ jobId: job.id, from, to: Math.min(job.total, from + size) - 1 });
  return out;
};

type PgConfig = Extract<StoreConfig, { engine: 'postgres' }>;

/**
 * The queue a server (or a CLI command) submits to. On SQLite it is the in-process runner, which
 * also does the jobs; on PostgreSQL it only sends, unless `work` is set (then this process is a
 * worker too).
 */
export async function openJobQueue(store: Store, config: StoreConfig, opts: WorkerOptions & { work?: boolean } = {}): Promise<JobQueue & { worker: RunningWorker | null }> {
  if (config.engine === 'sqlite') {
    const runner = startInProcessRunner(store, { ...(opts.leaseMs ? { leaseMs: opts.leaseMs } : {}), ...(opts.onChunk ? { onChunk: opts.onChunk } : {}), ...(opts.onError ? { onError: opts.onError } : {}) });
    const worker: RunningWorker = { workerId: 'in-process', mode: 'in-process (SQLite)', stop: () => runner.close() };
    return { name: runner.name, enqueue: (j) => runner.enqueue(j), close: () => runner.close(), worker };
  }
  const queue = await openChunkQueue(config, pgOptions(opts));
  const worker = opts.work ? await workOn(store, queue, opts) : null;
  return {
    name: 'pg-boss',
    enqueue: (job) => queue.send(chunksOf(job)),
    async close() {
      await worker?.stop();
      await queue.stop();
    },
    worker,
  };
}

const pgOptions = (opts: WorkerOptions) => ({
  ...(opts.expireInSeconds ? { expireInSeconds: opts.expireInSeconds } : {}),
  ...(opts.maintenanceIntervalSeconds ? { maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds } : {}),
  ...(opts.pollingIntervalSeconds ? { pollingIntervalSeconds: opts.pollingIntervalSeconds } : {}),
  ...(opts.onError ? { onError: (e: Error) => opts.onError!(e) } : {}),
});

/** A worker: takes jobs until stopped (`handover worker`). */
export async function startWorker(store: Store, config: StoreConfig, opts: WorkerOptions = {}): Promise<RunningWorker> {
  if (config.engine === 'sqlite') {
    const workerId = opts.workerId ?? workerIdFor('worker');
    const runner: InProcessRunner = startInProcessRunner(store, { workerId, ...(opts.leaseMs ? { leaseMs: opts.leaseMs } : {}), ...(opts.onChunk ? { onChunk: opts.onChunk } : {}), ...(opts.onError ? { onError: opts.onError } : {}) });
    return { workerId, mode: 'in-process (SQLite)', stop: () => runner.close() };
  }
  const queue = await openChunkQueue(config as PgConfig, pgOptions(opts));
  const worker = await workOn(store, queue, opts);
  return {
    ...worker,
    async stop() {
      await worker.stop();
      await queue.stop();
    },
  };
}

async function workOn(store: Store, queue: ChunkQueue, opts: WorkerOptions): Promise<RunningWorker> {
  const workerId = opts.workerId ?? workerIdFor('worker');
  const leaseMs = opts.leaseMs ?? 60_000;
  let stopped = false;
  let inHand = 0;
  const run: RunOptions = { workerId, leaseMs, stopping: () => stopped, ...(opts.onChunk ? { onChunk: opts.onChunk } : {}) };
  await queue.work(opts.concurrency ?? 1, async (message) => {
    inHand++;
    try {
      await runJobRange(store, message.jobId, { from: message.from, to: message.to }, run);
      // Stopped before the range was done: the message goes back to the queue for another worker.
      if (stopped) {
        const left = await store.jobs.pendingIn(message.jobId, { from: message.from, to: message.to }, new Date().toISOString());
        const job = await store.jobs.get(message.jobId);
        if (left.pending > 0 && job && (job.status === 'queued' || job.status === 'running')) throw new Error(`worker ${workerId} stopped with ${left.pending} items of ${message.jobId} left`);
      }
    } finally {
      inHand--;
    }
  });
  // Idle, look for items whose lease ran out: a worker that died held them.
  let sweeping: Promise<void> = Promise.resolve();
  const sweep = setInterval(() => {
    if (inHand > 0 || stopped) return;
    sweeping = sweeping.then(async () => {
      try {
        const [orphan] = await store.jobs.claimable(new Date().toISOString(), 1);
        if (orphan) await runJobRange(store, orphan.id, null, { ...run, stopping: () => stopped || inHand > 0 });
      } catch (err) {
        opts.onError?.(err);
      }
    });
  }, opts.sweepMs ?? Math.max(1000, leaseMs / 2));
  return {
    workerId,
    mode: 'pg-boss (PostgreSQL)',
    async stop() {
      stopped = true;
      clearInterval(sweep);
      await sweeping;
    },
  };
}

/**
 * A queue that only announces jobs (a CLI command that submits one and ends): pg-boss on
 * PostgreSQL; on SQLite none, since the process that runs jobs (the server, `handover worker`)
 * looks in the jobs table.
 */
export async function openJobSender(config: StoreConfig): Promise<JobQueue> {
  if (config.engine === 'sqlite') return tableOnlyQueue;
  const queue = await openChunkQueue(config, {});
  return { name: 'pg-boss', enqueue: (job) => queue.send(chunksOf(job)), close: () => queue.stop() };
}
