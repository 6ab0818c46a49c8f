/**
 * Ingest of many reports: reading and extraction run ahead in worker threads while the main thread
 * stores, in input order, in batches (a savepoint per source, a commit per batch). The outcome of
 * every report is the one `ingestReport` gives it alone; only the time differs.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Batch, Repositories, Store } from '../storage/index.js';
import { HandoverError, issueOf, type ErrorCode } from '../domain/errors.js';
import { sha256Hex } from './ids.js';
import { type IngestInput, type IngestOutcome, type PrepareInput, type PreparedReport, prepareReport, storedAs, storePrepared } from './ingest.service.js';

export interface IngestJob {
  /** How results name it: a path, or "-" for stdin. */
  name: string;
  /**
   * Reads the report; a rejection becomes a `failed` outcome (a HandoverError's code and message, else
   * "cannot read: …"). An input that holds many reports (a feed, a channel export) answers with a job
   * for each, run in its place in order.
   */
  load: () => Promise<IngestInput | IngestJob[]>;
}

export interface IngestRunOptions {
  /** Worker threads that read and extract (0: all on this thread). Default: one per CPU but one, at most 4. */
  threads?: number;
  actor?: string;
  now?: () => string;
  /** Commit after this many sources (default 200) or this many milliseconds (default 2000), whichever comes first. */
  batchSources?: number;
  batchMs?: number;
  /** Called as each report's outcome is known, in input order. */
  onResult?: (name: string, outcome: IngestOutcome) => void;
  /**
   * Called with each report's outcome, in input order, before anything after it is stored: inside
   * the open batch (`tx`) when there is one, so what it writes commits or rolls back with the
   * report; with null when no batch is open (nothing of this report was written). `origin` is the
   * index in `jobs` it came from; `part` is true for one of the reports an input expanded into (a
   * feed's item, an export's message).
   */
  record?: (origin: number, outcome: IngestOutcome, tx: Repositories | null, part: boolean) => Promise<void>;
  /** Called when an input turns out to hold many reports, with how many. */
  onExpand?: (name: string, count: number) => void;
}

export interface IngestResult {
  name: string;
  outcome: IngestOutcome;
}

/** Below this many reports a pool costs more to start (each worker loads the extractor) than it saves. */
const POOL_MIN_JOBS = 16;
/**
 * Reports go to a worker in chunks: one message each way per chunk instead of per report (the
 * messages cost more than a short report's extraction). Each worker holds up to a few chunks, so it
 * never waits for the store's thread.
 */
const CHUNK = 8;
const CHUNKS_PER_THREAD = 3;
/**
 * Reading ahead also stops at this many bytes of reports waiting to be stored: a folder of large
 * reports would otherwise hold up to 96 of them at once (each up to the input cap, 16 MiB by default).
 */
const AHEAD_BYTES = 16 * 1024 * 1024;

export function defaultThreads(): number {
  return Math.max(0, Math.min(4, availableParallelism() - 1));
}

interface Preparer {
  /** Queues a report; its result comes once its chunk is sent (see flush) and read. */
  prepare(input: PrepareInput): Promise<PreparedReport>;
  /** Sends the reports queued so far, however few. */
  flush(): void;
  close(): Promise<void>;
  threads: number;
}

/**
 * The worker module sits next to this one once compiled; run from TypeScript sources (tests under
 * vitest) there is none, and reading happens on this thread.
 */
function workerFile(): string | null {
  const url = new URL('./prepare.worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url.href : null;
}

function openPreparer(threads: number): Preparer {
  const filename = threads > 0 ? workerFile() : null;
  if (filename === null) return { prepare: async (input) => prepareReport(input), flush: () => undefined, close: async () => undefined, threads: 0 };
  const pool = new Piscina<PrepareInput[], PreparedReport[]>({ filename, minThreads: threads, maxThreads: threads, idleTimeout: 1000, recordTiming: false, concurrentTasksPerWorker: CHUNKS_PER_THREAD });
  let queued: Array<{ input: PrepareInput; resolve: (r: PreparedReport) => void }> = [];
  const flush = (): void => {
    if (queued.length === 0) return;
    const chunk = queued;
    queued = [];
    pool.run(chunk.map((q) => q.input)).then(
      (out) => chunk.forEach((q, i) => q.resolve(out[i]!)),
      // The worker never throws for bad input; a rejection means the worker itself died.
      (err: unknown) => chunk.forEach((q) => q.resolve({ kind: 'failed', reason: `the extractor failed: ${(err as Error).message}`, code: 'INGEST_PARSE_FAILED' })),
    );
  };
  return {
    threads,
    prepare: (input) =>
      new Promise((resolve) => {
        queued.push({ input, resolve });
        if (queued.length >= CHUNK) flush();
      }),
    flush,
    close: () => pool.destroy(),
  };
}

/** An input not read within this time has the open batch committed while it is awaited. */
const SLOW_INPUT_MS = 50;

/** Whether `work` is still pending after `ms` milliseconds (it keeps running either way). */
async function slowerThan(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), ms)));
  try {
    return await Promise.race([work.then(() => false, () => false), late]);
  } finally {
    clearTimeout(timer);
  }
}

const failed = (reason: string, code: ErrorCode): IngestOutcome => ({ status: 'failed', sourceId: null, claims: 0, events: [], duplicateOf: null, reason, code });

/** A report on its way: read, hashed, and either settled already (unreadable, a stored duplicate) or being prepared. */
type InFlight =
  | { name: string; from: { origin: number; part: boolean }; settled: IngestOutcome }
  | { name: string; from: { origin: number; part: boolean }; input: IngestInput; contentHash: string; prepared: Promise<PreparedReport>; repeat: boolean };

/** Ingests reports in order; what was committed stays committed whatever fails later. */
export async function ingestAll(store: Store, jobs: readonly IngestJob[], opts: IngestRunOptions = {}): Promise<IngestResult[]> {
  const threads = jobs.length >= POOL_MIN_JOBS ? (opts.threads ?? defaultThreads()) : 0;
  const preparer = openPreparer(threads);
  const batchSources = opts.batchSources ?? 200;
  const batchMs = opts.batchMs ?? 2000;
  const ctx = { actor: opts.actor ?? 'machine', ...(opts.now ? { now: opts.now } : {}) };
  const chunk = preparer.threads > 0 ? CHUNK : 1;
  const ahead = Math.max(1, preparer.threads * CHUNKS_PER_THREAD * CHUNK);
  const results: IngestResult[] = [];
  let batch: Batch | null = null;
  let inBatch: IngestResult[] = [];
  let opened = 0;
  const queue: InFlight[] = [];
  const hashes = new Set<string>();
  let next = 0;
  let queuedBytes = 0;
  const list: IngestJob[] = [...jobs];
  // Which of `jobs` each entry of `list` came from, and whether it is one of an input's expanded reports.
  const origins: Array<{ origin: number; part: boolean }> = jobs.map((_, origin) => ({ origin, part: false }));

  // Reads the next reports and hands them to the workers. Duplicates of stored bytes are settled
  // here, before any extraction, so a rerun over a stored folder costs a hash per file.
  const dispatch = async (job: IngestJob, from: { origin: number; part: boolean }): Promise<InFlight | null> => {
    let input: IngestInput;
    try {
      const loading = job.load();
      // A slow input (stdin, a pipe, a fetch) must not keep the ledger locked while it trickles in: the batch so far is committed.
      if (batch !== null && (await slowerThan(loading, SLOW_INPUT_MS))) await commit();
      const loaded = await loading;
      if (Array.isArray(loaded)) {
        // Its reports take its place, in order.
        list.splice(next, 0, ...loaded);
        origins.splice(next, 0, ...loaded.map(() => ({ origin: from.origin, part: true })));
        opts.onExpand?.(job.name, loaded.length);
        return null;
      }
      input = loaded;
    } catch (err) {
      // A reader that knows why (too large, no such file) says so with its own code.
      if (err instanceof HandoverError) return { name: job.name, from, settled: failed(err.message, err.code) };
      return { name: job.name, from, settled: failed(`cannot read: ${(err as Error).message}`, 'INGEST_READ_FAILED') };
    }
    const contentHash = sha256Hex(input.bytes);
    // Inside an open batch read through it: SQLite has one connection, and the batch holds it.
    const stored = await storedAs(batch?.repos ?? store, contentHash);
    if (stored) return { name: job.name, from, settled: stored };
    // The same bytes earlier in this run are not stored yet: they are looked up again when this copy's turn comes.
    const repeat = hashes.has(contentHash);
    hashes.add(contentHash);
    return { name: job.name, from, input, contentHash, prepared: preparer.prepare(input), repeat };
  };
  let busyReason = '';
  // A batch, or null when the ledger stayed busy past every attempt (LEDGER_BUSY): that report fails, the next tries again.
  const openBatch = async (): Promise<Batch | null> => {
    try {
      batch = await store.startBatch();
    } catch (err) {
      const issue = issueOf(err, 'INGEST_STORE_FAILED');
      if (issue.code !== 'LEDGER_BUSY') throw err;
      busyReason = issue.message;
      return null;
    }
    opened = Date.now();
    return batch;
  };
  const commit = async () => {
    if (!batch) return;
    try {
      await batch.commit();
    } catch (err) {
      for (const r of inBatch) if (r.outcome.status !== 'failed' && r.outcome.status !== 'duplicate') r.outcome = failed(`not stored: the batch could not be committed (${(err as Error).message})`, 'INGEST_STORE_FAILED');
    }
    batch = null;
    inBatch = [];
  };

  try {
    while (next < list.length || queue.length > 0) {
      // Read ahead a whole chunk at a time, once there is room for one.
      if (queue.length <= ahead - chunk || queue.length === 0) {
        while (queue.length < ahead && next < list.length && (queue.length === 0 || queuedBytes < AHEAD_BYTES)) {
          const at = next++;
          const item = await dispatch(list[at]!, origins[at]!);
          if (item === null) continue;
          if ('input' in item) queuedBytes += item.input.bytes.length;
          queue.push(item);
        }
        preparer.flush();
      }
      // An input that held no reports (an empty feed) leaves nothing to store.
      if (queue.length === 0) continue;
      const item = queue.shift()!;
      if ('input' in item) queuedBytes -= item.input.bytes.length;
      let outcome: IngestOutcome;
      if ('settled' in item) outcome = item.settled;
      else {
        const prepared = await item.prepared;
        // The batch (and on SQLite the write lock, see storage/connect.ts) is taken only once there is something to store.
        const open = batch ?? (await openBatch());
        if (open === null) outcome = failed(`not stored: ${busyReason}`, 'LEDGER_BUSY');
        else outcome = (item.repeat ? await storedAs(open.repos, item.contentHash) : null) ?? (await storePrepared(store, item.input, item.contentHash, prepared, { ...ctx, batch: open }));
      }
      const result = { name: item.name, outcome };
      if (opts.record) await opts.record(item.from.origin, outcome, batch ? (batch as Batch).repos : null, item.from.part);
      results.push(result);
      inBatch.push(result);
      opts.onResult?.(item.name, outcome);
      if (batch && (inBatch.length >= batchSources || Date.now() - opened >= batchMs)) await commit();
    }
    await commit();
  } finally {
    if (batch) await (batch as Batch).rollback().catch(() => undefined);
    await preparer.close();
  }
  return results;
}
