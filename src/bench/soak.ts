/**
 * npm run soak [-- --minutes N] [--seed S] [--dir DIR] [--keep]
 *
 * Several `handover` processes on one SQLite ledger for N minutes (default 10): two ingests of
 * random, overlapping slices of a generated corpus in random order, a reviewer accepting,
 * rejecting and correcting events, an exporter writing JSON exports, and every few seconds a
 * kill -9 of one of them. Then: the whole corpus ingested once more (what a killed batch lost is
 * stored now) and again (a second run must store nothing), an integrity check (SQLite's own,
 * foreign keys, every claim's event, totals against totals recomputed from the events), and the
 * sources and claims compared with a clean sequential run over the same corpus. Prints what it did
 * and what it found; exits 1 when a check fails.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { totals as ledgerTotals } from '../ledger/totals.js';
import { iterateEvents, ledgerTotalsOf } from '../services/read.service.js';
import { checkIntegrity, ledgerContent, openStore, type IntegrityReport } from '../storage/index.js';
import type { LedgerEvent } from '../domain/index.js';
import { exchangeCorpus } from './generate-corpus.js';
import { createRng, type Rng } from './prng.js';

const BIN = fileURLToPath(new URL('../../bin/handover.js', import.meta.url));

interface Options {
  minutes: number;
  seed: number;
  dir: string | null;
  keep: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { minutes: 10, seed: 20261207, dir: null, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--minutes') opts.minutes = Number(value());
    else if (a === '--seed') opts.seed = Number(value());
    else if (a === '--dir') opts.dir = value();
    else if (a === '--keep') opts.keep = true;
    else throw new Error(`unknown option ${a} (use --minutes N, --seed S, --dir DIR, --keep)`);
  }
  if (!(opts.minutes > 0)) throw new Error('--minutes must be a positive number');
  if (!Number.isInteger(opts.seed)) throw new Error('--seed must be a whole number');
  return opts;
}

type Kind = 'ingest' | 'review' | 'export';

interface Finished {
  kind: Kind;
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

interface Running {
  kind: Kind;
  kill(): void;
  done: Promise<Finished>;
}

function run(kind: Kind, args: readonly string[], cwd: string): Running {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.DATABASE_URL;
  delete env.HANDOVER_DB;
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ kind, code, signal, out, err })));
  return { kind, kill: () => child.kill('SIGKILL'), done };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the processes of one kind did. */
interface Tally {
  started: number;
  completed: number;
  killed: number;
  /** Non-zero exits that were not kills, by the error code or first line they gave. */
  errors: Map<string, number>;
}

const tally = (): Tally => ({ started: 0, completed: 0, killed: 0, errors: new Map() });
const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

/** An ingest's summary line ("3 stored, 1 duplicate, …") as numbers. */
function ingestSummary(out: string): Record<string, number> | null {
  const m = /(\d+) stored, (\d+) duplicate, (\d+) near-duplicate, (\d+) without claims \(not stored\), (\d+) failed/.exec(out);
  if (!m) return null;
  const [stored, duplicate, near, none, failed] = m.slice(1).map(Number) as [number, number, number, number, number];
  return { stored, duplicate, near, none, failed };
}

/** Failure reasons in an ingest's result table, by catalogue code where one is named. */
function ingestFailures(out: string): string[] {
  return out
    .split('\n')
    .filter((l) => /\bfailed: /.test(l))
    .map((l) => /\b([A-Z]+_[A-Z_]+)\b/.exec(l)?.[1] ?? l.replace(/^.*failed: /, '').slice(0, 80));
}

const errorKey = (f: Finished) => /: ([A-Z]+_[A-Z_]+): /.exec(f.err)?.[1] ?? (f.err.split('\n').find((l) => l.trim() !== '') ?? `exit ${f.code}`).slice(0, 100);

async function soak(opts: Options): Promise<number> {
  const started = Date.now();
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'handover-soak-'));
  mkdirSync(dir, { recursive: true });
  const corpusDir = join(dir, 'corpus');
  const exportsDir = join(dir, 'exports');
  mkdirSync(corpusDir, { recursive: true });
  mkdirSync(exportsDir, { recursive: true });
  const ledger = join(dir, 'soak.db');
  const clean = join(dir, 'clean.db');
  rmSync(ledger, { force: true });
  rmSync(clean, { force: true });
  const rng = createRng(opts.seed);

  const count = Math.max(300, Math.round(150 * opts.minutes));
  const reports = exchangeCorpus(opts.seed, count, { targetChars: 1200 });
  const files = reports.map((r, i) => {
    const file = join(corpusDir, `r${String(i).padStart(5, '0')}.txt`);
    writeFileSync(file, r.text);
    return file;
  });
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(`soak: ${opts.minutes} minute${opts.minutes === 1 ? '' : 's'} on ${ledger} (seed ${opts.seed}); ${files.length} generated reports in ${corpusDir}`);

  const deadline = started + opts.minutes * 60_000;
  const live = new Set<Running>();
  const tallies: Record<Kind, Tally> = { ingest: tally(), review: tally(), export: tally() };
  const ingestCounts = new Map<string, number>();
  const ingestFailed = new Map<string, number>();
  const reviewActions = new Map<string, number>();
  let exportsRead = 0;
  let exportsBad = 0;
  let kills = 0;

  const launch = async (kind: Kind, args: readonly string[]): Promise<Finished> => {
    const r = run(kind, args, dir);
    live.add(r);
    tallies[kind].started++;
    const f = await r.done;
    live.delete(r);
    const t = tallies[kind];
    if (f.signal === 'SIGKILL') t.killed++;
    else if (f.code === 0 || (kind === 'ingest' && f.code === 1 && ingestSummary(f.out) !== null)) t.completed++;
    else bump(t.errors, errorKey(f));
    return f;
  };

  const ingestLoop = async (worker: number) => {
    const r: Rng = createRng(opts.seed + 1000 + worker);
    while (Date.now() < deadline) {
      const length = r.int(30, 150);
      const start = r.int(0, Math.max(0, files.length - length));
      const slice = r.shuffle(files.slice(start, start + length));
      const f = await launch('ingest', ['ingest', ...slice, '--db', ledger]);
      const summary = ingestSummary(f.out);
      if (summary) for (const [k, v] of Object.entries(summary)) bump(ingestCounts, k, v);
      for (const reason of ingestFailures(f.out)) bump(ingestFailed, reason);
    }
  };

  const reviewLoop = async () => {
    const r = createRng(opts.seed + 2000);
    while (Date.now() < deadline) {
      const listed = await launch('review', ['events', '--json', '--limit', '300', '--db', ledger]);
      const ids = listed.code === 0 ? listed.out.split('\n').filter((l) => l.startsWith('{')).map((l) => (JSON.parse(l) as LedgerEvent).id) : [];
      if (ids.length === 0) {
        await sleep(500);
        continue;
      }
      const id = r.pick(ids);
      const roll = r.next();
      const action = roll < 0.5 ? ['accept', id] : roll < 0.7 ? ['reject', id] : ['correct', id, '--count', String(r.int(1, 500))];
      const f = await launch('review', ['review', ...action, '--as', 'soak', '--reason', 'soak test', '--db', ledger]);
      bump(reviewActions, `${action[0]} ${f.signal === 'SIGKILL' ? 'killed' : f.code === 0 ? 'ok' : errorKey(f)}`);
    }
  };

  const exportLoop = async () => {
    for (let n = 0; Date.now() < deadline; n++) {
      const file = join(exportsDir, `export-${n}.json`);
      const f = await launch('export', ['export', '--format', 'json', '--out', file, '--db', ledger]);
      if (f.code === 0) {
        try {
          const parsed = JSON.parse(readFileSync(file, 'utf8')) as { sources: unknown[]; events: unknown[] };
          if (!Array.isArray(parsed.sources) || !Array.isArray(parsed.events)) throw new Error('no sources or events');
          exportsRead++;
        } catch {
          exportsBad++;
        }
      }
      rmSync(file, { force: true });
      await sleep(1000);
    }
  };

  const killLoop = async () => {
    while (Date.now() < deadline) {
      await sleep(3000 + rng.int(0, 5000));
      const victims = [...live];
      if (victims.length === 0 || Date.now() >= deadline) continue;
      // Ingests most of all: a kill mid-batch is what must lose nothing.
      const ingests = victims.filter((v) => v.kind === 'ingest');
      const victim = ingests.length > 0 && rng.chance(0.7) ? rng.pick(ingests) : rng.pick(victims);
      victim.kill();
      kills++;
    }
  };

  // The first ingest makes the ledger; the others join once its schema exists.
  await launch('ingest', ['ingest', ...files.slice(0, 20), '--db', ledger]);
  await Promise.all([ingestLoop(0), ingestLoop(1), reviewLoop(), exportLoop(), killLoop()]);
  const chaosSeconds = Math.round((Date.now() - started) / 1000);

  say('');
  say(`what it did (${chaosSeconds} s):`);
  for (const kind of ['ingest', 'review', 'export'] as const) {
    const t = tallies[kind];
    const errors = [...t.errors].map(([k, n]) => `${k} ×${n}`).join(', ');
    say(`  ${kind.padEnd(7)} ${t.started} processes: ${t.completed} finished, ${t.killed} killed with SIGKILL${errors ? `, errors: ${errors}` : ''}`);
  }
  say(`  ingest outcomes of finished runs: ${['stored', 'duplicate', 'near', 'none', 'failed'].map((k) => `${ingestCounts.get(k) ?? 0} ${k === 'near' ? 'near-duplicate' : k === 'none' ? 'without claims' : k}`).join(', ')}`);
  if (ingestFailed.size > 0) say(`  ingest failures by reason: ${[...ingestFailed].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  say(`  review actions: ${[...reviewActions].sort().map(([k, n]) => `${k} ×${n}`).join(', ') || 'none'}`);
  say(`  exports read back whole: ${exportsRead}${exportsBad > 0 ? `, unreadable: ${exportsBad}` : ''}`);
  say(`  kill -9 sent: ${kills}`);

  // Everything once more, alone: what killed batches lost is stored now; then a second run stores nothing.
  const problems: string[] = [];
  const catchUp = await launch('ingest', ['ingest', corpusDir, '--db', ledger]);
  const caught = ingestSummary(catchUp.out);
  const again = await launch('ingest', ['ingest', corpusDir, '--db', ledger]);
  const second = ingestSummary(again.out);
  const cleanRun = await launch('ingest', ['ingest', corpusDir, '--db', clean]);
  const cleanSummary = ingestSummary(cleanRun.out);
  if (!caught || caught.failed! > 0) problems.push(`the catch-up ingest failed: ${catchUp.err.trim() || JSON.stringify(caught)}`);
  if (!second || second.stored! + second.near! + second.failed! > 0) problems.push(`a second run over the corpus changed the ledger: ${JSON.stringify(second)}`);
  if (!cleanSummary || cleanSummary.failed! > 0) problems.push(`the clean sequential run failed: ${cleanRun.err.trim() || JSON.stringify(cleanSummary)}`);

  say('');
  say('what it found:');
  say(`  catch-up ingest of the whole corpus: ${fmt(caught)}; a second run: ${fmt(second)}`);
  const store = await openStore({ engine: 'sqlite', file: ledger }, { migrate: false });
  const cleanStore = await openStore({ engine: 'sqlite', file: clean }, { migrate: false });
  try {
    const integrity = await checkIntegrity(store);
    const cleanIntegrity = await checkIntegrity(cleanStore);
    say(`  integrity: ${describeIntegrity(integrity)}`);
    say(`  clean run's integrity: ${describeIntegrity(cleanIntegrity)}`);
    if (integrity.integrity !== 'ok') problems.push(`PRAGMA integrity_check: ${integrity.integrity}`);
    if (integrity.foreignKeyViolations > 0) problems.push(`${integrity.foreignKeyViolations} foreign key violations`);
    if (integrity.danglingLinks > 0) problems.push(`${integrity.danglingLinks} event–claim links to a missing event or claim`);
    if (integrity.claimCountMismatches > 0) problems.push(`${integrity.claimCountMismatches} events whose claim count is wrong`);
    // A rejected event keeps its claims; an event with none is one the reviewer emptied, or a fault.
    if (integrity.emptyEvents > cleanIntegrity.emptyEvents) problems.push(`${integrity.emptyEvents} events without claims`);

    const events: LedgerEvent[] = [];
    for await (const e of iterateEvents(store, {})) events.push(e);
    for (const by of ['month', 'year', 'all'] as const) {
      const kept = await ledgerTotalsOf(store, { by });
      const recomputed = ledgerTotals(events, { by });
      const same = kept.ok && JSON.stringify(kept.value) === JSON.stringify(recomputed);
      if (!same) problems.push(`totals by ${by} differ from totals recomputed from the ${events.length} events`);
    }
    say(`  totals (by month, year, all) against totals recomputed from ${events.length} events: ${problems.some((p) => p.startsWith('totals')) ? 'DIFFERENT' : 'equal'}`);

    const [got, want] = [await ledgerContent(store), await ledgerContent(cleanStore)];
    const diff = (a: string[], b: string[]) => {
      const other = new Set(b);
      return a.filter((x) => !other.has(x));
    };
    const sourcesMissing = diff(want.sources, got.sources);
    const sourcesExtra = diff(got.sources, want.sources);
    const claimsMissing = diff(want.claims, got.claims);
    const claimsExtra = diff(got.claims, want.claims);
    say(
      `  against a clean sequential run: ${got.sources.length}/${want.sources.length} sources and ${got.claims.length}/${want.claims.length} claims; ` +
        `${sourcesMissing.length} sources missing, ${sourcesExtra.length} extra; ${claimsMissing.length} claims missing, ${claimsExtra.length} extra or different`,
    );
    for (const line of [...sourcesMissing, ...claimsMissing].slice(0, 3)) say(`    missing: ${line.slice(0, 200)}`);
    for (const line of [...sourcesExtra, ...claimsExtra].slice(0, 3)) say(`    extra: ${line.slice(0, 200)}`);
    if (sourcesMissing.length + sourcesExtra.length + claimsMissing.length + claimsExtra.length > 0) problems.push('sources or claims differ from the clean run');
  } finally {
    await store.close();
    await cleanStore.close();
  }

  say('');
  if (problems.length === 0) say(`soak: all checks passed in ${Math.round((Date.now() - started) / 1000)} s`);
  else for (const p of problems) say(`soak: PROBLEM: ${p}`);
  if (opts.keep || opts.dir !== null) say(`soak: files kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  return problems.length === 0 ? 0 : 1;
}

const fmt = (s: Record<string, number> | null) => (s ? `${s.stored} stored, ${s.near} near-duplicate, ${s.duplicate} duplicate, ${s.failed} failed` : 'no summary (it did not finish)');

function describeIntegrity(r: IntegrityReport): string {
  const outside = Object.entries(r.claimsOutsideEvents).map(([k, n]) => `${n} ${k}`).join(', ');
  return `integrity_check ${r.integrity}; ${r.foreignKeyViolations} foreign key violations; ${r.danglingLinks} dangling event–claim links; ${r.claimCountMismatches} wrong claim counts; ${r.emptyEvents} events without claims; claims in no event and not set aside: ${outside || 'none'}`;
}

let options: Options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`soak: ${(err as Error).message}\n`);
  process.exit(2);
}
soak(options).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(`soak: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 2;
  },
);
