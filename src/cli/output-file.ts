/**
 * Where `export --out` and `db backup` may write: into a folder that exists, never onto the ledger
 * itself (or its WAL and shared-memory files), and onto an existing file only with --force.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fail, ok, type Result } from '../domain/errors.js';
import { shown } from './escape.js';

const sameFile = (a: string, b: string): boolean => {
  if (resolve(a) === resolve(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
};

/** Ok when `out` may be written; the ledger's file (when SQLite) is never a target, even with --force. */
export function checkOutputFile(out: string, ledgerFile: string | null, force: boolean): Result<void> {
  if (ledgerFile !== null && [ledgerFile, `${ledgerFile}-wal`, `${ledgerFile}-shm`, `${ledgerFile}-journal`].some((f) => sameFile(out, f))) {
    return fail('OUTPUT_EXISTS', `${shown(out)} is the ledger itself: write the copy somewhere else`, { path: 'out' });
  }
  const folder = dirname(resolve(out));
  if (!existsSync(folder)) return fail('OUTPUT_UNWRITABLE', `cannot write ${shown(out)}: the folder ${shown(dirname(out))} does not exist`, { path: 'out' });
  if (!statSync(folder).isDirectory()) return fail('OUTPUT_UNWRITABLE', `cannot write ${shown(out)}: ${shown(dirname(out))} is not a folder`, { path: 'out' });
  if (existsSync(out)) {
    if (statSync(out).isDirectory()) return fail('OUTPUT_UNWRITABLE', `cannot write ${shown(out)}: it is a folder`, { path: 'out' });
    if (!force) return fail('OUTPUT_EXISTS', `${shown(out)} exists already: --force replaces it`, { path: 'out' });
  }
  return ok(undefined);
}

/** A write error (opening or writing the file) as one line a person reads. */
export function writeFailure(out: string, err: NodeJS.ErrnoException): string {
  const why = err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied' : err.code === 'ENOSPC' ? 'the disk is full' : err.code === 'EEXIST' ? 'it appeared meanwhile (--force replaces it)' : err.code === 'ENOENT' ? 'its folder does not exist' : err.message;
  return `cannot write ${shown(out)}: ${why}`;
}
