import type { Kysely, Migration } from 'kysely';

/** Waiting confirmations are looked up by kind and date on every ingest: index that path. */
export function claimDateIndex(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.createIndex('claims_kind_date').on('claims').columns(['kind', 'date_start']).execute();
    },
  };
}
