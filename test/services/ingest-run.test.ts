/** Ingest of many reports (src/services/ingest-run.service.ts): batches, read-ahead and outcomes in order. */
import { afterAll, describe, expect, it } from 'vitest';
import { ingestAll, type IngestJob } from '../../src/services/ingest-run.service.js';
import { ingestReport } from '../../src/services/ingest.service.js';
import { testEngines } from '../support/engines.js';

const enc = (s: string) => new TextEncoder().encode(s);
const at = () => '2025-06-20T00:00:00.000Z';

/** Twelve reports of different exchanges, one repeated, one with no claims, one that cannot be read. */
function reports(): Array<{ name: string; text: string | null }> {
  const out: Array<{ name: string; text: string | null }> = [];
  for (let i = 0; i < 12; i++) {
    const [from, to] = i % 2 ? ['Ukraine', 'Russia'] : ['Russia', 'Ukraine'];
    out.push({ name: `r${i}.txt`, text: `On ${1 + i} May 2025 ${from} handed over ${30 + i * 11} prisoners of war to ${to}, officials in ${to} said.` });
    if (i === 4) out.push({ name: 'r4-again.txt', text: out[out.length - 1]!.text });
    if (i === 7) out.push({ name: 'weather.txt', text: 'Rain is expected on Sunday across the north, forecasters said.' });
    if (i === 9) out.push({ name: 'gone.txt', text: null });
  }
  return out;
}

const jobsOf = (list: ReturnType<typeof reports>): IngestJob[] =>
  list.map(({ name, text }) => ({
    name,
    load: async () => {
      if (text === null) throw new Error('no such file or directory');
      return { bytes: enc(text), path: name, outlet: 'Test Wire' };
    },
  }));

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`ingestAll on ${engine.name}`, () => {
    afterAll(() => engine.cleanup());

    it('gives every report, in order, the outcome it gets alone, across several batches', async () => {
      const list = reports();
      const { store: many } = await engine.fresh();
      const seen: string[] = [];
      const results = await ingestAll(many, jobsOf(list), { now: at, batchSources: 3, onResult: (name) => seen.push(name) });
      expect(results.map((r) => r.name)).toEqual(list.map((r) => r.name));
      expect(seen).toEqual(list.map((r) => r.name));

      const { store: one } = await engine.fresh();
      for (const [i, { name, text }] of list.entries()) {
        const got = results[i]!.outcome;
        if (text === null) {
          expect(got).toMatchObject({ status: 'failed', code: 'INGEST_READ_FAILED' });
          expect(got.reason).toMatch(/cannot read: no such file/);
          continue;
        }
        const alone = await ingestReport(one, { bytes: enc(text), path: name, outlet: 'Test Wire' }, { now: at });
        expect(got).toEqual(alone);
      }
      expect(results.find((r) => r.name === 'r4-again.txt')!.outcome.status).toBe('duplicate');
      expect(results.find((r) => r.name === 'weather.txt')!.outcome.status).toBe('no-claims');
      expect(await many.events.count()).toBe(await one.events.count());
      expect(await many.sources.count()).toBe(12);
    });

    it('keeps what earlier batches committed when the store fails later, and says so per report', async () => {
      const list = reports().slice(0, 6);
      const { store } = await engine.fresh();
      // The fourth report's store phase throws: the reports before it stay stored.
      let calls = 0;
      const failing = new Proxy(store, {
        get(target, prop, receiver) {
          if (prop !== 'startBatch') return Reflect.get(target, prop, receiver);
          return async () => {
            const batch = await target.startBatch();
            const repos = new Proxy(batch.repos, {
              get(r, p, rr) {
                if (p !== 'sources') return Reflect.get(r, p, rr);
                return new Proxy(r.sources, {
                  get(s, q, sr) {
                    if (q !== 'withNearKey') return Reflect.get(s, q, sr);
                    return async (key: string, limit: number) => {
                      if (++calls === 4) throw new Error('disk I/O error');
                      return s.withNearKey(key, limit);
                    };
                  },
                });
              },
            });
            return { ...batch, repos, unit: <T>(fn: (tx: typeof repos) => Promise<T>) => batch.unit(() => fn(repos)), commit: () => batch.commit(), rollback: () => batch.rollback() };
          };
        },
      });
      const results = await ingestAll(failing, jobsOf(list), { now: at, batchSources: 2 });
      expect(results.map((r) => [r.name, r.outcome.status])).toEqual([
        ['r0.txt', 'stored'],
        ['r1.txt', 'stored'],
        ['r2.txt', 'stored'],
        ['r3.txt', 'failed'],
        ['r4.txt', 'stored'],
        ['r4-again.txt', 'duplicate'],
      ]);
      expect(results[3]!.outcome.reason).toMatch(/disk I\/O error/);
      expect(await store.sources.count()).toBe(4);
    });
  });
}
