/** Which files an ingest run reads: files as given, directories walked for report formats. */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** Extensions a directory walk picks up. */
export const REPORT_EXTENSIONS = new Set(['.html', '.htm', '.txt', '.json', '.xml']);

export type InputItem = { kind: 'stdin' } | { kind: 'file'; path: string } | { kind: 'missing'; path: string; reason: string };

/** Expands arguments into inputs in a stable order; a directory yields its report files, sorted, recursively. */
export async function expandInputs(args: readonly string[]): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ kind: 'stdin' });
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      out.push({ kind: 'missing', path: arg, reason: code === 'ENOENT' ? 'no such file or directory' : (err as Error).message });
      continue;
    }
    if (info.isDirectory()) for (const path of await walk(arg)) out.push({ kind: 'file', path });
    else out.push({ kind: 'file', path: arg });
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(path)));
    else if (e.isFile() && REPORT_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(path);
  }
  return files;
}
