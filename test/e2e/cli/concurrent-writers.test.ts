/**
 * Several processes on one SQLite ledger, through the built `handover` binary: two ingests at once
 * store what one ingest of the same reports stores, with no failure; a review made during an ingest
 * waits its turn.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { contents, sourceCount, until, workspace } from '../../support/cli-processes.js';

const ws = workspace('handover-writers-', 90);
afterAll(() => ws.remove());
const { root, corpus, files, handover, start } = ws;

describe('several processes on one SQLite ledger', () => {
  it('two ingests at once store what one ingest stores, and none fails', async () => {
    const sequential = join(root, 'sequential.db');
    const one = handover('ingest', corpus, '--db', sequential);
    expect(one.code, one.err).toBe(0);
    expect(one.out).toMatch(/ 0 failed/);

    // Overlapping halves: each stores reports of its own, and both race for the 30 in the middle.
    const shared = join(root, 'shared.db');
    const a = start(['ingest', ...files.slice(0, 60), '--db', shared]);
    const b = start(['ingest', ...files.slice(30), '--db', shared]);
    const [ra, rb] = await Promise.all([a.done, b.done]);
    for (const r of [ra, rb]) {
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(/ 0 failed/);
      expect(r.out + r.err).not.toMatch(/locked|BUSY/);
    }
    const [want, got] = [await contents(sequential), await contents(shared)];
    expect(got.sources.length).toBe(want.sources.length);
    expect(got.sources).toEqual(want.sources);
    expect(got.claims).toEqual(want.claims);
  }, 60_000);

  it('a review accepted during an ingest waits its turn and is stored', async () => {
    const file = join(root, 'review.db');
    expect(handover('ingest', ...files.slice(0, 20), '--db', file).code).toBe(0);
    const events = handover('events', '--json', '--db', file);
    const id = (JSON.parse(events.out.split('\n')[0]!) as { id: string }).id;
    const before = await sourceCount(file);
    const ingest = start(['ingest', ...files.slice(20), '--db', file]);
    // Once the ingest has committed a batch it is storing: the review comes in the middle of it.
    await until(async () => (await sourceCount(file)) > before || !ingest.running());
    const wasRunning = ingest.running();
    const review = await start(['review', 'accept', id, '--as', 'tester', '--db', file]).done;
    expect(review.err).toBe('');
    expect(review.code).toBe(0);
    expect(review.out).toMatch(/^accepted: /);
    const ran = await ingest.done;
    expect(ran.code, ran.err).toBe(0);
    expect(ran.out).toMatch(/ 0 failed/);
    expect(wasRunning).toBe(true);
    expect(handover('history', id, '--db', file).out).toMatch(/tester/);
  }, 60_000);
});
