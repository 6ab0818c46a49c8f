import type { Kysely, Migration } from 'kysely';

/**
 * Read paths at a million claims: a party together with a category keeps the timeline order
 * (without these the planner sorts every match), and a version number that changes with the
 * totals roll-up, so computed totals can be reused until the ledger changes.
 */
export function readPaths(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.createIndex('events_from_category').on('events').columns(['from_party', 'category', 'sort_date', 'id']).execute();
      await db.schema.createIndex('events_to_category').on('events').columns(['to_party', 'category', 'sort_date', 'id']).execute();
      await db.schema
        .createTable('ledger_version')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('totals', 'integer', (c) => c.notNull())
        .execute();
      await db.insertInto('ledger_version').values({ id: 1, totals: 0 }).execute();
    },
  };
}
