/**
 * When another process holds a SQLite ledger's write lock longer than a writer waits, the writer
 * fails with LEDGER_BUSY ("the ledger is busy …; try again") and nothing else: a review does not say
 * REVIEW_NOT_FOUND, an ingest does not say INGEST_STORE_FAILED, and nothing is half written.
 * (Waiting its turn and then succeeding is tested with processes in test/e2e/cli/concurrent-writers.test.ts.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ingestReport } from '../../src/services/ingest.service.js';
import { ingestAll } from '../../src/services/ingest-run.service.js';
import { acceptItem } from '../../src/services/review.service.js';
import { backupDatabase } from '../../src/services/db.service.js';
import { openStore } from '../../src/storage/index.js';
import { testEngines } from '../support/engines.js';
import { fakeExtract } from '../support/fake-extractor.js';

const enc = (s: string) => new TextEncoder().encode(s);
const BUSY = { code: 'LEDGER_BUSY', message: expect.stringMatching(/^the ledger is busy \(another process is writing\); try again/) };

const [sqlite] = testEngines();

describe('a SQLite ledger held by another writer', () => {
  afterAll(() => sqlite!.cleanup());

  it('gives LEDGER_BUSY to every writer that waited its turn in vain, and lets them write once it is free', async () => {
    const { store, config } = await sqlite!.fresh();
    const first = await ingestReport(store, { bytes: enc('Wire one. On 2025-06-11 russia handed 1212 remains to ukraine, said ukraine.') }, { extract: fakeExtract });
    const eventId = first.events[0]!;
    await store.close();

    // Another connection (as another process would) holds the write lock with an open batch.
    const holder = await openStore(config);
    const batch = await holder.startBatch();
    const writer = await openStore({ ...config, busyTimeoutMs: 50 });
    try {
      const accepted = await acceptItem(writer, eventId, { name: 'ana' });
      expect(accepted).toMatchObject({ ok: false, error: BUSY });
      const report = { bytes: enc('Wire two. On 2025-06-14 ukraine handed 84 pow to russia, said russia.') };
      expect(await ingestReport(writer, report, { extract: fakeExtract })).toMatchObject({ status: 'failed', code: BUSY.code, reason: BUSY.message });
      const run = await ingestAll(writer, [{ name: 'two.txt', load: async () => report }], { threads: 0 });
      expect(run.map((r) => r.outcome)).toMatchObject([{ status: 'failed', code: BUSY.code, reason: expect.stringMatching(/^not stored: the ledger is busy/) }]);
      expect(await backupDatabase(writer, `${config.engine === 'sqlite' ? config.file : ''}.copy`)).toMatchObject({ ok: false, error: BUSY });
      // Readers never wait.
      expect(await writer.sources.count()).toBe(1);

      await batch.rollback();
      expect(await acceptItem(writer, eventId, { name: 'ana' })).toMatchObject({ ok: true });
      expect(await ingestReport(writer, report, { extract: fakeExtract })).toMatchObject({ status: 'stored' });
    } finally {
      await writer.close();
      await holder.close();
    }
  });
});
