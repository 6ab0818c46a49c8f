/** The only module that touches the database drivers. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { HandoverError } from '../domain/errors.js';
import { postgresCapabilities, sqliteCapabilities, type Capabilities } from './capabilities.js';
import { describeConfig, type StoreConfig } from './config.js';
import type { Database } from './schema.js';

export interface Connection {
  db: Kysely<Database>;
  caps: Capabilities;
  /** SQLite only: the raw handle, for online backup. */
  sqlite: SqliteDatabase.Database | null;
}

const INT8 = 20;
const NUMERIC = 1700;

// Counts and sums come back as bigint/numeric; every figure in a ledger of exchanges fits a double.
const pgTypes = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    return (pg.types.getTypeParser as (o: number, f?: string) => unknown)(oid, format);
  }) as typeof pg.types.getTypeParser,
};

export async function connect(config: StoreConfig): Promise<Connection> {
  if (config.engine === 'sqlite') return connectSqlite(config.file);
  return connectPostgres(config.url, config.schema, config.poolSize ?? 4);
}

/**
 * A second, read-only connection to a SQLite file another connection writes: in WAL mode it reads
 * the last committed state while a write transaction (an ingest batch) is open on the other.
 */
export function connectSqliteReader(file: string): Connection {
  let handle: SqliteDatabase.Database;
  try {
    handle = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    handle.pragma('busy_timeout = 5000');
  } catch (err) {
    throw new HandoverError('STORAGE_OPEN_FAILED', `cannot open SQLite database ${file} for reading: ${(err as Error).message}`, { file });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(handle) }) });
  return { db, caps: sqliteCapabilities, sqlite: handle };
}

function connectSqlite(file: string): Connection {
  let handle: SqliteDatabase.Database;
  try {
    if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
    handle = new SqliteDatabase(file);
    handle.pragma('journal_mode = WAL');
    handle.pragma('foreign_keys = ON');
    // WAL with NORMAL survives a killed process (only power loss can drop the last commits).
    handle.pragma('synchronous = NORMAL');
    handle.pragma('busy_timeout = 5000');
    // Fewer, larger checkpoints: each one ends in an fsync, and ingest commits a source at a time.
    handle.pragma('wal_autocheckpoint = 4000');
  } catch (err) {
    throw new HandoverError('STORAGE_OPEN_FAILED', `cannot open SQLite database ${file}: ${(err as Error).message}`, { file });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(handle) }) });
  return { db, caps: sqliteCapabilities, sqlite: handle };
}

/**
 * Kysely prepares every statement anew; with a few dozen distinct statements per ingested report,
 * preparing costs more than running them. Statements are reused by SQL text (Kysely never iterates
 * two results of one statement at once here: streaming is not used on SQLite).
 */
function cachingStatements(handle: SqliteDatabase.Database, max = 500) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => handle.close(),
    prepare(sqlText: string): SqliteDatabase.Statement {
      let stmt = cache.get(sqlText);
      if (stmt === undefined) {
        stmt = handle.prepare(sqlText);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
        cache.set(sqlText, stmt);
      }
      return stmt;
    },
  };
}

async function connectPostgres(url: string, schema: string | undefined, max: number): Promise<Connection> {
  const base: pg.PoolConfig = { connectionString: url, max, types: pgTypes };
  if (schema !== undefined) {
    // Create the schema with a throwaway client, then pin every pooled connection to it.
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } catch (err) {
      throw new HandoverError('STORAGE_OPEN_FAILED', `cannot reach ${describeConfig({ engine: 'postgres', url })}: ${(err as Error).message}`);
    } finally {
      await client.end().catch(() => undefined);
    }
    base.options = `-c search_path="${schema}"`;
  }
  const pool = new pg.Pool(base);
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new HandoverError('STORAGE_OPEN_FAILED', `cannot reach ${describeConfig({ engine: 'postgres', url })}: ${(err as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, caps: postgresCapabilities, sqlite: null };
}

/** Drops a schema made for a test run (PostgreSQL only). */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** Copies a live SQLite database to a file with the online backup API. */
export async function backupSqlite(handle: SqliteDatabase.Database, file: string): Promise<void> {
  await handle.backup(file);
}

/** Checks that a file is a Handover SQLite database: intact and migrated. */
export function inspectSqliteFile(file: string): { ok: true; migrations: number } | { ok: false; reason: string } {
  let handle: SqliteDatabase.Database | null = null;
  try {
    handle = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    const integrity = handle.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return { ok: false, reason: `integrity check failed: ${String(integrity)}` };
    const table = handle
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'")
      .get();
    if (!table) return { ok: false, reason: 'it holds no Handover schema (no migrations table)' };
    const row = handle.prepare('SELECT count(*) AS n FROM kysely_migration').get() as { n: number };
    return { ok: true, migrations: row.n };
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  } finally {
    handle?.close();
  }
}

/** Replaces the database at `target` with the one in `backupFile`, page by page through SQLite. */
export async function restoreSqlite(backupFile: string, target: string): Promise<void> {
  const source = new SqliteDatabase(backupFile, { readonly: true, fileMustExist: true });
  try {
    // Fold the target's WAL in first so no stale frames outlive the restore.
    const live = new SqliteDatabase(target);
    live.pragma('wal_checkpoint(TRUNCATE)');
    live.close();
    await source.backup(target);
  } finally {
    source.close();
  }
}
