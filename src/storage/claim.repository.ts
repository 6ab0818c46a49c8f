/** Claims: every statement the extractor found (or a person corrected), and the claims set aside. */
import { sql } from 'kysely';
import type { LedgerClaim, LedgerSource } from '../domain/index.js';
import type { Capabilities } from './capabilities.js';
import { runCompiled, slotRows, slots } from './compiled.js';
import { chunksFor, deleteWhereIn, insertRows, packed, unpacked, type Db } from './query-helpers.js';
import { claimFromRow, CLAIM_COLUMNS, CLAIM_SOURCE_COLUMNS, claimToRow, rowFromValues, sourceFromRow, type ClaimSourceFields } from './rows.js';
import type { ClaimRow } from './schema.js';

/** A claim set aside by the grouping, as the export writes it. */
export interface PendingEntry {
  claimId: string;
  reason: string;
  eventId: string | null;
  anchor: string | null;
  since: string;
}

export interface ClaimRepository {
  insertMany(claims: readonly LedgerClaim[], ordinals: readonly number[], at: string): Promise<void>;
  /** Replaces a claim's values (a correction or a review decision); history keeps the old ones. */
  save(claim: LedgerClaim, at: string): Promise<void>;
  get(id: string): Promise<LedgerClaim | undefined>;
  /** Claims by id, in the order asked for (missing ones left out). */
  getMany(ids: readonly string[]): Promise<LedgerClaim[]>;
  /** Claims by id with the sources they came from, in one query (the order asked for). */
  withSources(ids: readonly string[]): Promise<{ claim: LedgerClaim; source: LedgerSource }[]>;
  bySource(sourceId: string): Promise<LedgerClaim[]>;
  /** Confirmations set aside with nothing to confirm whose date (or publication) falls in the window. */
  unassignedConfirmations(start: string, end: string, limit: number): Promise<LedgerClaim[]>;
  /** Claims set aside by the grouping, with why (and the locked event they matched). */
  pending(limit: number): Promise<{ claim: LedgerClaim; reason: string; eventId: string | null }[]>;
  setPending(entries: readonly { claimId: string; reason: string; eventId: string | null; anchor: string | null }[], at: string): Promise<void>;
  /** Every claim set aside, in keyset pages by claim id (for the JSON export). */
  pendingPage(afterClaimId: string | null, limit: number): Promise<PendingEntry[]>;
  clearPending(claimIds: readonly string[]): Promise<void>;
  /** Claims waiting for a person, lowest confidence first. */
  reviewQueue(limit: number): Promise<LedgerClaim[]>;
  countByReview(): Promise<Record<string, number>>;
  /** Claims of a kind in one direction and category whose dates fall in a window (plans, cumulative checks). */
  inWindow(kind: string, category: string, from: string | null, to: string | null, start: string, end: string, limit?: number): Promise<LedgerClaim[]>;
  byKind(kind: string, limit: number, afterId?: string | null): Promise<LedgerClaim[]>;
  /** One keyset page of claims, for export. */
  page(afterId: string | null, limit: number): Promise<(LedgerClaim & { ordinal: number })[]>;
  count(): Promise<number>;
}

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

export function claimRepository(db: Db, caps: Capabilities): ClaimRepository {
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
