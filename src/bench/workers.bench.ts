/**
 * `npm run bench:workers`: the job queue on PostgreSQL at scale. A generated corpus (30,000 reports
 * by default, BENCH_REPORTS=N) is ingested by one `handover ingest` process, then queued as a job
 * and stored by 1, 2 and 3 `handover worker` processes; in the 3-worker run one worker is killed
 * with SIGKILL mid-job and started again. Prints reports per second for each, and checks that every
 * run's ledger equals the single process's (exports compared as export-compare.ts says).
 * Needs HANDOVER_TEST_PG (or DATABASE_URL) = postgres://…; each run uses a schema of its own, dropped after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { differences, pgLedger, singleIngest, workersIngest, writeCorpus } from './workers-run.js';

const REPORTS = Number(process.env.BENCH_REPORTS ?? 30_000);
const WORKERS = (process.env.BENCH_WORKERS ?? '1,2,3').split(',').map(Number);
const LEASE = Number(process.env.BENCH_LEASE ?? 10);

async function main(): Promise<void> {
  const url = process.env.HANDOVER_TEST_PG ?? (process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined);
  if (!url) {
    process.stdout.write('bench:workers skipped: set HANDOVER_TEST_PG=postgres://postgres@127.0.0.1:5432/test (the queue is PostgreSQL\'s)\n');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'handover-workers-'));
  const tag = randomBytes(3).toString('hex');
  const schemas: string[] = [];
  const schema = (name: string) => {
    const s = `bench_${name}_${tag}`;
    schemas.push(s);
    return s;
  };
  let failed = false;
  try {
    process.stdout.write(`bench:workers  reports=${REPORTS} workers=${WORKERS.join(',')} lease=${LEASE}s  (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs)\n`);
    const corpus = writeCorpus(dir, REPORTS);
    const single = await singleIngest(url, schema('single'), corpus, dir);
    const row = (label: string, seconds: number, note: string) =>
      process.stdout.write(`${label.padEnd(34)} ${seconds.toFixed(1).padStart(8)} s ${(REPORTS / seconds).toFixed(1).padStart(9)} reports/s   ${note}\n`);
    row('handover ingest, one process', single.seconds, single.summary);
    for (const n of WORKERS) {
      const kill = n === Math.max(...WORKERS) && n > 1;
      const run = await workersIngest(url, schema(`w${n}`), corpus, dir, { workers: n, kill, leaseSeconds: LEASE, log: (l) => process.stderr.write(`  ${l}\n`) });
      const diff = differences(single.exportFile, run.exportFile);
      failed ||= diff.length > 0;
      const crash = kill ? `; one killed (SIGKILL) after ${run.killedAfter ?? '–'} items and restarted, ${run.retried} items taken again` : '';
      row(`${n} worker${n === 1 ? '' : 's'} (handover worker)`, run.seconds, `${run.summary}${crash}; ledger ${diff.length === 0 ? 'equals the single process\'s' : 'DIFFERS'}`);
      for (const d of diff) process.stdout.write(`    ${d.section}: ${d.counts[0]} vs ${d.counts[1]} lines; only single: ${d.onlyFirst.join(' | ')}; only workers: ${d.onlySecond.join(' | ')}\n`);
    }
    process.stdout.write('ledgers compared as `handover export --format json`, leaving out only timestamps (ingestedAt, history at/id, pending since)\n');
  } finally {
    for (const s of schemas) await pgLedger(url, s).drop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

main().catch((err) => {
  process.stderr.write(`bench:workers failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
