import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestReport } from '../../src/services/ingest.service.js';
import { correctItem } from '../../src/services/review.service.js';
import { exportLedger, importLedger, loadDemo } from '../../src/services/transfer.service.js';
import type { Store } from '../../src/storage/index.js';
import { fromFile } from '../support/files.js';
import { testEngines } from '../support/engines.js';
import { fakeExtract } from '../support/fake-extractor.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dir = mkdtempSync(join(tmpdir(), 'handover-transfer-'));

async function text(store: Store, format: 'csv' | 'hxl' | 'json', q = {}): Promise<string> {
  const out = exportLedger(store, format, q, () => '2025-07-01T00:00:00.000Z');
  if (!out.ok) throw new Error(out.error.message);
  let s = '';
  for await (const chunk of out.value) s += chunk;
  return s;
}

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`export, import and demo on ${engine.name}`, () => {
    afterAll(() => engine.cleanup());

    async function ledger() {
      const { store } = await engine.fresh();
      const ctx = { extract: fakeExtract };
      await ingestReport(store, { bytes: enc('One. On 2025-06-11 russia handed 1212 remains to ukraine, said ukraine.'), url: 'https://example.org/one', outlet: 'Wire, "One"' }, ctx);
      await ingestReport(store, { bytes: enc('Two. On 2025-06-11 ukraine handed 27 remains to russia, said russia.') }, ctx);
      await ingestReport(store, { bytes: enc('Three. On 2025-08-02 ukraine handed 84 pow to russia, said russia. russia will hand 6000 remains to ukraine by 2025-09-30, said russia.') }, ctx);
      return store;
    }

    it('round-trips the JSON export losslessly through import', async () => {
      const store = await ledger();
      const claimId = (await store.claims.page(null, 1))[0]!.id;
      await correctItem(store, claimId, { count: 1200, qualifier: 'about' }, { name: 'ana', reason: 'rounded in the original' });
      const first = await text(store, 'json');
      const parsed = JSON.parse(first);
      expect(parsed.sources).toHaveLength(3);
      expect(parsed.claims).toHaveLength(4);
      expect(parsed.history.length).toBeGreaterThan(8);
      const file = join(dir, `${engine.name}-export.json`);
      writeFileSync(file, first);

      const { store: other } = await engine.fresh();
      const imported = await importLedger(other, fromFile(file));
      expect(imported).toMatchObject({ ok: true, value: { sources: 3, claims: 4, unchanged: 0 } });
      expect(await text(other, 'json')).toBe(first);
      expect(await text(other, 'csv')).toBe(await text(store, 'csv'));
      // Importing the same file again changes nothing.
      expect(await importLedger(other, fromFile(file))).toMatchObject({ ok: true, value: { sources: 0, claims: 0, events: 0, history: 0 } });
      expect(await text(other, 'json')).toBe(first);
    });

    it('names every problem of a bad import with its path and stores nothing', async () => {
      const { store } = await engine.fresh();
      const file = join(dir, `${engine.name}-bad.json`);
      writeFileSync(file, JSON.stringify({ format: 'handover-ledger', version: 1, exportedAt: 'x', sources: [], claims: [], events: [{ id: 'ev_1', figure: { best: 'many' } }], history: [] }));
      const out = await importLedger(store, fromFile(file));
      expect(out).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID' } });
      expect(!out.ok && out.error.message).toMatch(/events\[0\]\.figure\.best/);
      expect(await importLedger(store, fromFile(join(dir, 'missing.json')))).toMatchObject({ ok: false, error: { code: 'IMPORT_READ_FAILED' } });
      expect(await store.events.count()).toBe(0);
    });

    it('exports CSV with HXL tags and honours filters', async () => {
      const store = await ledger();
      const hxl = (await text(store, 'hxl')).split('\r\n');
      expect(hxl[1]).toContain('#date+occurred');
      expect(hxl[1]).toContain('#affected+num');
      expect(hxl.filter((l) => l.length > 0)).toHaveLength(2 + 3);
      const pow = (await text(store, 'csv', { category: 'pow' })).split('\r\n').filter((l) => l.length > 0);
      expect(pow).toHaveLength(2);
      expect(pow[1]).toContain(',84,');
      const remains = JSON.parse(await text(store, 'json', { category: 'remains', party: 'ukraine', from: '2025-06-01' }));
      expect(remains.events).toHaveLength(2);
      expect(remains.sources).toHaveLength(2);
      expect(remains.claims).toHaveLength(2);
      expect(remains.history.every((h: { entityId: string }) => [...remains.events, ...remains.claims, ...remains.sources].some((x: { id: string }) => x.id === h.entityId))).toBe(true);
      expect(await text(store, 'csv', { category: 'remains', to: '2025-06-10' })).toMatch(/^id,[^\r]*\r\n$/);
    });

    it('loads the demo ledger once', async () => {
      const { store } = await engine.fresh();
      const first = await loadDemo(store);
      expect(first.ok && first.value.events).toBeGreaterThan(10);
      const events = await store.events.count();
      const again = await loadDemo(store);
      expect(again.ok && again.value.events).toBe(0);
      expect(await store.events.count()).toBe(events);
    });
  });
}
