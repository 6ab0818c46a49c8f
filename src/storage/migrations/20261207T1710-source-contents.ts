import { sql, type Kysely, type Migration } from 'kysely';
import type { Capabilities } from '../capabilities.js';

/**
 * A report's bytes and clean text move from `sources` to `source_contents`. Every claim read joins
 * `sources` for its metadata, and on SQLite a row's columns after a multi-megabyte value are reached
 * only through that value's overflow pages: one read over 2,572 claims of a ledger holding a 20 MB
 * report took 35 s. What was stored is copied over, then the columns are dropped.
 */
export function sourceContents(caps: Capabilities): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('source_contents')
        .addColumn('source_id', 'text', (c) => c.primaryKey().references('sources.id'))
        .addColumn('raw', caps.binaryType, (c) => c.notNull())
        .addColumn('clean_text', 'text', (c) => c.notNull())
        .execute();
      await sql`insert into source_contents (source_id, raw, clean_text) select id, raw, clean_text from sources`.execute(db);
      await db.schema.alterTable('sources').dropColumn('raw').execute();
      await db.schema.alterTable('sources').dropColumn('clean_text').execute();
    },
  };
}
