/**
 * What the web app asks of the services: the events list filtered by agreement, mediator and free
 * text and ordered by date or figure (paged the same in SQL and as-of), and undo of review changes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ingestReport } from '../../src/services/ingest.service.js';
import { ledgerTotalsOf, listEvents, type EventQuery } from '../../src/services/read.service.js';
import { correctItem, mergeItems, rejectItem, splitItem } from '../../src/services/review.service.js';
import { undoChange } from '../../src/services/undo.service.js';
import type { EventCursor } from '../../src/storage/index.js';
import { historyEntry } from '../../src/ledger/history.js';
import { testEngines } from '../support/engines.js';
import { fakeExtract } from '../support/fake-extractor.js';

const enc = (s: string) => new TextEncoder().encode(s);

function clock(start: string) {
  let t = Date.parse(start);
  return () => new Date((t += 1000)).toISOString();
}

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`events filters and undo on ${engine.name}`, () => {
    afterAll(() => engine.cleanup());

    async function ledger() {
      const { store } = await engine.fresh();
      const now = clock('2025-06-12T08:00:00.000Z');
      const ctx = { extract: fakeExtract, now };
      const reports = [
        'Wire one. On 2025-06-11 russia handed 1212 remains to ukraine, said ukraine.',
        'Wire two. On 2025-06-13 ukraine handed 27 remains to russia, said russia.',
        'Wire three. On 2025-07-02 russia handed 84 pow to ukraine, said ukraine.',
        'Wire four. On 2025-08-20 israel handed 90 detainees to hamas, said hamas.',
        'Wire five. On 2025-09-01 russia handed 6 civilians to ukraine, said ukraine. Wire five again. On 2025-09-01 russia handed 6 civilians to ukraine, said russia.',
        'Wire six. On 2025-10-02 russia handed 10 pow to ukraine, said ukraine.',
      ];
      const ids: string[] = [];
      for (const text of reports) ids.push(...(await ingestReport(store, { bytes: enc(text) }, ctx)).events);
      // The fake extractor names no agreement or mediator: give two events some, as a reviewer's import would.
      for (const [id, agreement, mediator] of [[ids[0]!, 'istanbul-2025', 'icrc'], [ids[2]!, 'istanbul-2025', 'uae']] as const) {
        const e = (await store.events.get(id))!;
        const after = { ...e, agreement, mediator };
        const at = now();
        await store.events.save(after, at, e);
        await store.history.append([historyEntry({ at, actor: 'ana', reason: null }, 'update', 'event', id, e, after)]);
      }
      return { store, ids, now };
    }

    const list = async (store: Awaited<ReturnType<typeof ledger>>['store'], q: EventQuery, limit = 100, after: EventCursor | null = null) => {
      const page = await listEvents(store, q, limit, after);
      if (!page.ok) throw new Error(page.error.message);
      return page.value;
    };

    it('filters by agreement, mediator and words of a quote, now and as known at a date', async () => {
      const { store, ids } = await ledger();
      expect((await list(store, { agreement: 'istanbul-2025' })).events.map((e) => e.id).sort()).toEqual([ids[0], ids[2]].sort());
      expect((await list(store, { mediator: 'uae' })).events.map((e) => e.id)).toEqual([ids[2]]);
      expect((await list(store, { text: 'HANDED 90' })).events.map((e) => e.id)).toEqual([ids[3]]);
      // Wildcards typed by a person are letters, not patterns.
      expect((await list(store, { text: '%' })).events).toEqual([]);
      expect((await list(store, { text: 'istanbul', party: 'ukraine' })).events.map((e) => e.id).sort()).toEqual([ids[0], ids[2]].sort());
      expect((await list(store, { text: 'handed 90', asOf: '2026-01-01' })).events.map((e) => e.id)).toEqual([ids[3]]);
      expect((await list(store, { mediator: 'icrc', asOf: '2026-01-01' })).events.map((e) => e.id)).toEqual([ids[0]]);
    });

    it('orders by date either way and by figure, and pages through every order without loss or repeat', async () => {
      const { store } = await ledger();
      for (const order of ['newest', 'oldest', 'largest', 'smallest'] as const) {
        for (const asOf of [undefined, '2026-01-01']) {
          const all = (await list(store, { order, asOf })).events;
          expect(all).toHaveLength(6);
          const seen: string[] = [];
          let after: EventCursor | null = null;
          for (let i = 0; i < 10; i++) {
            const page = await list(store, { order, asOf }, 2, after);
            seen.push(...page.events.map((e) => e.id));
            if (page.next === null) break;
            after = page.next;
          }
          expect(seen, `${order} ${asOf ?? 'now'}`).toEqual(all.map((e) => e.id));
          const figures = all.map((e) => e.figure.best ?? -1);
          const days = all.map((e) => e.date?.start ?? '');
          if (order === 'largest') expect(figures).toEqual([...figures].sort((a, b) => b - a));
          if (order === 'smallest') expect(figures).toEqual([...figures].sort((a, b) => a - b));
          if (order === 'oldest') expect(days).toEqual([...days].sort());
          if (order === 'newest') expect(days).toEqual([...days].sort().reverse());
        }
      }
      const byParty = (await list(store, { order: 'largest', party: 'ukraine' })).events.map((e) => e.figure.best);
      expect(byParty).toEqual([1212, 84, 27, 10, 6]);
    });

    it('undoes a correction, then refuses to undo it twice', async () => {
      const { store, ids, now } = await ledger();
      const before = (await store.events.get(ids[0]!))!;
      const totals = await ledgerTotalsOf(store, { by: 'all' });
      const change = await correctItem(store, ids[0]!, { count: 1000 }, { name: 'ana', now });
      if (!change.ok) throw new Error(change.error.message);
      expect((await store.events.get(ids[0]!))!.figure.best).toBe(1000);
      const request = { history: change.value.history.map((h) => h.id), changed: change.value.changed };
      const undone = await undoChange(store, request, { at: now(), actor: 'ana', reason: 'wrong event' });
      expect(undone.ok).toBe(true);
      expect(await store.events.get(ids[0]!)).toEqual(before);
      expect(await ledgerTotalsOf(store, { by: 'all' })).toEqual(totals);
      const history = await store.history.forEntity('event', ids[0]!);
      expect(history.at(-1)).toMatchObject({ action: 'undo', actor: 'ana', reason: 'wrong event' });
      const again = await undoChange(store, request, { at: now(), actor: 'ana' });
      expect(again.ok ? null : again.error.code).toBe('VERSION_CONFLICT');
    });

    it('undoes a rejected claim, a merge and a split, leaving events and claims as they were', async () => {
      const { store, ids, now } = await ledger();
      const snapshot = async () => ({
        events: (await list(store, { review: ['machine', 'accepted', 'corrected', 'rejected'] })).events,
        totals: await ledgerTotalsOf(store, { by: 'month' }),
      });
      const start = await snapshot();
      const claim = (await store.events.get(ids[4]!))!.claimIds[0]!;
      const claimBefore = (await store.claims.get(claim))!;
      const steps = [
        () => rejectItem(store, claim, { name: 'ana', now }),
        () => mergeItems(store, [ids[2]!, ids[5]!], { name: 'ana', now }),
      ];
      for (const step of steps) {
        const change = await step();
        if (!change.ok) throw new Error(change.error.message);
        const undone = await undoChange(store, { history: change.value.history.map((h) => h.id), changed: change.value.changed }, { at: now(), actor: 'ana' });
        if (!undone.ok) throw new Error(undone.error.message);
        expect(await snapshot()).toEqual(start);
      }
      expect(await store.claims.get(claim)).toEqual(claimBefore);
      const split = await splitItem(store, ids[4]!, [claim], { name: 'ana', now });
      if (!split.ok) throw new Error(split.error.message);
      expect((await snapshot()).events).toHaveLength(7);
      const undone = await undoChange(store, { history: split.value.history.map((h) => h.id), changed: split.value.changed }, { at: now(), actor: 'ana' });
      if (!undone.ok) throw new Error(undone.error.message);
      expect(await snapshot()).toEqual(start);
    });

    it('refuses entries it cannot find, naming them', async () => {
      const { store, ids, now } = await ledger();
      const out = await undoChange(store, { history: ['h_0000000000000000'], changed: [ids[0]!] }, { at: now(), actor: 'ana' });
      expect(out.ok ? null : out.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('h_0000000000000000') });
    });
  });
}
