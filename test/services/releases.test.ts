import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ingestReport } from '../../src/services/ingest.service.js';
import { correctItem, mergeItems, rejectItem, splitItem } from '../../src/services/review.service.js';
import { exportLedger } from '../../src/services/transfer.service.js';
import { createRelease, generateReleaseKeys, releaseDiff, releaseFile, RELEASE_FILES, signRelease, verifyRelease } from '../../src/services/release.service.js';
import { applyChanges, changesSince } from '../../src/services/changes.service.js';
import type { ChangeRecord } from '../../src/domain/index.js';
import type { Store } from '../../src/storage/index.js';
import { testEngines } from '../support/engines.js';
import { fakeExtract } from '../support/fake-extractor.js';

const enc = (s: string) => new TextEncoder().encode(s);

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const c of chunks) s += c;
  return s;
}

function clock(start: string) {
  let t = Date.parse(start);
  return () => new Date((t += 1000)).toISOString();
}

/** Every file of a release, fetched now. */
async function filesOf(store: Store, n: number): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of RELEASE_FILES) {
    const r = await releaseFile(store, n, f);
    if (!r.ok) throw new Error(r.error.message);
    out[f] = await text(r.value);
  }
  return out;
}

async function exportText(store: Store, format: 'csv' | 'hxl' | 'json'): Promise<string> {
  const r = exportLedger(store, format, {}, () => '2026-01-01T00:00:00.000Z');
  if (!r.ok) throw new Error(r.error.message);
  return text(r.value);
}

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`releases and the change feed on ${engine.name}`, () => {
    afterAll(() => engine.cleanup());

    /** Five reports: a handover each way, two near-identical POW handovers a day apart, and one event reported by both sides. */
    async function ledger() {
      const { store, config } = await engine.fresh();
      const now = clock('2025-09-01T08:00:00.000Z');
      const ctx = { extract: fakeExtract, now };
      const ingest = async (t: string, outlet: string) => {
        const out = await ingestReport(store, { bytes: enc(t), outlet }, ctx);
        if (out.status !== 'stored') throw new Error(`${out.status}: ${out.message ?? ''}`);
        return out;
      };
      const r1 = await ingest('Report A. On 2025-06-11 russia handed 1212 remains to ukraine, said ukraine.', 'Wire A');
      const r2 = await ingest('Report B. On 2025-06-20 ukraine handed 30 remains to russia, said russia.', 'Wire B');
      const r3 = await ingest('Report C. On 2025-07-01 russia handed 500 pow to ukraine, said ukraine.', 'Wire C');
      const r4 = await ingest('Report D. On 2025-07-02 russia handed 505 pow to ukraine, said ukraine.', 'Wire D');
      const r5 = await ingest('Report E. On 2025-08-01 russia handed 100 civilians to ukraine, said ukraine.', 'Wire E');
      const r6 = await ingest('Report F. On 2025-08-01 russia handed 100 civilians to ukraine, said russia.', 'Wire F');
      return { store, config, now, ingest, r1, r2, r3, r4, r5, r6 };
    }

    it('keeps a release byte for byte after later changes, and its diff lists exactly the changes made in between', async () => {
      const { store, now, ingest, r1, r2, r3, r4, r5, r6 } = await ledger();
      expect(r5.events).toEqual(r6.events);
      const one = await createRelease(store, { by: 'admin', note: 'first', now });
      expect(one.ok).toBe(true);
      if (!one.ok) return;
      expect(one.value).toMatchObject({ n: 1, createdBy: 'admin', note: 'first', events: 5 });
      expect(one.value.summary.counts.added).toBe(5);
      const first = await filesOf(store, 1);
      expect(first['events.csv']).toBe(await exportText(store, 'csv'));
      expect(first['events-hxl.csv']).toBe(await exportText(store, 'hxl'));

      // Between the releases: a correction, a merge, a split, a withdrawal and a new report.
      const who = (reason: string) => ({ name: 'ana', reason, now });
      const claimOf = async (sourceId: string | null) => (await store.claims.bySource(sourceId!))[0]!.id;
      expect((await correctItem(store, await claimOf(r1.sourceId), { count: 1200 }, who('the ministry gave 1,200 later'))).ok).toBe(true);
      expect((await mergeItems(store, [r3.events[0]!, r4.events[0]!], who('one handover reported on two days'))).ok).toBe(true);
      expect((await splitItem(store, r5.events[0]!, [await claimOf(r6.sourceId)], who('two convoys'))).ok).toBe(true);
      expect((await rejectItem(store, await claimOf(r2.sourceId), who('the report was retracted'))).ok).toBe(true);
      const r7 = await ingest('Report G. On 2025-09-01 ukraine handed 40 remains to russia, said russia.', 'Wire G');

      const two = await createRelease(store, { by: 'admin', now });
      expect(two.ok).toBe(true);
      if (!two.ok) return;
      expect(await filesOf(store, 1)).toEqual(first);
      expect((await filesOf(store, 2))['events.csv']).not.toBe(first['events.csv']);

      const splitOff = (await store.events.idOfClaim(await claimOf(r6.sourceId)))!;
      const kinds = two.value.summary.changes.map((c) => [c.kind, c.eventId]).sort();
      expect(kinds).toEqual(
        [
          ['added', r7.events[0]!],
          ['corrected', r1.events[0]!],
          ['merged', r3.events[0]!],
          ['merged', r4.events[0]!],
          ['split', r5.events[0]!],
          ['split', splitOff],
          ['withdrawn', r2.events[0]!],
        ].sort(),
      );
      const withdrawn = two.value.summary.changes.find((c) => c.kind === 'withdrawn')!;
      expect(withdrawn.because.map((b) => b.reason)).toContain('the report was retracted');
      const corrected = two.value.summary.changes.find((c) => c.kind === 'corrected')!;
      expect(corrected.fields).toContain('figure');
      const diff = await releaseDiff(store, 2, 1);
      expect(diff.ok && diff.value.changes).toEqual(two.value.summary.changes);
    });

    it('replays the change feed onto an empty ledger into the same exports', async () => {
      const { store, now, r1, r3, r4 } = await ledger();
      expect((await mergeItems(store, [r3.events[0]!, r4.events[0]!], { name: 'ana', now })).ok).toBe(true);
      expect((await correctItem(store, (await store.claims.bySource(r1.sourceId!))[0]!.id, { count: 1200 }, { name: 'ana', now })).ok).toBe(true);

      const records: ChangeRecord[] = [];
      for (let since = '0'; ; ) {
        const page = await changesSince(store, since, 7);
        if (!page.ok) throw new Error(page.error.message);
        records.push(...page.value.changes);
        since = page.value.cursor;
        if (!page.value.more) break;
      }
      expect(records.some((r) => r.change === 'merged' && r.entry.after === null)).toBe(true);
      expect(records.map((r) => r.seq)).toEqual([...records.map((r) => r.seq)].sort((a, b) => a - b));

      const { store: mirror } = await engine.fresh();
      // In two halves, the second overlapping the first: what is held already is skipped.
      const half = Math.floor(records.length / 2);
      const a = await applyChanges(mirror, records.slice(0, half + 3), 'test');
      const b = await applyChanges(mirror, records.slice(half), 'test');
      expect(a.ok && b.ok).toBe(true);
      expect(b.ok && b.value.skipped).toBe(3);
      expect(await exportText(mirror, 'csv')).toBe(await exportText(store, 'csv'));
      expect(await exportText(mirror, 'hxl')).toBe(await exportText(store, 'hxl'));
      const [src, dst] = [JSON.parse(await exportText(store, 'json')), JSON.parse(await exportText(mirror, 'json'))];
      for (const section of ['claims', 'events', 'history']) expect(dst[section]).toEqual(src[section]);
      expect(dst.sources.map(({ content: _c, ...s }: { content: unknown }) => s)).toEqual(src.sources.map(({ content: _c, ...s }: { content: unknown }) => s));
    });

    it('queues a release.created notice for each webhook that asked for one, with the release', async () => {
      const { store, now } = await ledger();
      await store.webhooks.insertWebhook({ id: 'wh_releases', url: 'https://example.org/hook', events: ['release.created'], createdAt: now(), createdBy: 'admin', removedAt: null }, 'a secret for the test');
      await store.webhooks.insertWebhook({ id: 'wh_events', url: 'https://example.org/other', events: ['event.created'], createdAt: now(), createdBy: 'admin', removedAt: null }, 'another secret');
      expect((await createRelease(store, { by: 'admin', note: 'weekly', now })).ok).toBe(true);
      const due = await store.webhooks.due('2100-01-01T00:00:00.000Z', 10);
      const notices = due.filter((d) => d.kind === 'release.created');
      expect(notices.map((d) => d.webhookId)).toEqual(['wh_releases']);
      expect(JSON.parse(notices[0]!.payload).data).toMatchObject({ release: 1, note: 'weekly', createdBy: 'admin', link: '/api/releases/1' });
    });

    it('fails verification of a release whose stored data or signature was altered', async () => {
      const { store, now } = await ledger();
      const keys = generateReleaseKeys();
      const made = await createRelease(store, { by: 'admin', now, signKey: keys.privateKey });
      expect(made.ok).toBe(true);
      const good = await verifyRelease(store, 1, keys.publicKey);
      expect(good.ok && good.value).toMatchObject({ ok: true, signedBy: [keys.keyId], problems: [] });
      const other = generateReleaseKeys();
      const wrongKey = await verifyRelease(store, 1, other.publicKey);
      expect(wrongKey.ok && wrongKey.value.problems.join()).toMatch(/no signature by key/);

      // A release's rows refuse changes …
      await expect(sql`update release_records set data = ${'{}'} where release_n = 1`.execute(store.kysely)).rejects.toThrow(/append-only/);
      // … so a tamperer drops the guard first.
      await sql.raw(engine.name === 'sqlite' ? 'DROP TRIGGER release_records_no_update' : 'DROP TRIGGER release_records_no_update ON release_records').execute(store.kysely);
      const row = await store.kysely.selectFrom('release_records').select(['ord', 'data']).where('release_n', '=', 1).where('kind', '=', 'event').orderBy('ord').executeTakeFirstOrThrow();
      const altered = row.data.replace(/"best":(\d+)/, (_m, n: string) => `"best":${Number(n) + 1}`);
      expect(altered).not.toBe(row.data);
      await sql`update release_records set data = ${altered} where release_n = 1 and kind = 'event' and ord = ${row.ord}`.execute(store.kysely);
      const bad = await verifyRelease(store, 1, keys.publicKey);
      expect(bad.ok && bad.value.ok).toBe(false);
      expect(bad.ok && bad.value.problems.join('\n')).toMatch(/events\.csv of release 1 hashes to .*its stored data was altered/);
      expect((await signRelease(store, 1, other.privateKey, 'eve')).ok).toBe(false);
    });
  });
}
