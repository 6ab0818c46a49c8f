import type { Kysely, Migration } from 'kysely';

/**
 * Followed sources: an address polled on a schedule, with the validators of the copy last read
 * (ETag, Last-Modified) and its counts; and the items of each already read (a feed's guids, a
 * channel's message ids), so the next poll fetches and stores only what is new.
 */
export function watches(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('watches')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('url', 'text', (c) => c.notNull().unique())
        .addColumn('every_seconds', 'integer', (c) => c.notNull())
        .addColumn('outlet', 'text')
        .addColumn('channel', 'text')
        .addColumn('title', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('next_poll_at', 'text', (c) => c.notNull())
        .addColumn('last_polled_at', 'text')
        .addColumn('last_status', 'text')
        .addColumn('last_error', 'text')
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('polls', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('items_seen', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('sources_new', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('claims_new', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('watches_due').on('watches').column('next_poll_at').execute();
      await db.schema
        .createTable('watch_items')
        .addColumn('watch_id', 'text', (c) => c.notNull().references('watches.id'))
        .addColumn('item_key', 'text', (c) => c.notNull())
        .addColumn('link', 'text')
        .addColumn('source_id', 'text')
        .addColumn('seen_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('watch_items_pk', ['watch_id', 'item_key'])
        .execute();
    },
  };
}
