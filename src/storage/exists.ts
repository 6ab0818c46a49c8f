/**
 * Whether a ledger is there before anything opens it: opening a SQLite path creates the file, and a
 * PostgreSQL schema is created on first use, so a mistyped --db on a reading command would quietly
 * make an empty ledger and show nothing.
 */
import { existsSync, statSync } from 'node:fs';
import pg from 'pg';
import { HandoverError } from '../domain/errors.js';
import { describeConfig, type StoreConfig } from './config.js';

/** True when the configuration names an existing ledger (a SQLite file, a PostgreSQL schema with Handover's tables). */
export async function ledgerExists(config: StoreConfig): Promise<boolean> {
  if (config.engine === 'sqlite') {
    if (config.file === ':memory:') return true;
    // An empty file is no ledger yet (SQLite would take it for an empty database and a read would migrate it).
    return existsSync(config.file) && statSync(config.file).isFile() && statSync(config.file).size > 0;
  }
  const client = new pg.Client({ connectionString: config.url });
  try {
    await client.connect();
    const name = config.schema === undefined ? 'kysely_migration' : `"${config.schema}".kysely_migration`;
    const row = await client.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [name]);
    return row.rows[0]?.t != null;
  } catch (err) {
    throw new HandoverError('STORAGE_OPEN_FAILED', `cannot reach ${describeConfig(config)}: ${(err as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
