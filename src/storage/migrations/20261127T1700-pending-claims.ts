import type { Kysely, Migration } from 'kysely';

/**
 * Claims the grouping rules set aside for later (a confirmation with nothing to confirm yet) or for
 * a person (a claim matching an event a person locked). Kept apart so that finding them never
 * scans every claim of a large ledger.
 */
export function pendingClaims(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('pending_claims')
        .addColumn('claim_id', 'text', (c) => c.primaryKey().references('claims.id'))
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text')
        /** The claim's date (or its source's publication), for lookups by window. */
        .addColumn('anchor', 'text')
        .addColumn('since', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('pending_claims_reason').on('pending_claims').columns(['reason', 'anchor']).execute();
    },
  };
}
