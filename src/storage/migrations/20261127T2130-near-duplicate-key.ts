import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Near-duplicate lookups by numerals instead of by LSH band. A copy must keep the original's
 * numerals (services/near-duplicate.ts), so the originals worth comparing a new text with are those
 * with the same numerals: `near_key` holds them for every original that later texts are compared
 * against (one with a banded fingerprint), and is null for copies and texts too short to band.
 * One indexed lookup replaces a band table that cost sixteen rows a source and a grouping query
 * per ingested report. Shared bands are still required, counted from the stored signatures.
 */
export function nearDuplicateKey(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('sources').addColumn('near_key', 'text').execute();
      // The originals the band table held are exactly those later texts were compared against.
      await sql`update sources set near_key = numerals where duplicate_of is null and exists (select 1 from source_bands b where b.source_id = sources.id)`.execute(db);
      await db.schema.createIndex('sources_near_key').on('sources').columns(['near_key', 'ingested_at', 'id']).where(sql.ref('near_key'), 'is not', null).execute();
      await db.schema.dropTable('source_bands').execute();
    },
  };
}
