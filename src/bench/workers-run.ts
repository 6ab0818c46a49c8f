/**
 * Runs of `handover` processes on a PostgreSQL ledger, for the workers' scale test and
 * `npm run bench:workers`: a single `handover ingest` of a generated corpus, and the same corpus
 * queued as a job and stored by N `handover worker` processes, one of which may be killed with
 * SIGKILL mid-job and started again. Each run exports its ledger as JSON for comparison.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exchangeCorpus } from './generate-corpus.js';
import { dropPostgresSchema, openStore } from '../storage/index.js';
import { compareLedgers, normaliseExport, type LedgerDifference, type LedgerExport } from './export-compare.js';

const BIN = fileURLToPath(new URL('../../bin/handover.js', import.meta.url));

const childEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.DATABASE_URL;
  delete env.HANDOVER_DB;
  return env;
};

export interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** Runs `handover` to its end. */
export function handover(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** A PostgreSQL ledger in its own schema: `--db` for it, and its removal (with pg-boss's schema beside it). */
export function pgLedger(url: string, schema: string) {
  const u = new URL(url);
  u.searchParams.set('schema', schema);
  return { db: u.toString(), drop: async () => Promise.all([dropPostgresSchema(url, schema), dropPostgresSchema(url, `${schema}_boss`)]).then(() => undefined) };
}

/** Writes `count` generated reports (about one exchange in ten, syndicated copies among them) as files; returns their folder. */
export function writeCorpus(dir: string, count: number, seed = 20261207): string {
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus, { recursive: true });
  exchangeCorpus(seed, count, { targetChars: 900 }).forEach((r, i) => writeFileSync(join(corpus, `r${String(i).padStart(6, '0')}.txt`), r.text));
  return corpus;
}

export interface IngestRun {
  seconds: number;
  exportFile: string;
  /** `handover ingest`'s summary line, or the job's outcomes. */
  summary: string;
}

async function exportTo(db: string, file: string, cwd: string): Promise<void> {
  const r = await handover(['export', '--format', 'json', '--db', db, '--out', file, '--force'], cwd);
  if (r.code !== 0) throw new Error(`export failed: ${r.err}`);
}

/** One `handover ingest` of the corpus, as a single process. */
export async function singleIngest(url: string, schema: string, corpus: string, cwd: string): Promise<IngestRun> {
  const { db } = pgLedger(url, schema);
  const t0 = performance.now();
  const r = await handover(['ingest', corpus, '--db', db], cwd);
  const seconds = (performance.now() - t0) / 1000;
  if (r.code !== 0) throw new Error(`ingest failed (${r.code}): ${r.err.slice(-2000)}`);
  const exportFile = join(cwd, `${schema}.json`);
  await exportTo(db, exportFile, cwd);
  return { seconds, exportFile, summary: r.out.trim().split('\n').at(-1) ?? '' };
}

export interface WorkersRun extends IngestRun {
  /** Items a worker took more than once (a killed worker's, taken again). */
  retried: number;
  /** When the worker was killed, as items finished by then (null: none was). */
  killedAfter: number | null;
}

interface Worker {
  child: ChildProcess;
  /** As its leases name it. */
  id: string;
  chunks: number;
  ready: Promise<void>;
  exited: Promise<void>;
}

function startWorker(db: string, cwd: string, leaseSeconds: number, log: (line: string) => void, name: string): Worker {
  const child = spawn(process.execPath, [BIN, 'worker', '--db', db, '--lease', String(leaseSeconds)], { cwd, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  const w: Worker = { child, id: '', chunks: 0, ready: Promise.resolve(), exited: Promise.resolve() };
  w.ready = new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      const started = /worker (\S+) takes jobs/.exec(d.toString());
      if (started) {
        w.id = started[1]!;
        resolve();
      }
    });
    child.on('close', (code) => reject(new Error(`worker ${name} exited (${code}) before it was ready`)));
  });
  w.ready.catch(() => undefined);
  w.exited = new Promise((resolve) => child.on('close', () => resolve()));
  child.stderr!.on('data', (d: Buffer) => {
    for (const l of d.toString().split('\n')) {
      if (/: \+\d+$/.test(l)) w.chunks++;
      else if (l.trim() && !/^stopp/.test(l)) log(`worker ${name}: ${l}`);
    }
  });
  return w;
}

/**
 * The corpus queued as one job (`handover ingest --queue`) and stored by `workers` worker processes,
 * started first. With `kill`, one worker is killed with SIGKILL once it has finished a chunk and
 * holds the next, and a new one started in its place. Timed from the submission to the job's end.
 */
export async function workersIngest(
  url: string,
  schema: string,
  corpus: string,
  cwd: string,
  opts: { workers: number; kill: boolean; leaseSeconds?: number; log?: (line: string) => void },
): Promise<WorkersRun> {
  const { db } = pgLedger(url, schema);
  const log = opts.log ?? (() => undefined);
  const lease = opts.leaseSeconds ?? 10;
  // The ledger and the queue's schema are made first, so the workers do not race to make them.
  const migrate = await handover(['db', 'migrate', '--db', db], cwd);
  if (migrate.code !== 0) throw new Error(`db migrate failed: ${migrate.err}`);
  const workers = Array.from({ length: opts.workers }, (_, i) => startWorker(db, cwd, lease, log, `#${i + 1}`));
  const store = await openStore({ engine: 'postgres', url, schema, poolSize: 2 });
  try {
    await Promise.all(workers.map((w) => w.ready));
    const t0 = performance.now();
    const queued = await handover(['ingest', '--queue', corpus, '--db', db], cwd);
    const jobId = /queued (job_[0-9a-f]+)/.exec(queued.out)?.[1];
    if (queued.code !== 0 || !jobId) throw new Error(`ingest --queue failed (${queued.code}): ${queued.err}`);
    let killedAfter: number | null = null;
    for (;;) {
      const job = await store.jobs.get(jobId);
      if (!job) throw new Error(`job ${jobId} vanished`);
      if (job.status !== 'queued' && job.status !== 'running') break;
      const victim = workers[workers.length > 1 ? 1 : 0]!;
      if (opts.kill && killedAfter === null && job.progress.finished > 0 && job.progress.pending > job.progress.total / 4) {
        // Killed while it holds items (read, or waiting for their turn to be stored).
        const held = await store.kysely
          .selectFrom('job_items')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('job_id', '=', jobId)
          .where('status', '=', 'pending')
          .where('lease_owner', '=', victim.id)
          .where('lease_until', '>', new Date().toISOString())
          .executeTakeFirstOrThrow();
        if (Number(held.n) > 0) {
          victim.child.kill('SIGKILL');
          await victim.exited;
          killedAfter = (await store.jobs.get(jobId))!.progress.finished;
          log(`killed worker #${workers.indexOf(victim) + 1} (SIGKILL) holding ${held.n} items, after ${killedAfter} items were done; starting another`);
          const again = startWorker(db, cwd, lease, log, `#${workers.indexOf(victim) + 1}'`);
          workers[workers.indexOf(victim)] = again;
        }
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const seconds = (performance.now() - t0) / 1000;
    const job = (await store.jobs.get(jobId))!;
    const retried = Number(
      (await store.kysely.selectFrom('job_items').select((eb) => eb.fn.countAll().as('n')).where('job_id', '=', jobId).where('attempts', '>', 1).executeTakeFirstOrThrow()).n,
    );
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    const exportFile = join(cwd, `${schema}.json`);
    await exportTo(db, exportFile, cwd);
    const summary = `${job.status}: ${Object.entries(job.progress.outcomes).map(([k, n]) => `${n} ${k}`).join(', ')}`;
    return { seconds, exportFile, summary, retried, killedAfter };
  } finally {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await store.close();
  }
}

/** How two runs' exports differ as ledgers (export-compare.ts); empty when they are the same. */
export function differences(a: string, b: string): LedgerDifference[] {
  const read = (f: string) => normaliseExport(JSON.parse(readFileSync(f, 'utf8')) as LedgerExport);
  return compareLedgers(read(a), read(b));
}
