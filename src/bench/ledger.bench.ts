/**
 * `npm run bench:ledger`: ingest throughput on SQLite (on a realistic mix of reports and on a corpus
 * of exchange reports only), and read latency as the ledger grows (1,000,000 then 10,000,000 claims by default) on SQLite and PostgreSQL. Texts are generated here (src/bench/generate-corpus.ts); nothing is
 * downloaded. PostgreSQL runs when HANDOVER_TEST_PG or DATABASE_URL names a server, in a fresh
 * schema dropped afterwards.
 *
 *   BENCH_REPORTS=10000 BENCH_CLAIMS=1000000,10000000 BENCH_ENGINES=sqlite,postgres npm run bench:ledger
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { defaultThreads, ingestAll, type IngestJob } from '../services/ingest-run.service.js';
import { eventDetail, forgetTotals, ledgerTotalsOf, listEvents, type EventQuery } from '../services/read.service.js';
import { dropPostgresSchema, openStore, type StoreConfig } from '../storage/index.js';
import { exchangeCorpus, generateReport } from './generate-corpus.js';
import { bulkLedger, CATS } from './bulk-ledger.js';
import { createRng } from './prng.js';
import { boundHeapGrowth } from '../services/heap.js';

const REPORTS = Number(process.env.BENCH_REPORTS ?? 10_000);
/** The ledger grows through these sizes (claims), with the reads measured at each: BENCH_CLAIMS=1000000 for one size. */
const SIZES = (process.env.BENCH_CLAIMS ?? '1000000,10000000').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
const CLAIMS = SIZES.at(-1) ?? 0;
/** Engines the reads are measured on (PostgreSQL only when a server is named). */
const ENGINES = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',');
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);
/** Worker threads for reading and extraction during ingest (default: as `handover ingest`). */
const THREADS = process.env.BENCH_THREADS === undefined ? undefined : Number(process.env.BENCH_THREADS);
const SEED = 20250611;
const TARGET_RATE = 500;
const TARGET_P95 = 50;

const day0 = Date.UTC(2022, 0, 1);
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};
const isoDay = (n: number) => new Date(day0 + n * 86_400_000).toISOString().slice(0, 10);

function line(label: string, value: string, target: string, ok: boolean): void {
  process.stdout.write(`${label.padEnd(44)} ${value.padStart(14)}   target ${target.padEnd(12)} ${ok ? 'ok' : 'MISSED'}\n`);
}

// ------------------------------------------------------------------ ingest

type IngestCorpus = 'mix' | 'exchange';

const CORPUS_LABEL: Record<IngestCorpus, string> = {
  mix: 'realistic mix: bench:extract\'s corpus, 1 report in 10 about an exchange (each inventing its own), 9 in 10 other news',
  exchange: 'all-exchange corpus: every report about an exchange, ~10 reports per exchange (independent write-ups and syndicated copies), a few exchanges a month per pair of sides, 5 conflicts, 2022-01 to 2026-10',
};

/** The corpus's texts, and a line saying what it holds. */
function ingestTexts(corpus: IngestCorpus): { texts: { text: string; published: string }[]; about: string } {
  if (corpus === 'exchange') {
    // See exchangeCorpus (generate-corpus.ts) for why it is shaped so.
    const reports = exchangeCorpus(SEED, REPORTS);
    const exchanges = new Set(reports.map((r) => r.exchange)).size;
    const copies = reports.filter((r) => r.copy).length;
    return { texts: reports, about: `${REPORTS} reports about ${exchanges} exchanges (${copies} of them syndicated copies), published ${reports[0]?.published} … ${reports.at(-1)?.published}` };
  }
  const texts: { text: string; published: string }[] = [];
  let exchanges = 0;
  for (let i = 0; i < REPORTS; i++) {
    const r = generateReport(SEED, i);
    if (r.aboutExchange) exchanges++;
    // The index at the end keeps every report distinct, so none is skipped as a duplicate.
    texts.push({ text: `${r.text}\nReport ${i}.`, published: isoDay(i % 1400) });
  }
  return { texts, about: `${REPORTS} reports, ${exchanges} of them about an exchange, published over 1,400 days` };
}

async function benchIngest(dir: string, corpus: IngestCorpus): Promise<void> {
  const { texts, about } = ingestTexts(corpus);
  // What the ingest and extract stages cost alone, to tell their share from storage's.
  const { ingestBytes } = await import('../ingest/index.js');
  const { extractClaims } = await import('../extract/index.js');
  const pipeline = (t: { text: string; published: string }) => {
    const doc = ingestBytes(Buffer.from(t.text));
    if (doc.ok) extractClaims(doc.value, { publishedAt: t.published, language: doc.value.language });
  };
  // Warm the code up first, or the first pass timed pays for the compiler and the second does not.
  for (const t of texts.slice(0, 300)) pipeline(t);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const t of texts) pipeline(t);
  const pipelineSeconds = (performance.now() - t0) / 1000;
  const pipelineCpu = cpuSeconds(cpu0);
  const store = await openStore({ engine: 'sqlite', file: join(dir, `ingest-${corpus}.db`) });
  let claims = 0;
  let stored = 0;
  let nearDuplicates = 0;
  let noClaims = 0;
  const started = performance.now();
  const cpu1 = process.cpuUsage();
  // As `handover ingest` does: workers read and extract ahead, this thread stores, a savepoint per
  // source, a commit per 200 sources.
  const jobs: IngestJob[] = texts.map((t, i) => ({
    name: `report-${i}.txt`,
    load: async () => ({ bytes: Buffer.from(t.text), path: `report-${i}.txt`, publishedAt: t.published, outlet: 'Bench Wire' }),
  }));
  const results = await ingestAll(store, jobs, { batchSources: 200, batchMs: 60_000, ...(THREADS !== undefined ? { threads: THREADS } : {}) });
  for (const [i, { outcome: out }] of results.entries()) {
    if (out.status === 'failed') throw new Error(`report ${i} failed: ${out.reason}`);
    if (out.status === 'stored' || out.status === 'near-duplicate') stored++;
    if (out.status === 'near-duplicate') nearDuplicates++;
    if (out.status === 'no-claims') noClaims++;
    claims += out.claims;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds(cpu1);
  const events = await store.events.count();
  await store.close();
  const rate = REPORTS / seconds;
  process.stdout.write(`\ningest, ${CORPUS_LABEL[corpus]}:\n  corpus: ${about}\n`);
  process.stdout.write(
    `  ${REPORTS} generated reports (${stored} stored, of which ${nearDuplicates} near-duplicates; ${noClaims} without claims, not stored; ${claims} claims, ${events} events) in ${seconds.toFixed(1)} s, end to end (ingest + extract + store)\n`,
  );
  line(`ingest on SQLite, end to end, ${corpus === 'mix' ? 'realistic mix' : 'all-exchange'}`, `${rate.toFixed(0)} reports/s`, `≥ ${TARGET_RATE}/s`, rate >= TARGET_RATE);
  const threads = THREADS ?? defaultThreads();
  const ms = (secs: number) => `${((1000 * secs) / REPORTS).toFixed(2)} ms`;
  process.stdout.write(
    `  ${threads > 0 ? `${threads} worker thread${threads === 1 ? '' : 's'} read and extract ahead while the main thread stores` : 'one thread reads, extracts and stores'} (as \`handover ingest\`${THREADS === undefined ? ' does on this machine' : ` --threads ${threads}`}; BENCH_THREADS=N to change)\n`,
  );
  // On a shared machine wall-clock rates fall with the load; CPU time (all threads) says what the work costs.
  process.stdout.write(
    `  CPU per report, all threads: ${ms(cpu)} (end to end ${(REPORTS / cpu).toFixed(0)} reports per CPU-second); read+extract alone on one thread: ${ms(pipelineCpu)} (${(REPORTS / pipelineSeconds).toFixed(0)} reports/s); the rest, storage: ≈ ${ms(Math.max(0, cpu - pipelineCpu))} (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs)\n`,
  );
}

// ------------------------------------------------------------------ 1M claims

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function timeIt(n: number, fn: (i: number) => Promise<void>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < Math.min(20, n); i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

interface ReadFigures {
  claims: number;
  loadSeconds: number;
  reads: Array<[string, { p50: number; p95: number }]>;
}

/** The four reads, timed on the ledger as it is. */
async function timeReads(store: Awaited<ReturnType<typeof openStore>>, eventIds: string[]): Promise<ReadFigures['reads']> {
  const rng = createRng(SEED + 1);
  const filters: EventQuery[] = [{}, { category: 'remains' }, { party: 'ukraine' }, { status: 'disputed' }, { from: '2024-01-01', to: '2024-03-31' }, { party: 'rsf', category: 'pow' }];
  const events = await timeIt(QUERIES, async (i) => {
    const page = await listEvents(store, filters[i % filters.length]!, 50);
    if (!page.ok || page.value.events.length === 0) throw new Error(`events query ${i} returned nothing`);
  });
  const event = await timeIt(QUERIES, async () => {
    const d = await eventDetail(store, eventIds[rng.int(0, eventIds.length - 1)]!);
    if (!d.ok || d.value.witnesses.length === 0) throw new Error('event query returned nothing');
  });
  const bys = ['all', 'year', 'month'] as const;
  const totals = await timeIt(QUERIES, async (i) => {
    const t = await ledgerTotalsOf(store, { by: bys[i % 3]!, category: i % 2 ? undefined : CATS[i % CATS.length] });
    if (!t.ok || t.value.rows.length === 0) throw new Error('totals query returned nothing');
  });
  // The same, with nothing remembered between calls: every call sums and ranks the roll-up anew.
  const cold = await timeIt(Math.min(QUERIES, 90), async (i) => {
    forgetTotals();
    const t = await ledgerTotalsOf(store, { by: bys[i % 3]!, category: i % 2 ? undefined : CATS[i % CATS.length] });
    if (!t.ok || t.value.rows.length === 0) throw new Error('totals query returned nothing');
  });
  return [
    ['events (50 per page, 6 filter mixes)', events],
    ['event (one event with witnesses)', event],
    ['totals (by all/year/month)', totals],
    ['totals, nothing remembered', cold],
  ];
}

/** Grows one ledger through SIZES, timing the reads at each size; prints each size's figures and then all side by side. */
async function benchReads(name: string, config: StoreConfig): Promise<void> {
  const store = await openStore(config);
  const figures: ReadFigures[] = [];
  try {
    let from = 0;
    let rollup: Awaited<ReturnType<typeof bulkLedger>>['rollup'] | undefined;
    const eventIds: string[] = [];
    for (const size of SIZES) {
      const loaded = await bulkLedger(store, { claims: size, seed: SEED, ...(rollup ? { grow: { from, rollup } } : {}) });
      rollup = loaded.rollup;
      from = size;
      for (const id of loaded.eventIds) eventIds.push(id);
      process.stdout.write(`\n${name}: ${(await store.claims.count()).toLocaleString('en-US')} claims, ${eventIds.length.toLocaleString('en-US')} events (${loaded.eventIds.length.toLocaleString('en-US')} bulk-loaded in ${loaded.seconds.toFixed(0)} s)\n`);
      const reads = await timeReads(store, eventIds);
      for (const [q, r] of reads) {
        line(`${name} ${q} p50`, `${r.p50.toFixed(2)} ms`, '', true);
        line(`${name} ${q} p95`, `${r.p95.toFixed(2)} ms`, `< ${TARGET_P95} ms`, r.p95 < TARGET_P95);
      }
      figures.push({ claims: size, loadSeconds: loaded.seconds, reads });
    }
    if (figures.length > 1) {
      const head = figures.map((f) => `${(f.claims / 1e6).toLocaleString('en-US')}M claims`.padStart(16)).join('');
      process.stdout.write(`\n${name}, p95 as the ledger grows:\n${''.padEnd(40)}${head}\n`);
      for (let q = 0; q < figures[0]!.reads.length; q++) {
        process.stdout.write(`${figures[0]!.reads[q]![0].padEnd(40)}${figures.map((f) => `${f.reads[q]![1].p95.toFixed(2)} ms`.padStart(16)).join('')}\n`);
      }
    }
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  boundHeapGrowth(); // as `handover` runs (services/heap.ts)
  const dir = mkdtempSync(join(tmpdir(), 'handover-bench-'));
  try {
    process.stdout.write(`bench:ledger  reports=${REPORTS} claims=${SIZES.join(' → ')} queries=${QUERIES} per kind\n\n`);
    if (REPORTS > 0) {
      // The target line is printed for both corpora; each run ingests BENCH_REPORTS reports into a fresh database.
      await benchIngest(dir, 'mix');
      await benchIngest(dir, 'exchange');
    }
    if (CLAIMS > 0) {
      // BENCH_SQLITE_FILE keeps the 1M-claim database for a look at query plans afterwards.
      if (ENGINES.includes('sqlite')) await benchReads('SQLite', { engine: 'sqlite', file: process.env.BENCH_SQLITE_FILE ?? join(dir, 'reads.db') });
      const url = process.env.BENCH_SKIP_PG ? undefined : (process.env.HANDOVER_TEST_PG ?? (process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined));
      if (!ENGINES.includes('postgres')) {
        // Not asked for.
      } else if (!url) {
        process.stdout.write('\nPostgreSQL: skipped (set HANDOVER_TEST_PG=postgres://postgres@127.0.0.1:5432/test)\n');
      } else {
        const schema = `handover_bench_${randomBytes(4).toString('hex')}`;
        try {
          await benchReads('PostgreSQL', { engine: 'postgres', url, schema, poolSize: 4 });
        } finally {
          await dropPostgresSchema(url, schema);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`bench:ledger failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
