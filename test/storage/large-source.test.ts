/**
 * A ledger holding a 20 MB report reads its claims as fast as any other: a source's bytes and
 * clean text live apart from the metadata every claim read joins (migration 20261207T1710). Before,
 * SQLite stepped over both multi-megabyte values for every claim: 35 s for 2,572 claims.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { listEvents } from '../../src/services/read.service.js';
import { testEngines } from '../support/engines.js';
import { claim, event, sha, source } from '../support/ledger-fixtures.js';

const MB = 1024 * 1024;
const CLAIMS = 2500;
/** Generous: the reads take tens of milliseconds; a loaded machine and PostgreSQL's round trips get room. */
const BOUND_MS = 5000;

/** About `bytes` of report text, written for this test: the same paragraph with a changing figure. */
function bigReport(bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const p = `Officials said ${i + 1} more bodies were returned at the crossing on Wednesday, and that talks on the next handover would resume after the weekend.\n`;
    parts.push(p);
    length += p.length;
  }
  return parts.join('');
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await work();
  return { value, ms: performance.now() - t0 };
}

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`a 20 MB report on ${engine.name}`, () => {
    afterAll(() => engine.cleanup());

    it(`reads ${CLAIMS} claims, half of them from it, and the events list, within ${BOUND_MS} ms`, async () => {
      const { store } = await engine.fresh();
      const text = bigReport(20 * MB);
      const raw = new TextEncoder().encode(text);
      const big = source({ contentHash: sha(raw), title: 'A very long report' });
      await store.sources.insert(big, { raw, cleanText: text, fingerprint: '', numerals: '', nearKey: null });
      // A short report beside it, its claims read in turn with the long one's: SQLite keeps its place
      // in a long row only while it stays on that row, so going back and forth is what costs.
      const shortText = 'Officials said 12 bodies were returned at the crossing on Wednesday.';
      const small = source({ text: shortText });
      await store.sources.insert(small, { raw: new TextEncoder().encode(shortText), cleanText: shortText, fingerprint: '', numerals: '', nearKey: null });
      const claims = Array.from({ length: CLAIMS }, (_, i) =>
        claim({ id: `cl_big_${String(i).padStart(5, '0')}`, sourceId: i % 2 === 0 ? big.id : small.id, count: { value: i + 1, qualifier: 'exact', low: i + 1, high: i + 1 } }),
      );
      for (const from of [big.id, small.id]) {
        const mine = claims.filter((c) => c.sourceId === from);
        await store.claims.insertMany(mine, mine.map((_, i) => i), '2025-06-12T10:00:00.000Z');
      }
      const events = claims.map((c, i) => event({ id: `ev_big_${String(i).padStart(5, '0')}`, claimIds: [c.id], figure: { low: i + 1, best: i + 1, high: i + 1 } }));
      await store.events.saveMany(events.map((e) => ({ event: e, previous: null })), '2025-06-12T10:00:00.000Z');

      const ids = claims.map((c) => c.id);
      const read = await timed(() => store.claims.getMany(ids));
      expect(read.value).toHaveLength(CLAIMS);
      expect(read.value[0]).toMatchObject({ sourceId: big.id, outlet: 'Test Wire', publishedAt: '2025-06-12' });
      const witnesses = await timed(() => store.claims.withSources(ids));
      expect(witnesses.value).toHaveLength(CLAIMS);
      expect(witnesses.value[0]!.source).toMatchObject({ id: big.id, title: 'A very long report' });
      const bySource = await timed(() => store.claims.bySource(big.id));
      expect(bySource.value).toHaveLength(CLAIMS / 2);
      const listed = await timed(() => listEvents(store, { text: 'bodies' }, 1000));
      expect(listed.value.ok && listed.value.value.events.length).toBe(1000);

      const ms = { getMany: read.ms, withSources: witnesses.ms, bySource: bySource.ms, events: listed.ms };
      process.stdout.write(`${engine.name}: ${CLAIMS} claims (half of them of a 20 MB report) read in ${JSON.stringify(Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, Math.round(v)])))} ms\n`);
      for (const v of Object.values(ms)) expect(v).toBeLessThan(BOUND_MS);
      // The report itself is still there, whole.
      const body = await store.sources.content(big.id);
      expect(body?.cleanText.length).toBe(text.length);
      expect(body?.raw.length).toBe(raw.length);
    }, 60_000);
  });
}
