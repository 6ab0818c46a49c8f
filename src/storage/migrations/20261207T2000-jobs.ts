import type { Kysely, Migration } from 'kysely';
import type { Capabilities } from '../capabilities.js';

/**
 * Jobs: large work (a folder, an upload of many reports, a list of addresses, a feed poll) as a row
 * with one item row per unit. An item's result is written in the same transaction as what the item
 * stored, so a worker that dies loses nothing and repeats nothing; a lease (owner, until) keeps two
 * workers off the same item.
 */
export function jobs(caps: Capabilities): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('jobs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('params', 'text', (c) => c.notNull())
        .addColumn('total', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text')
        .addColumn('finished_at', 'text')
        .addColumn('error', 'text')
        .execute();
      await db.schema.createIndex('jobs_created').on('jobs').columns(['created_at', 'id']).execute();
      await db.schema.createIndex('jobs_status').on('jobs').columns(['status', 'created_at']).execute();
      await db.schema
        .createTable('job_items')
        .addColumn('job_id', 'text', (c) => c.notNull().references('jobs.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('bytes', caps.binaryType)
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text')
        .addColumn('result', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('lease_owner', 'text')
        .addColumn('lease_until', 'text')
        .addColumn('finished_at', 'text')
        .addPrimaryKeyConstraint('job_items_pk', ['job_id', 'seq'])
        .execute();
      await db.schema.createIndex('job_items_status').on('job_items').columns(['job_id', 'status', 'seq']).execute();
    },
  };
}
