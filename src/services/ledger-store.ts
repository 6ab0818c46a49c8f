/** Opening the ledger's store for a face (CLI, HTTP): configuration from flags and environment, errors as values. */
import { openReadStore, openStore, resolveStoreConfig, type Store, type StoreConfig } from '../storage/index.js';
import { issueOf, ok, type Result } from '../domain/errors.js';

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

/** Opens and migrates the store; the caller closes it. */
export async function openLedger(flags: StoreFlags, env: Record<string, string | undefined> = process.env): Promise<Result<Store>> {
  const config = storeConfigFrom(flags, env);
  if (!config.ok) return config;
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
export async function openLedgerWithReader(flags: StoreFlags, env: Record<string, string | undefined> = process.env): Promise<Result<{ store: Store; reads: Store }>> {
  const config = storeConfigFrom(flags, env);
  if (!config.ok) return config;
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
