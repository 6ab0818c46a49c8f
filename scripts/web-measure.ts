/**
 * npm run measure:web — the web app's two budgets, measured and printed:
 *   1. JavaScript under 250 KB gzipped: every script in web/dist, gzipped as a server would send it;
 *   2. the dashboard usable within 1 second with 10,000 events in the ledger: Debian's Chromium
 *      opens / on a server over a 10,000-event SQLite ledger, and the time runs from navigation
 *      start to the moment the app marks the totals, the chart and the latest events drawn
 *      (performance mark `handover:dashboard-ready`). Each load is in a new browser profile, so
 *      nothing comes from a cache.
 * MEASURE_EVENTS=N changes the ledger size; MEASURE_LOADS=N the number of loads (default 5).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { countOf, type Category, type LedgerClaim, type LedgerEvent, type LedgerSource } from '../src/domain/index.js';
import { buildServer } from '../src/http/index.js';
import { addUser } from '../src/services/index.js';
import { analyze, bulkLoadLedger, openStore, writeRollup, type TotalsPeriodRow } from '../src/storage/index.js';

const EVENTS = Number(process.env.MEASURE_EVENTS ?? 10_000);
const LOADS = Number(process.env.MEASURE_LOADS ?? 5);
const BUNDLE_LIMIT = 250 * 1024;
const READY_LIMIT = 1000;
const DIST = new URL('../web/dist/', import.meta.url).pathname;
const CHROMIUM = process.env.HANDOVER_CHROMIUM ?? '/usr/bin/chromium';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function bundle(): { js: number; css: number; files: string[] } {
  const assets = readdirSync(join(DIST, 'assets'));
  let js = 0;
  let css = 0;
  const files: string[] = [];
  for (const f of assets) {
    const size = gzipSync(readFileSync(join(DIST, 'assets', f)), { level: 9 }).length;
    if (f.endsWith('.js')) js += size;
    if (f.endsWith('.css')) css += size;
    files.push(`${f} ${kb(size)}`);
  }
  return { js, css, files };
}

/** A ledger of EVENTS events shaped like the real one: sides in pairs, each event with two claims and their source. */
async function ledger(file: string) {
  const store = await openStore({ engine: 'sqlite', file });
  const pairs = [['russia', 'ukraine'], ['israel', 'hamas'], ['armenia', 'azerbaijan'], ['houthis', 'yemeni-government'], ['rsf', 'saf']] as const;
  const cats: Category[] = ['remains', 'pow', 'civilians', 'children', 'hostages', 'detainees', 'mixed'];
  const rollup = new Map<string, TotalsPeriodRow>();
  const at = '2026-01-01T00:00:00.000Z';
  let seed = 20251207;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const day0 = Date.UTC(2022, 2, 1);
  for (let start = 0; start < EVENTS; start += 2000) {
    const sources: LedgerSource[] = [];
    const claims: LedgerClaim[] = [];
    const events: LedgerEvent[] = [];
    for (let i = start; i < Math.min(EVENTS, start + 2000); i++) {
      const [a, b] = pairs[Math.floor(rand() * pairs.length)]!;
      const [from, to] = rand() < 0.5 ? [a, b] : [b, a];
      const category = cats[Math.floor(rand() * cats.length)]!;
      const day = new Date(day0 + Math.floor(rand() * 1700) * 86_400_000).toISOString().slice(0, 10);
      const value = 1 + Math.floor(rand() * 1200);
      const sourceId = `src_m${i.toString(16).padStart(12, '0')}`;
      sources.push({ id: sourceId, contentHash: sourceId.padEnd(64, '0'), title: `Report ${i}`, language: 'en', publishedAt: day, outlet: 'Measure Wire', url: null, path: null, format: 'text', duplicateOf: null, ingestedAt: at });
      const ids = [0, 1].map((k) => `cl_m${(i * 2 + k).toString(16).padStart(12, '0')}`);
      ids.forEach((id, k) =>
        claims.push({
          id, sourceId, review: 'machine', publishedAt: day, outlet: 'Measure Wire', duplicateOf: null, kind: 'event', category, from, to,
          count: countOf(k === 1 && rand() < 0.1 ? value + 10 : value, 'exact'), date: { start: day, end: day, precision: 'day' },
          attribution: { speaker: null, party: k === 0 ? from : to }, agreement: null, mediator: null,
          evidence: { sentence: `${from} handed ${value} ${category} to ${to} on ${day}.`, start: 0, end: 40 },
          wounded: false, partOf: null, twoWay: false, confidence: 0.9, flags: [],
        }),
      );
      const disputed = rand() < 0.05;
      events.push({
        id: `ev_m${i.toString(16).padStart(12, '0')}`, exchangeId: null, category, wounded: false, from, to, date: { start: day, end: day, precision: 'day' },
        figure: { low: disputed ? value - 10 : value, best: value, high: disputed ? value + 10 : value }, status: disputed ? 'disputed' : 'confirmed',
        claimIds: ids, agreement: null, mediator: null, flags: [], review: rand() < 0.8 ? 'machine' : 'accepted', locked: false,
      });
    }
    await bulkLoadLedger(store, { sources, claims, events }, at, rollup);
  }
  await writeRollup(store, rollup);
  await analyze(store);
  const added = await addUser(store, { name: 'measure', role: 'reviewer', password: 'a password for measuring' }, 'measure');
  if (!added.ok) throw new Error(added.error.message);
  return store;
}

const sizes = bundle();
const dir = mkdtempSync(join(tmpdir(), 'handover-measure-'));
const store = await ledger(join(dir, 'ledger.db'));
const app = await buildServer({ store, rateLimit: false, webRoot: DIST });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const times: number[] = [];
const busy: number[] = [];
const firstData: number[] = [];
const server: number[] = [];
const loadBefore = loadavg()[0]!;
if (process.env.MEASURE_PROBE) {
  const cookie = (await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'measure', password: 'a password for measuring' }) })).headers.get('set-cookie')!.split(';')[0]!;
  for (const path of ['/api/session', '/api/parties', '/api/totals?by=month', '/api/totals?by=all', '/api/events?limit=8', '/api/review?limit=5', '/api/totals?by=month', '/api/review?limit=5']) {
    const t = performance.now();
    const res = await fetch(`${base}${path}`, { headers: { cookie } });
    const body = await res.text();
    process.stdout.write(`${path} ${res.status} ${body.length} bytes ${Math.round(performance.now() - t)} ms\n`);
  }
}
try {
  for (let i = 0; i < LOADS; i++) {
    const profile = mkdtempSync(join(dir, 'profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    // Signed in through the API, so the load measured is the dashboard's alone.
    const signIn = await page.request.post(`${base}/api/session`, { data: { name: 'measure', password: 'a password for measuring' } });
    if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const serverCpu = process.cpuUsage();
    await page.goto(`${base}/`);
    await page.locator('body[data-ready="dashboard"]').waitFor({ timeout: 30_000 });
    const [data, ready] = await page.evaluate(() => ['handover:dashboard-data', 'handover:dashboard-ready'].map((m) => performance.getEntriesByName(m)[0]!.startTime));
    times.push(ready!);
    firstData.push(data!);
    // CPU time, which a busy machine does not lengthen the way it lengthens wall time: the page's main thread, and this process (the server).
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    busy.push(1000 * (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN));
    const used = process.cpuUsage(serverCpu);
    server.push((used.user + used.system) / 1000);
    if (process.env.MEASURE_TRACE) {
      // Where the time went: each request's start and end after navigation.
      const trace = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((r) => `${Math.round(r.startTime)}–${Math.round(r.responseEnd)} ms ${r.name.replace(location.origin, '')}`),
      );
      process.stdout.write(`load ${i + 1}:\n  ${trace.join('\n  ')}\n`);
    }
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
} finally {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

times.sort((a, b) => a - b);
busy.sort((a, b) => a - b);
firstData.sort((a, b) => a - b);
server.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
const busyMedian = busy[Math.floor(busy.length / 2)]!;
const worst = times.at(-1)!;
process.stdout.write(`web bundle: JavaScript ${kb(sizes.js)} gzipped in all (${sizes.files.filter((f) => f.includes('.js')).join(', ')}), CSS ${kb(sizes.css)} — target under ${kb(BUNDLE_LIMIT)}: ${sizes.js < BUNDLE_LIMIT ? 'ok' : 'MISSED'}\n`);
process.stdout.write(
  `dashboard with ${EVENTS.toLocaleString('en-US')} events: totals and latest events on screen ${Math.round(firstData[Math.floor(firstData.length / 2)]!)} ms after navigation, chart drawn too ${Math.round(median)} ms (median of ${LOADS} loads in fresh profiles; fastest ${Math.round(times[0]!)} ms, slowest ${Math.round(worst)} ms) — target under ${READY_LIMIT} ms: ${median < READY_LIMIT ? 'ok' : 'MISSED'}\n` +
    `  CPU time it took (medians): the page's main thread ${Math.round(busyMedian)} ms, the server ${Math.round(server[Math.floor(server.length / 2)]!)} ms; load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs: on a busy machine the wall time mostly waits for a CPU\n`,
);
