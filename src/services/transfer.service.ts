/**
 * Moving a ledger in and out: CSV / HXL / JSON exports streamed page by page, the JSON export read
 * back losslessly (streamed, checked whole before anything is written, written in one transaction),
 * and the demo ledger loaded from data/demo-ledger.json.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ExportedSource, HistoryEntry, Issue, LedgerClaim, LedgerEvent, LedgerSource, PendingClaim } from '../domain/index.js';
import { eventsToCsv, type ExportableEvent } from '../ledger/csv.js';
import { demoLedger, parseDemoLedgerFile } from '../ledger/demo.js';
import { ledgerToJson } from '../ledger/export-json.js';
import { LedgerExportChecker, type CheckedRecord, type ExportSection } from '../ledger/export-schema.js';
import type { Repositories, Store } from '../storage/index.js';
import { fail, HandoverError, issueOf, issuesOf, ok, type Result } from '../domain/errors.js';
import { readLedgerFile, type LedgerFileInput, type LedgerFileShape } from './ledger-file.js';
import { fingerprintText, nearKeyOf } from './near-duplicate.js';
import { checkEventQuery, iterateEvents, matchesFilter, matchesText, type EventQuery } from './read.service.js';
import { releaseClaims, releaseEvents, releaseFile, renderReleaseFile, type ReleaseFile } from './release.service.js';

const PAGE = 500;
/** Sources carry their bytes: fewer per page keeps an export's memory small whatever their size. */
const SOURCE_PAGE = 50;

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

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A source with its body as the export writes it: null when the ledger keeps none. */
function exported(source: LedgerSource, raw: Buffer, cleanText: string): ExportedSource {
  if (raw.length === 0 && cleanText === '') return { ...source, content: null };
  return { ...source, content: { sha256: sha256Hex(raw), base64: raw.toString('base64'), text: cleanText } };
}

async function* allSources(store: Store): AsyncGenerator<ExportedSource> {
  for (let after: string | null = null; ; ) {
    const page = await store.sources.page(after, SOURCE_PAGE);
    for (const { raw, cleanText, ...s } of page) yield exported(s, raw, cleanText);
    if (page.length < SOURCE_PAGE) return;
    after = page.at(-1)!.id;
  }
}

async function* sourcesByIds(store: Store, ids: readonly string[]): AsyncGenerator<ExportedSource> {
  for (let i = 0; i < ids.length; i += SOURCE_PAGE) {
    const page = (await store.sources.getMany(ids.slice(i, i + SOURCE_PAGE))).sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const s of page) {
      const body = await store.sources.content(s.id);
      yield exported(s, body?.raw ?? Buffer.alloc(0), body?.cleanText ?? '');
    }
  }
}

async function* allPending(store: Store): AsyncGenerator<PendingClaim> {
  for (let after: string | null = null; ; ) {
    const page = await store.claims.pendingPage(after, PAGE);
    yield* page;
    if (page.length < PAGE) return;
    after = page.at(-1)!.claimId;
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
 * row); JSON holds sources with their bytes and clean text, claims, events, history and the claims
 * set aside. Filters are honoured: a filtered JSON export holds the matching events and only the
 * claims, sources and history behind them (and no claims set aside: those are in no event).
 */
export function exportLedger(store: Store, format: ExportFormat, query: EventQuery = {}, now = () => new Date().toISOString()): Result<AsyncGenerator<string>> {
  const checked = checkEventQuery(query);
  if (!checked.ok) return checked;
  query = checked.value;
  if (query.asOf !== undefined && format === 'json') return fail('INPUT_INVALID', 'asOf is not available with the json format: the JSON export carries the whole history instead', { path: 'asOf' });
  if (format !== 'json') return ok(eventsToCsv(withSources(store, iterateEvents(store, query)), { hxl: format === 'hxl' }));
  if (!hasFilters(query)) {
    return ok(
      ledgerToJson({
        exportedAt: now(),
        sources: allSources(store),
        claims: allClaims(store),
        events: iterateEvents(store, {}),
        history: allHistory(store),
        pending: allPending(store),
      }),
    );
  }
  return ok(
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
        sources: sourcesByIds(store, [...sourceIds].sort()),
        claims: byIds([...claimIds].sort(), (ids) => store.claims.getMany(ids)),
        events: byIds(eventIds, (ids) => store.events.getMany(ids).then((l) => { const m = new Map(l.map((e) => [e.id, e])); return ids.flatMap((id) => m.get(id) ?? []); })),
        history: allHistory(store, (h) => kept.has(h.entityId)),
      });
    })(),
  );
}

/**
 * A release's export in one of the ledger's formats: the release's own file, byte for byte, or for
 * csv and hxl with filters, its frozen events that pass them. JSON is the whole release only.
 */
export async function exportRelease(store: Store, n: number, format: ExportFormat, query: EventQuery = {}): Promise<Result<AsyncGenerator<string>>> {
  const checked = checkEventQuery({ ...query, release: n });
  if (!checked.ok) return checked;
  const { asOf: _a, release: _r, order: _o, ...filter } = checked.value;
  const file: ReleaseFile = format === 'json' ? 'ledger.json' : format === 'hxl' ? 'events-hxl.csv' : 'events.csv';
  if (!Object.values(filter).some((v) => v !== undefined)) return releaseFile(store, n, file);
  if (format === 'json') return fail('INPUT_INVALID', 'a release exports as JSON whole: filters work with csv and hxl', { path: 'format' });
  const frozen = await releaseEvents(store, n);
  if (!frozen.ok) return frozen;
  let events = frozen.value.filter((e) => matchesFilter(e, filter));
  if (filter.text !== undefined && filter.text.trim() !== '') {
    const claims = await releaseClaims(store, n, events.flatMap((e) => e.claimIds));
    events = events.filter((e) => matchesText(e, e.claimIds.flatMap((c) => claims.get(c) ?? []), filter.text!));
  }
  const r = (await store.releases.get(n))!;
  return ok(renderReleaseFile(store, r, file, events));
}

export interface ImportReport {
  sources: number;
  claims: number;
  events: number;
  history: number;
  /** Claims set aside (waiting for an event or a person) restored. */
  pending: number;
  /** Records already stored exactly as in the file, left alone. */
  unchanged: number;
  /** Sources stored without bytes or clean text because the file carried none (version 1 files). */
  withoutBody: number;
  /** Things a person should know that did not stop the import. */
  warnings: string[];
  /**
   * Records stored with other values than the file's: each is kept as stored (with its own
   * history) and named here; the rest of the file is imported.
   */
  conflicts: { path: string; message: string }[];
}

const emptyReport = (): ImportReport => ({ sources: 0, claims: 0, events: 0, history: 0, pending: 0, unchanged: 0, withoutBody: 0, warnings: [], conflicts: [] });

/** Deep equality that ignores key order (stored rows and parsed files order keys differently). */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
  return v;
}
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** The top-level fields that differ, for a conflict message ("count, review"). */
function differing(stored: object, given: object): string {
  const a = stored as Record<string, unknown>;
  const b = given as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !same(a[k], b[k]));
  return keys.slice(0, 5).join(', ') + (keys.length > 5 ? ', …' : '');
}

/** When a source was ingested says nothing about what it is: the same bytes read by two ledgers are one source. */
const sameSource = (stored: LedgerSource, given: LedgerSource) => same({ ...stored, ingestedAt: '' }, { ...given, ingestedAt: '' });

const BATCH = 500;

/**
 * Writes checked records into one transaction, in file order, a batch at a time. A record stored
 * exactly as in the file is left alone (so importing a file twice changes nothing); one stored
 * differently is left as stored and reported as a conflict naming its path. Either way the stored
 * record keeps the history it has, and the file's history of it is not written: mixing two
 * ledgers' histories of one record would make `--as-of` reads of it follow neither. A record the
 * import writes and the file holds no history for gets an `import` entry, so reads as of any
 * later moment see it.
 */
class LedgerWriter {
  readonly report = emptyReport();
  private readonly placed = new Set<string>();
  /** Sources this import created: their claims' ordinals start at 0 without asking. */
  private readonly created = new Set<string>();
  private readonly ordinals = new Map<string, number>();
  /** Copies read before their original: written once the originals are. */
  private readonly deferred = new Set<string>();
  private claims: { index: number; value: LedgerClaim }[] = [];
  private events: { index: number; value: LedgerEvent }[] = [];
  private history: { index: number; value: HistoryEntry }[] = [];
  private section: ExportSection = 'sources';
  private storedPending: Map<string, PendingClaim> | null = null;
  private readonly marks: HistoryEntry[] = [];
  /** Records found stored (the same or not): their history is the ledger's own. */
  private readonly keptAsStored = new Set<string>();
  /** Records this import wrote, and those of them the file's history speaks of. */
  private readonly written: { entity: HistoryEntry['entity']; value: { id: string } }[] = [];
  private readonly withHistory = new Set<string>();

  constructor(
    private readonly tx: Repositories,
    private readonly at: string,
    /** Whether the ledger held anything before: an empty one needs no look-ups of what is stored. */
    private readonly hadData: boolean,
    /** Reads the file's sources again, for copies that came before their originals. */
    private readonly sourcesAgain: () => AsyncIterable<CheckedRecord>,
    private readonly file: string,
  ) {}

  async write(rec: CheckedRecord): Promise<void> {
    if (rec.section !== this.section) await this.close(this.section);
    this.section = rec.section;
    switch (rec.section) {
      case 'sources':
        await this.source(rec);
        return;
      case 'claims':
        this.claims.push(rec);
        if (this.claims.length >= BATCH) await this.flushClaims();
        return;
      case 'events':
        this.events.push(rec);
        if (this.events.length >= BATCH) await this.flushEvents();
        return;
      case 'history':
        this.history.push(rec);
        if (this.history.length >= BATCH) await this.flushHistory();
        return;
      case 'pending':
        return this.pending(rec.index, rec.value);
    }
  }

  async finish(): Promise<ImportReport> {
    await this.close(this.section);
    for (const { entity, value } of this.written) {
      if (this.withHistory.has(value.id)) continue;
      this.marks.push({
        id: `h_${sha256Hex(new TextEncoder().encode(`import:${entity}:${value.id}:${this.at}`)).slice(0, 16)}`,
        at: this.at,
        actor: 'import',
        action: 'import',
        entity,
        entityId: value.id,
        before: null,
        after: value,
        reason: `read from ${this.file}, which holds no history for it`,
      });
    }
    await this.tx.history.append(this.marks);
    this.report.history += this.marks.length;
    return this.report;
  }

  private conflict(path: string, what: string, detail: string): void {
    this.report.conflicts.push({ path, message: `${path}: ${what} is stored with ${detail}; kept as stored` });
  }

  private async close(section: ExportSection): Promise<void> {
    if (section === 'sources') await this.placeDeferred();
    if (section === 'claims') await this.flushClaims();
    if (section === 'events') await this.flushEvents();
    if (section === 'history') await this.flushHistory();
  }

  private async source(rec: Extract<CheckedRecord, { section: 'sources' }>): Promise<void> {
    const { content, ...meta } = rec.value;
    const path = `sources[${rec.index}]`;
    if (meta.duplicateOf !== null && !this.placed.has(meta.duplicateOf) && !(await this.tx.sources.get(meta.duplicateOf))) {
      this.deferred.add(meta.id);
      return;
    }
    this.deferred.delete(meta.id);
    this.placed.add(meta.id);
    const stored = this.hadData ? await this.tx.sources.get(meta.id) : undefined;
    if (stored) {
      this.keptAsStored.add(meta.id);
      if (!sameSource(stored, meta)) return this.conflict(path, `source ${meta.id}`, `different values (${differing(stored, meta)})`);
      if (content) {
        const body = await this.tx.sources.content(meta.id);
        if (body && body.raw.length === 0 && body.cleanText === '') {
          this.report.warnings.push(`${path}: source ${meta.id} is stored without its body (it came from a version 1 export); the file's body was not written`);
        } else if (!body || sha256Hex(body.raw) !== content.sha256 || body.cleanText !== content.text) {
          return this.conflict(path, `source ${meta.id}`, 'a different body');
        }
      }
      this.report.unchanged++;
      return;
    }
    const text = content?.text ?? '';
    const fp = fingerprintText(text);
    // As at ingest, only originals are looked up as such (and a text with no words has nothing to compare).
    const nearKey = meta.duplicateOf === null && text.length > 0 ? nearKeyOf(fp) : null;
    await this.tx.sources.insert(meta, { raw: rec.raw ?? new Uint8Array(0), cleanText: text, fingerprint: fp.signature, numerals: fp.numerals, nearKey });
    this.created.add(meta.id);
    this.written.push({ entity: 'source', value: meta });
    this.report.sources++;
    if (content === undefined) {
      // A version 1 file carried metadata only: say so where the source's history is read.
      this.report.withoutBody++;
      // Written after the file's own history, so the source's history reads in order.
      this.marks.push(
        {
          id: `h_${sha256Hex(new TextEncoder().encode(`import-without-body:${meta.id}`)).slice(0, 16)}`,
          at: this.at,
          actor: 'import',
          action: 'import',
          entity: 'source',
          entityId: meta.id,
          before: null,
          after: { body: null },
          reason: 'read from a version 1 JSON export, which carries no bytes or clean text: this source has neither',
        },
      );
    }
  }

  private async placeDeferred(): Promise<void> {
    while (this.deferred.size > 0) {
      const before = this.deferred.size;
      for await (const rec of this.sourcesAgain()) {
        if (rec.section !== 'sources') break;
        if (this.deferred.has(rec.value.id)) await this.source(rec);
      }
      if (this.deferred.size === before) {
        throw new HandoverError('IMPORT_INVALID', `${this.file}: sources ${[...this.deferred].slice(0, 5).join(', ')} point at originals that are not in the file`);
      }
    }
  }

  private async flushClaims(): Promise<void> {
    const batch = this.claims;
    this.claims = [];
    if (batch.length === 0) return;
    const existing = this.hadData ? new Map((await this.tx.claims.getMany(batch.map((c) => c.value.id))).map((c) => [c.id, c])) : new Map<string, LedgerClaim>();
    const fresh: LedgerClaim[] = [];
    const ordinalOf: number[] = [];
    for (const { index, value } of batch) {
      const stored = existing.get(value.id);
      if (stored) {
        this.keptAsStored.add(value.id);
        if (!same(stored, value)) this.conflict(`claims[${index}]`, `claim ${value.id}`, `different values (${differing(stored, value)})`);
        else this.report.unchanged++;
        continue;
      }
      let n = this.ordinals.get(value.sourceId);
      if (n === undefined) n = this.created.has(value.sourceId) ? 0 : (await this.tx.claims.bySource(value.sourceId)).length;
      this.ordinals.set(value.sourceId, n + 1);
      fresh.push(value);
      ordinalOf.push(n);
    }
    await this.tx.claims.insertMany(fresh, ordinalOf, this.at);
    for (const c of fresh) this.written.push({ entity: 'claim', value: c });
    this.report.claims += fresh.length;
  }

  private async flushEvents(): Promise<void> {
    const batch = this.events;
    this.events = [];
    if (batch.length === 0) return;
    const existing = this.hadData ? new Map((await this.tx.events.getMany(batch.map((e) => e.value.id))).map((e) => [e.id, e])) : new Map<string, LedgerEvent>();
    for (const { index, value } of batch) {
      const stored = existing.get(value.id);
      if (stored) {
        this.keptAsStored.add(value.id);
        if (!same(stored, value)) this.conflict(`events[${index}]`, `event ${value.id}`, `different values (${differing(stored, value)})`);
        else this.report.unchanged++;
        continue;
      }
      if (this.hadData) {
        // Saving would move a claim out of the stored event that holds it: the stored event stays as it is.
        const held = await this.tx.events.idsOfClaims(value.claimIds);
        const j = value.claimIds.findIndex((id) => { const holder = held.get(id); return holder !== undefined && holder !== value.id; });
        if (j >= 0) {
          this.keptAsStored.add(value.id);
          const path = `events[${index}].claimIds[${j}]`;
          this.report.conflicts.push({ path, message: `${path}: claim ${value.claimIds[j]} is in the stored event ${held.get(value.claimIds[j]!)}; event ${value.id} was not imported` });
          continue;
        }
      }
      await this.tx.events.save(value, this.at, null);
      this.written.push({ entity: 'event', value });
      this.report.events++;
    }
  }

  private async flushHistory(): Promise<void> {
    const batch = this.history;
    this.history = [];
    if (batch.length === 0) return;
    const known = this.hadData ? await this.tx.history.existingIds(batch.map((h) => h.value.id)) : new Set<string>();
    const fresh = batch.filter((h) => !known.has(h.value.id) && !this.keptAsStored.has(h.value.entityId)).map((h) => h.value);
    for (const h of batch) this.withHistory.add(h.value.entityId);
    await this.tx.history.append(fresh);
    this.report.history += fresh.length;
    this.report.unchanged += batch.length - fresh.length;
  }

  private async pending(index: number, p: PendingClaim): Promise<void> {
    if (this.hadData && this.storedPending === null) {
      this.storedPending = new Map();
      for (let after: string | null = null; ; ) {
        const page = await this.tx.claims.pendingPage(after, PAGE);
        for (const row of page) this.storedPending.set(row.claimId, row);
        if (page.length < PAGE) break;
        after = page.at(-1)!.claimId;
      }
    }
    const stored = this.storedPending?.get(p.claimId);
    if (stored) {
      if (!same(stored, p)) this.conflict(`pending[${index}]`, `the set-aside claim ${p.claimId}`, `different values (${differing(stored, p)})`);
      else this.report.unchanged++;
      return;
    }
    await this.tx.claims.setPending([{ claimId: p.claimId, reason: p.reason, eventId: p.eventId, anchor: p.anchor }], p.since);
    this.report.pending++;
  }
}

/** How an import fail reads: the first issues with their paths, and how many more. */
function issuesMessage(file: string, issues: readonly Issue[], dropped: number): string {
  const shown = issues.slice(0, 10).map((i) => i.message);
  const more = issues.length - shown.length + dropped;
  return `${file}: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

async function isEmpty(store: Store): Promise<boolean> {
  return (await store.sources.count()) === 0 && (await store.history.count()) === 0;
}

/**
 * Reads a JSON export back. The file is streamed twice: first every record is checked (shape, each
 * source's bytes against their sha256, unique ids, references) without touching the database;
 * then, only if all is well, the records are written in one transaction. Any problem (a bad
 * record, a conflict with what is stored, a file that changed in between) leaves the database as
 * it was. Version 1 files (no bodies) are read too; their sources are stored without text and an
 * `import` history entry says so.
 */
export async function importLedger(store: Store, input: LedgerFileInput, now = () => new Date().toISOString()): Promise<Result<ImportReport>> {
  const file = input.name;
  const check = async (write?: (rec: CheckedRecord) => Promise<void>) => {
    const checker = new LedgerExportChecker();
    const shape: LedgerFileShape = { object: false, kinds: new Map() };
    for await (const item of readLedgerFile(input, shape)) {
      if (item.kind === 'header') checker.header(item.key, item.value);
      else {
        const rec = checker.record(item.section, item.key, item.value);
        if (rec && write && checker.ok) await write(rec);
      }
      if (write && !checker.ok) break;
    }
    checker.finish(shape);
    return checker;
  };
  try {
    const first = await check();
    if (!first.ok) return fail('IMPORT_INVALID', issuesMessage(file, first.issues, first.dropped), { issues: first.issues });
    const hadData = !(await isEmpty(store));
    const at = now();
    const report = await store.transaction(async (tx) => {
      // Writers take turns at the ledger (see ingest): an import never interleaves with an ingest's grouping.
      await tx.locks.ledger();
      const again = async function* (): AsyncGenerator<CheckedRecord> {
        const checker = new LedgerExportChecker();
        checker.header('version', first.version);
        for await (const item of readLedgerFile(input, { object: false, kinds: new Map() }, ['sources', 'claims'])) {
          if (item.kind !== 'record') continue;
          if (item.section !== 'sources') return;
          const rec = checker.record(item.section, item.key, item.value);
          if (rec) yield rec;
        }
      };
      const writer = new LedgerWriter(tx, at, hadData, again, file);
      const second = await check((rec) => writer.write(rec));
      // The file changed between the two reads: write nothing of it.
      if (!second.ok) throw new HandoverError('IMPORT_INVALID', issuesMessage(file, second.issues, second.dropped), { issues: second.issues });
      return writer.finish();
    });
    return ok(report);
  } catch (err) {
    return { ok: false, error: issueOf(err, 'IMPORT_INVALID') };
  }
}

/** The demo ledger shipped with the package (facts with their public source links). */
export const DEMO_FILE = new URL('../../data/demo-ledger.json', import.meta.url);

export async function loadDemo(store: Store, file: URL | string = DEMO_FILE, now = () => new Date().toISOString()): Promise<Result<ImportReport>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    return fail('DEMO_DATA_MISSING', `cannot read the demo ledger ${String(file)}: ${(err as Error).message}`);
  }
  const parsed = parseDemoLedgerFile(json);
  if (!parsed.ok) return fail('DEMO_DATA_MISSING', issuesOf(parsed.error).slice(0, 5).map((i) => i.message).join('; '));
  const ledger = demoLedger(parsed.value, { at: now(), actor: 'demo' });
  // Loading twice changes nothing: the demo's ids are stable, its history is written once.
  const already = await store.events.getMany(ledger.events.map((e) => e.id));
  if (already.length === ledger.events.length) {
    return ok({ ...emptyReport(), unchanged: ledger.sources.length + ledger.claims.length + ledger.events.length });
  }
  const history = ledger.history.filter((h) => !already.some((e) => e.id === h.entityId));
  // The demo's facts have no body: written as a version 2 file would carry them.
  const records = function* (): Generator<CheckedRecord> {
    const checker = new LedgerExportChecker();
    checker.header('version', 2);
    const sections: [ExportSection, readonly unknown[]][] = [
      ['sources', ledger.sources.map((s) => ({ ...s, content: null }))],
      ['claims', ledger.claims],
      ['events', ledger.events],
      ['history', history],
    ];
    for (const [section, items] of sections) {
      for (const [i, item] of items.entries()) {
        const rec = checker.record(section, i, item);
        if (!rec) throw new HandoverError('DEMO_DATA_MISSING', checker.issues.map((x) => x.message).join('; '));
        yield rec;
      }
    }
  };
  try {
    const hadData = !(await isEmpty(store));
    return ok(
      await store.transaction(async (tx) => {
        await tx.locks.ledger();
        const writer = new LedgerWriter(tx, now(), hadData, async function* () { yield* records(); }, 'the demo ledger');
        for (const rec of records()) await writer.write(rec);
        return writer.finish();
      }),
    );
  } catch (err) {
    return { ok: false, error: issueOf(err, 'DEMO_DATA_MISSING') };
  }
}
