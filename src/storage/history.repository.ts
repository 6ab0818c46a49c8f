/** History: the append-only record of every change. */
import type { HistoryEntry } from '../domain/index.js';
import type { Capabilities } from './capabilities.js';
import { chunksFor, insertRows, type Db } from './query-helpers.js';
import { historyFromRow, historyToRow } from './rows.js';

export interface HistoryRepository {
  append(entries: readonly HistoryEntry[]): Promise<void>;
  /** Which of these entry ids are stored already. */
  existingIds(ids: readonly string[]): Promise<Set<string>>;
  forEntity(entity: string, entityId: string): Promise<HistoryEntry[]>;
  /** The last entry per entity made before `before` (exclusive ISO timestamp), in keyset pages by entity id. */
  latestBefore(entity: string, before: string, afterEntityId: string | null, limit: number): Promise<HistoryEntry[]>;
  page(afterSeq: number, limit: number): Promise<(HistoryEntry & { seq: number })[]>;
  count(): Promise<number>;
}

/** Append-only by construction: this repository has no update and no delete. */
export function historyRepository(db: Db, caps: Capabilities): HistoryRepository {
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
