/**
 * The workers' scale test on PostgreSQL: 1,500 generated reports queued as one job and stored by three
 * `handover worker` processes, one of which is killed with SIGKILL mid-job and started again. The
 * ledger afterwards is the one a single `handover ingest` of the same files makes (the exports are
 * compared leaving out only timestamps), and the killed worker's items were taken again.
 * `npm run bench:workers` runs the same at 30,000 reports and prints reports per second.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { differences, pgLedger, singleIngest, workersIngest, writeCorpus } from '../../../src/bench/workers-run.js';

const url = process.env.HANDOVER_TEST_PG ?? (process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined);
if (!url) process.stdout.write('workers scale test: skipped, it needs PostgreSQL (set HANDOVER_TEST_PG=postgres://postgres@127.0.0.1:5432/test)\n');

const REPORTS = 1500;

describe.skipIf(!url)('three workers, one killed mid-job, on PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handover-workers-test-'));
  const tag = randomBytes(3).toString('hex');
  const schemas = [`scale_single_${tag}`, `scale_workers_${tag}`];
  afterAll(async () => {
    for (const s of schemas) await pgLedger(url!, s).drop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('store the same ledger as one process, nothing twice, nothing lost', { timeout: 900_000 }, async () => {
    const corpus = writeCorpus(dir, REPORTS);
    const single = await singleIngest(url!, schemas[0]!, corpus, dir);
    const log: string[] = [];
    const run = await workersIngest(url!, schemas[1]!, corpus, dir, { workers: 3, kill: true, leaseSeconds: 5, log: (l) => log.push(l) });
    expect(run.killedAfter, log.join('\n')).not.toBeNull();
    expect(run.killedAfter!).toBeLessThan(REPORTS);
    // The killed worker held items: they were taken again by another.
    expect(run.retried, log.join('\n')).toBeGreaterThan(0);
    expect(run.summary).toMatch(/^done: /);
    expect(differences(single.exportFile, run.exportFile)).toEqual([]);
  });
});
