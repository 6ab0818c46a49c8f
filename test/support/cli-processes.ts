/**
 * `handover` processes on one SQLite ledger, for the tests of several processes at once: the built
 * binary run to the end or beside the test, a generated corpus, and reads of the ledger between.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exchangeCorpus } from '../../src/bench/generate-corpus.js';
import { ledgerContent, openStore } from '../../src/storage/index.js';

export const repo = join(__dirname, '..', '..');
const bin = join(repo, 'bin', 'handover.js');

const env = (() => {
  const e: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete e.DATABASE_URL;
  delete e.HANDOVER_DB;
  return e;
})();

export interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** A folder for one test file, with `count` generated reports (about one exchange in ten reports, a third of later ones syndicated copies). */
export function workspace(prefix: string, count: number) {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const corpus = join(root, 'corpus');
  mkdirSync(corpus);
  exchangeCorpus(20261207, count, { targetChars: 1200 }).forEach((r, i) => writeFileSync(join(corpus, `r${String(i).padStart(4, '0')}.txt`), r.text));
  const files = readdirSync(corpus).sort().map((f) => join(corpus, f));
  return {
    root,
    corpus,
    files,
    remove: () => rmSync(root, { recursive: true, force: true }),
    /** Runs `handover` to its end. */
    handover(...args: string[]): Run {
      const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, cwd: root });
      return { code: r.status, out: r.stdout, err: r.stderr };
    },
    /** A `handover` process running beside the test; `done` resolves when it exits. */
    start(args: string[], stdin: 'pipe' | 'ignore' = 'ignore') {
      const child = spawn(process.execPath, [bin, ...args], { env, cwd: root, stdio: [stdin, 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const done = new Promise<Run>((resolve) => child.on('close', (code) => resolve({ code, out, err })));
      return { child, done, running: () => child.exitCode === null && child.signalCode === null };
    },
  };
}

/** Sources and claims as content: no ids, no order (storage/integrity.ts). */
export async function contents(file: string): Promise<{ sources: string[]; claims: string[] }> {
  const store = await openStore({ engine: 'sqlite', file }, { migrate: false });
  try {
    return await ledgerContent(store);
  } finally {
    await store.close();
  }
}

/** How many sources a ledger holds (0 while it does not exist yet); the connection is closed again. */
export async function sourceCount(file: string): Promise<number> {
  if (!existsSync(file)) return 0;
  const store = await openStore({ engine: 'sqlite', file }, { migrate: false });
  try {
    return await store.sources.count();
  } catch {
    return 0;
  } finally {
    await store.close();
  }
}

export async function until(test: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The source ids an ingest reported stored (as originals or near-copies). */
export const storedIds = (out: string) => [...out.matchAll(/\s(src_\w+)\s+(?:stored|near-duplicate of)/g)].map((m) => m[1]!);
