import { afterAll, describe, expect, it } from 'vitest';
import { ingestReport } from '../../src/services/ingest.service.js';
import { testEngines } from '../support/engines.js';
import { fakeExtract } from '../support/fake-extractor.js';

const enc = (s: string) => new TextEncoder().encode(s);
let tick = 0;
const ctx = { extract: fakeExtract, now: () => new Date(Date.UTC(2025, 5, 20, 0, 0, tick++)).toISOString() };

const REPORT_A =
  'Bodies came home again. On 2025-06-11 russia handed 1212 remains to ukraine, said ukraine. The transfer took place at the border and was carried out with the help of the Red Cross, officials added in a short statement on Thursday.';
const REPORT_B = 'A second wire, written differently. On 2025-06-11 russia handed 1212 remains to ukraine, said russia. russia confirmed the handover of remains on 2025-06-11.';

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`ingest service on ${engine.name}`, () => {
    afterAll(() => engine.cleanup());

    it('stores a source with its claims, events and history in one go', async () => {
      const { store } = await engine.fresh();
      const out = await ingestReport(store, { bytes: enc(REPORT_A), path: 'a.txt', outlet: 'Wire A' }, ctx);
      expect(out).toMatchObject({ status: 'stored', claims: 1, duplicateOf: null });
      expect(out.events).toHaveLength(1);
      const source = await store.sources.get(out.sourceId!);
      expect(source).toMatchObject({ outlet: 'Wire A', path: 'a.txt', duplicateOf: null });
      const claims = await store.claims.bySource(out.sourceId!);
      expect(claims[0]).toMatchObject({ kind: 'event', from: 'russia', to: 'ukraine', count: { value: 1212 }, review: 'machine', outlet: 'Wire A' });
      const event = await store.events.get(out.events[0]!);
      expect(event).toMatchObject({ figure: { best: 1212 }, claimIds: [claims[0]!.id], status: 'announced' });
      const history = await store.history.forEntity('source', out.sourceId!);
      expect(history.map((h) => h.action)).toEqual(['ingest']);
      expect((await store.history.forEntity('claim', claims[0]!.id)).map((h) => h.action)).toEqual(['create']);
      expect((await store.history.forEntity('event', event!.id)).map((h) => [h.action, h.actor])).toEqual([['create', 'machine']]);
    });

    it('changes nothing when the same bytes arrive again', async () => {
      const { store } = await engine.fresh();
      const first = await ingestReport(store, { bytes: enc(REPORT_A) }, ctx);
      const counts = async () => [await store.sources.count(), await store.claims.count(), await store.events.count(), await store.history.count()];
      const before = await counts();
      const again = await ingestReport(store, { bytes: enc(REPORT_A), path: 'elsewhere.txt' }, ctx);
      expect(again).toMatchObject({ status: 'duplicate', duplicateOf: first.sourceId, sourceId: first.sourceId });
      expect(await counts()).toEqual(before);
    });

    it('joins a second witness to the same event and a confirmation from the other side', async () => {
      const { store } = await engine.fresh();
      const a = await ingestReport(store, { bytes: enc(REPORT_A) }, ctx);
      const b = await ingestReport(store, { bytes: enc(REPORT_B) }, ctx);
      expect(b).toMatchObject({ status: 'stored', claims: 2 });
      expect(b.events).toEqual(a.events);
      const event = await store.events.get(a.events[0]!);
      expect(event?.claimIds).toHaveLength(3);
      expect(event?.status).toBe('confirmed');
      const history = await store.history.forEntity('event', event!.id);
      expect(history.map((h) => h.action)).toEqual(['create', 'attach']);
      expect((history[1]!.before as { claimIds: string[] }).claimIds).toHaveLength(1);
    });

    it('links a syndicated copy to its original and does not count it as a second witness', async () => {
      const { store } = await engine.fresh();
      const a = await ingestReport(store, { bytes: enc(REPORT_A), outlet: 'Wire A' }, ctx);
      const copy = `Advertisement\n\n${REPORT_A.replace('officials added', 'officials said')}\n\nShare this article`;
      const c = await ingestReport(store, { bytes: enc(copy), outlet: 'Daily Echo' }, ctx);
      expect(c).toMatchObject({ status: 'near-duplicate', duplicateOf: a.sourceId, claims: 1 });
      expect((await store.sources.get(c.sourceId!))?.duplicateOf).toBe(a.sourceId);
      const event = await store.events.get(a.events[0]!);
      expect(event?.flags).toContain('single-source');
      // Same template, different figure: a different report, not a copy.
      const other = REPORT_A.replace('1212', '1245');
      const o = await ingestReport(store, { bytes: enc(other) }, ctx);
      expect(o.status).toBe('stored');
    });

    it('sets aside a confirmation that arrives before its event and attaches it when the event comes', async () => {
      const { store } = await engine.fresh();
      const early = await ingestReport(store, { bytes: enc('Short note. ukraine confirmed the handover of remains on 2025-06-11.') }, ctx);
      expect(early).toMatchObject({ status: 'stored', claims: 1, events: [] });
      const [waiting] = await store.claims.pending(10);
      expect(waiting).toMatchObject({ reason: 'no-event-to-confirm', claim: { kind: 'confirmation' } });
      const later = await ingestReport(store, { bytes: enc(REPORT_A) }, ctx);
      const event = await store.events.get(later.events[0]!);
      expect(event?.claimIds).toContain(waiting!.claim.id);
      expect(await store.claims.pending(10)).toEqual([]);
    });

    it('stores nothing for a report without claims, says so, and a rerun is the same', async () => {
      const { store } = await engine.fresh();
      const news = enc('The weather in the capital was mild and nobody handed anything over.');
      const counts = async () => [await store.sources.count(), await store.claims.count(), await store.events.count(), await store.history.count()];
      const out = await ingestReport(store, { bytes: news, path: 'weather.txt' }, ctx);
      expect(out).toEqual({ status: 'no-claims', sourceId: null, claims: 0, events: [], duplicateOf: null, reason: null, code: null });
      expect(await counts()).toEqual([0, 0, 0, 0]);
      // Inside a batch too, and again on a rerun: nothing written, the same answer.
      const batch = await store.startBatch();
      expect((await ingestReport(store, { bytes: news }, { ...ctx, batch })).status).toBe('no-claims');
      await batch.commit();
      expect(await counts()).toEqual([0, 0, 0, 0]);
      // So a later extractor that does find a claim in the same bytes still can: they were never locked out as a duplicate.
      const better = await ingestReport(store, { bytes: news }, { ...ctx, extract: (doc, o) => fakeExtract({ ...doc, text: REPORT_A }, o) });
      expect(better).toMatchObject({ status: 'stored', claims: 1 });
      expect(await store.sources.count()).toBe(1);
    });

    it('keeps a report in a language no table reads, marked as unread in its outcome and its history', async () => {
      const { store } = await engine.fresh();
      const out = await ingestReport(store, { bytes: enc('รัสเซียและยูเครนแลกเปลี่ยนเชลยศึก 150 คน เมื่อวันศุกร์'), path: 'th.txt' }, ctx);
      expect(out).toMatchObject({ status: 'stored', claims: 0, reason: expect.stringContaining('language th') });
      const source = await store.sources.get(out.sourceId!);
      expect(source).toMatchObject({ language: 'th', path: 'th.txt' });
      const history = await store.history.forEntity('source', out.sourceId!);
      expect(history.map((h) => [h.action, h.reason])).toEqual([['ingest', expect.stringContaining('no table reads it')]]);
    });

    it('reports a failing extractor as a failed outcome and stores nothing', async () => {
      const { store } = await engine.fresh();
      const out = await ingestReport(store, { bytes: enc('anything') }, { ...ctx, extract: () => { throw new Error('exploded'); } });
      expect(out).toMatchObject({ status: 'failed', code: 'INGEST_PARSE_FAILED' });
      expect(out.reason).toMatch(/exploded/);
      expect(await store.sources.count()).toBe(0);
    });
  });
}
