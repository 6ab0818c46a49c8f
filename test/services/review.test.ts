import { afterAll, describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../src/domain/index.js';
import { ingestReport } from '../../src/services/ingest.service.js';
import { eventDetail, ledgerTotalsOf, listEvents } from '../../src/services/read.service.js';
import { acceptItem, correctItem, historyOf, mergeItems, rejectItem, reviewQueue, splitItem } from '../../src/services/review.service.js';
import { holdLedger, stillRunningAfter, testEngines } from '../support/engines.js';
import { fakeExtract } from '../support/fake-extractor.js';

const enc = (s: string) => new TextEncoder().encode(s);

/** A clock the test moves by hand: each day stands for a later moment of review. */
function clock(start: string) {
  let t = Date.parse(start);
  return { now: () => new Date((t += 1000)).toISOString(), jump: (day: string) => (t = Date.parse(`${day}T09:00:00.000Z`)) };
}

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`review, history and as-of on ${engine.name}`, () => {
    afterAll(() => engine.cleanup());

    async function ledger() {
      const { store, config } = await engine.fresh();
      const c = clock('2025-06-12T08:00:00.000Z');
      const ctx = { extract: fakeExtract, now: c.now };
      const a = await ingestReport(store, { bytes: enc('Wire one. On 2025-06-11 russia handed 1212 remains to ukraine, said ukraine.'), outlet: 'Wire One' }, ctx);
      const b = await ingestReport(store, { bytes: enc('Wire two. On 2025-06-11 russia handed 1000 remains to ukraine, said russia.'), outlet: 'Wire Two' }, ctx);
      const d = await ingestReport(store, { bytes: enc('Wire three. On 2025-06-13 russia handed 1200 remains to ukraine, said ukraine.'), outlet: 'Wire Three' }, ctx);
      return { store, config, c, a, b, d };
    }

    it('shows disputed figures side by side and lists them for review', async () => {
      const { store, a, b } = await ledger();
      expect(b.events).toEqual(a.events);
      const detail = await eventDetail(store, a.events[0]!);
      expect(detail.ok && detail.value.event.status).toBe('disputed');
      expect(detail.ok && detail.value.witnesses.map((w) => [w.source?.outlet, w.claim.count?.value])).toEqual([['Wire One', 1212], ['Wire Two', 1000]]);
      const queue = await reviewQueue(store);
      expect(queue[0]).toMatchObject({ entity: 'event', id: a.events[0] });
      expect(queue[0]!.why).toMatch(/different figures/);
    });

    it('corrects a claim, keeps the original in history, and reproduces the ledger as it was', async () => {
      const { store, c, a } = await ledger();
      const eventId = a.events[0]!;
      const claimId = (await store.claims.bySource(a.sourceId!))[0]!.id;
      const totalsBefore = await ledgerTotalsOf(store, { by: 'all' });
      c.jump('2025-06-20');
      const out = await correctItem(store, claimId, { count: 1000 }, { name: 'ana', reason: 'the ministry later gave 1,000', now: c.now });
      expect(out.ok).toBe(true);
      const event = (await store.events.get(eventId))!;
      expect(event.status).toBe('confirmed');
      expect(event.figure.best).toBe(1000);

      const history = await historyOf(store, eventId);
      expect(history.ok).toBe(true);
      const correct = history.ok ? history.value.find((h) => h.action === 'correct') : undefined;
      expect(correct).toMatchObject({ actor: 'ana', reason: 'the ministry later gave 1,000', entity: 'claim' });
      expect((correct!.before as { count: { value: number } }).count.value).toBe(1212);
      expect((correct!.after as { count: { value: number } }).count.value).toBe(1000);

      // As of the 15th the figure was still disputed; now it is not.
      const then = await eventDetail(store, eventId, '2025-06-15');
      expect(then.ok && then.value.event.status).toBe('disputed');
      expect(then.ok && then.value.witnesses[0]!.claim.count?.value).toBe(1212);
      const past = await listEvents(store, { asOf: '2025-06-15', status: 'disputed' });
      expect(past.ok && past.value.events.map((e) => e.id)).toEqual([eventId]);
      const totalsThen = await ledgerTotalsOf(store, { by: 'all', asOf: '2025-06-15' });
      expect(totalsThen.ok && totalsBefore.ok && totalsThen.value.rows).toEqual(totalsBefore.ok && totalsBefore.value.rows);
      expect(await listEvents(store, { asOf: '2025-06-01' })).toMatchObject({ ok: true, value: { events: [] } });
    });

    it('rejects a claim and the event forgets its figure; rejects an event and totals drop it', async () => {
      const { store, c, a, d } = await ledger();
      const claims = await store.claims.bySource(a.sourceId!);
      c.jump('2025-06-21');
      expect((await rejectItem(store, claims[0]!.id, { name: 'ben', reason: 'misread', now: c.now })).ok).toBe(true);
      expect((await store.events.get(a.events[0]!))?.figure.best).toBe(1000);
      const before = await ledgerTotalsOf(store, { by: 'all' });
      expect((await rejectItem(store, d.events[0]!, { name: 'ben', now: c.now })).ok).toBe(true);
      const after = await ledgerTotalsOf(store, { by: 'all' });
      const best = (t: typeof before) => (t.ok ? t.value.rows[0]?.sum.best : null);
      expect(best(before)! - best(after)!).toBe(1200);
      expect((await acceptItem(store, 'ev_nothing', { name: 'ben' })).ok).toBe(false);
      expect(await acceptItem(store, 'ev_nothing', { name: 'ben' })).toMatchObject({ error: { code: 'REVIEW_NOT_FOUND' } });
    });

    it('merges two events into one and splits them apart again, with history', async () => {
      const { store, c, a, d } = await ledger();
      c.jump('2025-06-22');
      const merged = await mergeItems(store, [a.events[0]!, d.events[0]!], { name: 'ana', reason: 'one handover over two days', now: c.now });
      expect(merged.ok).toBe(true);
      expect(await store.events.get(d.events[0]!)).toBeUndefined();
      const one = (await store.events.get(a.events[0]!))!;
      expect(one.claimIds).toHaveLength(3);
      expect(one.locked).toBe(true);
      const moved = (await store.claims.bySource(d.sourceId!))[0]!.id;
      expect(await store.events.idOfClaim(moved)).toBe(one.id);

      const split = await splitItem(store, one.id, [moved], { name: 'ana', reason: 'no, two handovers', now: c.now });
      expect(split.ok).toBe(true);
      const newId = await store.events.idOfClaim(moved);
      expect(newId).not.toBe(one.id);
      expect((await store.events.get(one.id))?.claimIds).toHaveLength(2);
      const h = await historyOf(store, one.id);
      expect(h.ok && h.value.filter((e) => e.entity === 'event').map((e) => e.action)).toEqual(['create', 'attach', 'merge', 'split']);
      const goneHistory = await store.history.forEntity('event', d.events[0]!);
      expect(goneHistory.at(-1)).toMatchObject({ action: 'merge', after: null });

      const bad = await mergeItems(store, [one.id], { name: 'ana' });
      expect(bad).toMatchObject({ ok: false, error: { code: 'REVIEW_MERGE_INVALID' } });
      const badSplit = await splitItem(store, one.id, ['cl_unknown'], { name: 'ana' });
      expect(badSplit).toMatchObject({ ok: false, error: { code: 'REVIEW_SPLIT_INVALID' } });
      // Totals after all this still add up to the three claims' events.
      const totals = await ledgerTotalsOf(store, { by: 'month' });
      expect(totals.ok && totals.value.rows.reduce((n, r) => n + r.events, 0)).toBe(2);
    });

    it('refuses a correction with nothing valid in it, naming the fields', async () => {
      const { store, a } = await ledger();
      const out = await correctItem(store, a.events[0]!, { count: -3, category: 'goats' }, { name: 'ana' });
      expect(out).toMatchObject({ ok: false, error: { code: 'REVIEW_INVALID_CORRECTION' } });
      // Fields by their names (the CLI shows them as its flags).
      expect(!out.ok && out.error.message).toMatch(/^count .*; category /);
      expect(!out.ok && out.error.issues?.map((i) => i.path)).toEqual(['count', 'category']);
    });

    // SQLite has one writer at a time anyway; on PostgreSQL the ledger lock makes writers take turns.
    it.skipIf(!engine.concurrentWriters)('waits for an ingest holding the ledger before it changes anything', async () => {
      const { store, config, d } = await ledger();
      const held = await holdLedger(config);
      const review = acceptItem(store, d.events[0]!, { name: 'ana' });
      expect(await stillRunningAfter(review, 300)).toBe(true);
      await held.release();
      expect(await review).toMatchObject({ ok: true });
      expect((await store.events.get(d.events[0]!))?.review).toBe('accepted');
    });

    it('corrects an event figure directly and locks it', async () => {
      const { store, d } = await ledger();
      const out = await correctItem(store, d.events[0]!, { count: 1201, date: '2025-06-14' }, { name: 'ana' });
      expect(out.ok).toBe(true);
      const e = (await store.events.get(d.events[0]!)) as LedgerEvent;
      expect(e).toMatchObject({ review: 'corrected', locked: true, figure: { best: 1201 }, date: { start: '2025-06-14' } });
    });
  });
}
