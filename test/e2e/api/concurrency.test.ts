/**
 * Concurrency as users cause it, on both engines: the same report submitted 50 times at once is
 * stored once, whether the 50 requests reach one server or two `handover serve` processes on the
 * same ledger.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addUser, createToken } from '../../../src/services/index.js';
import type { Store } from '../../../src/storage/index.js';
import { apiLedger, report, send, type Reply } from '../../support/api.js';
import { testEngines } from '../../support/engines.js';
import { dbArg, serveProcess } from '../../support/serve-process.js';

async function sourcesOf(store: Store): Promise<{ sources: number; ingests: number }> {
  const history = await store.kysely.selectFrom('history').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'ingest').executeTakeFirstOrThrow();
  return { sources: await store.sources.count(), ingests: Number(history.n) };
}

function expectStoredOnce(replies: Reply[]): void {
  expect(replies.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.text}`)).toEqual([]);
  const stored = replies.filter((r) => r.body.status === 'stored');
  expect(stored.length).toBe(1);
  expect(stored[0]!.status).toBe(201);
  const duplicates = replies.filter((r) => r.body.status === 'duplicate');
  expect(duplicates.length).toBe(replies.length - 1);
  expect(new Set(replies.map((r) => r.body.sourceId))).toEqual(new Set([stored[0]!.body.sourceId]));
}

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`the same report 50 times at once on ${engine.name}`, () => {
    afterAll(() => engine.cleanup());

    it('to one server: stored once, 49 duplicates', async () => {
      const api = await apiLedger(engine, { demo: false });
      try {
        const replies = await Promise.all(Array.from({ length: 50 }, () => api.call('POST', '/api/sources', { token: api.tokens.contributor, body: { text: report(50) } })));
        expectStoredOnce(replies);
        expect(await sourcesOf(api.store)).toEqual({ sources: 1, ingests: 1 });
      } finally {
        await api.close();
      }
    });

    it('to two handover serve processes on one ledger: stored once, 49 duplicates', async () => {
      const { store, config } = await engine.fresh();
      await addUser(store, { name: 'wire', role: 'contributor' }, 'test');
      const token = await createToken(store, 'wire', 'two processes');
      if (!token.ok) throw new Error(token.error.message);
      const servers = await Promise.all([0, 1].map(() => serveProcess(['--db', dbArg(config), '--rate-limit', '100000'])));
      try {
        const text = report(51);
        const replies = await Promise.all(
          Array.from({ length: 50 }, (_, i) => send(servers[i % 2]!.url, 'POST', '/api/sources', { token: token.value.token, body: { text } })),
        );
        expectStoredOnce(replies);
        expect(await sourcesOf(store)).toEqual({ sources: 1, ingests: 1 });
      } finally {
        for (const s of servers) expect(await s.stop()).toBe(0);
      }
    }, 120_000);
  });
}
