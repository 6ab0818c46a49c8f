/**
 * Several processes on one SQLite ledger, through the built `handover` binary: two ingests at once
 * store what one ingest of the same reports stores, with no failure; a review made during an ingest
 * waits its turn; a restore during an ingest is refused and loses nothing the ingest stored.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exchangeCorpus } from '../../../src/bench/generate-corpus.js';
import { ledgerContent, openStore } from '../../../src/storage/index.js';

const root = mkdtempSync(join(tmpdir(), 'handover-writers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const repo = join(__dirname, '..', '..', '..');
const bin = join(repo, 'bin', 'handover.js');

const env = (() => {
  const e: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete e.DATABASE_URL;
  delete e.HANDOVER_DB;
  return e;
})();

interface Run {
  code: number | null;
  out: string;
  err: string;
}

function handover(...args: string[]): Run {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, cwd: root });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A `handover` process running beside the test; `done` resolves when it exits. */
function start(args: string[], stdin: 'pipe' | 'ignore' = 'ignore') {
  const child = spawn(process.execPath, [bin, ...args], { env, cwd: root, stdio: [stdin, 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<Run>((resolve) => child.on('close', (code) => resolve({ code, out, err })));
  return { child, done, running: () => child.exitCode === null && child.signalCode === null };
}

/** 160 generated reports (about 16 exchanges, a third of later reports syndicated copies). */
const corpus = join(root, 'corpus');
mkdirSync(corpus);
exchangeCorpus(20261207, 160, { targetChars: 1200 }).forEach((r, i) => writeFileSync(join(corpus, `r${String(i).padStart(4, '0')}.txt`), r.text));
const files = readdirSync(corpus).sort().map((f) => join(corpus, f));

/** Sources and claims as content: no ids, no order (storage/integrity.ts). */
async function contents(file: string): Promise<{ sources: string[]; claims: string[] }> {
  const store = await openStore({ engine: 'sqlite', file }, { migrate: false });
  try {
    return await ledgerContent(store);
  } finally {
    await store.close();
  }
}

async function sourceCount(file: string): Promise<number> {
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

async function until(test: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const storedIds = (out: string) => [...out.matchAll(/\s(src_\w+)\s+(?:stored|near-duplicate of)/g)].map((m) => m[1]!);

describe('several processes on one SQLite ledger', () => {
  it('two ingests at once store what one ingest stores, and none fails', async () => {
    const sequential = join(root, 'sequential.db');
    const one = handover('ingest', corpus, '--db', sequential);
    expect(one.code, one.err).toBe(0);
    expect(one.out).toMatch(/ 0 failed/);

    // Overlapping halves: each stores reports of its own, and both race for the 50 in the middle.
    const shared = join(root, 'shared.db');
    const a = start(['ingest', ...files.slice(0, 105), '--db', shared]);
    const b = start(['ingest', ...files.slice(55), '--db', shared]);
    const [ra, rb] = await Promise.all([a.done, b.done]);
    for (const r of [ra, rb]) {
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(/ 0 failed/);
      expect(r.out + r.err).not.toMatch(/locked|BUSY/);
    }
    const [want, got] = [await contents(sequential), await contents(shared)];
    expect(got.sources.length).toBe(want.sources.length);
    expect(got.sources).toEqual(want.sources);
    expect(got.claims).toEqual(want.claims);
  }, 60_000);

  it('a review accepted during an ingest waits its turn and is stored', async () => {
    const file = join(root, 'review.db');
    expect(handover('ingest', ...files.slice(0, 20), '--db', file).code).toBe(0);
    const events = handover('events', '--json', '--db', file);
    const id = (JSON.parse(events.out.split('\n')[0]!) as { id: string }).id;
    const ingest = start(['ingest', ...files.slice(20), '--db', file]);
    await until(async () => (await sourceCount(file)) > 15 || !ingest.running());
    const wasRunning = ingest.running();
    const review = await start(['review', 'accept', id, '--as', 'tester', '--db', file]).done;
    expect(review.err).toBe('');
    expect(review.code).toBe(0);
    expect(review.out).toMatch(/^accepted: /);
    const ran = await ingest.done;
    expect(ran.code, ran.err).toBe(0);
    expect(ran.out).toMatch(/ 0 failed/);
    expect(wasRunning).toBe(true);
    expect(handover('history', id, '--db', file).out).toMatch(/tester/);
  }, 60_000);

  it('a restore during an ingest is refused and loses nothing; the copy it keeps is named and ignored by git', async () => {
    const file = join(root, 'restore.db');
    const backup = join(root, 'restore-backup.db');
    expect(handover('ingest', ...files.slice(0, 10), '--db', file).code).toBe(0);
    const backedUp = handover('db', 'backup', backup, '--db', file);
    expect(backedUp.code, backedUp.err).toBe(0);
    // The ingest's last input is stdin, so it is still running, holding the ledger, when the restore comes.
    const ingest = start(['ingest', ...files.slice(10, 100), '-', '--db', file], 'pipe');
    await until(async () => (await sourceCount(file)) > 10);
    const refused = handover('db', 'restore', backup, '--db', file);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toMatch(/^handover db restore: LEDGER_BUSY: the ledger .* is in use by another process .*nothing was changed\n$/);
    ingest.child.stdin!.end('On 3 March 2025 Russia handed over 35 prisoners of war to Ukraine, the Coordination Headquarters said.\n');
    const ran = await ingest.done;
    expect(ran.code, ran.err).toBe(0);
    const stored = storedIds(ran.out);
    expect(stored.length).toBeGreaterThan(40);
    const count = await sourceCount(file);
    expect(count).toBe(10 + stored.length);

    // Once the ingest is done the restore goes ahead; what it replaced is kept, named, and not for git.
    const restored = handover('db', 'restore', backup, '--db', file);
    expect(restored.code, restored.err).toBe(0);
    const kept = /kept as (\S+)\n/.exec(restored.out)?.[1];
    expect(kept).toMatch(/restore\.db\.before-restore-/);
    expect(await sourceCount(file)).toBe(10);
    expect(await sourceCount(kept!)).toBe(count);
    const ignored = spawnSync('git', ['check-ignore', '--no-index', '-q', `somewhere/ledger.db.before-restore-2026-12-07T16-00-00-000Z`], { cwd: repo });
    expect(ignored.status).toBe(0);
  }, 60_000);
});
