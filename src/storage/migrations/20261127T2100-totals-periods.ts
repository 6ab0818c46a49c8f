import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Totals read at a million claims: the roll-up is kept per month, per year and for all time, so a
 * totals query reads its rows in key order and sums nothing (the month roll-up needed a GROUP BY
 * and a sort for years and for all time, and one for the order of months too). Filled from the
 * month roll-up it replaces.
 */
export function totalsPeriods(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('totals_periods')
        .addColumn('by', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('from_party', 'text', (c) => c.notNull())
        .addColumn('to_party', 'text', (c) => c.notNull())
        .addColumn('two_way', 'integer', (c) => c.notNull())
        .addColumn('events', 'integer', (c) => c.notNull())
        .addColumn('low', 'integer', (c) => c.notNull())
        .addColumn('best', 'integer', (c) => c.notNull())
        .addColumn('high', 'integer', (c) => c.notNull())
        .addColumn('open_high', 'integer', (c) => c.notNull())
        // The order totals are read in: by period, then category and direction.
        .addPrimaryKeyConstraint('totals_periods_pk', ['by', 'period', 'category', 'from_party', 'to_party', 'two_way'])
        .execute();
      for (const [by, period] of [['month', 'month'], ['year', 'year'], ['all', `'all'`]] as const) {
        const groupPeriod = by === 'all' ? sql`` : sql.raw(`${period}, `);
        await sql`
          insert into totals_periods (by, period, category, from_party, to_party, two_way, events, low, best, high, open_high)
          select ${sql.raw(`'${by}'`)}, ${sql.raw(period)}, category, from_party, to_party, two_way, sum(events), sum(low), sum(best), sum(high), sum(open_high)
          from totals_rollup
          group by ${groupPeriod}category, from_party, to_party, two_way
          having sum(events) != 0 or sum(low) != 0 or sum(best) != 0 or sum(high) != 0 or sum(open_high) != 0
        `.execute(db);
      }
      await db.schema.dropTable('totals_rollup').execute();
      // Statistics for the new table, so the planner reads it in key order instead of sorting it.
      await sql`analyze totals_periods`.execute(db);
    },
  };
}
