/** Jobs (src/services/jobs.service.ts): submitted whole, taken item by item under leases, results recorded with what they stored. */
import { afterAll, describe, expect, it } from 'vitest';
import { cancelJob, getJob, jobItems, listJobs, registerJobKind, runJobRange, startInProcessRunner, submitJob, tableOnlyQueue } from '../../src/services/jobs.service.js';
import { ingestItem } from '../../src/services/job-kinds.js';
import { testEngines } from '../support/engines.js';

const enc = (s: string) => new TextEncoder().encode(s);

/** Reports about different exchanges, one repeated, one with no claims. */
function reports(n: number): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  for (let i = 0; i < n; i++) {
    const [from, to] = i % 2 ? ['Ukraine', 'Russia'] : ['Russia', 'Ukraine'];
    const day = 1 + (i % 27);
    const month = ['March', 'April', 'May', 'June'][Math.floor(i / 27) % 4];
    out.push({ name: `r${i}.txt`, text: `On ${day} ${month} 2025 ${from} handed over ${20 + i * 7} prisoners of war to ${to}, officials in ${to} said.` });
  }
  out.push({ name: 'again.txt', text: out[3]!.text });
  out.push({ name: 'weather.txt', text: 'Fog is expected on Tuesday along the coast, forecasters said.' });
  return out;
}

const itemsOf = (list: Array<{ name: string; text: string }>) => list.map((r) => ingestItem(r.name, { bytes: enc(r.text), path: r.name, outlet: 'Test Wire' }));

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`jobs on ${engine.name}`, () => {
    afterAll(() => engine.cleanup());

    it('an ingest job stores each report once and records every item with its outcome', async () => {
      const { store } = await engine.fresh();
      const list = reports(40);
      const submitted = await submitJob(store, tableOnlyQueue, 'ingest', itemsOf(list), { actor: 'alice' });
      if (!submitted.ok) throw new Error(submitted.error.message);
      expect(submitted.value).toMatchObject({ kind: 'ingest', status: 'queued', createdBy: 'alice', progress: { total: 42, pending: 42, finished: 0 } });
      const job = await runJobRange(store, submitted.value.id, null, { workerId: 'w1' });
      expect(job).toMatchObject({ status: 'done', progress: { total: 42, pending: 0, finished: 42, done: 42, failed: 0, outcomes: { stored: 40, duplicate: 1, 'no-claims': 1 } } });
      expect(job!.startedAt).not.toBeNull();
      expect(job!.finishedAt).not.toBeNull();
      expect(await store.sources.count()).toBe(40);
      const page = await jobItems(store, submitted.value.id, { limit: 10 });
      if (!page.ok) throw new Error(page.error.message);
      expect(page.value.items.map((i) => i.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(page.value.next).toBe(9);
      expect(page.value.items[0]).toMatchObject({ name: 'r0.txt', status: 'done', outcome: 'stored', attempts: 1, result: { status: 'stored', claims: 1 } });
      const last = await jobItems(store, submitted.value.id, { afterSeq: 39 });
      if (!last.ok) throw new Error(last.error.message);
      expect(last.value.items.map((i) => [i.name, i.outcome])).toEqual([
        ['again.txt', 'duplicate'],
        ['weather.txt', 'no-claims'],
      ]);
      expect(last.value.next).toBeNull();
      // What the sources record says of who stored them: the person who submitted the job.
      const history = await store.history.forEntity('source', (last.value.items[0]!.result as { sourceId: string }).sourceId);
      expect(history[0]?.actor).toBe('alice');
    });

    it('a worker that died holding items leaves them to the next once its lease runs out; nothing is stored twice', async () => {
      const { store } = await engine.fresh();
      const list = reports(30);
      const submitted = await submitJob(store, tableOnlyQueue, 'ingest', itemsOf(list), { actor: 'machine' });
      if (!submitted.ok) throw new Error(submitted.error.message);
      const id = submitted.value.id;
      // The first worker stores ten reports, then takes ten more and dies (its lease ends in the past).
      let stop = false;
      await runJobRange(store, id, { from: 0, to: 9 }, { workerId: 'first' });
      const now = Date.now();
      const held = await store.jobs.claim(id, { from: 10, to: 19 }, 'first', new Date(now).toISOString(), new Date(now + 60_000).toISOString(), 100);
      expect(held.map((h) => h.seq)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
      // While its lease holds, a second worker cannot take them.
      expect(await store.jobs.claim(id, { from: 10, to: 19 }, 'second', new Date(now).toISOString(), new Date(now + 60_000).toISOString(), 100)).toEqual([]);
      // The lease runs out (as if 2 minutes passed): the second worker takes them.
      const later = now + 120_000;
      const again = await store.jobs.claim(id, { from: 10, to: 19 }, 'second', new Date(later).toISOString(), new Date(later + 60_000).toISOString(), 100);
      expect(again.map((h) => [h.seq, h.attempts])).toEqual(held.map((h) => [h.seq, 2]));
      await store.jobs.releaseLeases(id, again.map((h) => h.seq), 'second');
      const job = await runJobRange(store, id, null, { workerId: 'second', stopping: () => stop });
      stop = true;
      expect(job).toMatchObject({ status: 'done', progress: { finished: 32, outcomes: { stored: 30, duplicate: 1, 'no-claims': 1 } } });
      expect(await store.sources.count()).toBe(30);
      const items = await jobItems(store, id, { limit: 100 });
      if (!items.ok) throw new Error(items.error.message);
      expect(items.value.items.filter((i) => i.outcome === 'duplicate').map((i) => i.name)).toEqual(['again.txt']);
    });

    it('a result is recorded in the transaction that stored the item: a rolled-back item stays pending', async () => {
      const { store } = await engine.fresh();
      registerJobKind({
        kind: 'test-rollback',
        description: 'writes a result in a transaction that fails for odd items',
        async handleChunk(items, ctx) {
          for (const item of items) {
            await ctx.store
              .transaction(async (tx) => {
                await ctx.record(item, { status: 'done', outcome: 'ok', result: { seq: item.seq } }, tx);
                if (item.seq % 2 === 1 && item.attempts === 1) throw new Error('rolled back');
              })
              .catch(() => undefined);
          }
        },
      });
      const submitted = await submitJob(store, tableOnlyQueue, 'test-rollback', [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }], { actor: 'machine' });
      if (!submitted.ok) throw new Error(submitted.error.message);
      const job = await runJobRange(store, submitted.value.id, null, { workerId: 'w' });
      // The odd items were given back and taken again (a second attempt), where they passed.
      expect(job).toMatchObject({ status: 'done', progress: { done: 4 } });
      const items = await jobItems(store, submitted.value.id);
      if (!items.ok) throw new Error(items.error.message);
      expect(items.value.items.map((i) => i.attempts)).toEqual([1, 2, 1, 2]);
    });

    it('lists, reads and cancels jobs; an unknown kind or a finished job is refused with its code', async () => {
      const { store } = await engine.fresh();
      expect(await submitJob(store, tableOnlyQueue, 'no-such-kind', [{ name: 'x' }], { actor: 'machine' })).toMatchObject({ ok: false, error: { code: 'JOB_KIND_UNKNOWN' } });
      const a = await submitJob(store, tableOnlyQueue, 'ingest', itemsOf(reports(4)), { actor: 'machine', now: () => '2026-12-07T10:00:00.000Z' });
      const b = await submitJob(store, tableOnlyQueue, 'ingest', itemsOf(reports(5)), { actor: 'machine', now: () => '2026-12-07T11:00:00.000Z' });
      if (!a.ok || !b.ok) throw new Error('submit failed');
      expect((await listJobs(store)).map((j) => j.id)).toEqual([b.value.id, a.value.id]);
      const cancelled = await cancelJob(store, a.value.id);
      expect(cancelled).toMatchObject({ ok: true, value: { status: 'cancelled', progress: { cancelled: 6, pending: 0 } } });
      expect(await cancelJob(store, a.value.id)).toMatchObject({ ok: false, error: { code: 'JOB_FINISHED' } });
      expect(await getJob(store, 'job_missing')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect((await listJobs(store, { status: 'queued' })).map((j) => j.id)).toEqual([b.value.id]);
      // A cancelled job is not taken up again.
      await runJobRange(store, a.value.id, null, { workerId: 'w' });
      expect(await store.sources.count()).toBe(0);
    });

    it('the in-process runner does submitted jobs by itself', async () => {
      const { store } = await engine.fresh();
      const runner = startInProcessRunner(store, { pollMs: 50 });
      try {
        const submitted = await submitJob(store, runner, 'ingest', itemsOf(reports(12)), { actor: 'machine' });
        if (!submitted.ok) throw new Error(submitted.error.message);
        await runner.idle();
        const job = await getJob(store, submitted.value.id);
        expect(job).toMatchObject({ ok: true, value: { status: 'done', progress: { finished: 14 } } });
      } finally {
        await runner.close();
      }
    });

    it.skipIf(!engine.concurrentWriters)('two workers on one job never take the same item, and the ledger is the one a single worker makes', async () => {
      const { store } = await engine.fresh();
      const { store: other } = await engine.fresh();
      const list = reports(90);
      const submitted = await submitJob(store, tableOnlyQueue, 'ingest', itemsOf(list), { actor: 'machine' });
      if (!submitted.ok) throw new Error(submitted.error.message);
      const id = submitted.value.id;
      // Chunks of 7: the three take turns at the job's 92 items.
      const workers = ['a', 'b', 'c'].map((w) => runJobRange(store, id, null, { workerId: w, chunkSize: 7 }));
      await Promise.all(workers);
      const items = await jobItems(store, id, { limit: 1000 });
      if (!items.ok) throw new Error(items.error.message);
      expect(items.value.items.every((i) => i.attempts === 1 && i.status === 'done')).toBe(true);
      expect(await store.sources.count()).toBe(90);
      // The same reports by one worker in another ledger: the same sources, claims and number of events.
      const one = await submitJob(other, tableOnlyQueue, 'ingest', itemsOf(list), { actor: 'machine' });
      if (!one.ok) throw new Error(one.error.message);
      await runJobRange(other, one.value.id, null, { workerId: 'solo' });
      expect(await store.claims.count()).toBe(await other.claims.count());
      expect(await store.events.count()).toBe(await other.events.count());
    });
  });
}
