/**
 * The engines a storage or service test runs against: SQLite always (a temp file), PostgreSQL
 * when HANDOVER_TEST_PG or DATABASE_URL names a server. Each opened store gets its own SQLite
 * file or PostgreSQL schema, dropped afterwards, so runs never collide.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Migrator } from 'kysely';
import { dropPostgresSchema, openStore, type Store, type StoreConfig } from '../../src/storage/index.js';
import { migrationProvider } from '../../src/storage/migrations/index.js';

export interface TestEngine {
  name: 'sqlite' | 'postgres';
  /** Why it is skipped, or null when it runs. */
  skip: string | null;
  /** Whether two connections can write at once (PostgreSQL), so races between writers can be tested. */
  concurrentWriters: boolean;
  /** A fresh store, migrated to the latest migration or to `migrateTo`, and its configuration. */
  fresh(options?: FreshOptions): Promise<{ store: Store; config: StoreConfig }>;
  /** Drops everything fresh() made. */
  cleanup(): Promise<void>;
}

const pgUrl = process.env.HANDOVER_TEST_PG ?? (process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined);

export interface FreshOptions {
  /** Stop at this migration (to build a ledger as an older version stored it). */
  migrateTo?: string;
}

/** Opens a store migrated as `options` say. */
async function openFresh(config: StoreConfig, options: FreshOptions): Promise<Store> {
  if (options.migrateTo === undefined) return openStore(config);
  const store = await openStore(config, { migrate: false });
  const schema = config.engine === 'postgres' ? config.schema : undefined;
  const migrator = new Migrator({ db: store.kysely, provider: migrationProvider(store.caps), ...(schema === undefined ? {} : { migrationTableSchema: schema }) });
  const { error } = await migrator.migrateTo(options.migrateTo);
  if (error) throw error;
  return store;
}

let announced = false;

export function testEngines(): TestEngine[] {
  if (!pgUrl && !announced) {
    announced = true;
    process.stdout.write('storage tests: PostgreSQL skipped (set HANDOVER_TEST_PG=postgres://postgres@127.0.0.1:5432/test to run them)\n');
  }
  return [sqliteEngine(), postgresEngine(pgUrl)];
}

function sqliteEngine(): TestEngine {
  const dirs: string[] = [];
  const open: Store[] = [];
  return {
    name: 'sqlite',
    skip: null,
    concurrentWriters: false,
    async fresh(options = {}) {
      const dir = mkdtempSync(join(tmpdir(), 'handover-test-'));
      dirs.push(dir);
      const config: StoreConfig = { engine: 'sqlite', file: join(dir, 'ledger.db') };
      const store = await openFresh(config, options);
      open.push(store);
      return { store, config };
    },
    async cleanup() {
      for (const s of open.splice(0)) await s.close().catch(() => undefined);
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}

function postgresEngine(url: string | undefined): TestEngine {
  const schemas: string[] = [];
  const open: Store[] = [];
  return {
    name: 'postgres',
    skip: url ? null : 'no HANDOVER_TEST_PG or DATABASE_URL',
    concurrentWriters: true,
    async fresh(options = {}) {
      if (!url) throw new Error('PostgreSQL is not configured');
      const schema = `handover_test_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      const config: StoreConfig = { engine: 'postgres', url, schema, poolSize: 3 };
      const store = await openFresh(config, options);
      open.push(store);
      return { store, config };
    },
    async cleanup() {
      for (const s of open.splice(0)) await s.close().catch(() => undefined);
      if (url) for (const schema of schemas.splice(0)) await dropPostgresSchema(url, schema);
    },
  };
}

/**
 * Another writer holding the ledger lock (as an ingest's unit does) on the store `config` names,
 * until `release`. Only meaningful where writers run at once (PostgreSQL).
 */
export async function holdLedger(config: StoreConfig): Promise<{ release(): Promise<void> }> {
  const other = await openStore(config);
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let locked!: () => void;
  const isLocked = new Promise<void>((r) => (locked = r));
  const holder = other.transaction(async (tx) => {
    await tx.locks.ledger();
    locked();
    await released;
  });
  await isLocked;
  return {
    async release() {
      release();
      await holder;
      await other.close();
    },
  };
}

/** Whether `work` is still running after `ms` milliseconds; it is left running either way. */
export async function stillRunningAfter(work: Promise<unknown>, ms: number): Promise<boolean> {
  let done = false;
  void work.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((r) => setTimeout(r, ms));
  return !done;
}
