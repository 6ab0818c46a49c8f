/**
 * `npm run bench:follow`: following a feed. A feed of BENCH_ITEMS generated reports (1.5 KB each,
 * about a third of them about exchanges) is served on loopback; a SQLite ledger (PostgreSQL when
 * DATABASE_URL names one) follows it. Printed: the first poll (every item read, stored or not), a
 * poll the server answers 304, a full poll of the same feed whose items are all known, and a poll
 * after one item was added.
 *
 *   BENCH_ITEMS=1000 npm run bench:follow
 */
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, resolveStoreConfig, type Store } from '../storage/index.js';
import { addWatch, pollWatch } from '../services/watch.service.js';
import { generateReport } from './generate-corpus.js';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000);
const SEED = 20261207;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function feedOf(count: number, base: string): string {
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    const report = generateReport(SEED, i, { targetBytes: 1500 });
    const [headline, ...body] = report.text.split('\n\n');
    const day = new Date(Date.UTC(2026, 0, 1) + i * 3600_000).toUTCString();
    items.push(`<item><title>${escape(headline ?? '')}</title><link>${base}/a/${i}</link><guid>bench-${i}</guid><pubDate>${day}</pubDate><content:encoded>${escape(body.map((p) => `<p>${p}</p>`).join(''))}</content:encoded></item>`);
  }
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench Wire</title>${items.join('')}</channel></rss>`;
}

async function main(): Promise<void> {
  let count = ITEMS;
  let base = '';
  let body = '';
  const server = createServer((req, res) => {
    const etag = `"n${count}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  body = feedOf(count, base);
  const dir = mkdtempSync(join(tmpdir(), 'handover-follow-bench-'));
  const url = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : join(dir, 'bench.db');
  const config = resolveStoreConfig({ db: url, env: {} });
  const store: Store = await openStore(config);
  const guards = { allowPrivate: ['127.0.0.1'], timeoutMs: 120_000, maxBytes: 64 * 1024 * 1024 };
  try {
    const added = await addWatch(store, { url: `${base}/feed.xml`, everySeconds: 900 });
    if (!added.ok) throw new Error(added.error.message);
    const id = added.value.id;
    const timed = async (label: string) => {
      const t0 = performance.now();
      const r = await pollWatch(store, id, { ...guards, force: true });
      const ms = performance.now() - t0;
      if (!r.ok) throw new Error(r.error.message);
      const p = r.value;
      const stored = p.items.filter((i) => i.outcome.status === 'stored' || i.outcome.status === 'near-duplicate').length;
      process.stdout.write(
        `${label.padEnd(34)} ${String(Math.round(ms)).padStart(7)} ms  ${p.status.padEnd(12)} items ${String(p.itemsFound).padStart(5)}  new ${String(p.items.length).padStart(5)}  stored ${String(stored).padStart(5)}` +
          (p.items.length > 0 ? `  (${Math.round((p.items.length / ms) * 1000)} items/s)` : '') +
          '\n',
      );
    };
    process.stdout.write(`following a feed of ${ITEMS} items (${(body.length / 1024 / 1024).toFixed(1)} MiB) on ${store.description}\n`);
    await timed('first poll (every item new)');
    await timed('second poll (304 Not Modified)');
    await store.watches.recordPoll(id, { at: new Date().toISOString(), nextPollAt: new Date().toISOString(), status: 'ok', error: null, etag: null, lastModified: null, itemsSeen: 0, sourcesNew: 0, claimsNew: 0 });
    await timed('full poll, every item known');
    count++;
    body = feedOf(count, base);
    await timed('one item added');
  } finally {
    await store.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
