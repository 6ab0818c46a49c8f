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

/**
 * How `out` may be written, or why not. The ledger's file (when SQLite) is never a target, even with
 * --force. A regular file is written beside the target and renamed over it when whole (`direct:
 * false`); a device or a pipe that exists (`/dev/stdout`, a FIFO) is written directly, when the
 * command can write a stream at all.
 */
export function checkOutputFile(out: string, ledgerFile: string | null, force: boolean, streams = true): Result<{ direct: boolean }> {
  if (ledgerFile !== null && [ledgerFile, `${ledgerFile}-wal`, `${ledgerFile}-shm`, `${ledgerFile}-journal`].some((f) => sameFile(out, f))) {
    return fail('OUTPUT_EXISTS', `${shown(out)} is the ledger itself: write the copy somewhere else`, { path: 'out' });
  }
  const folder = dirname(resolve(out));
  if (!existsSync(folder)) return fail('OUTPUT_UNWRITABLE', `cannot write ${shown(out)}: the folder ${shown(dirname(out))} does not exist`, { path: 'out' });
  if (!statSync(folder).isDirectory()) return fail('OUTPUT_UNWRITABLE', `cannot write ${shown(out)}: ${shown(dirname(out))} is not a folder`, { path: 'out' });
  if (!existsSync(out)) return ok({ direct: false });
  const info = statSync(out);
  if (info.isDirectory()) return fail('OUTPUT_UNWRITABLE', `cannot write ${shown(out)}: it is a folder`, { path: 'out' });
  if (!info.isFile()) {
    return streams ? ok({ direct: true }) : fail('OUTPUT_UNWRITABLE', `cannot write ${shown(out)}: it is not a regular file (a device or a pipe)`, { path: 'out' });
  }
  if (!force) return fail('OUTPUT_EXISTS', `${shown(out)} exists already: --force replaces it`, { path: 'out' });
  return ok({ direct: false });
}

/** A write error (opening or writing the file) as one line a person reads. */
export function writeFailure(out: string, err: NodeJS.ErrnoException): string {
  const why = err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied' : err.code === 'ENOSPC' ? 'the disk is full' : err.code === 'EEXIST' ? 'it appeared meanwhile (--force replaces it)' : err.code === 'ENOENT' ? 'its folder does not exist' : err.message;
  return `cannot write ${shown(out)}: ${why}`;
}
