/** Database housekeeping: migrations, backup and restore. */
import { openStore, restoreStore, type MigrationReport, type Store } from '../storage/index.js';
import { fail, issueOf, ok, type Result } from '../domain/errors.js';
import { ensureLedgerFolder, storeConfigFrom, type StoreFlags } from './ledger-store.js';

/** Applies pending migrations and says which ran. */
export async function migrateDatabase(flags: StoreFlags): Promise<Result<MigrationReport & { description: string }>> {
  const config = storeConfigFrom(flags);
  if (!config.ok) return config;
  const folder = ensureLedgerFolder(config.value);
  if (!folder.ok) return folder;
  let store: Store | null = null;
  try {
    // Opened without migrating, so the report lists what this run applied.
    store = await openStore(config.value, { migrate: false });
    const report = await store.migrate();
    return ok({ ...report, description: store.description });
  } catch (err) {
    return { ok: false, error: issueOf(err, 'STORAGE_MIGRATION_FAILED') };
  } finally {
    await store?.close();
  }
}

export async function backupDatabase(store: Store, file: string): Promise<Result<{ file: string }>> {
  if (!store.caps.onlineBackup) return fail('STORAGE_UNSUPPORTED', `db backup copies an embedded SQLite database; ${store.description} is not one (use pg_dump)`);
  try {
    await store.backup(file);
    return ok({ file });
  } catch (err) {
    return { ok: false, error: issueOf(err, 'STORAGE_BACKUP_FAILED') };
  }
}

export async function restoreDatabase(flags: StoreFlags, file: string): Promise<Result<{ keptAs: string | null; migrations: number }>> {
  const config = storeConfigFrom(flags);
  if (!config.ok) return config;
  const folder = ensureLedgerFolder(config.value);
  if (!folder.ok) return folder;
  try {
    return ok(await restoreStore(config.value, file));
  } catch (err) {
    return { ok: false, error: issueOf(err, 'STORAGE_RESTORE_INVALID') };
  }
}
