import { sql, type Kysely, type Migration } from 'kysely';
import type { Capabilities } from '../capabilities.js';

/**
 * Releases: the reviewed ledger published as release N. A release's rows are frozen copies of the
 * events, claims, sources' metadata and set-aside claims as they stood when it was made, so its
 * exports are rendered from them byte for byte whenever they are fetched. Releases, their rows and
 * their signatures are append-only (the same triggers as `history`); a signature is a row of its own,
 * so signing later changes nothing already published. `mirror_origins` remembers how far
 * `handover changes apply` has read each origin's change feed.
 */
export function releases(caps: Capabilities): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('releases')
        .addColumn('n', 'integer', (c) => c.primaryKey())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('history_seq', 'integer', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('manifest', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('release_records')
        .addColumn('release_n', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('ord', 'integer', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('release_records_pk', ['release_n', 'kind', 'ord'])
        .execute();
      await db.schema.createIndex('release_records_id').on('release_records').columns(['release_n', 'kind', 'id']).execute();
      await db.schema
        .createTable('release_signatures')
        .addColumn('release_n', 'integer', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('public_key', 'text', (c) => c.notNull())
        .addColumn('signature', 'text', (c) => c.notNull())
        .addColumn('signed_at', 'text', (c) => c.notNull())
        .addColumn('signed_by', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('release_signatures_pk', ['release_n', 'key_id'])
        .execute();
      await db.schema
        .createTable('mirror_origins')
        .addColumn('origin', 'text', (c) => c.primaryKey())
        .addColumn('cursor', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      for (const table of ['releases', 'release_records', 'release_signatures']) {
        for (const statement of caps.appendOnlyGuard(table)) await sql.raw(statement).execute(db);
      }
    },
  };
}
