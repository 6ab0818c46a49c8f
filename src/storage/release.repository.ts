/** Releases: published, frozen copies of the ledger, their signatures, and mirrors' read positions. */
import type { HistoryEntry, Release, ReleaseDiff, ReleaseManifest, ReleaseSignature } from '../domain/index.js';
import type { Capabilities } from './capabilities.js';
import { insertRows, type Db } from './query-helpers.js';
import type { ReleaseRow } from './schema.js';
import { historyFromRow } from './rows.js';

export type ReleaseRecordKind = 'event' | 'claim' | 'source' | 'pending';

/** A release before it is stored: what `releases.insert` writes. */
export type NewRelease = Omit<Release, 'signatures' | 'events'>;

export interface ReleaseRepository {
  /** The highest release number, 0 when none. */
  latest(): Promise<number>;
  get(n: number): Promise<Release | undefined>;
  /** Newest first. */
  list(limit: number): Promise<Release[]>;
  insert(release: NewRelease): Promise<void>;
  /** Appends frozen records of one kind; `ord` continues from `start`. */
  appendRecords(n: number, kind: ReleaseRecordKind, start: number, records: readonly { id: string; data: string }[]): Promise<void>;
  /** Frozen records of one kind in their order, a page at a time (after `afterOrd`). */
  records(n: number, kind: ReleaseRecordKind, afterOrd: number, limit: number): Promise<{ ord: number; id: string; data: string }[]>;
  /** Frozen records of one kind by id. */
  recordsByIds(n: number, kind: ReleaseRecordKind, ids: readonly string[]): Promise<{ id: string; data: string }[]>;
  addSignature(n: number, sig: ReleaseSignature): Promise<void>;
  /** The highest history seq, 0 when empty. */
  lastHistorySeq(): Promise<number>;
  /** History entries about events before `beforeSeq` (null: the newest), newest first. */
  eventEntriesBefore(beforeSeq: number | null, limit: number): Promise<(HistoryEntry & { seq: number })[]>;
  mirrorCursor(origin: string): Promise<string | null>;
  setMirrorCursor(origin: string, cursor: string, at: string): Promise<void>;
}

function fromRow(row: ReleaseRow, events: number, signatures: ReleaseSignature[]): Release {
  return {
    n: Number(row.n),
    createdAt: row.created_at,
    createdBy: row.created_by,
    note: row.note,
    historySeq: Number(row.history_seq),
    contentHash: row.content_hash,
    manifest: JSON.parse(row.manifest) as ReleaseManifest,
    summary: JSON.parse(row.summary) as ReleaseDiff,
    events,
    signatures,
  };
}

export function releaseRepository(db: Db, caps: Capabilities): ReleaseRepository {
  const eventCounts = async (ns: number[]): Promise<Map<number, number>> => {
    if (ns.length === 0) return new Map();
    const rows = await db
      .selectFrom('release_records')
      .select(['release_n', (eb) => eb.fn.countAll<number>().as('n')])
      .where('kind', '=', 'event')
      .where('release_n', 'in', ns)
      .groupBy('release_n')
      .execute();
    return new Map(rows.map((r) => [Number(r.release_n), Number(r.n)]));
  };
  const signaturesOf = async (ns: number[]): Promise<Map<number, ReleaseSignature[]>> => {
    const out = new Map<number, ReleaseSignature[]>();
    if (ns.length === 0) return out;
    const rows = await db.selectFrom('release_signatures').selectAll().where('release_n', 'in', ns).orderBy('release_n').orderBy('signed_at').orderBy('key_id').execute();
    for (const r of rows) {
      const list = out.get(Number(r.release_n)) ?? [];
      list.push({ keyId: r.key_id, publicKey: r.public_key, signature: r.signature, signedAt: r.signed_at, signedBy: r.signed_by });
      out.set(Number(r.release_n), list);
    }
    return out;
  };
  const complete = async (rows: ReleaseRow[]): Promise<Release[]> => {
    const ns = rows.map((r) => Number(r.n));
    const [counts, sigs] = await Promise.all([eventCounts(ns), signaturesOf(ns)]);
    return rows.map((r) => fromRow(r, counts.get(Number(r.n)) ?? 0, sigs.get(Number(r.n)) ?? []));
  };
  return {
    async latest() {
      const row = await db.selectFrom('releases').select((eb) => eb.fn.max('n').as('n')).executeTakeFirst();
      return row?.n === null || row?.n === undefined ? 0 : Number(row.n);
    },
    async get(n) {
      const row = await db.selectFrom('releases').selectAll().where('n', '=', n).executeTakeFirst();
      return row ? (await complete([row]))[0] : undefined;
    },
    async list(limit) {
      return complete(await db.selectFrom('releases').selectAll().orderBy('n', 'desc').limit(limit).execute());
    },
    async insert(r) {
      await db
        .insertInto('releases')
        .values({
          n: r.n,
          created_at: r.createdAt,
          created_by: r.createdBy,
          note: r.note,
          history_seq: r.historySeq,
          content_hash: r.contentHash,
          manifest: JSON.stringify(r.manifest),
          summary: JSON.stringify(r.summary),
        })
        .execute();
    },
    async appendRecords(n, kind, start, records) {
      await insertRows(db, caps, 'release_records', records.map((r, i) => ({ release_n: n, kind, ord: start + i, id: r.id, data: r.data })));
    },
    async records(n, kind, afterOrd, limit) {
      const rows = await db.selectFrom('release_records').select(['ord', 'id', 'data']).where('release_n', '=', n).where('kind', '=', kind).where('ord', '>', afterOrd).orderBy('ord').limit(limit).execute();
      return rows.map((r) => ({ ord: Number(r.ord), id: r.id, data: r.data }));
    },
    async recordsByIds(n, kind, ids) {
      if (ids.length === 0) return [];
      const out: { id: string; data: string }[] = [];
      const size = Math.max(1, caps.maxBindParameters - 10);
      for (let i = 0; i < ids.length; i += size) {
        out.push(...(await db.selectFrom('release_records').select(['id', 'data']).where('release_n', '=', n).where('kind', '=', kind).where('id', 'in', ids.slice(i, i + size)).execute()));
      }
      return out;
    },
    async addSignature(n, s) {
      await db.insertInto('release_signatures').values({ release_n: n, key_id: s.keyId, public_key: s.publicKey, signature: s.signature, signed_at: s.signedAt, signed_by: s.signedBy }).execute();
    },
    async lastHistorySeq() {
      const row = await db.selectFrom('history').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
      return row?.seq === null || row?.seq === undefined ? 0 : Number(row.seq);
    },
    async eventEntriesBefore(beforeSeq, limit) {
      let q = db.selectFrom('history').selectAll().where('entity', '=', 'event');
      if (beforeSeq !== null) q = q.where('seq', '<', beforeSeq);
      const rows = await q.orderBy('seq', 'desc').limit(limit).execute();
      return rows.map((r) => ({ ...historyFromRow(r), seq: Number(r.seq) }));
    },
    async mirrorCursor(origin) {
      const row = await db.selectFrom('mirror_origins').select('cursor').where('origin', '=', origin).executeTakeFirst();
      return row?.cursor ?? null;
    },
    async setMirrorCursor(origin, cursor, at) {
      const done = await db.updateTable('mirror_origins').set({ cursor, updated_at: at }).where('origin', '=', origin).executeTakeFirst();
      if (Number(done.numUpdatedRows) === 0) await db.insertInto('mirror_origins').values({ origin, cursor, updated_at: at }).execute();
    },
  };
}
