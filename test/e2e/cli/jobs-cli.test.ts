/** `handover ingest --queue`, `handover worker` and `handover jobs` on a SQLite ledger, as a user runs them. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cli } from '../../support/cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'handover-jobs-cli-'));
const db = join(dir, 'ledger.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function corpus(): string {
  const folder = join(dir, 'in');
  mkdirSync(folder);
  for (let i = 0; i < 6; i++) writeFileSync(join(folder, `r${i}.txt`), `On ${i + 3} April 2025 Russia handed over ${40 + i * 9} prisoners of war to Ukraine, officials in Kyiv said.`);
  writeFileSync(join(folder, 'weather.txt'), 'Showers are expected on Monday in the valleys, forecasters said.');
  return folder;
}

describe('jobs from the command line', () => {
  it('a queued folder waits for a worker, which stores it; jobs show gives each item its result', { timeout: 120_000 }, async () => {
    const queued = await cli(['ingest', '--queue', corpus(), '--db', db]);
    expect(queued.code, queued.err).toBe(0);
    const id = /queued (job_[0-9a-f]+): 7 inputs/.exec(queued.out)?.[1];
    expect(id, queued.out).toBeDefined();
    // Nothing is stored until a worker runs.
    const before = await cli(['jobs', 'show', id!, '--json', '--db', db]);
    expect(JSON.parse(before.out)).toMatchObject({ id, status: 'queued', progress: { total: 7, pending: 7 } });

    const worker = spawn(process.execPath, [BIN, 'worker', '--db', db], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const waited = await cli(['jobs', 'show', id!, '--wait', '--items', 'all', '--db', db]);
      expect(waited.code, waited.err).toBe(0);
      expect(waited.out).toMatch(/done/);
      expect(waited.out).toMatch(/outcomes: 6 stored, 1 no-claims/);
      expect(waited.out).toMatch(/weather\.txt\s+done\s+no-claims/);
    } finally {
      worker.kill('SIGTERM');
      await new Promise((r) => worker.on('close', r));
    }
    const list = await cli(['jobs', 'list', '--json', '--db', db]);
    expect(list.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([id]);
    const sources = await cli(['sources', '--db', db]);
    expect(sources.code).toBe(0);
    // A finished job cannot be cancelled; an unknown one is named.
    const cancel = await cli(['jobs', 'cancel', id!, '--db', db]);
    expect([cancel.code, cancel.err]).toEqual([1, expect.stringMatching(/JOB_FINISHED/)]);
    const missing = await cli(['jobs', 'show', 'job_nothere', '--db', db]);
    expect([missing.code, missing.err]).toEqual([1, expect.stringMatching(/NOT_FOUND: no job job_nothere/)]);
  });

  it('a queued job can be cancelled before a worker takes it', async () => {
    const queued = await cli(['ingest', '--queue', join(dir, 'in', 'r1.txt'), '--db', db]);
    const id = /queued (job_[0-9a-f]+)/.exec(queued.out)![1]!;
    const cancel = await cli(['jobs', 'cancel', id, '--json', '--db', db]);
    expect(cancel.code, cancel.err).toBe(0);
    expect(JSON.parse(cancel.out)).toMatchObject({ id, status: 'cancelled', progress: { cancelled: 1 } });
    const bad = await cli(['jobs', 'list', '--status', 'sleeping', '--db', db]);
    expect([bad.code, bad.err]).toEqual([2, expect.stringMatching(/--status must be one of/)]);
  });
});
