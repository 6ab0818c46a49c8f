/**
 * The storage contract: every engine must pass the same tests. SQLite always runs; PostgreSQL runs
 * when HANDOVER_TEST_PG (or DATABASE_URL) is set, in a fresh schema per store.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, restoreStore, type Store } from '../../src/storage/index.js';
import { fingerprintText, nearKeyOf, originalAmong } from '../../src/services/near-duplicate.js';
import { ingestReport } from '../../src/services/ingest.service.js';
import { fakeExtract } from '../support/fake-extractor.js';
import { testEngines } from '../support/engines.js';
import { claim, event, sha, source } from '../support/ledger-fixtures.js';
import { countOf } from '../../src/domain/index.js';

const content = (text: string) => {
  const fp = fingerprintText(text);
  return { raw: new TextEncoder().encode(text), cleanText: text, fingerprint: fp.signature, numerals: fp.numerals, nearKey: nearKeyOf(fp) };
};

async function seedSource(store: Store, text: string, over: Parameters<typeof source>[0] = {}) {
  const s = source({ text, ...over });
  await store.sources.insert(s, content(text));
  return s;
}

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`storage contract on ${engine.name}`, () => {
    afterAll(() => engine.cleanup());

    it('migrates on open and a second migrate applies nothing', async () => {
      const { store } = await engine.fresh();
      const report = await store.migrate();
      expect(report.applied).toEqual([]);
      expect(report.known.length).toBeGreaterThan(0);
      expect(report.known[0]).toMatch(/^\d{8}T\d{4}-/);
    });

    it('keeps raw bytes exactly and finds a source by its content hash', async () => {
      const { store } = await engine.fresh();
      const raw = Uint8Array.from([0xff, 0x00, 0xd0, 0x9f, 0x0a, 0x80]);
      const s = source({ contentHash: sha(raw), title: 'Тест', publishedAt: null, url: 'https://example.org/a' });
      await store.sources.insert(s, { raw, cleanText: 'П', fingerprint: fingerprintText('П').signature, numerals: '', nearKey: null });
      expect(await store.sources.findByHash(sha(raw))).toEqual(s);
      const stored = await store.sources.content(s.id);
      expect([...(stored?.raw ?? [])]).toEqual([...raw]);
      expect(stored?.cleanText).toBe('П');
    });

    it('refuses a second source with the same content hash', async () => {
      const { store } = await engine.fresh();
      const s = await seedSource(store, 'one text about a handover of 10 bodies');
      await expect(store.sources.insert({ ...s, id: 'src_other' }, content('x'))).rejects.toThrow();
      expect(await store.sources.count()).toBe(1);
    });

    it('round-trips every claim field, extra fields and nulls', async () => {
      const { store } = await engine.fresh();
      const s = await seedSource(store, 'claims text 1', { outlet: 'Wire A', publishedAt: '2025-07-18' });
      const a = claim({ id: 'cl_a', sourceId: s.id, publishedAt: '2025-07-18', outlet: 'Wire A', flags: ['headline'] });
      const b = claim({
        id: 'cl_b',
        sourceId: s.id,
        publishedAt: '2025-07-18',
        outlet: 'Wire A',
        kind: 'confirmation',
        count: null,
        date: null,
        from: null,
        to: null,
        attribution: { speaker: null, party: null },
        agreement: null,
        mediator: null,
        wounded: true,
        partOf: 0,
        twoWay: true,
        confidence: 0.125,
      });
      const c = { ...claim({ id: 'cl_c', sourceId: s.id, publishedAt: '2025-07-18', outlet: 'Wire A' }), lang: 'uk', scoreDetail: { x: 1 } };
      await store.claims.insertMany([a, b, c], [0, 1, 2], '2025-07-18T00:00:00.000Z');
      expect(await store.claims.getMany(['cl_c', 'cl_a', 'cl_b', 'cl_missing'])).toEqual([c, a, b]);
      expect(await store.claims.bySource(s.id)).toEqual([a, b, c]);
      const corrected = { ...a, count: { value: 1200, qualifier: 'exact' as const, low: 1200, high: 1200 }, review: 'corrected' as const };
      await store.claims.save(corrected, '2025-07-19T00:00:00.000Z');
      expect(await store.claims.get('cl_a')).toEqual(corrected);
    });

    it('saves events with their claims, moves a claim between events, and keeps totals in step', async () => {
      const { store } = await engine.fresh();
      const s = await seedSource(store, 'events text');
      const claims = ['cl_1', 'cl_2', 'cl_3'].map((id) => claim({ id, sourceId: s.id }));
      await store.claims.insertMany(claims, [0, 1, 2], 'now');
      const e1 = event({ id: 'ev_1', claimIds: ['cl_1', 'cl_2'], figure: { low: 1000, best: 1000, high: 1000 } });
      const e2 = event({ id: 'ev_2', claimIds: ['cl_3'], date: { start: '2025-07-17', end: '2025-07-17', precision: 'day' }, figure: { low: 19, best: 19, high: null }, from: 'ukraine', to: 'russia' });
      const v0 = await store.totals.version();
      await store.transaction(async (tx) => {
        await tx.events.save(e1, 'now');
        await tx.events.save(e2, 'now');
      });
      expect(await store.totals.version()).toBeGreaterThan(v0);
      expect(await store.events.get('ev_1')).toEqual(e1);
      let totals = await store.totals.query('all');
      expect(totals.find((t) => t.from === 'russia')).toMatchObject({ period: 'all', events: 1, best: 1000, low: 1000, high: 1000, openHigh: 0 });
      expect(totals.find((t) => t.from === 'ukraine')).toMatchObject({ events: 1, best: 19, openHigh: 1 });
      // Every field read back whole, for a two-way total with no parties named too.
      await store.events.save(event({ id: 'ev_tw', claimIds: [], category: 'pow', from: null, to: null, flags: ['two-way'], figure: { low: 300, best: 300, high: 320 } }), 'now');
      expect((await store.totals.query('all', 'pow')).sort((x, y) => String(x.from).localeCompare(String(y.from)))).toEqual([
        { period: 'all', category: 'pow', from: null, to: null, twoWay: true, events: 1, low: 300, best: 300, high: 320, openHigh: 0 },
      ]);
      expect(await store.totals.query('month', 'children')).toEqual([]);
      await store.events.remove('ev_tw');

      // cl_2 moves to ev_2; ev_1 shrinks and changes its figure.
      await store.transaction(async (tx) => {
        await tx.events.save({ ...e2, claimIds: ['cl_3', 'cl_2'] }, 'later');
        await tx.events.save({ ...e1, claimIds: ['cl_1'], figure: { low: 990, best: 1000, high: 1010 } }, 'later');
      });
      expect((await store.events.get('ev_2'))?.claimIds).toEqual(['cl_3', 'cl_2']);
      expect((await store.events.get('ev_1'))?.claimIds).toEqual(['cl_1']);
      expect(await store.events.idOfClaim('cl_2')).toBe('ev_2');
      totals = await store.totals.query('month');
      expect(totals.find((t) => t.from === 'russia')).toMatchObject({ period: '2025-06', events: 1, low: 990, best: 1000, high: 1010 });
      expect((await store.totals.query('year')).map((t) => t.period)).toEqual(['2025', '2025']);

      // A machine event flagged as a probable cumulative figure is held out; a rejected one and a removed one leave too.
      await store.events.save({ ...e1, claimIds: ['cl_1'], flags: ['probable-cumulative'] }, 'later');
      expect((await store.totals.query('all')).find((t) => t.from === 'russia')).toBeUndefined();
      expect(await store.totals.heldEventIds()).toEqual(['ev_1']);
      await store.events.save({ ...e1, claimIds: ['cl_1'], flags: ['probable-cumulative'], review: 'accepted' }, 'later');
      expect((await store.totals.query('all')).find((t) => t.from === 'russia')).toMatchObject({ events: 1 });
      await store.events.save({ ...e1, claimIds: ['cl_1'], review: 'rejected' }, 'later');
      expect((await store.totals.query('all')).find((t) => t.from === 'russia')).toBeUndefined();
      await store.events.remove('ev_2');
      expect(await store.totals.query('year')).toEqual([]);
      expect(await store.events.get('ev_2')).toBeUndefined();
      expect(await store.events.idOfClaim('cl_3')).toBeUndefined();
    });

    it('lists events newest first with filters and keyset pages', async () => {
      const { store } = await engine.fresh();
      const days = ['2025-06-11', '2025-06-13', '2025-07-17', '2025-10-23', '2025-12-19'];
      await store.transaction(async (tx) => {
        for (const [i, day] of days.entries()) {
          await tx.events.save(event({ id: `ev_${i}a`, date: { start: day, end: day, precision: 'day' } }), 'now');
          await tx.events.save(event({ id: `ev_${i}b`, from: 'ukraine', to: 'russia', category: i % 2 ? 'pow' : 'remains', status: i === 4 ? 'disputed' : 'confirmed', date: { start: day, end: day, precision: 'day' } }), 'now');
        }
        await tx.events.save(event({ id: 'ev_undated', date: null }), 'now');
      });
      const all = await store.events.list({}, 100);
      expect(all.map((e) => e.id).slice(0, 3)).toEqual(['ev_4b', 'ev_4a', 'ev_3b']);
      expect(all.at(-1)?.id).toBe('ev_undated');
      const pages: string[] = [];
      let cursor = null;
      for (;;) {
        const page = await store.events.list({}, 3, cursor);
        if (page.length === 0) break;
        pages.push(...page.map((e) => e.id));
        const last = page.at(-1)!;
        cursor = { sortDate: last.date?.start ?? '', id: last.id };
      }
      expect(pages).toEqual(all.map((e) => e.id));
      expect((await store.events.list({ from: '2025-07-01', to: '2025-10-31' }, 100)).map((e) => e.id)).toEqual(['ev_3b', 'ev_3a', 'ev_2b', 'ev_2a']);
      expect((await store.events.list({ category: 'pow' }, 100)).map((e) => e.id)).toEqual(['ev_3b', 'ev_1b']);
      expect((await store.events.list({ status: 'disputed' }, 100)).map((e) => e.id)).toEqual(['ev_4b']);
      expect((await store.events.list({ party: 'ukraine', to: '2025-06-30' }, 100)).map((e) => e.id)).toEqual(['ev_1b', 'ev_1a', 'ev_0b', 'ev_0a']);
    });

    it('keeps history append-only: the engine refuses UPDATE, DELETE, REPLACE and upserts', async () => {
      const { store } = await engine.fresh();
      await store.history.append([
        { id: 'h_1', at: '2025-06-12T10:00:00.000Z', actor: 'machine', action: 'create', entity: 'event', entityId: 'ev_1', before: null, after: { n: 1 }, reason: null },
        { id: 'h_2', at: '2025-06-20T10:00:00.000Z', actor: 'ana', action: 'correct', entity: 'event', entityId: 'ev_1', before: { n: 1 }, after: { n: 2 }, reason: 'typo in wire copy' },
      ]);
      await expect(sql`UPDATE history SET actor = 'mallory'`.execute(store.kysely)).rejects.toThrow(/append-only/);
      await expect(sql`DELETE FROM history`.execute(store.kysely)).rejects.toThrow(/append-only/);
      // Rewriting a row by inserting over it: REPLACE on SQLite (which skips DELETE triggers), an upsert on both.
      const over = (seq: number, id: string) => sql`(${seq}, ${id}, '2025-06-12T10:00:00.000Z', 'mallory', 'create', 'event', 'ev_1', null, '{"n":9}', null)`;
      const columns = sql`(seq, id, at, actor, action, entity, entity_id, before, after, reason)`;
      if (engine.name === 'sqlite') {
        await expect(sql`INSERT OR REPLACE INTO history ${columns} VALUES ${over(1, 'h_1')}`.execute(store.kysely)).rejects.toThrow(/append-only/);
        await expect(sql`REPLACE INTO history ${columns} VALUES ${over(1, 'h_other')}`.execute(store.kysely)).rejects.toThrow(/append-only/);
        await expect(sql`INSERT OR REPLACE INTO history ${columns} VALUES ${over(99, 'h_2')}`.execute(store.kysely)).rejects.toThrow(/append-only/);
      }
      await expect(sql`INSERT INTO history ${columns} VALUES ${over(1, 'h_1')} ON CONFLICT (id) DO UPDATE SET actor = 'mallory'`.execute(store.kysely)).rejects.toThrow(/append-only/);
      const entries = await store.history.forEntity('event', 'ev_1');
      expect(entries.map((e) => [e.actor, e.after])).toEqual([['machine', { n: 1 }], ['ana', { n: 2 }]]);
      expect((await store.history.latestBefore('event', '2025-06-15', null, 10)).map((e) => e.after)).toEqual([{ n: 1 }]);
      expect((await store.history.latestBefore('event', '2025-07-01', null, 10)).map((e) => e.after)).toEqual([{ n: 2 }]);
      expect(await store.history.latestBefore('event', '2025-06-01', null, 10)).toEqual([]);
      expect(await store.history.existingIds(['h_2', 'h_9', 'h_1'])).toEqual(new Set(['h_1', 'h_2']));
      expect(await store.history.existingIds([])).toEqual(new Set());
    });

    it('pages every claim set aside, with its reason, anchor and since', async () => {
      const { store } = await engine.fresh();
      const s = await seedSource(store, 'pending text 1');
      await store.claims.insertMany([claim({ id: 'cl_p1', sourceId: s.id }), claim({ id: 'cl_p2', sourceId: s.id, kind: 'confirmation', count: null })], [0, 1], '2025-06-12T10:00:00.000Z');
      await store.claims.setPending([{ claimId: 'cl_p2', reason: 'no-event-to-confirm', eventId: null, anchor: '2025-06-11' }], '2025-06-12T10:00:00.000Z');
      await store.claims.setPending([{ claimId: 'cl_p1', reason: 'matches-locked-event', eventId: 'ev_x', anchor: null }], '2025-06-13T10:00:00.000Z');
      expect(await store.claims.pendingPage(null, 10)).toEqual([
        { claimId: 'cl_p1', reason: 'matches-locked-event', eventId: 'ev_x', anchor: null, since: '2025-06-13T10:00:00.000Z' },
        { claimId: 'cl_p2', reason: 'no-event-to-confirm', eventId: null, anchor: '2025-06-11', since: '2025-06-12T10:00:00.000Z' },
      ]);
      expect((await store.claims.pendingPage('cl_p1', 10)).map((p) => p.claimId)).toEqual(['cl_p2']);
    });

    it('rolls a failed transaction back whole', async () => {
      const { store } = await engine.fresh();
      await expect(
        store.transaction(async (tx) => {
          const s = source({ text: 'rollback text' });
          await tx.sources.insert(s, content('rollback text'));
          await tx.claims.insertMany([claim({ id: 'cl_r', sourceId: s.id })], [0], 'now');
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.sources.count()).toBe(0);
      expect(await store.claims.count()).toBe(0);
    });

    it('undoes one failing unit of a batch and keeps the others once committed', async () => {
      const { store } = await engine.fresh();
      const batch = await store.startBatch();
      await batch.unit(async (tx) => tx.sources.insert(source({ text: 'unit one' }), content('unit one')));
      await expect(
        batch.unit(async (tx) => {
          await tx.sources.insert(source({ text: 'unit two' }), content('unit two'));
          await tx.sources.insert(source({ text: 'unit one' }), content('unit one'));
        }),
      ).rejects.toThrow();
      await batch.unit(async (tx) => tx.sources.insert(source({ text: 'unit three' }), content('unit three')));
      expect(await batch.repos.sources.count()).toBe(2);
      await batch.commit();
      expect(await store.sources.count()).toBe(2);
      expect(await store.sources.findByHash(sha('unit two'))).toBeUndefined();

      const dropped = await store.startBatch();
      await dropped.unit(async (tx) => tx.sources.insert(source({ text: 'unit four' }), content('unit four')));
      await dropped.rollback();
      expect(await store.sources.count()).toBe(2);
    });

    it('reads claims in a batch as they stand: after a correction, and after a unit is undone', async () => {
      const { store } = await engine.fresh();
      const s = await seedSource(store, 'batch claims text');
      await store.claims.insertMany([claim({ id: 'cl_b1', sourceId: s.id, count: countOf(100, 'exact') })], [0], 'now');
      const batch = await store.startBatch();
      try {
        expect((await batch.repos.claims.getMany(['cl_b1']))[0]?.count.value).toBe(100);
        await batch.unit(async (tx) => tx.claims.save({ ...(await tx.claims.get('cl_b1'))!, count: countOf(120, 'exact') }, 'later'));
        expect((await batch.repos.claims.getMany(['cl_b1']))[0]?.count.value).toBe(120);
        // A unit that corrects the claim and then fails leaves the claim as it was.
        await expect(
          batch.unit(async (tx) => {
            await tx.claims.save({ ...(await tx.claims.get('cl_b1'))!, count: countOf(130, 'exact') }, 'later');
            expect((await tx.claims.getMany(['cl_b1']))[0]?.count.value).toBe(130);
            throw new Error('undo');
          }),
        ).rejects.toThrow('undo');
        expect((await batch.repos.claims.getMany(['cl_b1', 'cl_missing']))[0]?.count.value).toBe(120);
        // A claim added in the batch is found, and ids not stored are left out.
        await batch.unit(async (tx) => tx.claims.insertMany([claim({ id: 'cl_b2', sourceId: s.id })], [1], 'later'));
        expect((await batch.repos.claims.getMany(['cl_missing', 'cl_b2', 'cl_b1'])).map((c) => c.id)).toEqual(['cl_b2', 'cl_b1']);
        await batch.commit();
      } catch (err) {
        await batch.rollback();
        throw err;
      }
      expect((await store.claims.get('cl_b1'))?.count.value).toBe(120);
    });

    // SQLite has one writer at a time (a second one waits for the lock or fails busy): nothing to race there.
    it.skipIf(!engine.concurrentWriters)('lets two writers ingest the same reports at once: each source stored once, each exchange one event', async () => {
      const { store, config } = await engine.fresh();
      const other = await openStore(config);
      const { store: alone } = await engine.fresh();
      try {
        // Several outlets report each of four exchanges, each outlet in its own words.
        const days = ['2025-06-11', '2025-06-20', '2025-07-02', '2025-07-15'];
        const reports = days.flatMap((d, k) =>
          ['Wire A', 'Wire B', 'Wire C'].map((outlet, j) => `${outlet} on exchange ${k}, report ${j}: On ${d} russia handed ${1000 + 10 * k} remains to ukraine, said ${j % 2 ? 'russia' : 'ukraine'}.`),
        );
        let tick = 0;
        const ctx = { extract: fakeExtract, now: () => new Date(Date.UTC(2025, 7, 1, 0, 0, tick++)).toISOString() };
        const ingestAll = async (s: Store, texts: readonly string[]) => {
          const batch = await s.startBatch();
          const outcomes = [];
          for (const t of texts) outcomes.push(await ingestReport(s, { bytes: new TextEncoder().encode(t), publishedAt: '2025-08-01' }, { ...ctx, batch }));
          await batch.commit();
          return outcomes;
        };
        // Both start at once, in opposite orders, each in one open transaction as `handover ingest` batches them.
        const [a, b] = await Promise.all([ingestAll(store, reports), ingestAll(other, [...reports].reverse())]);
        expect([...a, ...b].filter((o) => o.status === 'failed')).toEqual([]);
        expect([...a, ...b].filter((o) => o.status === 'stored')).toHaveLength(reports.length);
        expect([...a, ...b].filter((o) => o.status === 'duplicate')).toHaveLength(reports.length);
        expect(await store.sources.count()).toBe(reports.length);
        expect(await store.claims.count()).toBe(reports.length);

        // The same ledger one writer alone makes: one event per exchange, every claim in it.
        await ingestAll(alone, reports);
        const shape = async (s: Store) =>
          (await s.events.list({}, 100)).map((e) => ({ date: e.date?.start, from: e.from, to: e.to, best: e.figure.best, claims: e.claimIds.length })).sort((x, y) => String(x.date).localeCompare(String(y.date)));
        const together = await shape(store);
        expect(together).toHaveLength(days.length);
        expect(together.every((e) => e.claims === 3)).toBe(true);
        expect(together).toEqual(await shape(alone));
      } finally {
        await other.close();
      }
    });

    it('looks originals up by their near-duplicate key, latest first, and never copies or short texts', async () => {
      const { store } = await engine.fresh();
      const text =
        'The defence ministry said on Friday that 84 servicemen came back from captivity under an exchange brokered by the United Arab Emirates, and that the same number were sent the other way.';
      const original = await seedSource(store, text, { ingestedAt: '2025-06-12T10:00:00.000Z' });
      const later = await seedSource(store, `${text} Both sides confirmed it.`, { ingestedAt: '2025-06-13T10:00:00.000Z' });
      // Ingest gives copies and texts too short to band no key; what has none is never found.
      const copied = `${text} Read more.`;
      await store.sources.insert(source({ text: copied, duplicateOf: original.id, ingestedAt: '2025-06-14T10:00:00.000Z' }), { ...content(copied), nearKey: null });
      expect(nearKeyOf(fingerprintText('84 short'))).toBeNull();
      const copy = fingerprintText(`${text} Read more on our site.`);
      const key = nearKeyOf(copy);
      expect(key).toBe('84');
      const found = await store.sources.withNearKey(key!, 10);
      expect(found.map((f) => f.id)).toEqual([later.id, original.id]);
      expect(await store.sources.withNearKey(key!, 1)).toHaveLength(1);
      expect(await store.sources.withNearKey('85', 10)).toEqual([]);
      // The closer of the two is the one the copy is taken for.
      expect(originalAmong(copy, found)).toBe(original.id);
    });

    it('keeps finding the originals a ledger stored before near-duplicate keys existed', async () => {
      const { store, config } = await engine.fresh({ migrateTo: '20261127T2100-totals-periods' });
      // Written in the fake extractor's style, so ingest finds a claim in it.
      const text =
        'On 2025-06-11 russia handed 150 remains to ukraine, said ukraine. The handover took place at a crossing in the north and was watched by the Red Cross, officials on both sides said later that day.';
      const fp = fingerprintText(text);
      const old = source({ text });
      const copyOfOld = source({ text: `${text} More later.`, duplicateOf: old.id });
      // The old schema: bands for originals in their own table.
      for (const s of [old, copyOfOld]) {
        await sql`insert into sources (id, content_hash, raw, clean_text, title, language, published_at, outlet, url, path, format, duplicate_of, fingerprint, numerals, ingested_at)
          values (${s.id}, ${s.contentHash}, ${Buffer.from(text)}, ${text}, ${s.title}, ${s.language}, ${s.publishedAt}, ${s.outlet}, ${s.url}, ${s.path}, ${s.format}, ${s.duplicateOf}, ${fp.signature}, ${fp.numerals}, ${s.ingestedAt})`.execute(store.kysely);
      }
      for (const band of fp.bands) await sql`insert into source_bands (band, source_id) values (${band}, ${old.id})`.execute(store.kysely);
      await store.close();

      const upgraded = await openStore(config);
      try {
        expect(await upgraded.sources.withNearKey(fp.numerals, 10)).toEqual([{ id: old.id, fingerprint: fp.signature, numerals: fp.numerals }]);
        // The bytes and text stored in `sources` then are kept where they live now (20261207T1710).
        expect(await upgraded.sources.content(old.id)).toEqual({ raw: Buffer.from(text), cleanText: text });
        expect((await upgraded.sources.page(null, 10)).map((s) => s.cleanText)).toEqual([old, copyOfOld].sort((a, b) => (a.id < b.id ? -1 : 1)).map(() => text));
        const outcome = await ingestReport(upgraded, { bytes: new TextEncoder().encode(`${text} Updated.`) }, { extract: fakeExtract });
        expect(outcome).toMatchObject({ status: 'near-duplicate', duplicateOf: old.id });
      } finally {
        await upgraded.close();
      }
    });

    it('stores plan progress and cumulative checks, replacing on recompute', async () => {
      const { store } = await engine.fresh();
      const s = await seedSource(store, 'plans text');
      await store.claims.insertMany([claim({ id: 'cl_plan', sourceId: s.id, kind: 'plan' })], [0], 'now');
      await store.analysis.savePlan('cl_plan', { delivered: 1 }, 'now');
      await store.analysis.savePlan('cl_plan', { delivered: 2 }, 'later');
      expect(await store.analysis.plans()).toEqual([{ delivered: 2 }]);
      await store.analysis.saveCheck('cl_plan', { difference: 5 }, 5, 'now');
      expect(await store.analysis.checks()).toEqual([{ difference: 5 }]);
    });

    it.skipIf(engine.name !== 'sqlite')('backs up online and restores, keeping the replaced database', async () => {
      const { store, config } = await engine.fresh();
      await seedSource(store, 'backup text one');
      const dir = mkdtempSync(join(tmpdir(), 'handover-backup-'));
      const backup = join(dir, 'copy.db');
      await store.backup(backup);
      await seedSource(store, 'backup text two');
      await store.close();
      const result = await restoreStore(config, backup);
      expect(result.keptAs && existsSync(result.keptAs)).toBeTruthy();
      const reopened = await openStore(config);
      expect(await reopened.sources.count()).toBe(1);
      await reopened.close();
      await expect(restoreStore(config, join(dir, 'missing.db'))).rejects.toMatchObject({ code: 'STORAGE_RESTORE_INVALID' });
    });

    it.skipIf(engine.name !== 'postgres')('refuses online backup where the engine has none', async () => {
      const { store } = await engine.fresh();
      await expect(store.backup('/tmp/x.db')).rejects.toMatchObject({ code: 'STORAGE_UNSUPPORTED' });
    });
  });
}
