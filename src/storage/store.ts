import { existsSync } from 'node:fs';
import { CompiledQuery, Migrator, type Kysely, type MigrationResult } from 'kysely';
import { HandoverError } from '../domain/errors.js';
import type { Capabilities, EngineName } from './capabilities.js';
import { describeConfig, type StoreConfig } from './config.js';
import { backupSqlite, connect, connectSqliteReader, holdSqliteWriteLock, inspectSqliteFile, restoreSqliteFile } from './connect.js';
import { migrationProvider } from './migrations/index.js';
import { cachingClaims } from './batch-claims.js';
import { repositories, type Repositories } from './repositories.js';
import type { Database } from './schema.js';

/** What one migration run did, in order. */
export interface MigrationReport {
  applied: { name: string; status: MigrationResult['status'] }[];
  /** Every migration the code knows, applied or not. */
  known: string[];
}

/** The ledger's storage: repositories over one engine, transactions, migrations, backup. */
export interface Store extends Repositories {
  readonly engine: EngineName;
  readonly caps: Capabilities;
  /** "SQLite ./handover.db" or "PostgreSQL postgres://…" for messages. */
  readonly description: string;
  /** Runs `fn` in one transaction: all of it is stored or none. */
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
  /**
   * Opens a transaction for a batch of units (e.g. one source each): every unit runs in its own
   * savepoint, so a failing unit leaves nothing behind and the others stay; the batch is durable
   * once committed. While it is open, read through the batch, not the store (SQLite has one connection).
   */
  startBatch(): Promise<Batch>;
  migrate(): Promise<MigrationReport>;
  /** SQLite only: an online copy of the live database. */
  backup(file: string): Promise<void>;
  close(): Promise<void>;
  /** The query builder, for storage-level tools (bulk loading for benchmarks, contract tests). */
  readonly kysely: Kysely<Database>;
  /**
   * A number that changes whenever another connection commits to the database (SQLite's
   * data_version), read without a query: what a read cache is keyed by. Only on the read-only
   * SQLite store, which never writes itself; absent elsewhere.
   */
  readonly changeCounter?: () => number;
}

/** A transaction holding several all-or-nothing units. */
export interface Batch {
  /** The repositories inside the batch's transaction. */
  readonly repos: Repositories;
  /** Runs one unit in a savepoint: on a throw the unit is undone and the error rethrown. */
  unit<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

export interface OpenOptions {
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
}

/** A batch's units run one after another, never nested: one savepoint name serves them all (and one cached statement each). */
const UNIT = {
  begin: CompiledQuery.raw('SAVEPOINT handover_unit'),
  release: CompiledQuery.raw('RELEASE SAVEPOINT handover_unit'),
  rollback: CompiledQuery.raw('ROLLBACK TO SAVEPOINT handover_unit'),
};

async function runMigrations(db: Kysely<Database>, caps: Capabilities, schema: string | undefined): Promise<MigrationReport> {
  // Kysely looks for its tables in every schema; naming ours keeps runs in other schemas apart.
  const migrator = new Migrator(
    schema === undefined ? { db, provider: migrationProvider(caps) } : { db, provider: migrationProvider(caps), migrationTableSchema: schema },
  );
  // Nothing pending is the usual case, and is read without a transaction: on SQLite the migrator's
  // takes the write lock, and a reader must not wait for a writer to learn that nothing is to do.
  const before = await migrator.getMigrations();
  if (before.every((m) => m.executedAt !== undefined)) return { applied: [], known: before.map((m) => m.name) };
  const { error, results } = await migrator.migrateToLatest();
  const applied = (results ?? []).map((r) => ({ name: r.migrationName, status: r.status }));
  if (error instanceof HandoverError && error.code === 'LEDGER_BUSY') throw error;
  if (error) {
    const failed = applied.find((r) => r.status === 'Error')?.name ?? 'unknown';
    throw new HandoverError('STORAGE_MIGRATION_FAILED', `migration ${failed} failed: ${(error as Error).message ?? String(error)}`, { applied });
  }
  const known = (await migrator.getMigrations()).map((m) => m.name);
  return { applied, known };
}

/** Opens (and by default migrates) the store the configuration names. */
export async function openStore(config: StoreConfig, options: OpenOptions = {}): Promise<Store> {
  const conn = await connect(config);
  const { db, caps } = conn;
  const schema = config.engine === 'postgres' ? config.schema : undefined;
  try {
    if (options.migrate !== false) await runMigrations(db, caps, schema);
  } catch (err) {
    await db.destroy().catch(() => undefined);
    throw err;
  }
  return {
    ...repositories(db, caps),
    engine: caps.engine,
    caps,
    description: describeConfig(config),
    kysely: db,
    transaction: (fn) => db.transaction().execute((trx) => fn(repositories(trx, caps))),
    migrate: () => runMigrations(db, caps, schema),
    async startBatch(): Promise<Batch> {
      const trx = await db.startTransaction().execute();
      const plain = repositories(trx, caps);
      // With one writer at a time, claims read in the batch stay as read until it ends (batch-claims.ts).
      const cache = caps.concurrentWriters ? null : cachingClaims(plain.claims);
      const repos = cache ? { ...plain, claims: cache.claims } : plain;
      return {
        repos,
        async unit<T>(fn: (tx: Repositories) => Promise<T>): Promise<T> {
          await trx.executeQuery(UNIT.begin);
          try {
            const value = await fn(repos);
            await trx.executeQuery(UNIT.release);
            return value;
          } catch (err) {
            cache?.forget();
            await trx.executeQuery(UNIT.rollback);
            await trx.executeQuery(UNIT.release);
            throw err;
          }
        },
        commit: () => trx.commit().execute(),
        rollback: () => trx.rollback().execute(),
      };
    },
    async backup(file: string) {
      if (!caps.onlineBackup || conn.sqlite === null) {
        throw new HandoverError('STORAGE_UNSUPPORTED', 'db backup copies an embedded SQLite database; for PostgreSQL use pg_dump');
      }
      // Writers wait while the copy is made (a lock on a second connection: a backup from inside
      // this connection's own transaction copies nothing); an in-memory database has no other writer.
      const lock = config.engine === 'sqlite' && config.file !== ':memory:' ? await holdSqliteWriteLock(config.file, config.busyTimeoutMs) : null;
      try {
        await backupSqlite(conn.sqlite, file);
      } catch (err) {
        throw new HandoverError('STORAGE_BACKUP_FAILED', `cannot write backup ${file}: ${(err as Error).message}`, { file });
      } finally {
        lock?.release();
      }
    },
    close: () => db.destroy(),
  };
}

/**
 * A store for reads beside `writer`: on SQLite a read-only connection of its own (WAL lets it read
 * while the writer's batch is open); on PostgreSQL, and for an in-memory database, the writer itself
 * (its pool already reads beside a writing transaction). Writing through it fails.
 */
export function openReadStore(config: StoreConfig, writer: Store): Store {
  if (config.engine !== 'sqlite' || config.file === ':memory:') return writer;
  const { db, caps, sqlite } = connectSqliteReader(config.file);
  // Prepared once: the read cache asks for it on every request.
  let dataVersion: { get(): unknown } | undefined;
  const refuse = async (): Promise<never> => {
    throw new HandoverError('STORAGE_UNSUPPORTED', 'this is the read-only connection: write through the store');
  };
  return {
    ...repositories(db, caps),
    engine: caps.engine,
    caps,
    description: writer.description,
    kysely: db,
    transaction: refuse,
    startBatch: refuse,
    migrate: refuse,
    backup: refuse,
    close: () => db.destroy(),
    // better-sqlite3 runs one statement at a time on this thread: a pragma between two of Kysely's never meets one half done.
    changeCounter: () => (dataVersion ??= sqlite!.prepare('PRAGMA data_version').pluck()).get() as number,
  };
}

/**
 * Replaces an embedded database with a backup. The backup is checked first; the database it
 * replaces is kept beside it as `<file>.before-restore-<timestamp>`, so nothing stored is lost.
 * Refused (LEDGER_BUSY, nothing changed) while another process has the ledger open.
 */
export async function restoreStore(config: StoreConfig, backupFile: string): Promise<{ keptAs: string | null; migrations: number }> {
  if (config.engine !== 'sqlite') {
    throw new HandoverError('STORAGE_UNSUPPORTED', 'db restore replaces an embedded SQLite database; for PostgreSQL use pg_restore');
  }
  if (!existsSync(backupFile)) throw new HandoverError('STORAGE_RESTORE_INVALID', `no such file: ${backupFile}`, { file: backupFile });
  const check = inspectSqliteFile(backupFile);
  if (!check.ok) throw new HandoverError('STORAGE_RESTORE_INVALID', `${backupFile} cannot be restored: ${check.reason}`, { file: backupFile });
  const keptAs = existsSync(config.file) ? `${config.file}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}` : null;
  try {
    restoreSqliteFile(backupFile, config.file, keptAs);
  } catch (err) {
    if (err instanceof HandoverError) throw err;
    throw new HandoverError('STORAGE_RESTORE_INVALID', `cannot restore ${backupFile}: ${(err as Error).message}`, { file: backupFile });
  }
  return { keptAs, migrations: check.migrations };
}
