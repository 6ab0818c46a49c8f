/**
 * The JSON export read back: export → import into an empty store → export gives the same file, and
 * every read matches; bad files are refused with their path and leave the store exactly as it was.
 * Runs on SQLite and, with HANDOVER_TEST_PG, on PostgreSQL.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { refreshChecks } from '../../src/services/checks.service.js';
import { ingestReport } from '../../src/services/ingest.service.js';
import { eventDetail, iterateEvents, ledgerTotalsOf } from '../../src/services/read.service.js';
import { correctItem, historyOf, mergeItems, rejectItem, reviewQueue, splitItem } from '../../src/services/review.service.js';
import { exportLedger, importLedger } from '../../src/services/transfer.service.js';
import type { Store } from '../../src/storage/index.js';
import { fromFile } from '../support/files.js';
import { holdLedger, stillRunningAfter, testEngines } from '../support/engines.js';
import { fakeExtract } from '../support/fake-extractor.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dir = mkdtempSync(join(tmpdir(), 'handover-import-'));
const FIXED = () => '2026-01-01T00:00:00.000Z';

function clock(start: string) {
  let t = Date.parse(start);
  return { now: () => new Date((t += 1000)).toISOString(), jump: (day: string) => (t = Date.parse(`${day}T09:00:00.000Z`)) };
}

async function jsonOf(store: Store): Promise<string> {
  const out = exportLedger(store, 'json', {}, FIXED);
  if (!out.ok) throw new Error(out.error.message);
  let s = '';
  for await (const chunk of out.value) s += chunk;
  return s;
}

/** Every read a person or a citation depends on, as one comparable value. */
async function reads(store: Store) {
  const events = [];
  for await (const e of iterateEvents(store, {})) events.push(e);
  const details = await Promise.all(events.map((e) => eventDetail(store, e.id)));
  const histories = await Promise.all(events.map((e) => historyOf(store, e.id)));
  const asOf = await eventDetail(store, events[0]!.id, '2025-06-15T00:00:00.000Z');
  const checks = await refreshChecks(store, FIXED);
  const queue = (await reviewQueue(store)).map((i) => [i.entity, i.id, i.why]);
  const sources = [];
  for (const s of await store.sources.page(null, 100)) sources.push([s.id, Buffer.from(s.raw).toString('hex'), s.cleanText]);
  return {
    events,
    details,
    histories,
    asOf,
    month: await ledgerTotalsOf(store, { by: 'month' }),
    year: await ledgerTotalsOf(store, { by: 'year', category: 'remains' }),
    checks,
    queue,
    sources,
  };
}

const syndicated =
  'On 2025-06-11 russia handed 1212 remains to ukraine, said ukraine. The handover took place at a crossing point in the north in the early morning, and officials of both sides counted the bodies one by one before the trucks left.';

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`import of JSON exports on ${engine.name}`, () => {
    afterAll(() => engine.cleanup());

    /** A ledger with every kind of record: reviewed, merged, split and rejected events, a syndicated copy, bytes that are not UTF-8, plans, cumulative figures and a claim set aside. */
    async function richLedger() {
      const { store } = await engine.fresh();
      const c = clock('2025-06-12T08:00:00.000Z');
      const ctx = { extract: fakeExtract, now: c.now };
      const a = await ingestReport(store, { bytes: enc(`First wire. ${syndicated}`), outlet: 'Wire One', url: 'https://example.org/one' }, ctx);
      await ingestReport(store, { bytes: enc(`Second wire. ${syndicated}`), outlet: 'Wire Two' }, ctx);
      const b = await ingestReport(store, { bytes: enc('Wire three. On 2025-06-11 russia handed 1000 remains to ukraine, said russia.'), outlet: 'Wire Three' }, ctx);
      const d = await ingestReport(store, { bytes: enc('Wire four. On 2025-06-13 russia handed 1200 remains to ukraine, said ukraine.'), outlet: 'Wire Four' }, ctx);
      // Latin-1 bytes: the export must carry bytes, not text.
      await ingestReport(store, { bytes: Uint8Array.from([...enc('Caf'), 0xe9, ...enc(' wire. On 2025-06-11 ukraine handed 27 remains to russia, said russia.')]) }, ctx);
      await ingestReport(
        store,
        { bytes: enc('Plans. russia will hand 6000 remains to ukraine by 2025-07-31, said russia. Since 2025-01-01 russia has handed more than 11000 remains to ukraine by 2025-12-31, said russia.') },
        ctx,
      );
      await ingestReport(store, { bytes: enc('Alone. ukraine confirmed the handover of pow on 2025-03-02.') }, ctx);
      c.jump('2025-06-20');
      const bClaim = (await store.claims.bySource(b.sourceId!))[0]!.id;
      expect((await correctItem(store, bClaim, { count: 1001, qualifier: 'about' }, { name: 'ana', reason: 'rounded', now: c.now })).ok).toBe(true);
      expect((await mergeItems(store, [a.events[0]!, d.events[0]!], { name: 'ana', reason: 'one handover over two days', now: c.now })).ok).toBe(true);
      const merged = (await store.events.get(a.events[0]!))!;
      const moved = merged.claimIds.at(-1)!;
      expect((await splitItem(store, merged.id, [moved], { name: 'ben', reason: 'two handovers after all', now: c.now })).ok).toBe(true);
      expect((await rejectItem(store, moved, { name: 'ben', reason: 'misread', now: c.now })).ok).toBe(true);
      return store;
    }

    it('round-trips a reviewed ledger: the same file again, and every read the same', async () => {
      const store = await richLedger();
      const first = await jsonOf(store);
      const parsed = JSON.parse(first);
      expect(parsed.version).toBe(2);
      expect(parsed.sources.some((s: { duplicateOf: string | null }) => s.duplicateOf !== null)).toBe(true);
      expect(parsed.pending.length).toBeGreaterThan(0);
      expect(parsed.history.map((h: { action: string }) => h.action)).toEqual(expect.arrayContaining(['correct', 'merge', 'split', 'reject']));
      const file = join(dir, `${engine.name}-rich.json`);
      writeFileSync(file, first);

      const { store: other } = await engine.fresh();
      const imported = await importLedger(other, fromFile(file));
      expect(imported).toMatchObject({ ok: true, value: { sources: parsed.sources.length, claims: parsed.claims.length, events: parsed.events.length, history: parsed.history.length, pending: parsed.pending.length, unchanged: 0, withoutBody: 0 } });
      expect(await jsonOf(other)).toBe(first);
      expect(await reads(other)).toEqual(await reads(store));

      // The same file again changes nothing.
      const again = await importLedger(other, fromFile(file));
      expect(again).toMatchObject({ ok: true, value: { sources: 0, claims: 0, events: 0, history: 0, pending: 0, withoutBody: 0, warnings: [] } });
      expect(again.ok && again.value.unchanged).toBe(parsed.sources.length + parsed.claims.length + parsed.events.length + parsed.history.length + parsed.pending.length);
      expect(await jsonOf(other)).toBe(first);

      // A file written in another order (copies before their originals, pretty-printed) reads the same.
      const reordered = { ...parsed, sources: [...parsed.sources].sort((x: { duplicateOf: string | null }) => (x.duplicateOf === null ? 1 : -1)) };
      const pretty = join(dir, `${engine.name}-pretty.json`);
      writeFileSync(pretty, JSON.stringify(reordered, null, 2));
      const { store: third } = await engine.fresh();
      expect((await importLedger(third, fromFile(pretty))).ok).toBe(true);
      expect(await jsonOf(third)).toBe(first);
    });

    it.skipIf(!engine.concurrentWriters)('waits for an ingest holding the ledger before it writes', async () => {
      const file = join(dir, `${engine.name}-held.json`);
      writeFileSync(file, await jsonOf(await richLedger()));
      const { store, config } = await engine.fresh();
      const held = await holdLedger(config);
      const imported = importLedger(store, fromFile(file));
      expect(await stillRunningAfter(imported, 300)).toBe(true);
      await held.release();
      expect(await imported).toMatchObject({ ok: true });
      expect(await store.sources.count()).toBeGreaterThan(0);
    });

    it('refuses a bad file with its path and leaves what is stored exactly as it was', async () => {
      const source = await richLedger();
      const good = JSON.parse(await jsonOf(source));
      // The target already holds another ledger, which must come through untouched.
      const { store: target } = await engine.fresh();
      const c = clock('2025-08-01T08:00:00.000Z');
      await ingestReport(target, { bytes: enc('Other. On 2025-08-01 ukraine handed 84 pow to russia, said russia.') }, { extract: fakeExtract, now: c.now });
      const targetFile = join(dir, `${engine.name}-target.json`);
      writeFileSync(targetFile, await jsonOf(target));
      const before = await jsonOf(target);

      const write = (name: string, text: string) => {
        const file = join(dir, `${engine.name}-${name}.json`);
        writeFileSync(file, text);
        return file;
      };
      const badHash = structuredClone(good);
      badHash.sources[2].content.base64 = Buffer.from('an edited body').toString('base64');
      const missing = structuredClone(good);
      delete missing.claims[1].kind;
      const text = JSON.stringify(good);
      const cases: [string, string, RegExp][] = [
        ['hash', JSON.stringify(badHash), /sources\[2\]\.content\.sha256: does not match the bytes/],
        ['missing', JSON.stringify(missing), /claims\[1\]\.kind: /],
        ['truncated', text.slice(0, Math.floor(text.length * 0.6)), /ends before its JSON is complete \(is it cut short\?\); the last complete record is (sources|claims|events|history)\[\d+\]/],
        ['garbled', text.replace('"claims":[', '"claims":[{,'), /is not valid JSON near byte \d+, after sources\[\d+\]/],
        ['version', JSON.stringify({ ...good, version: 7 }), /version: this reader knows versions 1 and 2, got 7/],
      ];
      for (const [name, body, message] of cases) {
        const out = await importLedger(target, fromFile(write(name, body)));
        expect(out, name).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID' } });
        expect(!out.ok && out.error.message, name).toMatch(message);
        expect(await jsonOf(target), name).toBe(before);
      }

      // A record stored with other values is kept as stored and named; the rest of the file is imported.
      const theirs = JSON.parse(readFileSync(targetFile, 'utf8'));
      const storedEvent = structuredClone(theirs.events[0]);
      theirs.events[0].figure.best = 85;
      // The same source ingested by another ledger at another time is the same source.
      theirs.sources[0].ingestedAt = '2025-09-09T09:09:09.000Z';
      const both = { ...good, sources: [...good.sources, ...theirs.sources], claims: [...good.claims, ...theirs.claims], events: [...good.events, ...theirs.events], history: [...good.history, ...theirs.history] };
      const out = await importLedger(target, fromFile(write('conflict', JSON.stringify(both))));
      expect(out.ok).toBe(true);
      const report = out.ok ? out.value : null;
      expect(report?.conflicts).toEqual([
        { path: `events[${good.events.length}]`, message: `events[${good.events.length}]: event ${storedEvent.id} is stored with different values (figure); kept as stored` },
      ]);
      // Their source and claim are already there; so is their history, which is the ledger's own.
      expect(report).toMatchObject({ sources: good.sources.length, claims: good.claims.length, events: good.events.length, history: good.history.length });
      expect(report!.unchanged).toBe(theirs.sources.length + theirs.claims.length + theirs.history.length);
      expect(await target.events.get(storedEvent.id)).toEqual(storedEvent);
      expect(await target.sources.get(good.sources[0].id)).toBeDefined();
      // What the file brought reads as in its own ledger, the stored event as before.
      const merged = JSON.parse(await jsonOf(target));
      expect(merged.events.length).toBe(good.events.length + theirs.events.length);
    });

    it('reads a version 1 file, storing its sources without a body and saying so in their history', async () => {
      const source = await richLedger();
      const v2 = JSON.parse(await jsonOf(source));
      const { pending: _p, ...rest } = v2;
      const v1 = { ...rest, version: 1, sources: v2.sources.map(({ content: _c, ...s }: { content: unknown }) => s) };
      const file = join(dir, `${engine.name}-v1.json`);
      writeFileSync(file, JSON.stringify(v1));
      const { store } = await engine.fresh();
      const out = await importLedger(store, fromFile(file));
      expect(out).toMatchObject({ ok: true, value: { sources: v1.sources.length, withoutBody: v1.sources.length, pending: 0 } });
      const id = v1.sources[0].id;
      expect(await store.sources.content(id)).toEqual({ raw: Buffer.alloc(0), cleanText: '' });
      const marks = await historyOf(store, id);
      expect(marks.ok && marks.value.at(-1)).toMatchObject({ actor: 'import', action: 'import', entity: 'source', reason: expect.stringMatching(/version 1 JSON export, which carries no bytes or clean text/) });
      // The events and totals are all there; a v2 export of it marks the bodies as not kept.
      expect((await reads(store)).events).toEqual((await reads(source)).events);
      const again = JSON.parse(await jsonOf(store));
      expect(again.sources.every((s: { content: unknown }) => s.content === null)).toBe(true);
      // Twice changes nothing; a version 2 file of the same ledger warns and keeps what is stored.
      expect(await importLedger(store, fromFile(file))).toMatchObject({ ok: true, value: { sources: 0, history: 0, withoutBody: 0 } });
      const full = join(dir, `${engine.name}-v2-over-v1.json`);
      writeFileSync(full, JSON.stringify(v2));
      const over = await importLedger(store, fromFile(full));
      expect(over.ok && over.value.warnings[0]).toMatch(/^sources\[0\]: source src_\w+ is stored without its body/);
    });
  });
}
