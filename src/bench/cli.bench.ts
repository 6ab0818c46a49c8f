/**
 * `npm run bench:cli`: Handover as a user feels it, end to end through the command they type.
 *
 * - A folder of generated plain-text reports of ~3 KB (one in ten about an exchange): `handover extract
 *   --json DIR > /dev/null`, beside a naive keyword-and-digit extractor (naive-extract.ts, the
 *   yardstick) and `cat | sha256sum` over the same files, several runs each, interleaved, so that a
 *   busy machine slows all three alike. Medians, rates and ratios.
 * - `handover --version` and `--help`, beside `node -e 0`.
 * - A folder of generated HTML pages of ~150 KB.
 * - Memory (`--only memory`, or `npm run bench:memory`): peak RSS (/usr/bin/time -f %M) of a 50 MB text
 *   file (refused by default, read with --max-bytes 64M), a 20 MB one-line HTML page (refused by
 *   default, read with --max-bytes 32M) and a folder of 100,000 reports.
 *
 * It reports; it does not test. Missed targets print MISSED and the exit code stays 0.
 *
 *   node dist/bench/cli.bench.js [--reports 20000] [--html 200] [--runs 3] [--seed 1] [--dir DIR]
 *                                [--only text,version,html,memory] [--files 100000]
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateReport } from './generate-corpus.js';
import { generateHtmlPage } from './generate-html.js';

const BIN = fileURLToPath(new URL('../../bin/handover.js', import.meta.url));
const NAIVE = fileURLToPath(new URL('./naive-extract.js', import.meta.url));
const TARGETS = { naiveShare: 1 / 3, htmlPerSecond: 200, startMs: 150, peakRssMb: 300 };

interface Options {
  reports: number;
  html: number;
  runs: number;
  seed: number;
  dir: string;
  only: Set<string>;
  files: number;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      reports: { type: 'string', default: '20000' },
      html: { type: 'string', default: '200' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      dir: { type: 'string', default: join(tmpdir(), 'handover-bench-cli') },
      only: { type: 'string', default: 'text,version,html' },
      files: { type: 'string', default: '100000' },
    },
  });
  return {
    reports: Number(values.reports),
    html: Number(values.html),
    runs: Math.max(1, Number(values.runs)),
    seed: Number(values.seed),
    dir: values.dir!,
    only: new Set(values.only!.split(',')),
    files: Number(values.files),
  };
}

// ------------------------------------------------------------------ corpora, generated once and kept

/** A folder of `count` generated reports (made once; a finished folder has a `.complete` marker). */
function textFolder(root: string, seed: number, count: number, targetBytes?: number): string {
  const dir = join(root, `text-${seed}-${count}${targetBytes ? `-${targetBytes}` : ''}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`generating ${count.toLocaleString('en-US')} reports in ${dir} …\n`);
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `report-${String(i).padStart(6, '0')}.txt`), generateReport(seed, i, targetBytes ? { targetBytes } : {}).text);
  }
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}

function htmlFolder(root: string, seed: number, count: number): string {
  const dir = join(root, `html-${seed}-${count}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`generating ${count} pages in ${dir} …\n`);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `page-${String(i).padStart(4, '0')}.html`), generateHtmlPage(seed, i).html);
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}

const folderBytes = (dir: string): number => readdirSync(dir).reduce((sum, n) => sum + (n.startsWith('.') ? 0 : statSync(join(dir, n)).size), 0);

// ------------------------------------------------------------------ running and timing

interface Timed {
  ms: number;
  code: number | null;
  stderr: string;
  peakKb: number | null;
}

const HAS_TIME = existsSync('/usr/bin/time');

/** Runs a command with stdout to /dev/null; wall time, exit code, stderr and (with /usr/bin/time) peak RSS. */
function run(cmd: string, args: string[], opts: { peak?: boolean; shell?: boolean } = {}): Timed {
  const devnull = openSync('/dev/null', 'w');
  const measured = opts.peak && HAS_TIME;
  const [file, argv] = measured ? ['/usr/bin/time', ['-f', 'PEAK_KB=%M', cmd, ...args]] : [cmd, args];
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.NODE_OPTIONS;
  const t0 = performance.now();
  const r = spawnSync(file, argv, { stdio: ['ignore', devnull, 'pipe'], env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  closeSync(devnull);
  let stderr = r.stderr ?? '';
  let peakKb: number | null = null;
  const m = /PEAK_KB=(\d+)\s*$/.exec(stderr);
  if (m) {
    peakKb = Number(m[1]);
    stderr = stderr.slice(0, m.index);
  }
  return { ms, code: r.status, stderr, peakKb };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');
const row = (label: string, value: string, target = '', result = ''): string => `${label.padEnd(52)}${value.padStart(14)}   ${target.padEnd(14)}${result}`;

/** Runs each command `runs` times, interleaved (the order turns each round); the median of each. */
function interleaved(commands: Array<{ name: string; cmd: string; args: string[] }>, runs: number): Map<string, { median: number; all: number[]; failed: string | null }> {
  const times = new Map(commands.map((c) => [c.name, { all: [] as number[], failed: null as string | null }]));
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < commands.length; k++) {
      const c = commands[(k + r) % commands.length]!;
      const t = run(c.cmd, c.args);
      const entry = times.get(c.name)!;
      entry.all.push(t.ms);
      if (t.code !== 0 && entry.failed === null) entry.failed = `exit ${t.code}: ${t.stderr.split('\n')[0]}`;
    }
  }
  return new Map([...times].map(([name, t]) => [name, { ...t, median: median(t.all) }]));
}

// ------------------------------------------------------------------ sections

function benchText(o: Options, out: string[]): void {
  const dir = textFolder(o.dir, o.seed, o.reports);
  const bytes = folderBytes(dir);
  const times = interleaved(
    [
      { name: 'handover', cmd: process.execPath, args: [BIN, 'extract', '--json', dir] },
      { name: 'naive', cmd: process.execPath, args: [NAIVE, dir] },
      { name: 'cat', cmd: 'sh', args: ['-c', `find "${dir}" -type f -name '*.txt' -print0 | sort -z | xargs -0 cat | sha256sum`] },
    ],
    o.runs,
  );
  const rate = (name: string): number => o.reports / (times.get(name)!.median / 1000);
  const h = rate('handover');
  const naive = rate('naive');
  const cat = rate('cat');
  out.push(
    `plain text: ${fmt(o.reports)} reports (one in ten about an exchange), ${fmt(bytes / 1024 / 1024, 1)} MB, ${o.runs} runs each, interleaved`,
    row('`handover extract --json DIR` (reports/s, median)', fmt(h), '', `${fmt(times.get('handover')!.median / 1000, 2)} s  [${times.get('handover')!.all.map((x) => fmt(x / 1000, 1)).join(' ')}]`),
    row('naive keyword-and-digit extractor (reports/s)', fmt(naive), '', `${fmt(times.get('naive')!.median / 1000, 2)} s`),
    row('cat | sha256sum (reports/s)', fmt(cat), '', `${fmt(times.get('cat')!.median / 1000, 2)} s`),
    row('handover / naive', fmt(h / naive, 2), `≥ ${fmt(TARGETS.naiveShare, 2)}`, verdict(h / naive >= TARGETS.naiveShare)),
    row('handover / cat | sha256sum', fmt(h / cat, 2)),
  );
  for (const [name, t] of times) if (t.failed) out.push(`  ${name} failed: ${t.failed}`);
  out.push('');
}

function benchVersion(o: Options, out: string[]): void {
  const runs = Math.max(9, o.runs * 3);
  const times = interleaved(
    [
      { name: 'version', cmd: process.execPath, args: [BIN, '--version'] },
      { name: 'help', cmd: process.execPath, args: [BIN, '--help'] },
      { name: 'node', cmd: process.execPath, args: ['-e', '0'] },
    ],
    runs,
  );
  const v = times.get('version')!.median;
  const h = times.get('help')!.median;
  out.push(
    `start-up: ${runs} runs each, interleaved`,
    row('`handover --version` (ms, median)', fmt(v), `< ${TARGETS.startMs}`, verdict(v < TARGETS.startMs)),
    row('`handover --help` (ms, median)', fmt(h), `< ${TARGETS.startMs}`, verdict(h < TARGETS.startMs)),
    row('`node -e 0` (ms, median)', fmt(times.get('node')!.median)),
    '',
  );
}

function benchHtml(o: Options, out: string[]): void {
  const dir = htmlFolder(o.dir, o.seed, o.html);
  const bytes = folderBytes(dir);
  const times = interleaved([{ name: 'handover', cmd: process.execPath, args: [BIN, 'extract', '--json', dir] }], o.runs);
  const t = times.get('handover')!;
  const rate = o.html / (t.median / 1000);
  out.push(
    `HTML: ${fmt(o.html)} pages, ${fmt(bytes / 1024 / 1024, 1)} MB (avg ${fmt(bytes / o.html / 1024)} KB), ${o.runs} runs`,
    row('`handover extract --json DIR` (pages/s, median)', fmt(rate, 1), `≥ ${TARGETS.htmlPerSecond}`, `${verdict(rate >= TARGETS.htmlPerSecond)}  [${t.all.map((x) => fmt(x / 1000, 2)).join(' ')} s]`),
  );
  if (t.failed) out.push(`  failed: ${t.failed}`);
  out.push('');
}

/** A text file of about `bytes` bytes: generated reports one after another. */
function bigText(root: string, bytes: number): string {
  const path = join(root, `big-${bytes}.txt`);
  if (existsSync(path) && statSync(path).size >= bytes) return path;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = `${generateReport(9, i).text}\n`;
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  writeFileSync(path, parts.join(''));
  return path;
}

/** An HTML page of about `bytes` bytes on one line: generated articles' markup with every line break gone. */
function bigPage(root: string, bytes: number): string {
  const path = join(root, `big-${bytes}.html`);
  if (existsSync(path) && statSync(path).size >= bytes) return path;
  const bodies: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const html = generateHtmlPage(9, i).html;
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
    const flat = body.replace(/[\r\n]+/g, ' ');
    bodies.push(flat);
    size += Buffer.byteLength(flat);
  }
  writeFileSync(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One long page</title></head><body>${bodies.join('')}</body></html>`);
  return path;
}

function benchMemory(o: Options, out: string[]): void {
  if (!HAS_TIME) out.push('memory: /usr/bin/time is missing (apt-get install time): peak RSS not measured');
  const peak = (t: Timed): string => (t.peakKb === null ? 'n/a' : `${fmt(t.peakKb / 1024)} MB`);
  const ok = (t: Timed): string => (t.peakKb === null ? '' : verdict(t.peakKb / 1024 < TARGETS.peakRssMb));
  const firstLine = (t: Timed): string => t.stderr.split('\n').find((l) => l.trim()) ?? '';
  out.push(`memory: peak RSS of the whole process (/usr/bin/time -f %M), target < ${TARGETS.peakRssMb} MB`);
  const text = bigText(o.dir, 50 * 1024 * 1024);
  const textMb = fmt(statSync(text).size / 1024 / 1024, 1);
  for (const extra of [[], ['--max-bytes', '64M']]) {
    const t = run(process.execPath, [BIN, 'extract', '--json', ...extra, text], { peak: true });
    out.push(row(`${textMb} MB text file${extra.length ? ' --max-bytes 64M' : ''}`, peak(t), `< ${TARGETS.peakRssMb} MB`, `${ok(t)}  exit ${t.code}, ${fmt(t.ms / 1000, 1)} s${t.code ? `: ${firstLine(t)}` : ''}`));
  }
  const page = bigPage(o.dir, 20 * 1024 * 1024);
  const pageMb = fmt(statSync(page).size / 1024 / 1024, 1);
  for (const extra of [[], ['--max-bytes', '32M']]) {
    const t = run(process.execPath, [BIN, 'extract', '--json', ...extra, page], { peak: true });
    out.push(row(`${pageMb} MB one-line HTML page${extra.length ? ' --max-bytes 32M' : ''}`, peak(t), `< ${TARGETS.peakRssMb} MB`, `${ok(t)}  exit ${t.code}, ${fmt(t.ms / 1000, 1)} s${t.code ? `: ${firstLine(t)}` : ''}`));
  }
  const many = textFolder(o.dir, o.seed, o.files, 1200);
  const t = run(process.execPath, [BIN, 'extract', '--json', many], { peak: true });
  out.push(row(`folder of ${fmt(o.files)} reports of ~1.2 KB`, peak(t), `< ${TARGETS.peakRssMb} MB`, `${ok(t)}  exit ${t.code}, ${fmt(t.ms / 1000, 1)} s, ${fmt(o.files / (t.ms / 1000))} reports/s`));
  out.push('');
}

function main(): void {
  const o = options();
  mkdirSync(o.dir, { recursive: true });
  const out: string[] = [
    '',
    `Handover CLI benchmark · ${new Date().toISOString().slice(0, 16)}Z · node ${process.version} · ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? '?'}) · load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
    `corpora in ${o.dir} (kept between runs)`,
    '',
  ];
  if (o.only.has('version')) benchVersion(o, out);
  if (o.only.has('text')) benchText(o, out);
  if (o.only.has('html')) benchHtml(o, out);
  if (o.only.has('memory')) benchMemory(o, out);
  out.push(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other processes slow every figure; the ratios compare runs made side by side)`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
