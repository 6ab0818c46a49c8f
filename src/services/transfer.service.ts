/**
 * Moving a ledger in and out: CSV / HXL / JSON exports streamed page by page, the JSON export read
 * back losslessly, and the demo ledger loaded from data/demo-ledger.json.
 */
import { readFile } from 'node:fs/promises';
import type { HistoryEntry, LedgerClaim, LedgerEvent, LedgerExport, LedgerSource } from '../domain/index.js';
import { eventsToCsv, type ExportableEvent } from '../ledger/csv.js';
import { demoLedger, parseDemoLedgerFile } from '../ledger/demo.js';
import { ledgerToJson } from '../ledger/export-json.js';
import { parseLedgerExport } from '../ledger/export-schema.js';
import type { Repositories, Store } from '../storage/index.js';
import { failure, HandoverError, issueOf, success, type Outcome } from './errors.js';
import { fingerprintText } from './near-duplicate.js';
import { checkEventQuery, iterateEvents, type EventQuery } from './read.service.js';

const PAGE = 500;

export type ExportFormat = 'csv' | 'hxl' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'hxl', 'json'];

const hasFilters = (q: EventQuery) => Object.entries(q).some(([k, v]) => k !== 'asOf' && v !== undefined);

/** Events with the addresses (or ids) of the sources behind their claims, a page at a time. */
async function* withSources(store: Store, events: AsyncIterable<LedgerEvent>): AsyncGenerator<ExportableEvent> {
  let page: LedgerEvent[] = [];
  const flush = async function* (): AsyncGenerator<ExportableEvent> {
    const claims = await store.claims.getMany(page.flatMap((e) => e.claimIds));
    const sources = new Map((await store.sources.getMany(claims.map((c) => c.sourceId))).map((s) => [s.id, s]));
    const sourceOf = new Map(claims.map((c) => [c.id, c.sourceId]));
    for (const e of page) {
      const refs = new Set<string>();
      for (const id of e.claimIds) {
        const s = sources.get(sourceOf.get(id) ?? '');
        if (s) refs.add(s.url ?? s.id);
      }
      yield { ...e, sources: [...refs] };
    }
    page = [];
  };
  for await (const e of events) {
    page.push(e);
    if (page.length >= PAGE) yield* flush();
  }
  if (page.length > 0) yield* flush();
}

async function* allSources(store: Store): AsyncGenerator<LedgerSource> {
  for (let after: string | null = null; ; ) {
    const page = await store.sources.page(after, PAGE);
    for (const { raw: _r, cleanText: _c, ...s } of page) yield s;
    if (page.length < PAGE) return;
    after = page.at(-1)!.id;
  }
}

async function* allClaims(store: Store): AsyncGenerator<LedgerClaim> {
  for (let after: string | null = null; ; ) {
    const page = await store.claims.page(after, PAGE);
    for (const { ordinal: _o, ...c } of page) yield c;
    if (page.length < PAGE) return;
    after = page.at(-1)!.id;
  }
}

async function* allHistory(store: Store, keep?: (h: HistoryEntry) => boolean): AsyncGenerator<HistoryEntry> {
  for (let after = 0; ; ) {
    const page = await store.history.page(after, PAGE);
    for (const { seq: _s, ...h } of page) if (!keep || keep(h)) yield h;
    if (page.length < PAGE) return;
    after = page.at(-1)!.seq;
  }
}

async function* byIds<T>(ids: readonly string[], fetch: (ids: string[]) => Promise<T[]>): AsyncGenerator<T> {
  for (let i = 0; i < ids.length; i += PAGE) yield* await fetch(ids.slice(i, i + PAGE));
}

/**
 * The export as a stream of text chunks. CSV and HXL hold events (the HXL flavour adds the hashtag
 * row); JSON holds sources, claims, events and history. Filters are honoured: a filtered JSON
 * export holds the matching events and only the claims, sources and history behind them.
 */
export function exportLedger(store: Store, format: ExportFormat, query: EventQuery = {}, now = () => new Date().toISOString()): Outcome<AsyncGenerator<string>> {
  const checked = checkEventQuery(query);
  if (!checked.ok) return checked;
  if (query.asOf !== undefined && format === 'json') return failure('INPUT_INVALID', '--as-of is not available with --format json: the JSON export carries the whole history instead');
  if (format !== 'json') return success(eventsToCsv(withSources(store, iterateEvents(store, query)), { hxl: format === 'hxl' }));
  if (!hasFilters(query)) {
    return success(
      ledgerToJson({ exportedAt: now(), sources: allSources(store), claims: allClaims(store), events: iterateEvents(store, {}), history: allHistory(store) }),
    );
  }
  return success(
    (async function* () {
      // Ids only are held: the rows themselves are read again page by page as they are written.
      const eventIds: string[] = [];
      const claimIds: string[] = [];
      for await (const e of iterateEvents(store, query)) {
        eventIds.push(e.id);
        claimIds.push(...e.claimIds);
      }
      const sourceIds = new Set<string>();
      for (let i = 0; i < claimIds.length; i += PAGE) for (const c of await store.claims.getMany(claimIds.slice(i, i + PAGE))) sourceIds.add(c.sourceId);
      // A syndicated copy's original comes along, so the file stays self-contained.
      for (const s of await store.sources.getMany([...sourceIds])) if (s.duplicateOf) sourceIds.add(s.duplicateOf);
      const kept = new Set([...eventIds, ...claimIds, ...sourceIds]);
      yield* ledgerToJson({
        exportedAt: now(),
        sources: byIds([...sourceIds].sort(), (ids) => store.sources.getMany(ids).then((l) => l.sort((a, b) => (a.id < b.id ? -1 : 1)))),
        claims: byIds([...claimIds].sort(), (ids) => store.claims.getMany(ids)),
        events: byIds(eventIds, (ids) => store.events.getMany(ids).then((l) => { const m = new Map(l.map((e) => [e.id, e])); return ids.flatMap((id) => m.get(id) ?? []); })),
        history: allHistory(store, (h) => kept.has(h.entityId)),
      });
    })(),
  );
}

export interface ImportReport {
  sources: number;
  claims: number;
  events: number;
  history: number;
  /** Records already stored exactly as in the file, left alone. */
  unchanged: number;
}

/** Deep equality that ignores key order (stored rows and parsed files order keys differently). */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
  return v;
}
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * Writes a parsed ledger into the store in one transaction. Records already stored identically are
 * skipped, so importing the same file twice changes nothing; a record stored differently is a
 * conflict and nothing is written.
 */
async function writeLedger(store: Store, data: Pick<LedgerExport, 'sources' | 'claims' | 'events' | 'history'>): Promise<ImportReport> {
  return store.transaction(async (tx: Repositories) => {
    const report: ImportReport = { sources: 0, claims: 0, events: 0, history: 0, unchanged: 0 };
    const at = new Date().toISOString();
    // Originals before their copies (duplicateOf references a stored source).
    const pending = [...data.sources];
    const placed = new Set<string>();
    while (pending.length > 0) {
      const before = pending.length;
      for (let i = 0; i < pending.length; ) {
        const s = pending[i]!;
        if (s.duplicateOf !== null && !placed.has(s.duplicateOf) && !(await tx.sources.get(s.duplicateOf))) {
          i++;
          continue;
        }
        pending.splice(i, 1);
        placed.add(s.id);
        const stored = await tx.sources.get(s.id);
        if (stored) {
          if (!same(stored, s)) throw new HandoverError('IMPORT_CONFLICT', `source ${s.id} is stored with different metadata`, { id: s.id });
          report.unchanged++;
          continue;
        }
        // The JSON export carries metadata, not bytes: an imported source keeps an empty body.
        const fp = fingerprintText('');
        await tx.sources.insert(s, { raw: new Uint8Array(0), cleanText: '', fingerprint: fp.signature, numerals: '' }, []);
        report.sources++;
      }
      if (pending.length === before) throw new HandoverError('IMPORT_INVALID', `sources ${pending.map((s) => s.id).join(', ')} point at originals that are not in the file`);
    }
    const existing = new Map((await tx.claims.getMany(data.claims.map((c) => c.id))).map((c) => [c.id, c]));
    const fresh: LedgerClaim[] = [];
    for (const c of data.claims) {
      const stored = existing.get(c.id);
      if (!stored) fresh.push(c);
      else if (same(stored, c)) report.unchanged++;
      else throw new HandoverError('IMPORT_CONFLICT', `claim ${c.id} is stored with different values`, { id: c.id });
    }
    const ordinals = new Map<string, number>();
    for (const c of await Promise.all([...new Set(fresh.map((c) => c.sourceId))].map(async (sid) => [sid, (await tx.claims.bySource(sid)).length] as const))) ordinals.set(c[0], c[1]);
    const ordinalOf = fresh.map((c) => {
      const n = ordinals.get(c.sourceId) ?? 0;
      ordinals.set(c.sourceId, n + 1);
      return n;
    });
    await tx.claims.insertMany(fresh, ordinalOf, at);
    report.claims += fresh.length;
    for (const e of data.events) {
      const stored = await tx.events.get(e.id);
      if (stored) {
        if (!same(stored, e)) throw new HandoverError('IMPORT_CONFLICT', `event ${e.id} is stored with different values`, { id: e.id });
        report.unchanged++;
        continue;
      }
      await tx.events.save(e, at, null);
      report.events++;
    }
    const known = new Set<string>();
    for (const h of data.history) {
      const prior = await tx.history.forEntity(h.entity, h.entityId);
      if (prior.some((p) => p.id === h.id)) {
        known.add(h.id);
        report.unchanged++;
      }
    }
    const newHistory = data.history.filter((h) => !known.has(h.id));
    await tx.history.append(newHistory);
    report.history += newHistory.length;
    return report;
  });
}

/** Reads a JSON export back: validated with the export schema (every problem named with its path), then written in one transaction. */
export async function importLedger(store: Store, file: string): Promise<Outcome<ImportReport>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    return failure('IMPORT_READ_FAILED', `cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return failure('IMPORT_INVALID', `${file} is not JSON: ${(err as Error).message}`);
  }
  const parsed = parseLedgerExport(json);
  if (!parsed.ok) {
    const shown = parsed.issues.slice(0, 10).map((i) => i.message);
    const more = parsed.issues.length > 10 ? `; and ${parsed.issues.length - 10} more` : '';
    return failure('IMPORT_INVALID', `${file}: ${shown.join('; ')}${more}`, { issues: parsed.issues });
  }
  try {
    return success(await writeLedger(store, parsed.value));
  } catch (err) {
    return { ok: false, error: issueOf(err, 'IMPORT_INVALID') };
  }
}

/** The demo ledger shipped with the package (facts with their public source links). */
export const DEMO_FILE = new URL('../../data/demo-ledger.json', import.meta.url);

export async function loadDemo(store: Store, file: URL | string = DEMO_FILE, now = () => new Date().toISOString()): Promise<Outcome<ImportReport>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    return failure('DEMO_DATA_MISSING', `cannot read the demo ledger ${String(file)}: ${(err as Error).message}`);
  }
  const parsed = parseDemoLedgerFile(json);
  if (!parsed.ok) return failure('DEMO_DATA_MISSING', parsed.issues.slice(0, 5).map((i) => i.message).join('; '));
  const ledger = demoLedger(parsed.value, { at: now(), actor: 'demo' });
  // Loading twice changes nothing: the demo's ids are stable, its history is written once.
  const already = await store.events.getMany(ledger.events.map((e) => e.id));
  if (already.length === ledger.events.length) {
    return success({ sources: 0, claims: 0, events: 0, history: 0, unchanged: ledger.sources.length + ledger.claims.length + ledger.events.length });
  }
  try {
    return success(await writeLedger(store, { ...ledger, history: ledger.history.filter((h) => !already.some((e) => e.id === h.entityId)) }));
  } catch (err) {
    return { ok: false, error: issueOf(err, 'DEMO_DATA_MISSING') };
  }
}
