/** Events: reconciled handovers, their claim links, and their share of the totals roll-up. */
import { sql } from 'kysely';
import type { LedgerEvent } from '../domain/index.js';
import type { Capabilities } from './capabilities.js';
import { runCompiled, slots } from './compiled.js';
import { chunksFor, deleteWhereIn, insertRows, packed, unpacked, type Db } from './query-helpers.js';
import { EVENT_COLUMNS, eventFromRow, eventToRow, rowFromValues } from './rows.js';
import type { EventRow, TotalsPeriodRow } from './schema.js';
import { addToRollup, applyTotals, bumpTotalsVersion, totalsDelta, updateTotals } from './totals-rollup.js';

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
  /** The agreement slug (`istanbul-2025`). */
  agreement?: string | undefined;
  /** The mediator slug (`uae`). */
  mediator?: string | undefined;
  /** Words found (case-insensitively) in the id, agreement, mediator, or a claim's quote or speaker. */
  text?: string | undefined;
  /** Newest first (the default), oldest first, or by the best figure (events with no figure last). */
  order?: EventOrder | undefined;
}

export const EVENT_ORDERS = ['newest', 'oldest', 'largest', 'smallest'] as const;
export type EventOrder = (typeof EVENT_ORDERS)[number];

/** Position in the timeline after which the next page starts; `figure` for the orders by figure. */
export interface EventCursor {
  sortDate: string;
  id: string;
  /** The best figure (-1 for none) of the last event of the page, when ordered by figure. */
  figure?: number | undefined;
}

/** An event's sort key under an order, and how two keys compare in it (ties broken by id the same way). */
export function orderKey(order: EventOrder, e: { sortDate: string; figure: number; id: string }): [string | number, string] {
  return order === 'largest' || order === 'smallest' ? [e.figure, e.id] : [e.sortDate, e.id];
}
export function compareInOrder(order: EventOrder, a: [string | number, string], b: [string | number, string]): number {
  const up = order === 'oldest' || order === 'smallest';
  const c = a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
  return up ? c : -c;
}

/** A LIKE pattern matching `text` anywhere, with its wildcards taken literally. */
export const containsPattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** What a cumulative claim or a plan covers: categories, direction (null: any) and an open or closed period. */
export interface CoverQuery {
  categories: readonly string[];
  from: string | null;
  to: string | null;
  party: string | null;
  start: string | null;
  end: string | null;
}

export interface EventRepository {
  get(id: string): Promise<LedgerEvent | undefined>;
  getMany(ids: readonly string[]): Promise<LedgerEvent[]>;
  /** The event a claim belongs to, if any. */
  idOfClaim(claimId: string): Promise<string | undefined>;
  idsOfClaims(claimIds: readonly string[]): Promise<Map<string, string>>;
  /** Events a new claim might belong to: same category and direction, dated within the window (undated ones too). */
  candidates(category: string, from: string | null, to: string | null, start: string | null, end: string | null, limit?: number): Promise<LedgerEvent[]>;
  /** Events dated inside [start, end] plus undated ones, on either side of the given parties (all when null). */
  inWindow(start: string | null, end: string | null, parties: readonly string[] | null, limit: number, categories?: readonly string[]): Promise<LedgerEvent[]>;
  /** Events of the given categories dated inside the period, matching the direction where given. */
  covering(q: CoverQuery, limit: number): Promise<LedgerEvent[]>;
  /** Events of an exchange (both directions of a swap). */
  byExchange(exchangeId: string): Promise<LedgerEvent[]>;
  /** Creates or replaces an event, its claim links and its share of the totals; `previous` is the event as stored (null when new). */
  save(event: LedgerEvent, at: string, previous?: LedgerEvent | null): Promise<void>;
  /** `save` for several events at once, in a handful of statements. */
  saveMany(items: readonly { event: LedgerEvent; previous: LedgerEvent | null }[], at: string): Promise<void>;
  /** Removes an event (after a merge folded it into another); history keeps what it was. */
  remove(id: string): Promise<void>;
  /** One page of the timeline, newest first, after the cursor. */
  list(filter: EventFilter, limit: number, after?: EventCursor | null): Promise<LedgerEvent[]>;
  countByReview(): Promise<Record<string, number>>;
  count(): Promise<number>;
}

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

export function eventRepository(db: Db, caps: Capabilities): EventRepository {
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

  const repo: EventRepository = {
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
      const order = filter.order ?? 'newest';
      const byFigure = order === 'largest' || order === 'smallest';
      const dir = order === 'oldest' || order === 'smallest' ? 'asc' : 'desc';
      const figure = sql<number>`coalesce(fig_best, -1)`;
      // Claim ids ride along as one ordered string per event: one round trip per page.
      const page = (side: 'from_party' | 'to_party' | null) => {
        let q = db.selectFrom('events').selectAll().select(claimIdList().as('claim_id_list'));
        q = byFigure ? q.orderBy(figure, dir) : q.orderBy('sort_date', dir);
        q = q.orderBy('id', dir).limit(limit);
        if (filter.from !== undefined) q = q.where('sort_date', '>=', filter.from);
        if (filter.to !== undefined) q = q.where('sort_date', '<=', filter.to).where('sort_date', '!=', '');
        if (filter.category !== undefined) q = q.where('category', '=', filter.category);
        if (filter.status !== undefined) q = q.where('status', '=', filter.status);
        if (filter.review !== undefined) q = q.where('review', 'in', [...filter.review]);
        if (filter.agreement !== undefined) q = q.where('agreement', '=', filter.agreement);
        if (filter.mediator !== undefined) q = q.where('mediator', '=', filter.mediator);
        if (filter.text !== undefined && filter.text.trim() !== '') {
          const like = containsPattern(filter.text.trim());
          const has = (col: string) => sql<boolean>`lower(${sql.ref(col)}) like ${like} escape '\\'`;
          q = q.where((eb) =>
            eb.or([
              has('events.id'),
              has('events.agreement'),
              has('events.mediator'),
              eb.exists(
                eb
                  .selectFrom('event_claims as ec')
                  .innerJoin('claims as c', 'c.id', 'ec.claim_id')
                  .select(sql.lit(1).as('one'))
                  .whereRef('ec.event_id', '=', 'events.id')
                  .where((inner) => inner.or([has('c.evidence_sentence'), has('c.speaker')])),
              ),
            ]),
          );
        }
        if (side !== null && filter.party !== undefined) q = q.where(side, '=', filter.party);
        if (after !== null) {
          const [key, cmp] = byFigure ? [figure, after.figure ?? -1] : [sql<string>`sort_date`, after.sortDate];
          const beyond = dir === 'desc' ? '<' : '>';
          q = q.where((eb) => eb.or([eb(key, beyond, cmp), eb.and([eb(key, '=', cmp), eb('id', beyond, after.id)])]));
        }
        return q.execute();
      };
      const toEvents = withClaimIdList;
      if (filter.party === undefined) return toEvents(await page(null));
      // Either side of the handover: two ordered index scans merged, not one OR that sorts every match.
      const [given, received] = [await page('from_party'), await page('to_party')];
      const merged = new Map([...given, ...received].map((r) => [r.id, r]));
      const key = (r: EventRow) => orderKey(order, { sortDate: r.sort_date, figure: r.fig_best ?? -1, id: r.id });
      const rows = [...merged.values()].sort((a, b) => compareInOrder(order, key(a), key(b))).slice(0, limit);
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
