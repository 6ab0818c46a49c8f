import { afterAll, describe, expect, it } from 'vitest';
import { ingestReport } from '../../src/services/ingest.service.js';
import { notify } from '../../src/services/notify.js';
import { testEngines } from '../support/engines.js';
import { fakeExtract } from '../support/fake-extractor.js';

const enc = (s: string) => new TextEncoder().encode(s);
let tick = 0;
const ctx = { extract: fakeExtract, now: () => new Date(Date.UTC(2025, 7, 2, 0, 0, tick++)).toISOString() };

// Written for this test in the fake extractor's style.
const ONE_SIDE = 'A ministry note. On 2025-08-01 russia handed 640 remains to ukraine, said ukraine. The note gave no other detail about the transfer.';
const OTHER_SIDE = 'A statement from the other capital. russia confirmed the handover of remains on 2025-08-01.';

const hook = (id: string, events: Array<'event.created' | 'event.status' | 'release.created'>) => ({ id, url: `https://hooks.example.org/${id}`, events, createdAt: '2025-08-01T00:00:00.000Z', createdBy: 'admin', removedAt: null });

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`notifications on ${engine.name}`, () => {
    afterAll(() => engine.cleanup());

    it('writes nothing when no webhook listens', async () => {
      const { store } = await engine.fresh();
      const out = await ingestReport(store, { bytes: enc(ONE_SIDE) }, ctx);
      expect(out.status).toBe('stored');
      expect(await store.webhooks.deliveries()).toEqual([]);
    });

    it('queues a delivery for a new event and one for its status change, each to the hooks that asked', async () => {
      const { store } = await engine.fresh();
      await store.webhooks.insertWebhook(hook('wh_all', ['event.created', 'event.status']), 's1');
      await store.webhooks.insertWebhook(hook('wh_status', ['event.status']), 's2');
      await store.webhooks.insertWebhook(hook('wh_rel', ['release.created']), 's3');
      const a = await ingestReport(store, { bytes: enc(ONE_SIDE) }, ctx);
      let log = await store.webhooks.deliveries();
      expect(log.map((d) => [d.webhookId, d.kind, d.status])).toEqual([['wh_all', 'event.created', 'pending']]);
      const body = JSON.parse(log[0]!.payload);
      expect(body).toMatchObject({ id: log[0]!.id, kind: 'event.created', data: { event: { id: a.events[0], from: 'russia', to: 'ukraine', status: 'announced', figure: { best: 640 } } } });
      await ingestReport(store, { bytes: enc(OTHER_SIDE) }, ctx);
      log = await store.webhooks.deliveries({ status: 'pending' });
      const status = log.filter((d) => d.kind === 'event.status');
      expect(status.map((d) => d.webhookId).sort()).toEqual(['wh_all', 'wh_status']);
      expect(JSON.parse(status[0]!.payload).data).toMatchObject({ from: 'announced', to: 'confirmed', event: { id: a.events[0] } });
    });

    it('queues nothing when the change rolls back, and a removed hook hears of nothing more', async () => {
      const { store } = await engine.fresh();
      await store.webhooks.insertWebhook(hook('wh_r', ['release.created']), 's');
      await expect(
        store.transaction(async (tx) => {
          await notify(tx, { kind: 'release.created', at: '2025-08-03T00:00:00.000Z', data: { release: { id: 'rel_1' } } });
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect(await store.webhooks.deliveries()).toEqual([]);
      await store.transaction((tx) => notify(tx, { kind: 'release.created', at: '2025-08-03T00:00:00.000Z', data: { release: { id: 'rel_2' } } }));
      expect((await store.webhooks.deliveries()).map((d) => d.status)).toEqual(['pending']);
      await store.webhooks.removeWebhook('wh_r', '2025-08-04T00:00:00.000Z');
      expect((await store.webhooks.deliveries()).map((d) => d.status)).toEqual(['cancelled']);
      await store.transaction((tx) => notify(tx, { kind: 'release.created', at: '2025-08-05T00:00:00.000Z', data: {} }));
      expect(await store.webhooks.deliveries()).toHaveLength(1);
    });
  });
}
