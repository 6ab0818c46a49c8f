/** Opening the ledger's store for a face (CLI, HTTP): configuration from flags and environment, errors as values. */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describeConfig, ledgerExists, openReadStore, openStore, resolveStoreConfig, type Store, type StoreConfig } from '../storage/index.js';
import { fail, issueOf, ok, type Result } from '../domain/errors.js';

export interface StoreFlags {
  /** `--db PATH` or a postgres:// URL. */
  db?: string | undefined;
}

export function storeConfigFrom(flags: StoreFlags, env: Record<string, string | undefined> = process.env): Result<StoreConfig> {
  try {
    return ok(resolveStoreConfig({ db: flags.db, env }));
  } catch (err) {
    return { ok: false, error: issueOf(err, 'STORAGE_URL_INVALID') };
  }
}

export interface OpenLedgerOptions {
  /** Make the ledger when it is not there (ingest, demo, import, db migrate); otherwise a missing one is STORAGE_MISSING. Default true. */
  create?: boolean;
}

/** STORAGE_MISSING when `config` names no ledger yet; null when it does. */
export async function missingLedger(config: StoreConfig): Promise<Result<never> | null> {
  try {
    if (await ledgerExists(config)) return null;
  } catch (err) {
    return { ok: false, error: issueOf(err, 'STORAGE_OPEN_FAILED') };
  }
  return fail('STORAGE_MISSING', `no ledger at ${describeConfig(config)}: check the path (ingest, demo, import or db migrate creates one)`);
}

/**
 * Makes the folders a new SQLite ledger goes in, one level at a time. (Node's recursive mkdir loops
 * for ever where the system refuses to create a folder but says it is missing, as under /proc.)
 */
export function ensureLedgerFolder(config: StoreConfig): Result<void> {
  if (config.engine !== 'sqlite' || config.file === ':memory:') return ok(undefined);
  const missing: string[] = [];
  for (let dir = dirname(resolve(config.file)); !existsSync(dir); dir = dirname(dir)) {
    missing.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      return fail('STORAGE_OPEN_FAILED', `cannot make the folder ${dir} for the ledger: ${e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : e.code === 'ENOENT' ? 'the system refuses it' : e.message}`);
    }
  }
  return ok(undefined);
}

/** Opens and migrates the store; the caller closes it. */
export async function openLedger(flags: StoreFlags, env: Record<string, string | undefined> = process.env, options: OpenLedgerOptions = {}): Promise<Result<Store>> {
  const config = storeConfigFrom(flags, env);
  if (!config.ok) return config;
  if (options.create === false) {
    const missing = await missingLedger(config.value);
    if (missing) return missing;
  }
  const folder = ensureLedgerFolder(config.value);
  if (!folder.ok) return folder;
  try {
    return ok(await openStore(config.value));
  } catch (err) {
    return { ok: false, error: issueOf(err, 'STORAGE_OPEN_FAILED') };
  }
}

/**
 * Opens the store and, beside it, one for reads that an open write never holds up (a server's
 * readers during an ingest); closing `store` does not close `reads`.
 */
export async function openLedgerWithReader(flags: StoreFlags, env: Record<string, string | undefined> = process.env, options: OpenLedgerOptions = {}): Promise<Result<{ store: Store; reads: Store }>> {
  const config = storeConfigFrom(flags, env);
  if (!config.ok) return config;
  if (options.create === false) {
    const missing = await missingLedger(config.value);
    if (missing) return missing;
  }
  const folder = ensureLedgerFolder(config.value);
  if (!folder.ok) return folder;
  let store: Store;
  try {
    store = await openStore(config.value);
  } catch (err) {
    return { ok: false, error: issueOf(err, 'STORAGE_OPEN_FAILED') };
  }
  try {
    return ok({ store, reads: openReadStore(config.value, store) });
  } catch (err) {
    await store.close();
    return { ok: false, error: issueOf(err, 'STORAGE_OPEN_FAILED') };
  }
}

/** The SQLite file the flags name (null for PostgreSQL, an in-memory database, or a bad address): what an output must never overwrite. */
export function ledgerFileOf(flags: StoreFlags, env: Record<string, string | undefined> = process.env): string | null {
  const config = storeConfigFrom(flags, env);
  return config.ok && config.value.engine === 'sqlite' && config.value.file !== ':memory:' ? config.value.file : null;
}
