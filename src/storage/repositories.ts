/**
 * Queries, written once for both engines. Every function takes the executor it runs on, so the
 * same code serves a plain connection and a transaction.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Category, HistoryEntry, LedgerClaim, LedgerEvent, LedgerSource, PeriodSums } from '../domain/index.js';
import type { Capabilities } from './capabilities.js';
import {
  claimFromRow,
  CLAIM_COLUMNS,
  CLAIM_SOURCE_COLUMNS,
  claimToRow,
  EVENT_COLUMNS,
  eventFromRow,
  eventToRow,
  historyFromRow,
  historyToRow,
  rowFromValues,
  sourceFromRow,
  sourceToRow,
  type ClaimSourceFields,
  type SourceContent,
} from './rows.js';
import type { ClaimRow, Database, EventRow, TotalsPeriodRow } from './schema.js';
import { runCompiled, slotRows, slots } from './compiled.js';

type Db = Kysely<Database>;

const SOURCE_META = [
  'id', 'content_hash', 'title', 'language', 'published_at', 'outlet', 'url', 'path', 'format', 'duplicate_of', 'ingested_at',
] as const;

/** Splits rows into statements that stay under the engine's bound-parameter limit. */
function chunksFor<T>(rows: T[], columns: number, caps: Capabilities): T[][] {
  const size = Math.max(1, Math.floor(caps.maxBindParameters / Math.max(1, columns)));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Inserts rows into a table through compiled statements, in chunks under the parameter limit. Every
 * row has the keys of the first, in the same order (rows come from one of the *ToRow functions).
 */
async function insertRows<T extends keyof Database>(db: Db, caps: Capabilities, table: T, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const shape = `insert ${table} (${columns.join()}) x`;
  for (const part of chunksFor([...rows], columns.length, caps)) {
    const args: unknown[] = [];
    for (const row of part) for (const c of columns) args.push((row as Record<string, unknown>)[c] ?? null);
    await runCompiled(db, caps, shape + part.length, args, (slot) => db.insertInto(table).values(slotRows(slot, part.length, columns) as never));
  }
}

/** Deletes the rows of `table` whose `column` is one of `values`, through compiled statements under the parameter limit. */
async function deleteWhereIn(db: Db, caps: Capabilities, table: 'pending_claims' | 'event_claims', column: 'claim_id' | 'event_id', values: readonly string[]): Promise<void> {
  for (const part of chunksFor([...new Set(values)], 1, caps)) {
    if (part.length === 0) continue;
    await runCompiled(db, caps, `delete ${table} ${column} in:${part.length}`, part, (slot) => db.deleteFrom(table).where(column as never, 'in', slots(slot, part.length)));
  }
}

/**
 * Values read as one JSON array a row. On SQLite, handing a row's two dozen values through the
 * driver one at a time costs more than the query itself; one text a row, parsed at once, costs a
 * third of that. PostgreSQL's driver hands the array over parsed.
 */
function packed(caps: Capabilities, values: readonly RawBuilder<unknown>[]): RawBuilder<string | unknown[]> {
  return sql<string | unknown[]>`${sql.raw(caps.jsonArray)}(${sql.join(values)})`;
}

function unpacked(value: string | unknown[]): unknown[] {
  return typeof value === 'string' ? (JSON.parse(value) as unknown[]) : value;
}

// ---------------------------------------------------------------- sources

export interface StoredSourceText {
  source: LedgerSource;
  cleanText: string;
}

export function sourceRepository(db: Db, caps: Capabilities) {
  return {
    async findByHash(contentHash: string): Promise<LedgerSource | undefined> {
      const [row] = await runCompiled(db, caps, 'sources.byHash', [contentHash], (slot) =>
        db.selectFrom('sources').select(SOURCE_META).where('content_hash', '=', slot(0)),
      );
      return row ? sourceFromRow(row) : undefined;
    },

    async get(id: string): Promise<LedgerSource | undefined> {
      const row = await db.selectFrom('sources').select(SOURCE_META).where('id', '=', id).executeTakeFirst();
      return row ? sourceFromRow(row) : undefined;
    },

    async getMany(ids: readonly string[]): Promise<LedgerSource[]> {
      if (ids.length === 0) return [];
      const out: LedgerSource[] = [];
      for (const part of chunksFor([...new Set(ids)], 1, caps)) {
        const rows = await db.selectFrom('sources').select(SOURCE_META).where('id', 'in', part).execute();
        out.push(...rows.map(sourceFromRow));
      }
      return out;
    },

    async content(id: string): Promise<{ raw: Buffer; cleanText: string } | undefined> {
      const row = await db.selectFrom('sources').select(['raw', 'clean_text']).where('id', '=', id).executeTakeFirst();
      return row ? { raw: Buffer.from(row.raw), cleanText: row.clean_text } : undefined;
    },

    async insert(source: LedgerSource, content: SourceContent): Promise<void> {
      await insertRows(db, caps, 'sources', [sourceToRow(source, content)]);
    },

    /**
     * The stored originals whose near-duplicate key is `key` (see SourceRow.near_key), latest
     * ingested first, at most `limit`, with what a comparison reads.
     */
    async withNearKey(key: string, limit: number): Promise<{ id: string; fingerprint: string; numerals: string }[]> {
      return runCompiled(db, caps, 'sources.withNearKey', [key, limit], (slot) =>
        db
          .selectFrom('sources')
          .select(['id', 'fingerprint', 'numerals'])
          .where('near_key', '=', slot(0))
          .orderBy('ingested_at', 'desc')
          .orderBy('id', 'desc')
          .limit(slot(1)),
      );
    },

    /** One keyset page of sources with their content, for export. */
    async page(afterId: string | null, limit: number): Promise<(LedgerSource & { raw: Buffer; cleanText: string })[]> {
      let q = db.selectFrom('sources').select([...SOURCE_META, 'raw', 'clean_text']).orderBy('id').limit(limit);
      if (afterId !== null) q = q.where('id', '>', afterId);
      const rows = await q.execute();
      return rows.map((r) => ({ ...sourceFromRow(r), raw: Buffer.from(r.raw), cleanText: r.clean_text }));
    },

    async count(): Promise<number> {
      const row = await db.selectFrom('sources').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

// ---------------------------------------------------------------- claims

const CLAIM_SELECT = (db: Db) =>
  db
    .selectFrom('claims as c')
    .innerJoin('sources as s', 's.id', 'c.source_id')
    .selectAll('c')
    .select(['s.published_at', 's.outlet', 's.duplicate_of']);

/** A claim's columns and its source's fields, packed (see `packed`), in CLAIM_COLUMNS and CLAIM_SOURCE_COLUMNS order. */
const claimValues = [...CLAIM_COLUMNS.map((c) => sql.ref(`c.${c}`)), ...CLAIM_SOURCE_COLUMNS.map((c) => sql.ref(`s.${c}`))];
const CLAIM_ROW_COLUMNS = [...CLAIM_COLUMNS, ...CLAIM_SOURCE_COLUMNS];

function claimFromValues(values: readonly unknown[]): LedgerClaim {
  return claimFromRow(rowFromValues<ClaimRow & ClaimSourceFields>(CLAIM_ROW_COLUMNS, values));
}

/** A pending claim's columns, in the order setPending passes them. */
const PENDING_COLUMNS = ['claim_id', 'reason', 'event_id', 'anchor', 'since'] as const;

export interface ClaimFilter {
  review?: readonly string[];
  kind?: readonly string[];
  sourceId?: string;
}

export function claimRepository(db: Db, caps: Capabilities) {
  return {
    async insertMany(claims: readonly LedgerClaim[], ordinals: readonly number[], at: string): Promise<void> {
      await insertRows(db, caps, 'claims', claims.map((c, i) => claimToRow(c, ordinals[i] ?? i, at)));
    },

    /** Replaces a claim's values (a correction or a review decision); history keeps the old ones. */
    async save(claim: LedgerClaim, at: string): Promise<void> {
      const existing = await db.selectFrom('claims').select('ordinal').where('id', '=', claim.id).executeTakeFirst();
      if (!existing) throw new Error(`claim ${claim.id} is not stored`);
      const { id: _id, source_id: _s, ordinal: _o, ...values } = claimToRow(claim, existing.ordinal, at);
      await db.updateTable('claims').set(values).where('id', '=', claim.id).execute();
    },

    async get(id: string): Promise<LedgerClaim | undefined> {
      const row = await CLAIM_SELECT(db).where('c.id', '=', id).executeTakeFirst();
      return row ? claimFromRow(row) : undefined;
    },

    /** Claims by id, in the order asked for (missing ones left out). */
    async getMany(ids: readonly string[]): Promise<LedgerClaim[]> {
      if (ids.length === 0) return [];
      const found = new Map<string, LedgerClaim>();
      for (const part of chunksFor([...new Set(ids)], 1, caps)) {
        const rows = await runCompiled(db, caps, `claims.byIds:${part.length}`, part, (slot) =>
          db
            .selectFrom('claims as c')
            .innerJoin('sources as s', 's.id', 'c.source_id')
            .select(packed(caps, claimValues).as('v'))
            .where('c.id', 'in', slots(slot, part.length)),
        );
        for (const row of rows) {
          const claim = claimFromValues(unpacked(row.v));
          found.set(claim.id, claim);
        }
      }
      return ids.flatMap((id) => {
        const c = found.get(id);
        return c ? [c] : [];
      });
    },

    /** Claims by id with the sources they came from, in one query (the order asked for). */
    async withSources(ids: readonly string[]): Promise<{ claim: LedgerClaim; source: LedgerSource }[]> {
      if (ids.length === 0) return [];
      const found = new Map<string, { claim: LedgerClaim; source: LedgerSource }>();
      for (const part of chunksFor([...new Set(ids)], 1, caps)) {
        const rows = await CLAIM_SELECT(db)
          .select([
            's.content_hash as s_content_hash', 's.title as s_title', 's.language as s_language', 's.url as s_url',
            's.path as s_path', 's.format as s_format', 's.ingested_at as s_ingested_at',
          ])
          .where('c.id', 'in', part)
          .execute();
        for (const r of rows) {
          found.set(r.id, {
            claim: claimFromRow(r),
            source: sourceFromRow({
              id: r.source_id, content_hash: r.s_content_hash, title: r.s_title, language: r.s_language, published_at: r.published_at,
              outlet: r.outlet, url: r.s_url, path: r.s_path, format: r.s_format, duplicate_of: r.duplicate_of, ingested_at: r.s_ingested_at,
            }),
          });
        }
      }
      return ids.flatMap((id) => found.get(id) ?? []);
    },

    async bySource(sourceId: string): Promise<LedgerClaim[]> {
      const rows = await CLAIM_SELECT(db).where('c.source_id', '=', sourceId).orderBy('c.ordinal').execute();
      return rows.map(claimFromRow);
    },

    /** Confirmations set aside with nothing to confirm whose date (or publication) falls in the window: retried when events arrive. */
    async unassignedConfirmations(start: string, end: string, limit: number): Promise<LedgerClaim[]> {
      // Usually none wait: ask the small pending table alone first (an index range), join only when some do.
      const waiting = await runCompiled(db, caps, 'claims.anyWaiting', [start, end], (slot) =>
        db
          .selectFrom('pending_claims')
          .select('claim_id')
          .where('reason', '=', 'no-event-to-confirm')
          .where('anchor', '>=', slot(0))
          .where('anchor', '<=', slot(1))
          .limit(1),
      );
      if (waiting.length === 0) return [];
      const rows = await CLAIM_SELECT(db)
        .innerJoin('pending_claims as p', 'p.claim_id', 'c.id')
        .where('p.reason', '=', 'no-event-to-confirm')
        .where('p.anchor', '>=', start)
        .where('p.anchor', '<=', end)
        .where('c.review', '!=', 'rejected')
        .orderBy('c.id')
        .limit(limit)
        .execute();
      return rows.map(claimFromRow);
    },

    /** Claims set aside by the grouping, with why (and the locked event they matched). */
    async pending(limit: number): Promise<{ claim: LedgerClaim; reason: string; eventId: string | null }[]> {
      const rows = await CLAIM_SELECT(db)
        .innerJoin('pending_claims as p', 'p.claim_id', 'c.id')
        .select(['p.reason as pending_reason', 'p.event_id as pending_event'])
        .where('c.review', '=', 'machine')
        .orderBy('p.since')
        .orderBy('c.id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ claim: claimFromRow(r), reason: r.pending_reason, eventId: r.pending_event }));
    },

    async setPending(entries: readonly { claimId: string; reason: string; eventId: string | null; anchor: string | null }[], at: string): Promise<void> {
      // The last entry for a claim wins, as if written one by one; a claim waiting already keeps its `since`.
      const values = [...new Map(entries.map((e) => [e.claimId, { claim_id: e.claimId, reason: e.reason, event_id: e.eventId, anchor: e.anchor, since: at }])).values()];
      for (const part of chunksFor(values, PENDING_COLUMNS.length, caps)) {
        if (part.length === 0) continue;
        const args = part.flatMap((v) => PENDING_COLUMNS.map((c) => v[c]));
        await runCompiled(db, caps, `claims.setPending:${part.length}`, args, (slot) =>
          db
            .insertInto('pending_claims')
            .values(slotRows(slot, part.length, PENDING_COLUMNS) as never)
            .onConflict((oc) =>
              oc.column('claim_id').doUpdateSet((eb) => ({ reason: eb.ref('excluded.reason'), event_id: eb.ref('excluded.event_id'), anchor: eb.ref('excluded.anchor') })),
            ),
        );
      }
    },

    /** Every claim set aside, with why, in keyset pages by claim id (for the JSON export). */
    async pendingPage(afterClaimId: string | null, limit: number): Promise<{ claimId: string; reason: string; eventId: string | null; anchor: string | null; since: string }[]> {
      let q = db.selectFrom('pending_claims').selectAll().orderBy('claim_id').limit(limit);
      if (afterClaimId !== null) q = q.where('claim_id', '>', afterClaimId);
      return (await q.execute()).map((r) => ({ claimId: r.claim_id, reason: r.reason, eventId: r.event_id, anchor: r.anchor, since: r.since }));
    },

    async clearPending(claimIds: readonly string[]): Promise<void> {
      await deleteWhereIn(db, caps, 'pending_claims', 'claim_id', claimIds);
    },

    /** Claims waiting for a person, lowest confidence first. */
    async reviewQueue(limit: number): Promise<LedgerClaim[]> {
      const rows = await CLAIM_SELECT(db).where('c.review', '=', 'machine').orderBy('c.confidence').orderBy('c.id').limit(limit).execute();
      return rows.map(claimFromRow);
    },

    async countByReview(): Promise<Record<string, number>> {
      const rows = await db
        .selectFrom('claims')
        .select(['review', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('review')
        .execute();
      return Object.fromEntries(rows.map((r) => [r.review, Number(r.n)]));
    },

    /** Claims of a kind in one direction and category whose dates fall in a window (plans, cumulative checks). */
    async inWindow(kind: string, category: string, from: string | null, to: string | null, start: string, end: string, limit = 500): Promise<LedgerClaim[]> {
      let q = CLAIM_SELECT(db)
        .where('c.kind', '=', kind)
        .where('c.category', '=', category)
        .where('c.date_start', '>=', start)
        .where('c.date_start', '<=', end)
        .orderBy('c.date_start')
        .limit(limit);
      q = from === null ? q.where('c.from_party', 'is', null) : q.where('c.from_party', '=', from);
      q = to === null ? q.where('c.to_party', 'is', null) : q.where('c.to_party', '=', to);
      return (await q.execute()).map(claimFromRow);
    },

    async byKind(kind: string, limit: number, afterId: string | null = null): Promise<LedgerClaim[]> {
      let q = CLAIM_SELECT(db).where('c.kind', '=', kind).orderBy('c.id').limit(limit);
      if (afterId !== null) q = q.where('c.id', '>', afterId);
      return (await q.execute()).map(claimFromRow);
    },

    /** One keyset page of claims, for export. */
    async page(afterId: string | null, limit: number): Promise<(LedgerClaim & { ordinal: number })[]> {
      let q = CLAIM_SELECT(db).orderBy('c.id').limit(limit);
      if (afterId !== null) q = q.where('c.id', '>', afterId);
      return (await q.execute()).map((r) => ({ ...claimFromRow(r), ordinal: r.ordinal }));
    },

    async count(): Promise<number> {
      const row = await db.selectFrom('claims').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

// ---------------------------------------------------------------- events

export interface EventFilter {
  /** Events on or after this day (YYYY-MM-DD). */
  from?: string | undefined;
  /** Events on or before this day. */
  to?: string | undefined;
  /** Either side of the handover. */
  party?: string | undefined;
  category?: string | undefined;
  status?: string | undefined;
  review?: readonly string[] | undefined;
}

/** Position in the timeline (newest first) after which the next page starts. */
export interface EventCursor {
  sortDate: string;
  id: string;
}

/** An event's contribution to the roll-up: its month and year (each may be 'undated'), category, direction and figures. */
export interface TotalsDelta {
  month: string;
  year: string;
  category: string;
  from_party: string;
  to_party: string;
  two_way: number;
  events: number;
  low: number;
  best: number;
  high: number;
  open_high: number;
}

/** Whether an event counts towards totals: not rejected, not held by a machine flag. */
export function countsInTotals(row: Pick<EventRow, 'review' | 'held'>): boolean {
  return row.review !== 'rejected' && row.held === 0;
}

function periodKey(row: EventRow, len: number): string {
  if (row.date_start === null || row.date_end === null) return 'undated';
  const start = row.date_start.slice(0, len);
  return start === row.date_end.slice(0, len) ? start : 'undated';
}

export function totalsDelta(row: EventRow, sign: 1 | -1): TotalsDelta | null {
  if (!countsInTotals(row)) return null;
  return {
    month: periodKey(row, 7),
    year: periodKey(row, 4),
    category: row.category,
    from_party: row.from_party ?? '',
    to_party: row.to_party ?? '',
    two_way: (JSON.parse(row.flags) as string[]).includes('two-way') ? 1 : 0,
    events: sign,
    low: sign * (row.fig_low ?? row.fig_best ?? 0),
    best: sign * (row.fig_best ?? 0),
    high: sign * (row.fig_high ?? 0),
    open_high: row.fig_high === null ? sign : 0,
  };
}

const TOTALS_KEY = ['by', 'period', 'category', 'from_party', 'to_party', 'two_way'] as const;
const TOTALS_SUMS = ['events', 'low', 'best', 'high', 'open_high'] as const;
const TOTALS_COLUMNS_ALL = [...TOTALS_KEY, ...TOTALS_SUMS];

/**
 * Sums contributions into roll-up rows, one per period (month, year, all time), direction and
 * category: `into` collects them by key, so a transaction writes each row it changes once.
 */
export function addToRollup(into: Map<string, TotalsPeriodRow>, delta: TotalsDelta | null): void {
  if (!delta) return;
  const { month, year, ...rest } = delta;
  for (const [by, period] of [['month', month], ['year', year], ['all', 'all']] as const) {
    const row: TotalsPeriodRow = { by, period, ...rest };
    const key = TOTALS_KEY.map((k) => row[k]).join('\u0000');
    const t = into.get(key);
    if (!t) into.set(key, row);
    else for (const k of TOTALS_SUMS) t[k] += row[k];
  }
}

/** Applies summed changes to the roll-up in one statement (rows that sum to nothing are left out). */
async function applyTotals(db: Db, rows: Map<string, TotalsPeriodRow>, caps: Capabilities): Promise<void> {
  const changed = [...rows.values()].filter((r) => TOTALS_SUMS.some((k) => r[k] !== 0));
  for (const part of chunksFor(changed, TOTALS_COLUMNS_ALL.length, caps)) {
    if (part.length === 0) continue;
    const args = part.flatMap((r) => TOTALS_COLUMNS_ALL.map((c) => r[c]));
    await runCompiled(db, caps, `totals.apply:${part.length}`, args, (slot) =>
      db
        .insertInto('totals_periods')
        .values(slotRows(slot, part.length, TOTALS_COLUMNS_ALL) as never)
        .onConflict((oc) =>
          oc.columns([...TOTALS_KEY]).doUpdateSet((eb) => ({
            events: sql<number>`${eb.ref('totals_periods.events')} + ${eb.ref('excluded.events')}`,
            low: sql<number>`${eb.ref('totals_periods.low')} + ${eb.ref('excluded.low')}`,
            best: sql<number>`${eb.ref('totals_periods.best')} + ${eb.ref('excluded.best')}`,
            high: sql<number>`${eb.ref('totals_periods.high')} + ${eb.ref('excluded.high')}`,
            open_high: sql<number>`${eb.ref('totals_periods.open_high')} + ${eb.ref('excluded.open_high')}`,
          })),
        ),
    );
  }
}

/** Applies the change from one contribution to another. */
async function updateTotals(db: Db, caps: Capabilities, minus: TotalsDelta | null, plus: TotalsDelta | null): Promise<void> {
  const rows = new Map<string, TotalsPeriodRow>();
  addToRollup(rows, minus);
  addToRollup(rows, plus);
  await applyTotals(db, rows, caps);
}

/** Marks events or the roll-up as changed: totals computed from an older version are stale. */
export async function bumpTotalsVersion(db: Db, caps: Capabilities): Promise<void> {
  await runCompiled(db, caps, 'totals.bumpVersion', [], () => db.updateTable('ledger_version').set((eb) => ({ totals: eb('totals', '+', 1) })).where('id', '=', 1));
}

/** Writes some columns of a row, found by its id, through a compiled statement. */
async function updateById(db: Db, caps: Capabilities, table: 'events', row: EventRow, columns: readonly (keyof EventRow)[]): Promise<void> {
  await runCompiled(db, caps, `update ${table} (${columns.join()})`, [...columns.map((c) => row[c]), row.id], (slot) =>
    db
      .updateTable(table)
      .set(Object.fromEntries(columns.map((c, i) => [c, slot(i)])))
      .where('id', '=', slot(columns.length)),
  );
}

const SORT_DATE = EVENT_COLUMNS.indexOf('sort_date');
const ID = EVENT_COLUMNS.indexOf('id');

export function eventRepository(db: Db, caps: Capabilities) {
  async function claimIdsOf(ids: readonly string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    for (const id of ids) map.set(id, []);
    for (const part of chunksFor([...ids], 1, caps)) {
      if (part.length === 0) continue;
      const rows = await db
        .selectFrom('event_claims')
        .select(['event_id', 'claim_id'])
        .where('event_id', 'in', part)
        .orderBy('event_id')
        .orderBy('position')
        .execute();
      for (const r of rows) map.get(r.event_id)?.push(r.claim_id);
    }
    return map;
  }

  /** An event's claim ids in order, as one comma-separated string (claim ids hold no commas). */
  const claimIdList = () =>
    sql<string | null>`(select ${sql.raw(caps.textAggregate)}(ec.claim_id, ',' order by ec.position) from event_claims ec where ec.event_id = events.id)`;

  function withClaimIdList(rows: (EventRow & { claim_id_list: string | null })[]): LedgerEvent[] {
    return rows.map(({ claim_id_list, ...row }) => eventFromRow(row, claim_id_list ? claim_id_list.split(',') : []));
  }

  /** An event's columns and its claim id list, packed (see `packed`), in EVENT_COLUMNS order. */
  const eventValues = () => packed(caps, [...EVENT_COLUMNS.map((c) => sql.ref(`events.${c}`)), claimIdList()]);

  /** Packed events in timeline order (sort_date, then id), as ORDER BY compares these ASCII keys. */
  function byTimeline(a: readonly unknown[], b: readonly unknown[]): number {
    const [sa, sb] = [a[SORT_DATE] as string, b[SORT_DATE] as string];
    if (sa !== sb) return sa < sb ? -1 : 1;
    const [ia, ib] = [a[ID] as string, b[ID] as string];
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  }

  function eventFromValues(values: readonly unknown[]): LedgerEvent {
    const list = values[EVENT_COLUMNS.length] as string | null;
    return eventFromRow(rowFromValues<EventRow>(EVENT_COLUMNS, values), list ? list.split(',') : []);
  }

  async function withClaimIds(rows: EventRow[]): Promise<LedgerEvent[]> {
    const ids = await claimIdsOf(rows.map((r) => r.id));
    return rows.map((r) => eventFromRow(r, ids.get(r.id) ?? []));
  }

  const repo = {
    async get(id: string): Promise<LedgerEvent | undefined> {
      // One round trip: the event's columns repeat on each of its claim links.
      const rows = await db
        .selectFrom('events as e')
        .leftJoin('event_claims as ec', 'ec.event_id', 'e.id')
        .selectAll('e')
        .select(['ec.claim_id as linked_claim', 'ec.position as linked_position'])
        .where('e.id', '=', id)
        .orderBy('ec.position')
        .execute();
      const first = rows[0];
      if (!first) return undefined;
      const { linked_claim: _c, linked_position: _p, ...row } = first;
      return eventFromRow(row, rows.flatMap((r) => (r.linked_claim === null ? [] : [r.linked_claim])));
    },

    async getMany(ids: readonly string[]): Promise<LedgerEvent[]> {
      if (ids.length === 0) return [];
      const rows: EventRow[] = [];
      for (const part of chunksFor([...new Set(ids)], 1, caps)) rows.push(...(await db.selectFrom('events').selectAll().where('id', 'in', part).execute()));
      return withClaimIds(rows);
    },

    /** The event a claim belongs to, if any. */
    async idOfClaim(claimId: string): Promise<string | undefined> {
      const row = await db.selectFrom('event_claims').select('event_id').where('claim_id', '=', claimId).executeTakeFirst();
      return row?.event_id;
    },

    async idsOfClaims(claimIds: readonly string[]): Promise<Map<string, string>> {
      const out = new Map<string, string>();
      for (const part of chunksFor([...new Set(claimIds)], 1, caps)) {
        if (part.length === 0) continue;
        const rows = await db.selectFrom('event_claims').select(['event_id', 'claim_id']).where('claim_id', 'in', part).execute();
        for (const r of rows) out.set(r.claim_id, r.event_id);
      }
      return out;
    },

    /**
     * Events a new claim might belong to: same category and direction, dated within the window
     * (undated events are candidates too, up to the limit).
     */
    async candidates(category: string, from: string | null, to: string | null, start: string | null, end: string | null, limit = 200): Promise<LedgerEvent[]> {
      let q = db.selectFrom('events').selectAll().where('category', '=', category).orderBy('sort_date').orderBy('id').limit(limit);
      q = from === null ? q.where('from_party', 'is', null) : q.where('from_party', '=', from);
      q = to === null ? q.where('to_party', 'is', null) : q.where('to_party', '=', to);
      if (start !== null && end !== null) q = q.where((eb) => eb.or([eb('sort_date', '=', ''), eb.between('sort_date', start, end)]));
      return withClaimIds(await q.execute());
    },

    /**
     * Events dated inside [start, end] plus undated ones, on either side of the given parties (all
     * parties when null): the context the grouping rules need for new claims.
     */
    async inWindow(start: string | null, end: string | null, parties: readonly string[] | null, limit: number, categories?: readonly string[]): Promise<LedgerEvent[]> {
      if (parties !== null && parties.length === 0) return [];
      const dated = start !== null && end !== null;
      const cats = categories === undefined ? null : [...categories];
      const list = parties === null ? null : [...parties];
      // Arguments after the limit: the window, the categories, the parties (twice).
      const filters = [...(dated ? [start, end] : []), ...(cats ?? []), ...(list ?? []), ...(list ?? [])];
      // Claim ids ride along as one ordered string per event, as in `list`: one round trip.
      const fetch = async (ordered: boolean, rows: number): Promise<unknown[][]> => {
        const shape = `events.inWindow:${ordered}:${dated}:${cats?.length ?? 'any'}:${list?.length ?? 'all'}`;
        const found = await runCompiled(db, caps, shape, [rows, ...filters], (slot) => {
          let q = db.selectFrom('events').select(eventValues().as('v')).limit(slot(0));
          if (ordered) q = q.orderBy('sort_date').orderBy('id');
          let next = 1;
          if (dated) {
            const [from, to] = [slot(next), slot(next + 1)];
            next += 2;
            q = q.where((eb) => eb.or([eb('sort_date', '=', ''), eb.between('sort_date', from, to)]));
          } else q = q.where('sort_date', '=', '');
          if (cats !== null) {
            q = q.where('category', 'in', slots(slot, cats.length, next));
            next += cats.length;
          }
          if (list !== null) {
            const [given, received] = [slots(slot, list.length, next), slots(slot, list.length, next + list.length)];
            q = q.where((eb) => eb.or([eb('from_party', 'in', given), eb('to_party', 'in', received)]));
          }
          return q;
        });
        return found.map((r) => unpacked(r.v));
      };
      // A window holds a handful of events: sorting them here costs less than the engine's sorter.
      // Only when more than `limit` match does the database choose which come first.
      let values = await fetch(false, limit + 1);
      if (values.length > limit) values = await fetch(true, limit);
      else values.sort(byTimeline);
      return values.map(eventFromValues);
    },

    /**
     * Events of the given categories dated inside [start, end] (either bound may be open), where
     * `from`/`to` match when given (null: any): what a cumulative claim or a plan covers.
     */
    async covering(q: { categories: readonly string[]; from: string | null; to: string | null; party: string | null; start: string | null; end: string | null }, limit: number): Promise<LedgerEvent[]> {
      let query = db.selectFrom('events').selectAll().where('category', 'in', [...q.categories]).where('sort_date', '!=', '').orderBy('sort_date').orderBy('id').limit(limit);
      if (q.start !== null) query = query.where('sort_date', '>=', q.start);
      if (q.end !== null) query = query.where('sort_date', '<=', q.end);
      if (q.from !== null) query = query.where('from_party', '=', q.from);
      if (q.to !== null) query = query.where('to_party', '=', q.to);
      if (q.party !== null) {
        const p = q.party;
        query = query.where((eb) => eb.or([eb('from_party', '=', p), eb('to_party', '=', p)]));
      }
      return withClaimIds(await query.execute());
    },

    /** Events of an exchange (both directions of a swap). */
    async byExchange(exchangeId: string): Promise<LedgerEvent[]> {
      return withClaimIds(await db.selectFrom('events').selectAll().where('exchange_id', '=', exchangeId).execute());
    },

    /**
     * Creates or replaces an event, its claim links and its share of the totals roll-up. `previous`
     * is the event as stored (null when new); when not given it is read first.
     */
    async save(event: LedgerEvent, at: string, previous?: LedgerEvent | null): Promise<void> {
      const row = eventToRow(event, at);
      let before: EventRow | null;
      let beforeClaims: string[] = [];
      if (previous === undefined) {
        const stored = await db.selectFrom('events').selectAll().where('id', '=', event.id).executeTakeFirst();
        before = stored ?? null;
        if (stored) beforeClaims = (await claimIdsOf([stored.id])).get(stored.id) ?? [];
      } else {
        before = previous === null ? null : eventToRow(previous, at);
        beforeClaims = previous?.claimIds ?? [];
      }
      if (before) {
        const { id: _id, ...values } = row;
        await db.updateTable('events').set(values).where('id', '=', event.id).execute();
      } else {
        await db.insertInto('events').values(row).execute();
      }
      await updateTotals(db, caps, before ? totalsDelta(before, -1) : null, totalsDelta(row, 1));
      // Any event write may change totals or the events they leave out.
      await bumpTotalsVersion(db, caps);

      const claimIds = [...new Set(event.claimIds)];
      const appended = beforeClaims.length <= claimIds.length && beforeClaims.every((id, i) => claimIds[i] === id);
      if (appended && beforeClaims.length === claimIds.length) return;
      // Only an append keeps the positions already stored; anything else rewrites the links.
      const start = appended ? beforeClaims.length : 0;
      if (!appended) await db.deleteFrom('event_claims').where('event_id', '=', event.id).execute();
      const added = claimIds.slice(start);
      // A claim belongs to one event: links it had elsewhere move here (the caller saves that event too).
      for (const part of chunksFor(added, 1, caps)) {
        if (part.length > 0) await db.deleteFrom('event_claims').where('claim_id', 'in', part).where('event_id', '!=', event.id).execute();
      }
      const links = added.map((claim_id, i) => ({ event_id: event.id, claim_id, position: start + i }));
      for (const part of chunksFor(links, 3, caps)) if (part.length > 0) await db.insertInto('event_claims').values(part).execute();
    },

    /**
     * `save` for several events at once (what one grouping run created and changed), in a handful of
     * statements: new events in one insert, the roll-up changes summed per bucket, one version bump,
     * the claim links in one delete and one insert. `previous` is each event as stored (null when new):
     * an update writes only the columns that differ from it.
     */
    async saveMany(items: readonly { event: LedgerEvent; previous: LedgerEvent | null }[], at: string): Promise<void> {
      if (items.length === 0) return;
      const plans = items.map(({ event, previous }) => {
        const claimIds = [...new Set(event.claimIds)];
        const beforeClaims = previous?.claimIds ?? [];
        const appended = beforeClaims.length <= claimIds.length && beforeClaims.every((id, i) => claimIds[i] === id);
        const start = appended ? beforeClaims.length : 0;
        return { event, previous, row: eventToRow(event, at), rewrite: !appended, start, added: claimIds.slice(start) };
      });
      const addedAll = plans.flatMap((p) => p.added);
      if (new Set(addedAll).size !== addedAll.length || new Set(items.map((i) => i.event.id)).size !== items.length) {
        // One claim added to two events (or one event twice): the last save wins, as one by one.
        for (const { event, previous } of items) await repo.save(event, at, previous);
        return;
      }
      await insertRows(db, caps, 'events', plans.filter((p) => p.previous === null).map((p) => p.row));
      const totals = new Map<string, TotalsPeriodRow>();
      for (const p of plans) {
        if (p.previous !== null) {
          const before = eventToRow(p.previous, at);
          // Only what changed, and the time: SQLite rewrites every index over a column it sets, and events have ten.
          await updateById(db, caps, 'events', p.row, EVENT_COLUMNS.filter((c) => c === 'updated_at' || p.row[c] !== before[c]));
          addToRollup(totals, totalsDelta(before, -1));
        }
        addToRollup(totals, totalsDelta(p.row, 1));
      }
      await applyTotals(db, totals, caps);
      // Any event write may change totals or the events they leave out.
      await bumpTotalsVersion(db, caps);

      // Only an append keeps the positions already stored; anything else rewrites the event's links.
      const rewritten = plans.filter((p) => p.rewrite).map((p) => p.event.id);
      await deleteWhereIn(db, caps, 'event_claims', 'event_id', rewritten);
      // A claim belongs to one event: links it had elsewhere move here.
      await deleteWhereIn(db, caps, 'event_claims', 'claim_id', addedAll);
      await insertRows(db, caps, 'event_claims', plans.flatMap((p) => p.added.map((claim_id, i) => ({ event_id: p.event.id, claim_id, position: p.start + i }))));
    },

    /** Removes an event (after a merge folded it into another); history keeps what it was. */
    async remove(id: string): Promise<void> {
      const previous = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
      if (!previous) return;
      await updateTotals(db, caps, totalsDelta(previous, -1), null);
      await bumpTotalsVersion(db, caps);
      await db.deleteFrom('event_claims').where('event_id', '=', id).execute();
      await db.deleteFrom('events').where('id', '=', id).execute();
    },

    /** One page of the timeline, newest first, after the cursor. */
    async list(filter: EventFilter, limit: number, after: EventCursor | null = null): Promise<LedgerEvent[]> {
      // Claim ids ride along as one ordered string per event: one round trip per page.
      const page = (side: 'from_party' | 'to_party' | null) => {
        let q = db.selectFrom('events').selectAll().select(claimIdList().as('claim_id_list')).orderBy('sort_date', 'desc').orderBy('id', 'desc').limit(limit);
        if (filter.from !== undefined) q = q.where('sort_date', '>=', filter.from);
        if (filter.to !== undefined) q = q.where('sort_date', '<=', filter.to).where('sort_date', '!=', '');
        if (filter.category !== undefined) q = q.where('category', '=', filter.category);
        if (filter.status !== undefined) q = q.where('status', '=', filter.status);
        if (filter.review !== undefined) q = q.where('review', 'in', [...filter.review]);
        if (side !== null && filter.party !== undefined) q = q.where(side, '=', filter.party);
        if (after !== null) {
          q = q.where((eb) =>
            eb.or([eb('sort_date', '<', after.sortDate), eb.and([eb('sort_date', '=', after.sortDate), eb('id', '<', after.id)])]),
          );
        }
        return q.execute();
      };
      const toEvents = withClaimIdList;
      if (filter.party === undefined) return toEvents(await page(null));
      // Either side of the handover: two ordered index scans merged, not one OR that sorts every match.
      const [given, received] = [await page('from_party'), await page('to_party')];
      const merged = new Map([...given, ...received].map((r) => [r.id, r]));
      const rows = [...merged.values()]
        .sort((a, b) => (a.sort_date !== b.sort_date ? (a.sort_date < b.sort_date ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
        .slice(0, limit);
      return toEvents(rows);
    },

    async countByReview(): Promise<Record<string, number>> {
      const rows = await db.selectFrom('events').select(['review', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('review').execute();
      return Object.fromEntries(rows.map((r) => [r.review, Number(r.n)]));
    },

    async count(): Promise<number> {
      const row = await db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
  return repo;
}

// ---------------------------------------------------------------- totals

/** One roll-up bucket for a chosen period: the domain's sums of a period, category and direction. */
export type TotalsBucket = PeriodSums;

/** The separator of the roll-up's fields (and rows) as `totals.query` reads them: party ids and categories never hold control characters. */
const FIELD_SEP = '\u001f';
const TOTALS_COLUMNS = ['period', 'category', 'from_party', 'to_party', 'two_way', 'events', 'low', 'best', 'high', 'open_high'];
const TOTALS_FIELDS = TOTALS_COLUMNS.length;
const TOTALS_LINE = sql.raw(TOTALS_COLUMNS.join(` || '${FIELD_SEP}' || `));

export function totalsRepository(db: Db) {
  return {
    /** Sums per period (month, year or all), direction and category, as the roll-up keeps them. */
    /**
     * In no particular order. The rows come back as one text: a month-by-month ledger has thousands
     * of buckets, and handing each row's ten values through the driver cost far more than reading
     * them (and on PostgreSQL an ORDER BY costs a sort the caller does as cheaply, if it is needed).
     */
    async query(by: 'month' | 'year' | 'all', category?: string): Promise<TotalsBucket[]> {
      let q = db
        .selectFrom('totals_periods')
        .select(sql<string | null>`string_agg(${TOTALS_LINE}, ${sql.raw(`'${FIELD_SEP}'`)})`.as('rows'))
        .where('by', '=', by)
        .where('events', '!=', 0);
      if (category !== undefined) q = q.where('category', '=', category);
      const text = (await q.executeTakeFirst())?.rows ?? null;
      if (text === null || text === '') return [];
      // Ten fields a row, rows one after another: one split, no array per row.
      const f = text.split(FIELD_SEP);
      const out: TotalsBucket[] = new Array(f.length / TOTALS_FIELDS);
      for (let i = 0, r = 0; i < f.length; i += TOTALS_FIELDS, r++) {
        out[r] = {
          period: f[i]!,
          category: f[i + 1] as Category,
          from: f[i + 2] === '' ? null : f[i + 2]!,
          to: f[i + 3] === '' ? null : f[i + 3]!,
          twoWay: f[i + 4] !== '0',
          events: Number(f[i + 5]),
          low: Number(f[i + 6]),
          best: Number(f[i + 7]),
          high: Number(f[i + 8]),
          openHigh: Number(f[i + 9]),
        };
      }
      return out;
    },

    /** Changes whenever the roll-up does (in the same transaction). */
    async version(): Promise<number> {
      const row = await db.selectFrom('ledger_version').select('totals').where('id', '=', 1).executeTakeFirst();
      return Number(row?.totals ?? 0);
    },

    /** Events kept out of totals until a person reviews them. */
    async heldEventIds(limit = 1000): Promise<string[]> {
      const rows = await db.selectFrom('events').select('id').where('held', '=', 1).where('review', '!=', 'rejected').orderBy('id').limit(limit).execute();
      return rows.map((r) => r.id);
    },
  };
}

// ---------------------------------------------------------------- history

/** Append-only by construction: this repository has no update and no delete. */
export function historyRepository(db: Db, caps: Capabilities) {
  return {
    async append(entries: readonly HistoryEntry[]): Promise<void> {
      await insertRows(db, caps, 'history', entries.map(historyToRow));
    },

    /** Which of these entry ids are stored already. */
    async existingIds(ids: readonly string[]): Promise<Set<string>> {
      const out = new Set<string>();
      for (const part of chunksFor([...new Set(ids)], 1, caps)) {
        if (part.length > 0) for (const r of await db.selectFrom('history').select('id').where('id', 'in', part).execute()) out.add(r.id);
      }
      return out;
    },

    async forEntity(entity: string, entityId: string): Promise<HistoryEntry[]> {
      const rows = await db.selectFrom('history').selectAll().where('entity', '=', entity).where('entity_id', '=', entityId).orderBy('seq').execute();
      return rows.map(historyFromRow);
    },

    /** The last entry per entity made before `before` (exclusive ISO timestamp), in keyset pages by entity id. */
    async latestBefore(entity: string, before: string, afterEntityId: string | null, limit: number): Promise<HistoryEntry[]> {
      let inner = db
        .selectFrom('history')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .where('entity', '=', entity)
        .where('at', '<', before)
        .groupBy('entity_id');
      if (afterEntityId !== null) inner = inner.where('entity_id', '>', afterEntityId);
      const rows = await db
        .selectFrom('history')
        .selectAll()
        .where('seq', 'in', inner)
        .orderBy('entity_id')
        .limit(limit)
        .execute();
      return rows.map(historyFromRow);
    },

    async page(afterSeq: number, limit: number): Promise<(HistoryEntry & { seq: number })[]> {
      const rows = await db.selectFrom('history').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
      return rows.map((r) => ({ ...historyFromRow(r), seq: Number(r.seq) }));
    },

    async count(): Promise<number> {
      const row = await db.selectFrom('history').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

// ---------------------------------------------------------------- plans and cumulative checks

export function analysisRepository(db: Db) {
  return {
    async savePlan(planClaimId: string, progress: unknown, at: string): Promise<void> {
      const value = { plan_claim_id: planClaimId, progress: JSON.stringify(progress), updated_at: at };
      await db
        .insertInto('plans')
        .values(value)
        .onConflict((oc) => oc.column('plan_claim_id').doUpdateSet({ progress: value.progress, updated_at: at }))
        .execute();
    },
    async plans(): Promise<unknown[]> {
      const rows = await db.selectFrom('plans').select('progress').orderBy('plan_claim_id').execute();
      return rows.map((r) => JSON.parse(r.progress) as unknown);
    },
    async saveCheck(claimId: string, check: unknown, difference: number | null, at: string): Promise<void> {
      const value = { claim_id: claimId, check_json: JSON.stringify(check), difference, updated_at: at };
      await db
        .insertInto('cumulative_checks')
        .values(value)
        .onConflict((oc) => oc.column('claim_id').doUpdateSet({ check_json: value.check_json, difference, updated_at: at }))
        .execute();
    },
    async checks(): Promise<unknown[]> {
      const rows = await db.selectFrom('cumulative_checks').select('check_json').orderBy('claim_id').execute();
      return rows.map((r) => JSON.parse(r.check_json) as unknown);
    },
  };
}

// ---------------------------------------------------------------- locks

export function lockRepository(db: Db, caps: Capabilities) {
  return {
    /**
     * Waits until no other writer holds the ledger, then holds it until this transaction ends.
     * Take it first in a unit that groups claims: everything read after it includes what the
     * previous holder committed.
     */
    async ledger(): Promise<void> {
      if (caps.ledgerLock !== null) await sql.raw(caps.ledgerLock).execute(db);
    },
  };
}

export interface Repositories {
  sources: ReturnType<typeof sourceRepository>;
  claims: ReturnType<typeof claimRepository>;
  events: ReturnType<typeof eventRepository>;
  totals: ReturnType<typeof totalsRepository>;
  history: ReturnType<typeof historyRepository>;
  analysis: ReturnType<typeof analysisRepository>;
  locks: ReturnType<typeof lockRepository>;
}

export function repositories(db: Db, caps: Capabilities): Repositories {
  return {
    sources: sourceRepository(db, caps),
    claims: claimRepository(db, caps),
    events: eventRepository(db, caps),
    totals: totalsRepository(db),
    history: historyRepository(db, caps),
    analysis: analysisRepository(db),
    locks: lockRepository(db, caps),
  };
}

export type { ClaimRow };
