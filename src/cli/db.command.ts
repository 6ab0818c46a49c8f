import type { Command } from 'commander';
import pc from 'picocolors';
import { rename, unlink } from 'node:fs/promises';
import { backupDatabase, migrateDatabase, restoreDatabase } from '../services/db.service.js';
import { ledgerFileOf } from '../services/index.js';
import { shown } from './escape.js';
import { DB_HELP, reportIssue, withStore } from './ledger-cli.js';
import { checkOutputFile, writeFailure } from './output-file.js';

interface DbFlags {
  db?: string;
  force?: boolean;
}

export function registerDb(program: Command): void {
  const db = program.command('db').description('database housekeeping: migrate, backup, restore');

  db.command('migrate')
    .description('apply pending schema migrations and print what ran (the store also migrates when it opens)')
    .option('--db <path>', DB_HELP)
    .action(async (flags: DbFlags) => {
      const result = await migrateDatabase(flags);
      if (!result.ok) return reportIssue('db migrate', result.error);
      const { applied, known, description } = result.value;
      process.stdout.write(`${description}\n`);
      if (applied.length === 0) process.stdout.write(`  up to date (${known.length} migration${known.length === 1 ? '' : 's'} applied)\n`);
      for (const m of applied) process.stdout.write(`  ${m.status === 'Success' ? pc.green('applied') : pc.red(m.status)}  ${m.name}\n`);
    });

  db.command('backup')
    .description('copy the embedded SQLite database to FILE while it stays in use')
    .argument('<file>', 'where to write the copy (never the ledger itself)')
    .option('--force', 'replace FILE when it exists')
    .option('--db <path>', DB_HELP)
    .action(async (file: string, flags: DbFlags) => {
      const target = checkOutputFile(file, ledgerFileOf(flags), flags.force ?? false, false);
      if (!target.ok) return reportIssue('db backup', target.error);
      await withStore('db backup', flags, async (store) => {
        // Copied beside the target and renamed when complete, so a replaced backup stays until the new one is whole.
        const partial = `${file}.${process.pid}.partial`;
        const result = await backupDatabase(store, partial);
        if (!result.ok) {
          await unlink(partial).catch(() => undefined);
          return reportIssue('db backup', { ...result.error, message: result.error.message.replaceAll(partial, file) });
        }
        try {
          await rename(partial, file);
        } catch (err) {
          await unlink(partial).catch(() => undefined);
          return reportIssue('db backup', { code: 'OUTPUT_UNWRITABLE', message: writeFailure(file, err as NodeJS.ErrnoException) });
        }
        process.stdout.write(`backed up ${store.description} to ${shown(file)}\n`);
      });
    });

  db.command('restore')
    .description('replace the embedded SQLite database with a backup (the replaced one is kept beside it)')
    .argument('<file>', 'a backup written by db backup')
    .option('--db <path>', DB_HELP)
    .action(async (file: string, flags: DbFlags) => {
      const result = await restoreDatabase(flags, file);
      if (!result.ok) return reportIssue('db restore', result.error);
      process.stdout.write(`restored from ${shown(file)}${result.value.keptAs ? `; the previous database is kept as ${shown(result.value.keptAs)}` : ''}\n`);
    });
}
