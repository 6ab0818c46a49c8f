/** Opening the ledger's store for a face (CLI, HTTP): configuration from flags and environment, errors as values. */
import { openStore, resolveStoreConfig, type Store, type StoreConfig } from '../storage/index.js';
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
