import { sql, type Kysely, type Migration } from 'kysely';
import type { Capabilities } from '../capabilities.js';

/** The ledger's first schema: sources, claims, events, their links, history and the totals roll-up. */
export function initial(caps: Capabilities): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('sources')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('raw', caps.binaryType, (c) => c.notNull())
        .addColumn('clean_text', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text')
        .addColumn('outlet', 'text')
        .addColumn('url', 'text')
        .addColumn('path', 'text')
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('duplicate_of', 'text', (c) => c.references('sources.id'))
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('numerals', 'text', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sources_duplicate_of').on('sources').column('duplicate_of').execute();

      await db.schema
        .createTable('source_bands')
        .addColumn('band', 'text', (c) => c.notNull())
        .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
        .addPrimaryKeyConstraint('source_bands_pk', ['band', 'source_id'])
        .execute();

      await db.schema
        .createTable('claims')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('from_party', 'text')
        .addColumn('to_party', 'text')
        .addColumn('count_value', 'integer')
        .addColumn('count_qualifier', 'text')
        .addColumn('count_low', 'integer')
        .addColumn('count_high', 'integer')
        .addColumn('date_start', 'text')
        .addColumn('date_end', 'text')
        .addColumn('date_precision', 'text')
        .addColumn('speaker', 'text')
        .addColumn('speaker_party', 'text')
        .addColumn('agreement', 'text')
        .addColumn('mediator', 'text')
        .addColumn('evidence_sentence', 'text', (c) => c.notNull())
        .addColumn('evidence_start', 'integer', (c) => c.notNull())
        .addColumn('evidence_end', 'integer', (c) => c.notNull())
        .addColumn('wounded', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('part_of', 'integer')
        .addColumn('two_way', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('confidence', caps.floatType, (c) => c.notNull())
        .addColumn('flags', 'text', (c) => c.notNull())
        .addColumn('review', 'text', (c) => c.notNull())
        .addColumn('extra', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('claims_source_ordinal', ['source_id', 'ordinal'])
        .execute();
      // Review queue: what waits, flagged first; candidates for grouping: same kind, direction, category.
      await db.schema.createIndex('claims_review').on('claims').columns(['review', 'confidence']).execute();
      await db.schema
        .createIndex('claims_grouping')
        .on('claims')
        .columns(['kind', 'category', 'from_party', 'to_party', 'date_start'])
        .execute();

      await db.schema
        .createTable('events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('exchange_id', 'text')
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('wounded', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('from_party', 'text')
        .addColumn('to_party', 'text')
        .addColumn('date_start', 'text')
        .addColumn('date_end', 'text')
        .addColumn('date_precision', 'text')
        .addColumn('sort_date', 'text', (c) => c.notNull())
        .addColumn('fig_low', 'integer')
        .addColumn('fig_best', 'integer')
        .addColumn('fig_high', 'integer')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('agreement', 'text')
        .addColumn('mediator', 'text')
        .addColumn('flags', 'text', (c) => c.notNull())
        .addColumn('review', 'text', (c) => c.notNull())
        .addColumn('locked', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('claim_count', 'integer', (c) => c.notNull())
        .addColumn('held', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // Keyset pages over the timeline, alone and under each filter the events command offers.
      await db.schema.createIndex('events_timeline').on('events').columns(['sort_date', 'id']).execute();
      await db.schema.createIndex('events_category').on('events').columns(['category', 'sort_date', 'id']).execute();
      await db.schema.createIndex('events_status').on('events').columns(['status', 'sort_date', 'id']).execute();
      await db.schema.createIndex('events_from').on('events').columns(['from_party', 'sort_date', 'id']).execute();
      await db.schema.createIndex('events_to').on('events').columns(['to_party', 'sort_date', 'id']).execute();
      await db.schema.createIndex('events_review').on('events').columns(['review', 'sort_date']).execute();
      await db.schema.createIndex('events_exchange').on('events').column('exchange_id').execute();
      await db.schema.createIndex('events_held').on('events').columns(['held', 'id']).execute();
      // Candidate events for new claims: same direction and category near a date.
      await db.schema
        .createIndex('events_grouping')
        .on('events')
        .columns(['category', 'from_party', 'to_party', 'sort_date'])
        .execute();

      await db.schema
        .createTable('event_claims')
        .addColumn('event_id', 'text', (c) => c.notNull().references('events.id'))
        .addColumn('claim_id', 'text', (c) => c.notNull().unique().references('claims.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('event_claims_pk', ['event_id', 'claim_id'])
        .execute();

      await db.schema
        .createTable('history')
        .addColumn('seq', caps.autoIncrementType, (c) => {
          const key = c.primaryKey();
          return caps.autoIncrementModifier ? key.autoIncrement() : key;
        })
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .addColumn('reason', 'text')
        .execute();
      await db.schema.createIndex('history_entity').on('history').columns(['entity', 'entity_id', 'seq']).execute();
      await db.schema.createIndex('history_at').on('history').columns(['entity', 'at', 'seq']).execute();
      for (const statement of caps.appendOnlyGuard('history')) await sql.raw(statement).execute(db);

      await db.schema
        .createTable('totals_rollup')
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('year', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('from_party', 'text', (c) => c.notNull())
        .addColumn('to_party', 'text', (c) => c.notNull())
        .addColumn('two_way', 'integer', (c) => c.notNull())
        .addColumn('events', 'integer', (c) => c.notNull())
        .addColumn('low', 'integer', (c) => c.notNull())
        .addColumn('best', 'integer', (c) => c.notNull())
        .addColumn('high', 'integer', (c) => c.notNull())
        .addColumn('open_high', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('totals_rollup_pk', ['month', 'year', 'category', 'from_party', 'to_party', 'two_way'])
        .execute();

      await db.schema
        .createTable('plans')
        .addColumn('plan_claim_id', 'text', (c) => c.primaryKey().references('claims.id'))
        .addColumn('progress', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('cumulative_checks')
        .addColumn('claim_id', 'text', (c) => c.primaryKey().references('claims.id'))
        .addColumn('check_json', 'text', (c) => c.notNull())
        .addColumn('difference', 'integer')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
    // Forward-only: a migration is never undone; a later one changes what needs changing.
  };
}
