/**
 * `npm run bench:extract`: throughput and memory of ingestBytes + extractClaims on one thread, over a
 * generated corpus of plain-text reports and ~150 KB HTML pages. It reports; it does not test: a missed
 * target is printed as MISSED and the exit code stays 0.
 *
 *   node --expose-gc dist/bench/extract.bench.js [--reports 20000] [--html 100] [--seed 1]
 */
import { issuesOf } from '../domain/index.js';
import { arch, cpus, loadavg, platform } from 'node:os';
import { parseArgs } from 'node:util';
import { extractClaims } from '../extract/index.js';
import { ingestBytes } from '../ingest/index.js';
import { generateReport } from './generate-corpus.js';
import { generateHtmlPage } from './generate-html.js';
import { collectGarbage, mb, MemoryWatch, now, percentiles, Progress, seconds } from './measure.js';
import { boundHeapGrowth, HEAP_GROWING_PERCENT } from '../services/heap.js';

const TARGETS = { textPerSecond: 2000, htmlPerSecond: 100, peakRssBytes: 300 * 1024 * 1024 };
/** Reports generated (untimed) before each timed batch, so the corpus never sits in memory whole. */
const BATCH = 500;
/** The HTML set is repeated until this much timed work has been done, so the rate is not noise. */
const HTML_MIN_SECONDS = 3;
const HTML_MAX_PASSES = 50;
/** RSS is sampled once every this many documents (a sample costs a /proc read, 3% of the timed work at every 8th); the kernel's peak (maxRSS) is exact whatever the rate. */
const SAMPLE_EVERY = 64;

interface Options {
  reports: number;
  html: number;
  seed: number;
}

const USAGE = `usage: node --expose-gc dist/bench/extract.bench.js [--reports N] [--html N] [--seed S]
  --reports N  plain-text reports of ~3 KB (default 20000; 10% about exchanges)
  --html N     HTML pages of ~150 KB (default 100)
  --seed S     corpus seed, an integer (default 1)`;

function parseOptions(argv: string[]): Options | string {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        reports: { type: 'string' },
        html: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (err) {
    return (err as Error).message;
  }
  if (values.help) return '';
  const int = (name: string, fallback: number, min: number): number | string => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    return typeof raw === 'string' && /^-?\d+$/.test(raw) && Number.isSafeInteger(n) && n >= min
      ? n
      : `--${name} must be an integer ≥ ${min}, got "${String(raw)}"`;
  };
  const reports = int('reports', 20_000, 0);
  const html = int('html', 100, 0);
  const seed = int('seed', 1, -(2 ** 31));
  for (const v of [reports, html, seed]) if (typeof v === 'string') return v;
  return { reports: reports as number, html: html as number, seed: seed as number };
}

/** Everything counted over one phase. */
class Tally {
  docs = 0;
  bytes = 0;
  timedNs = 0n;
  ingestNs = 0n;
  extractNs = 0n;
  cpuMicros = 0;
  claims = 0;
  claimsInExchangeDocs = 0;
  claimsInOtherDocs = 0;
  exchangeDocs = 0;
  otherDocs = 0;
  exchangeDocsWithClaims = 0;
  otherDocsWithClaims = 0;
  ingestFailed = 0;
  threw = 0;
  firstProblem: string | null = null;
  slowest = { ms: 0, path: '' };
  readonly durationsMs: Float64Array;

  constructor(capacity: number) {
    this.durationsMs = new Float64Array(capacity);
  }

  problem(path: string, message: string): void {
    this.firstProblem ??= `${path}: ${message}`;
  }
}

/** Ingests and extracts one document; returns its claim count (or -1 when nothing could be extracted). */
function runOne(bytes: Uint8Array, path: string, tally: Tally, record: boolean): number {
  const t0 = now();
  let t1 = t0;
  let claims = -1;
  try {
    const doc = ingestBytes(bytes, { path });
    t1 = now();
    if (!doc.ok) {
      if (record) {
        tally.ingestFailed++;
        tally.problem(path, `ingest failed: ${issuesOf(doc.error).map((i) => `${i.code} ${i.message}`).join('; ')}`);
      }
    } else {
      claims = extractClaims(doc.value, { publishedAt: doc.value.publishedAt, language: doc.value.language }).length;
    }
  } catch (err) {
    if (record) {
      tally.threw++;
      tally.problem(path, `threw: ${(err as Error)?.stack?.split('\n').slice(0, 3).join(' | ') ?? String(err)}`);
    }
  }
  const t2 = now();
  if (t1 === t0) t1 = t2;
  tally.ingestNs += t1 - t0;
  tally.extractNs += t2 - t1;
  const ms = Number(t2 - t0) / 1e6;
  if (tally.docs < tally.durationsMs.length) tally.durationsMs[tally.docs] = ms;
  if (ms > tally.slowest.ms) tally.slowest = { ms, path };
  tally.docs++;
  tally.bytes += bytes.length;
  return claims;
}

function countClaims(tally: Tally, claims: number, aboutExchange: boolean): void {
  if (claims < 0) return;
  tally.claims += claims;
  if (aboutExchange) {
    tally.exchangeDocs++;
    tally.claimsInExchangeDocs += claims;
    if (claims > 0) tally.exchangeDocsWithClaims++;
  } else {
    tally.otherDocs++;
    tally.claimsInOtherDocs += claims;
    if (claims > 0) tally.otherDocsWithClaims++;
  }
}

function benchText(opts: Options, memory: MemoryWatch): { tally: Tally; generationNs: bigint; exchangeReports: number } {
  const tally = new Tally(opts.reports);
  const encoder = new TextEncoder();
  const progress = new Progress('plain text', opts.reports);
  let generationNs = 0n;
  let exchangeReports = 0;
  for (let start = 0; start < opts.reports; start += BATCH) {
    const g0 = now();
    const batch: Array<{ bytes: Uint8Array; path: string; aboutExchange: boolean }> = [];
    for (let i = start; i < Math.min(opts.reports, start + BATCH); i++) {
      const report = generateReport(opts.seed, i);
      if (report.aboutExchange) exchangeReports++;
      batch.push({ bytes: encoder.encode(report.text), path: `report-${String(i).padStart(5, '0')}.txt`, aboutExchange: report.aboutExchange });
    }
    generationNs += now() - g0;

    const cpu0 = process.cpuUsage();
    const t0 = now();
    for (let k = 0; k < batch.length; k++) {
      const item = batch[k]!;
      countClaims(tally, runOne(item.bytes, item.path, tally, true), item.aboutExchange);
      if (k % SAMPLE_EVERY === 0) memory.sample();
    }
    tally.timedNs += now() - t0;
    const cpu = process.cpuUsage(cpu0);
    tally.cpuMicros += cpu.user + cpu.system;
    memory.sample();
    progress.tick(tally.docs, seconds(tally.timedNs));
  }
  progress.end();
  return { tally, generationNs, exchangeReports };
}

function benchHtml(opts: Options, memory: MemoryWatch): { tally: Tally; generationNs: bigint; passes: number; pageBytes: number } {
  const encoder = new TextEncoder();
  const g0 = now();
  const pages = Array.from({ length: opts.html }, (_, i) => {
    const page = generateHtmlPage(opts.seed, i);
    return { bytes: encoder.encode(page.html), path: `page-${String(i).padStart(3, '0')}.html`, aboutExchange: page.aboutExchange };
  });
  const generationNs = now() - g0;
  const pageBytes = pages.reduce((sum, p) => sum + p.bytes.length, 0);
  collectGarbage();

  const tally = new Tally(opts.html * HTML_MAX_PASSES);
  const progress = new Progress('html (pages, all passes)', null);
  let passes = 0;
  while (opts.html > 0 && passes < HTML_MAX_PASSES && (passes === 0 || seconds(tally.timedNs) < HTML_MIN_SECONDS)) {
    const first = passes === 0;
    const cpu0 = process.cpuUsage();
    const t0 = now();
    for (let k = 0; k < pages.length; k++) {
      const page = pages[k]!;
      const claims = runOne(page.bytes, page.path, tally, first);
      if (first) countClaims(tally, claims, page.aboutExchange);
      memory.sample(); // a page takes milliseconds: every one is sampled
    }
    tally.timedNs += now() - t0;
    const cpu = process.cpuUsage(cpu0);
    tally.cpuMicros += cpu.user + cpu.system;
    memory.sample();
    passes++;
    progress.tick(tally.docs, seconds(tally.timedNs));
  }
  progress.end();
  return { tally, generationNs, passes, pageBytes };
}

const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const perDoc = (ns: bigint, docs: number): string => (docs === 0 ? '–' : fmt(Number(ns) / 1e6 / docs, 3));

function row(label: string, value: string, target = '', verdict = ''): string {
  return `${label.padEnd(44)}${value.padStart(16)}   ${target.padEnd(12)}${verdict}`;
}

function verdict(ok: boolean): string {
  return ok ? 'ok' : 'MISSED';
}

function main(): number {
  const parsed = parseOptions(process.argv.slice(2));
  if (typeof parsed === 'string') {
    if (parsed !== '') process.stderr.write(`extract.bench: ${parsed}\n`);
    (parsed === '' ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return parsed === '' ? 0 : 2;
  }
  const opts = parsed;
  // The heap setting `handover` runs with (services/heap.ts): the memory figures are the CLI's.
  boundHeapGrowth();
  const memory = new MemoryWatch();
  collectGarbage();
  const baseline = process.memoryUsage.rss();
  memory.sample();

  const textMemory = new MemoryWatch();
  const text = benchText(opts, textMemory);
  collectGarbage();
  const htmlMemory = new MemoryWatch();
  const html = benchHtml(opts, htmlMemory);
  memory.peakSampled = Math.max(memory.peakSampled, textMemory.peakSampled, htmlMemory.peakSampled);
  const kernelPeak = MemoryWatch.kernelPeak();

  const t = text.tally;
  const h = html.tally;
  const textRate = t.docs / Math.max(seconds(t.timedNs), 1e-9);
  const htmlRate = h.docs / Math.max(seconds(h.timedNs), 1e-9);
  const tp = percentiles(t.durationsMs, Math.min(t.docs, t.durationsMs.length));
  const hp = percentiles(h.durationsMs, Math.min(h.docs, h.durationsMs.length));
  const gc = (globalThis as { gc?: unknown }).gc ? '' : ' (run with --expose-gc for stable memory figures)';

  const lines = [
    '',
    `Handover extract benchmark · seed ${opts.seed} · node ${process.version} ${platform()}-${arch()} · one thread${gc} · heap growth ${HEAP_GROWING_PERCENT}% as in \`handover\``,
    // Other processes on the machine slow every figure below; the load average says how crowded it was.
    `machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
    `corpus: ${fmt(opts.reports)} plain-text reports (${fmt(text.exchangeReports)} about exchanges), ${mb(t.bytes)}, ` +
      `avg ${fmt(t.docs ? t.bytes / t.docs / 1024 : 0, 2)} KB; generated in ${fmt(seconds(text.generationNs), 1)} s, not timed`,
    `        ${fmt(opts.html)} HTML pages, ${mb(html.pageBytes)}, avg ${fmt(opts.html ? html.pageBytes / opts.html / 1024 : 0, 0)} KB; ` +
      `generated in ${fmt(seconds(html.generationNs), 1)} s, not timed; timed over ${html.passes} pass${html.passes === 1 ? '' : 'es'}`,
    '',
    row('measure', 'today', 'target', 'verdict'),
    row('-'.repeat(42), '-'.repeat(16), '-'.repeat(10), '-------'),
  ];
  if (t.docs > 0) {
    lines.push(
      row('plain-text reports/s', fmt(textRate), `≥ ${fmt(TARGETS.textPerSecond)}`, verdict(textRate >= TARGETS.textPerSecond)),
      row('  mean ingest / extract per report (ms)', `${perDoc(t.ingestNs, t.docs)} / ${perDoc(t.extractNs, t.docs)}`),
      row('  per report p50 / p99 / max (ms)', `${fmt(tp.p50, 2)} / ${fmt(tp.p99, 2)} / ${fmt(tp.max, 1)}`),
      row('  CPU time / wall time', fmt(t.cpuMicros / 1e6 / Math.max(seconds(t.timedNs), 1e-9), 2)),
      row('  reports per CPU-second (≈ one idle core)', fmt(t.docs / Math.max(t.cpuMicros / 1e6, 1e-9))),
    );
  } else lines.push(row('plain-text reports/s', 'skipped', `≥ ${fmt(TARGETS.textPerSecond)}`));
  if (h.docs > 0) {
    lines.push(
      row(`HTML pages/s (avg ${fmt(html.pageBytes / opts.html / 1024)} KB)`, fmt(htmlRate, 1), `≥ ${fmt(TARGETS.htmlPerSecond)}`, verdict(htmlRate >= TARGETS.htmlPerSecond)),
      row('  mean ingest / extract per page (ms)', `${perDoc(h.ingestNs, h.docs)} / ${perDoc(h.extractNs, h.docs)}`),
      row('  per page p50 / p99 / max (ms)', `${fmt(hp.p50, 1)} / ${fmt(hp.p99, 1)} / ${fmt(hp.max, 1)}`),
      row('  CPU time / wall time', fmt(h.cpuMicros / 1e6 / Math.max(seconds(h.timedNs), 1e-9), 2)),
      row('  pages per CPU-second (≈ one idle core)', fmt(h.docs / Math.max(h.cpuMicros / 1e6, 1e-9), 1)),
    );
  } else lines.push(row('HTML pages/s', 'skipped', `≥ ${fmt(TARGETS.htmlPerSecond)}`));
  lines.push(
    row('peak RSS, sampled (memoryUsage.rss)', mb(memory.peakSampled), `< ${mb(TARGETS.peakRssBytes)}`, verdict(memory.peakSampled < TARGETS.peakRssBytes)),
    row('peak RSS, kernel (resourceUsage.maxRSS)', mb(kernelPeak), `< ${mb(TARGETS.peakRssBytes)}`, verdict(kernelPeak < TARGETS.peakRssBytes)),
    row('  RSS before the first document', mb(baseline)),
    row('  peak sampled RSS, plain text / HTML', `${mb(textMemory.peakSampled)} / ${mb(htmlMemory.peakSampled)}`),
    row(`claims in exchange reports (${fmt(t.exchangeDocs)})`, fmt(t.claimsInExchangeDocs), '', `${fmt(t.exchangeDocsWithClaims)} reports with ≥ 1 claim`),
    row(`claims in unrelated reports (${fmt(t.otherDocs)})`, fmt(t.claimsInOtherDocs), '', `${fmt(t.otherDocsWithClaims)} reports with ≥ 1 claim (false positives)`),
    row(`claims in HTML pages (${fmt(opts.html)}, first pass)`, fmt(h.claims), '', `exchange pages ${fmt(h.claimsInExchangeDocs)} · other pages ${fmt(h.claimsInOtherDocs)}`),
    row('ingest failures / exceptions', `${fmt(t.ingestFailed + h.ingestFailed)} / ${fmt(t.threw + h.threw)}`),
  );
  if (t.slowest.ms > 0 || h.slowest.ms > 0) {
    lines.push(row('slowest report / page (ms)', `${fmt(t.slowest.ms, 1)} / ${fmt(h.slowest.ms, 1)}`, '', `${t.slowest.path} · ${h.slowest.path}`));
  }
  const problem = t.firstProblem ?? h.firstProblem;
  if (problem) lines.push('', `first problem: ${problem}`);
  process.stdout.write(`${lines.join('\n')}\n\n`);
  return 0;
}

process.exitCode = main();
