/** The only module that touches the database drivers. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, SqliteAdapter, SqliteDialect, SqliteDriver, type DatabaseConnection, type DialectAdapter, type Driver, type QueryResult } from 'kysely';
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
  if (config.engine === 'sqlite') return connectSqlite(config.file, config.busyTimeoutMs ?? BUSY_TIMEOUT_MS);
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
  // The same dialect as the writer's, so a lock held too long reads as LEDGER_BUSY here too (it opens no transaction).
  const db = new Kysely<Database>({ dialect: new HandoverSqliteDialect({ database: cachingStatements(handle) }) });
  return { db, caps: sqliteCapabilities, sqlite: handle };
}

/** Attempts at opening a SQLite file that another process holds locked (turning it to WAL, say) before LEDGER_BUSY. */
const OPEN_ATTEMPTS = 40;
const OPEN_PAUSE_MS = 100;

function connectSqlite(file: string, busyTimeoutMs: number): Connection {
  if (file !== ':memory:') {
    try {
      mkdirSync(dirname(resolve(file)), { recursive: true });
    } catch (err) {
      throw new HandoverError('STORAGE_OPEN_FAILED', `cannot open SQLite database ${file}: ${(err as Error).message}`, { file });
    }
  }
  // Setting WAL can meet a lock that SQLite's busy handler does not wait for (another process making
  // the same new ledger, or recovering its WAL): the open is tried again after a pause.
  for (let attempt = 1; ; attempt++) {
    try {
      return openSqliteWriter(file, busyTimeoutMs);
    } catch (err) {
      const cause = (err as HandoverError).details?.cause;
      if (!isSqliteBusy({ code: cause })) throw err;
      if (attempt >= OPEN_ATTEMPTS) throw busyError(err);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, OPEN_PAUSE_MS);
    }
  }
}

function openSqliteWriter(file: string, busyTimeoutMs: number): Connection {
  let handle: SqliteDatabase.Database | undefined;
  try {
    handle = new SqliteDatabase(file, { timeout: busyTimeoutMs });
    handle.pragma('journal_mode = WAL');
    handle.pragma('foreign_keys = ON');
    // WAL with NORMAL survives a killed process (only power loss can drop the last commits).
    handle.pragma('synchronous = NORMAL');
    handle.pragma(`busy_timeout = ${busyTimeoutMs}`);
    // Fewer, larger checkpoints: each one ends in an fsync, and ingest commits a source at a time.
    handle.pragma('wal_autocheckpoint = 4000');
  } catch (err) {
    handle?.close();
    throw new HandoverError('STORAGE_OPEN_FAILED', `cannot open SQLite database ${file}: ${(err as Error).message}`, { file, cause: (err as { code?: unknown }).code ?? null });
  }
  const db = new Kysely<Database>({ dialect: new HandoverSqliteDialect({ database: cachingStatements(handle) }) });
  return { db, caps: sqliteCapabilities, sqlite: handle };
}

/** How long one attempt at the write lock waits (SQLite's busy handler, which blocks this thread). */
const BUSY_TIMEOUT_MS = 5000;
/** Attempts at the write lock before a writer gives up with LEDGER_BUSY. */
const BUSY_ATTEMPTS = 3;
const BEGIN_IMMEDIATE = CompiledQuery.raw('begin immediate');

/** Whether better-sqlite3 gave up waiting for another process's lock (SQLITE_BUSY and its extended codes). */
function isSqliteBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

const busyError = (err: unknown): HandoverError =>
  new HandoverError('LEDGER_BUSY', `the ledger is busy (another process is writing); try again (${(err as Error).message})`);

/** Every statement's SQLITE_BUSY becomes LEDGER_BUSY, so no caller mistakes it for its own failure. */
function busyAware(inner: DatabaseConnection): DatabaseConnection {
  return {
    async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
      try {
        return await inner.executeQuery<R>(query);
      } catch (err) {
        throw isSqliteBusy(err) ? busyError(err) : err;
      }
    },
    streamQuery: <R>(query: CompiledQuery, chunkSize?: number) => inner.streamQuery<R>(query, chunkSize),
  };
}

/**
 * The SQLite connections' driver. Transactions open with BEGIN IMMEDIATE: a writer takes the
 * write lock before it reads, so its reads are never a snapshot that another process's commit
 * makes stale (a deferred BEGIN that reads, then writes, fails at once with SQLITE_BUSY, and no
 * busy timeout can help it). Waiting for the lock is SQLite's busy timeout, tried a few times;
 * then the transaction fails with LEDGER_BUSY.
 */
class HandoverSqliteDriver extends SqliteDriver {
  readonly #wrapped = new WeakMap<DatabaseConnection, DatabaseConnection>();

  override async acquireConnection(): Promise<DatabaseConnection> {
    const conn = await super.acquireConnection();
    let wrapped = this.#wrapped.get(conn);
    if (wrapped === undefined) {
      wrapped = busyAware(conn);
      this.#wrapped.set(conn, wrapped);
    }
    return wrapped;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await connection.executeQuery(BEGIN_IMMEDIATE);
        return;
      } catch (err) {
        if (!(err instanceof HandoverError && err.code === 'LEDGER_BUSY') || attempt >= BUSY_ATTEMPTS) throw err;
        // Let the holder's event loop (and ours) run before waiting again.
        await new Promise((r) => setTimeout(r, 25 + Math.random() * 75));
      }
    }
  }
}

/**
 * SQLite runs DDL in transactions, but Kysely's adapter says it does not, so its migrator runs each
 * migration statement on its own, with no lock (it assumes one connection): two processes opening
 * a new ledger at once both ran the first migration ("table sources already exists"). Saying yes
 * makes the migrator read what ran and run what is pending inside one BEGIN IMMEDIATE transaction,
 * which is the lock.
 */
class HandoverSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class HandoverSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];
  constructor(config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new HandoverSqliteDriver(this.#config);
  }
  override createAdapter(): DialectAdapter {
    return new HandoverSqliteAdapter();
  }
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

/**
 * Holds the write lock of the SQLite file on a connection of its own until `release`: the ledger's
 * writers (other processes, and this one's store) wait their turn meanwhile, readers go on.
 * Waits as a writer does, then fails with LEDGER_BUSY.
 */
export async function holdSqliteWriteLock(file: string, busyTimeoutMs = BUSY_TIMEOUT_MS): Promise<{ release(): void }> {
  const handle = new SqliteDatabase(file, { fileMustExist: true });
  try {
    handle.pragma(`busy_timeout = ${busyTimeoutMs}`);
    for (let attempt = 1; ; attempt++) {
      try {
        handle.exec('BEGIN IMMEDIATE');
        break;
      } catch (err) {
        if (!isSqliteBusy(err)) throw err;
        if (attempt >= BUSY_ATTEMPTS) throw busyError(err);
        await new Promise((r) => setTimeout(r, 25 + Math.random() * 75));
      }
    }
  } catch (err) {
    handle.close();
    throw err;
  }
  return {
    release() {
      handle.exec('ROLLBACK');
      handle.close();
    },
  };
}

/** Tables SQLite keeps for itself: never dropped or created by name. */
const INTERNAL = /^sqlite_/;
const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Replaces the database at `target` with the one in `backupFile`, first copying it to `keepAs`
 * (when given). Refuses (LEDGER_BUSY, nothing changed) while another connection has `target`
 * open: a process that is writing, or could write, would otherwise lose what it stores (its
 * commits would land between the copy and the restore) or write into a ledger changing under it.
 *
 * The connection takes SQLite's exclusive locking mode, which succeeds only when no other
 * connection has the file open and keeps every other one out until it closes; the copy and the
 * restore happen under it, the restore as one transaction (a crash leaves the old ledger whole).
 */
export function restoreSqliteFile(backupFile: string, target: string, keepAs: string | null): void {
  const live = new SqliteDatabase(target);
  try {
    live.pragma('busy_timeout = 250');
    live.pragma('locking_mode = EXCLUSIVE');
    try {
      live.exec('BEGIN EXCLUSIVE');
      live.exec('COMMIT');
    } catch (err) {
      if (!isSqliteBusy(err)) throw err;
      throw new HandoverError(
        'LEDGER_BUSY',
        `the ledger ${target} is in use by another process (an ingest, a review, a server); stop it and try again; nothing was changed`,
        { file: target },
      );
    }
    if (live.pragma('journal_mode', { simple: true }) !== 'wal') live.pragma('journal_mode = WAL');
    // Everything committed, in one file, with no one else writing: the copy misses nothing.
    if (keepAs !== null) live.prepare('VACUUM INTO ?').run(keepAs);
    live.pragma('foreign_keys = OFF');
    live.prepare('ATTACH DATABASE ? AS bak').run(backupFile);
    try {
      live.transaction(() => {
        const mine = live.prepare("SELECT type, name FROM main.sqlite_master WHERE type IN ('table', 'view', 'trigger')").all() as { type: string; name: string }[];
        // Triggers and views first: a table's own go with it, and a view may name any table.
        for (const kind of ['trigger', 'view', 'table']) {
          for (const o of mine) if (o.type === kind && !INTERNAL.test(o.name)) live.exec(`DROP ${kind.toUpperCase()} IF EXISTS main.${quoteName(o.name)}`);
        }
        const theirs = live.prepare('SELECT type, name, sql FROM bak.sqlite_master WHERE sql IS NOT NULL ORDER BY rowid').all() as { type: string; name: string; sql: string }[];
        for (const o of theirs) {
          if (o.type !== 'table' || INTERNAL.test(o.name)) continue;
          live.exec(o.sql);
          live.exec(`INSERT INTO main.${quoteName(o.name)} SELECT * FROM bak.${quoteName(o.name)}`);
        }
        const hasSequence = (schema: string) => live.prepare(`SELECT 1 FROM ${schema}.sqlite_master WHERE name = 'sqlite_sequence'`).get() !== undefined;
        if (hasSequence('main')) live.exec('DELETE FROM main.sqlite_sequence');
        if (hasSequence('main') && hasSequence('bak')) live.exec('INSERT INTO main.sqlite_sequence SELECT * FROM bak.sqlite_sequence');
        for (const kind of ['index', 'view', 'trigger']) for (const o of theirs) if (o.type === kind && !INTERNAL.test(o.name)) live.exec(o.sql);
      }).exclusive();
    } finally {
      live.exec('DETACH DATABASE bak');
    }
  } finally {
    live.close();
  }
}
