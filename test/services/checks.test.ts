import { afterAll, describe, expect, it } from 'vitest';
import { refreshChecks } from '../../src/services/checks.service.js';
import { ingestReport } from '../../src/services/ingest.service.js';
import { reviewQueue } from '../../src/services/review.service.js';
import { testEngines } from '../support/engines.js';
import { fakeExtract } from '../support/fake-extractor.js';

const enc = (s: string) => new TextEncoder().encode(s);
const ctx = { extract: fakeExtract };

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`plans and cumulative checks on ${engine.name}`, () => {
    afterAll(() => engine.cleanup());

    it('links a plan to the events that delivered it and shows what is outstanding', async () => {
      const { store } = await engine.fresh();
      await ingestReport(store, { bytes: enc('Officials spoke. russia will hand 6000 remains to ukraine by 2025-06-30, said russia.'), publishedAt: '2025-06-02' }, ctx);
      await ingestReport(store, { bytes: enc('First batch. On 2025-06-11 russia handed 1212 remains to ukraine, said ukraine.'), publishedAt: '2025-06-11' }, ctx);
      await ingestReport(store, { bytes: enc('Second batch. On 2025-06-13 russia handed 1200 remains to ukraine, said ukraine.'), publishedAt: '2025-06-13' }, ctx);
      await ingestReport(store, { bytes: enc('Other way. On 2025-06-13 ukraine handed 27 remains to russia, said russia.'), publishedAt: '2025-06-13' }, ctx);
      const checks = await refreshChecks(store);
      expect(checks.plans).toHaveLength(1);
      expect(checks.plans[0]).toMatchObject({ delivered: 2412, outstanding: 3588 });
      expect(checks.plans[0]!.eventIds).toHaveLength(2);
      expect(await store.analysis.plans()).toEqual(checks.plans);
      const queue = await reviewQueue(store);
      expect(queue.find((i) => i.id === checks.plans[0]!.planClaimId)?.why).toMatch(/3,588 outstanding/);
    });

    it('checks a cumulative figure against the sum of the events it covers', async () => {
      const { store } = await engine.fresh();
      await ingestReport(store, { bytes: enc('A. On 2025-06-11 russia handed 1212 remains to ukraine, said ukraine.') }, ctx);
      await ingestReport(store, { bytes: enc('B. On 2025-07-17 russia handed 1000 remains to ukraine, said ukraine.') }, ctx);
      await ingestReport(store, { bytes: enc('C. On 2024-07-17 russia handed 250 remains to ukraine, said ukraine.') }, ctx);
      await ingestReport(store, { bytes: enc('Since 2025-01-01 russia has handed more than 5000 remains to ukraine by 2025-12-31, said russia.'), publishedAt: '2025-12-31' }, ctx);
      const checks = await refreshChecks(store);
      expect(checks.cumulative).toHaveLength(1);
      const check = checks.cumulative[0]!;
      expect(check.eventIds).toHaveLength(2);
      expect(check.ledgerSum.best).toBe(2212);
      expect(check.difference).toBe(5000 - 2212);
      expect(check.sentence).toMatch(/2,212/);
      expect(checks.flags.map((f) => f.code)).toEqual(['cumulative-mismatch']);
    });
  });
}
