/** Reads of the totals roll-up. */
import { sql } from 'kysely';
import type { Category, PeriodSums } from '../domain/index.js';
import type { Db } from './query-helpers.js';

export interface TotalsRepository {
  /** Sums per period (month, year or all), direction and category, as the roll-up keeps them, in no particular order. */
  query(by: 'month' | 'year' | 'all', category?: string): Promise<TotalsBucket[]>;
  /** Changes whenever the roll-up does (in the same transaction). */
  version(): Promise<number>;
  /** Events kept out of totals until a person reviews them. */
  heldEventIds(limit?: number): Promise<string[]>;
}

/** One roll-up bucket for a chosen period: the domain's sums of a period, category and direction. */
export type TotalsBucket = PeriodSums;

/** The separator of the roll-up's fields (and rows) as `totals.query` reads them: party ids and categories never hold control characters. */
const FIELD_SEP = '\u001f';
const TOTALS_COLUMNS = ['period', 'category', 'from_party', 'to_party', 'two_way', 'events', 'low', 'best', 'high', 'open_high'];
const TOTALS_FIELDS = TOTALS_COLUMNS.length;
const TOTALS_LINE = sql.raw(TOTALS_COLUMNS.join(` || '${FIELD_SEP}' || `));

export function totalsRepository(db: Db): TotalsRepository {
  return {
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
