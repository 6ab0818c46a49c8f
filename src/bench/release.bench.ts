/**
 * bench:release — what publishing and fetching a release costs on a large ledger: `release create`
 * (freezing every event, claim and source and hashing the three files), fetching the release's CSV
 * and JSON again, verifying it, and writing its data package and static site. Prints figures; asserts nothing.
 * `npm run bench:release -- --events 20000`
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../storage/index.js';
import { createRelease, releaseFile, verifyRelease } from '../services/release.service.js';
import { releasePackage } from '../services/release-package.js';
import { releaseSite } from '../services/release-site.js';
import { bulkLedger } from './bulk-ledger.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const EVENTS = arg('events', 20_000);

async function drain(chunks: AsyncIterable<string> | Iterable<string>): Promise<number> {
  let bytes = 0;
  for await (const c of chunks) bytes += Buffer.byteLength(c);
  return bytes;
}

async function timed<T>(what: string, fn: () => Promise<T>, note: (v: T) => string = () => ''): Promise<T> {
  const t = performance.now();
  const v = await fn();
  process.stdout.write(`${what.padEnd(34)} ${((performance.now() - t) / 1000).toFixed(2).padStart(7)} s  ${note(v)}\n`);
  return v;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'handover-bench-release-'));
  try {
    const store = await openStore({ engine: 'sqlite', file: join(dir, 'ledger.db') });
    const { eventIds } = await bulkLedger(store, { claims: EVENTS * 2, claimsPerEvent: 2, seed: 7 });
    process.stdout.write(`bench:release  ${eventIds.length.toLocaleString('en-US')} events, ${(await store.claims.count()).toLocaleString('en-US')} claims (SQLite)\n`);
    const r = await timed('release create', () => createRelease(store, { by: 'bench' }), (v) => (v.ok ? `release ${v.value.n}` : v.error.message));
    if (!r.ok) throw new Error(r.error.message);
    for (const f of ['events.csv', 'ledger.json'] as const) {
      await timed(`fetch ${f} again`, async () => {
        const out = await releaseFile(store, 1, f);
        if (!out.ok) throw new Error(out.error.message);
        return drain(out.value);
      }, (b) => `${(b / 1048576).toFixed(1)} MiB`);
    }
    await timed('release verify', () => verifyRelease(store, 1), (v) => (v.ok && v.value.ok ? 'ok' : 'FAILED'));
    await timed('release package (rendered, not written)', async () => {
      const files = await releasePackage(store, 1);
      if (!files.ok) throw new Error(files.error.message);
      let bytes = 0;
      for (const f of files.value) bytes += await drain(f.content());
      return bytes;
    }, (b) => `${(b / 1048576).toFixed(1)} MiB`);
    await timed('release site (rendered, not written)', async () => {
      const files = await releaseSite(store, 1);
      if (!files.ok) throw new Error(files.error.message);
      let bytes = 0;
      for (const f of files.value) bytes += await drain(f.content());
      return { files: files.value.length, bytes };
    }, (v) => `${v.files.toLocaleString('en-US')} files, ${(v.bytes / 1048576).toFixed(1)} MiB`);
    process.stdout.write(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
