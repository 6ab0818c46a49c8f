/**
 * `npm run bench:api`: the HTTP API under load on loopback. A ledger of 100,000 events is written
 * straight into a SQLite file; `handover serve` runs on it in a child process, as a user starts it,
 * and a bare Fastify route (one JSON reply, nothing else) runs in another. autocannon drives each
 * with 50 connections, in turns (bare, events, event, totals, then again), so a change in the
 * machine's load falls on all of them alike; the table gives requests per second and p99 latency
 * per route, with the ratio to the bare route. Then reads are measured again while `handover ingest`
 * writes 5,000 reports into the same ledger from a third process.
 *
 *   BENCH_EVENTS=100000 BENCH_SECONDS=10 BENCH_ROUNDS=2 BENCH_CONNECTIONS=50 BENCH_INGEST=5000 npm run bench:api
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { addUser, createToken } from '../services/index.js';
import { openStore } from '../storage/index.js';
import { bulkLedger } from './bulk-ledger.js';
import { generateReport } from './generate-corpus.js';
import { createRng } from './prng.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const INGEST = Number(process.env.BENCH_INGEST ?? 5000);
const SEED = 20261207;
const TARGET_P99 = 50;
const TARGET_TOTALS_SHARE = 1 / 3;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'handover.js');
const BARE = fileURLToPath(new URL('./bare-server.js', import.meta.url));

interface Child {
  url: string;
  process: ChildProcess;
}

/** Starts a server process and waits for the address it prints. */
function start(args: string[]): Promise<Child> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /open (http:\/\/\S+?)\/?\s/.exec(out);
      if (m) resolve({ url: m[1]!, process: child });
    });
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}: ${out}`)));
  });
}

function stop(child: Child): Promise<void> {
  return new Promise((resolve) => {
    child.process.removeAllListeners('exit');
    child.process.on('exit', () => resolve());
    child.process.kill('SIGTERM');
  });
}

interface Run {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, paths: () => string, headers: Record<string, string>, seconds = SECONDS, connections = CONNECTIONS): Promise<Run> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths() }) }],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'handover-bench-api-'));
  const file = join(dir, 'ledger.db');
  const children: Child[] = [];
  try {
    process.stdout.write(`bench:api  events=${fmt(EVENTS)} connections=${CONNECTIONS} ${SECONDS} s a run, ${ROUNDS} rounds, interleaved; ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}\n`);
    const store = await openStore({ engine: 'sqlite', file });
    const { eventIds, seconds } = await bulkLedger(store, { claims: EVENTS * 2, claimsPerEvent: 2, seed: SEED });
    await addUser(store, { name: 'bench', role: 'reader' }, 'bench:api');
    const token = await createToken(store, 'bench', 'bench:api');
    if (!token.ok) throw new Error(token.error.message);
    process.stdout.write(`ledger: ${fmt(eventIds.length)} events, ${fmt(await store.claims.count())} claims, written in ${seconds.toFixed(0)} s\n`);
    await store.close();

    // Limits far above what the bench sends: their bookkeeping is measured, their refusals are not.
    const api = await start([BIN, 'serve', '--db', file, '--port', '0', '--rate-limit', '1000000000']);
    const bare = await start([BARE]);
    children.push(api, bare);
    const auth = { authorization: `Bearer ${token.value.token}` };
    const rng = createRng(SEED + 7);
    const filters = ['', '&category=remains', '&party=ukraine', '&status=disputed', '&from=2024-01-01&to=2024-03-31', '&party=rsf&category=pow'];
    const bys = ['all', 'year', 'month'];
    let i = 0;
    const targets = [
      { name: 'bare Fastify route', url: bare.url, paths: () => '/', headers: {} },
      { name: 'GET /api/events (50 a page, 6 filter mixes)', url: api.url, paths: () => `/api/events?limit=50${filters[i++ % filters.length]}`, headers: auth },
      { name: 'GET /api/events/{id} (witnesses, sources)', url: api.url, paths: () => `/api/events/${eventIds[rng.int(0, eventIds.length - 1)]}`, headers: auth },
      { name: 'GET /api/totals', url: api.url, paths: () => '/api/totals', headers: auth },
      { name: 'GET /api/totals?by=year|month (100 KB, 1 MB)', url: api.url, paths: () => `/api/totals?by=${bys[1 + (i++ % 2)]}`, headers: auth },
    ];
    // Warm-up: compiled statements, JIT, the totals memo.
    for (const t of targets) await load(t.url, t.paths, t.headers, 2);
    const runs = new Map<string, Run[]>(targets.map((t) => [t.name, []]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const t of targets) {
        const run = await load(t.url, t.paths, t.headers);
        runs.get(t.name)!.push(run);
        process.stdout.write(`  round ${round}  ${t.name.padEnd(46)} ${fmt(run.rps).padStart(8)} req/s  p50 ${fmt(run.p50, 1).padStart(6)} ms  p99 ${fmt(run.p99, 1).padStart(6)} ms${run.non2xx + run.errors > 0 ? `  (${run.non2xx} non-2xx, ${run.errors} errors)` : ''}\n`);
      }
    }
    const bareRps = median(runs.get(targets[0]!.name)!.map((r) => r.rps));
    process.stdout.write(`\n${'route'.padEnd(46)} ${'req/s'.padStart(8)}  ${'p99'.padStart(9)}  ${'of bare'.padStart(8)}   target\n`);
    for (const t of targets) {
      const rs = runs.get(t.name)!;
      const rps = median(rs.map((r) => r.rps));
      const p99 = Math.max(...rs.map((r) => r.p99));
      const share = rps / bareRps;
      const bad = rs.reduce((n, r) => n + r.non2xx + r.errors, 0);
      const isBare = t === targets[0];
      const target = isBare ? '' : `p99 < ${TARGET_P99} ms ${p99 < TARGET_P99 ? 'ok' : 'MISSED'}${t.name === 'GET /api/totals' ? `; ≥ 1/3 of bare ${share >= TARGET_TOTALS_SHARE ? 'ok' : 'MISSED'}` : ''}`;
      process.stdout.write(`${t.name.padEnd(46)} ${fmt(rps).padStart(8)}  ${`${fmt(p99, 1)} ms`.padStart(9)}  ${`${(share * 100).toFixed(0)}%`.padStart(8)}   ${target}${bad > 0 ? `  (${bad} failed requests)` : ''}\n`);
    }
    process.stdout.write(
      `(req/s: median of the rounds; p99: the worst round. Reads are answered from memory until the ledger changes, so a repeated page costs about what the bare route does; events by id are drawn at random from ${fmt(eventIds.length)} and are rarely repeated. The servers share the machine with autocannon and anything else running.)\n`,
    );

    if (INGEST > 0) {
      const corpus = join(dir, 'reports');
      const { mkdirSync } = await import('node:fs');
      mkdirSync(corpus);
      for (let k = 0; k < INGEST; k++) writeFileSync(join(corpus, `r${k}.txt`), `${generateReport(SEED, k).text}\nFiled from desk ${k.toString(36)}.\n`);
      const started = performance.now();
      const ingest = spawn(process.execPath, [BIN, 'ingest', corpus, '--db', file, '--outlet', 'Bench Wire'], { stdio: ['ignore', 'ignore', 'inherit'] });
      const ended = new Promise<number | null>((resolve) => ingest.on('exit', resolve));
      const during: Run[] = [];
      let running = true;
      void ended.then(() => (running = false));
      const readPaths = () => (i++ % 2 === 0 ? `/api/events?limit=50${filters[i % filters.length]}` : `/api/events/${eventIds[rng.int(0, eventIds.length - 1)]}`);
      while (running) during.push(await load(api.url, readPaths, auth, 3, 10));
      const code = await ended;
      const secs = (performance.now() - started) / 1000;
      const p99 = Math.max(...during.map((r) => r.p99));
      const p99Median = median(during.map((r) => r.p99));
      const p50 = median(during.map((r) => r.p50));
      const rps = median(during.map((r) => r.rps));
      const bad = during.reduce((n, r) => n + r.non2xx + r.errors, 0);
      process.stdout.write(
        `\nreads (events, event; 10 connections) while another process ingests ${fmt(INGEST)} reports (${secs.toFixed(0)} s, exit ${code}): ${fmt(rps)} req/s, p50 ${fmt(p50, 1)} ms, p99 ${fmt(p99Median, 1)} ms (median of ${during.length} 3-second runs; worst ${fmt(p99, 1)} ms), ${bad} failed\n`,
      );
    }
  } finally {
    for (const c of children) await stop(c);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`bench:api failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
