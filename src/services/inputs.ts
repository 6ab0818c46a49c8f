/** Which files an ingest run reads: files as given, directories walked for report formats, web addresses as given. */
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** Extensions a directory walk picks up. */
export const REPORT_EXTENSIONS = new Set(['.html', '.htm', '.txt', '.json', '.xml']);

/**
 * One input of a run: stdin, a file to read, one that cannot be read (a failure of its own: a missing
 * file, a folder that cannot be listed, a broken link), or something the walk passed over on purpose
 * and says so (a link back into a folder already walked).
 */
export type InputItem =
  | { kind: 'stdin' }
  /** A web address (http or https), fetched under the guards of web-fetch.ts. */
  | { kind: 'url'; url: string }
  | { kind: 'file'; path: string }
  /** `reason` is the whole message: "cannot read: no such file or directory". */
  | { kind: 'missing'; path: string; reason: string }
  | { kind: 'skipped'; path: string; reason: string };

const why = (err: unknown): string => {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'a symbolic link that loops';
    default:
      return e.message;
  }
};

/**
 * Expands arguments into inputs in a stable order; a directory yields its report files, sorted,
 * recursively. Symbolic links are followed (a linked file is read like any other); a folder that
 * cannot be listed or a broken link becomes a failed input, and the rest is still walked.
 */
export async function expandInputs(args: readonly string[]): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ kind: 'stdin' });
      continue;
    }
    // Any scheme:// is an address: one that is not http(s) is refused as such, not looked for as a file.
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
      out.push({ kind: 'url', url: arg });
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (err) {
      out.push({ kind: 'missing', path: arg, reason: `cannot read: ${why(err)}` });
      continue;
    }
    if (info.isDirectory()) await walk(arg, out, new Set());
    else out.push({ kind: 'file', path: arg });
  }
  return out;
}

async function walk(dir: string, out: InputItem[], seen: Set<string>): Promise<void> {
  // Folders are known by their real path, so a link back up the tree is walked once.
  let real: string;
  let entries;
  try {
    real = await realpath(dir);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    out.push({ kind: 'missing', path: dir, reason: `cannot read this folder: ${why(err)}` });
    return;
  }
  if (seen.has(real)) {
    out.push({ kind: 'skipped', path: dir, reason: 'a link to a folder already walked' });
    return;
  }
  seen.add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    const isReport = REPORT_EXTENSIONS.has(extname(e.name).toLowerCase());
    if (e.isDirectory()) {
      await walk(path, out, seen);
    } else if (e.isFile()) {
      if (isReport) out.push({ kind: 'file', path });
    } else if (e.isSymbolicLink()) {
      let target;
      try {
        target = await stat(path);
      } catch (err) {
        if (isReport) out.push({ kind: 'missing', path, reason: `cannot read: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'a symbolic link to nothing' : why(err)}` });
        continue;
      }
      if (target.isDirectory()) await walk(path, out, seen);
      else if (target.isFile() && isReport) out.push({ kind: 'file', path });
    }
  }
}
