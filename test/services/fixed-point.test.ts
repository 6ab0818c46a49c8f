/**
 * Ingest is a fixed point: whatever the order of the reports and however they are split into runs
 * and batches, every report gets its outcome on the first run (none fails), and a second run over
 * all of them changes nothing. The reports are packed into a few weeks so that each one's grouping
 * context holds the others (confirmations waiting for an event, handovers both ways).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestAll, type IngestJob } from '../../src/services/ingest-run.service.js';
import type { Store } from '../../src/storage/index.js';
import { denseCorpus, type DenseReport } from '../support/dense-corpus.js';
import { testEngines } from '../support/engines.js';

const jobsOf = (reports: readonly DenseReport[]): IngestJob[] =>
  reports.map((r) => ({ name: r.name, load: async () => ({ bytes: new TextEncoder().encode(r.text), path: r.name }) }));

async function counts(store: Store): Promise<number[]> {
  return [await store.sources.count(), await store.claims.count(), await store.events.count(), await store.history.count(), (await store.claims.pending(10_000)).length];
}

/** A permutation of 0..n-1 and cut points that split it into runs. */
const plan = fc.integer({ min: 1, max: 1_000_000 }).chain((seed) => {
  const n = denseCorpus(seed).length;
  return fc.record({
    seed: fc.constant(seed),
    order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: n - 1 }), { maxLength: 4 }),
    batchSources: fc.integer({ min: 1, max: 8 }),
  });
});

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`ingest as a fixed point on ${engine.name}`, () => {
    afterAll(() => engine.cleanup());

    it('the three reports that once failed together store on the first run', async () => {
      const { store } = await engine.fresh();
      const reports: DenseReport[] = [
        { name: 'a.txt', text: 'Kyiv receives bodies\n\nKYIV, 12 June 2025 — Ukraine received the bodies of 1,212 fallen soldiers from Russia on Wednesday, the Coordination Headquarters said.\n' },
        { name: 'b.txt', text: 'Headquarters confirms repatriation\n\nKYIV, 13 June 2025 — The Coordination Headquarters for the Treatment of Prisoners of War confirmed the repatriation of the bodies on Wednesday.\n' },
        { name: 'c.txt', text: 'Moscow gets back bodies\n\nMOSCOW, 20 June 2025 — Russia received the bodies of 27 servicemen from Ukraine on Thursday, the defence ministry said.\n' },
      ];
      const results = await ingestAll(store, jobsOf(reports), { threads: 0 });
      expect(results.map((r) => r.outcome.status)).toEqual(['stored', 'stored', 'stored']);
      // The confirmation found the handover it confirms.
      const event = await store.events.get(results[0]!.outcome.events[0]!);
      expect(event?.claimIds).toHaveLength(2);
    });

    it('no report fails in any order and batch split, and a second run changes nothing', async () => {
      await fc.assert(
        fc.asyncProperty(plan, async ({ seed, order, cuts, batchSources }) => {
          const reports = denseCorpus(seed);
          const ordered = order.map((i) => reports[i]!);
          const { store } = await engine.fresh();
          const bounds = [0, ...[...cuts].sort((a, b) => a - b), ordered.length];
          const failed: string[] = [];
          for (let i = 0; i + 1 < bounds.length; i++) {
            const part = ordered.slice(bounds[i], bounds[i + 1]);
            for (const r of await ingestAll(store, jobsOf(part), { threads: 0, batchSources })) {
              if (r.outcome.status === 'failed') failed.push(`${r.name}: ${r.outcome.reason}`);
            }
          }
          expect(failed).toEqual([]);
          const before = await counts(store);
          const again = await ingestAll(store, jobsOf(ordered), { threads: 0 });
          expect(again.filter((r) => r.outcome.status !== 'duplicate' && r.outcome.status !== 'no-claims').map((r) => `${r.name}: ${r.outcome.status}`)).toEqual([]);
          expect(await counts(store)).toEqual(before);
        }),
        { numRuns: engine.name === 'sqlite' ? 25 : 10 },
      );
    }, 120_000);
  });
}
