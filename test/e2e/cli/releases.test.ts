/**
 * Releases and the change feed through the CLI, as typed: publish, fetch a release again after the
 * ledger moved on, compare releases, sign, package for a data portal, write a static site, verify
 * (and fail on a tampered copy), and mirror a ledger by replaying its change feed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataPackage } from '../../support/datapackage.js';

const root = mkdtempSync(join(tmpdir(), 'handover-releases-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const bin = join(__dirname, '..', '..', '..', 'bin', 'handover.js');

function handover(db: string, ...args: string[]) {
  const env = { ...process.env, NO_COLOR: '1', USER: 'ana' };
  delete env.DATABASE_URL;
  delete env.HANDOVER_DB;
  const r = spawnSync(process.execPath, [bin, ...args, ...(db === '' ? [] : ['--db', join(root, db)])], { encoding: 'utf8', env, cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const ok = (r: { code: number | null; out: string; err: string }) => {
  expect(r.code, r.err).toBe(0);
  return r.out;
};

writeFileSync(join(root, 'swap.txt'), 'Soldiers return\n\nKYIV, 9 November 2026 — Russia handed over 77 prisoners of war to Ukraine on 8 November, the Coordination Headquarters said.\n');

describe('handover release and handover changes', { timeout: 180_000 }, () => {
  it('publishes releases that stay byte for byte, compares them, signs, packages, writes a site and verifies', () => {
    ok(handover('a.db', 'demo'));
    const created = ok(handover('a.db', 'release', 'create', '--note', 'the first weekly release'));
    expect(created).toMatch(/^release 1 published: \d+ events; first release: \d+ added/m);
    expect(created).toMatch(/cite: according to Handover release 1 \(\d{4}-\d{2}-\d{2}, sha256 [0-9a-f]{16}\)/);
    const first = { csv: ok(handover('a.db', 'export', '--release', '1', '--format', 'csv')), hxl: ok(handover('a.db', 'export', '--release', '1', '--format', 'hxl')), json: ok(handover('a.db', 'export', '--release', '1', '--format', 'json')) };
    expect(first.csv).toBe(ok(handover('a.db', 'export', '--format', 'csv')));

    // The ledger moves on: one event withdrawn, one report ingested.
    const gone = JSON.parse(ok(handover('a.db', 'events', '--json', '--limit', '1')).split('\n')[0]!).id as string;
    ok(handover('a.db', 'review', 'reject', gone, '--reason', 'the only report of it was retracted'));
    ok(handover('a.db', 'ingest', join(root, 'swap.txt')));
    expect(ok(handover('a.db', 'release', 'create'))).toMatch(/^release 2 published: .*since release 1: [1-9]\d* added, 0 corrected, 0 merged, 0 split, 1 withdrawn/m);

    expect(ok(handover('a.db', 'export', '--release', '1', '--format', 'csv'))).toBe(first.csv);
    expect(ok(handover('a.db', 'export', '--release', '1', '--format', 'hxl'))).toBe(first.hxl);
    expect(ok(handover('a.db', 'export', '--release', '1', '--format', 'json'))).toBe(first.json);
    expect(ok(handover('a.db', 'export', '--format', 'csv'))).not.toBe(first.csv);
    expect(ok(handover('a.db', 'events', '--release', '1', '--json', '--limit', '0')).split('\n').filter(Boolean).map((l) => JSON.parse(l).id)).toContain(gone);
    expect(ok(handover('a.db', 'events', '--json', '--limit', '0'))).not.toContain(gone);

    const diff = JSON.parse(ok(handover('a.db', 'release', 'diff', '1', '2', '--json')));
    expect(diff.changes.filter((c: { kind: string }) => c.kind === 'withdrawn').map((c: { eventId: string }) => c.eventId)).toEqual([gone]);
    expect(diff.changes.find((c: { kind: string }) => c.kind === 'withdrawn').because.map((b: { reason: string }) => b.reason)).toContain('the only report of it was retracted');
    expect(diff.changes.every((c: { kind: string }) => ['added', 'withdrawn'].includes(c.kind))).toBe(true);
    expect(ok(handover('a.db', 'release', 'diff', '1', '2'))).toMatch(/withdrawn\s+ev_\w+ .*\n.*reject by ana: “the only report of it was retracted”/);
    expect(ok(handover('a.db', 'release', 'list'))).toMatch(/^2 .*\n1 .*the first weekly release/m);

    ok(handover('', 'release', 'keygen', '--out', join(root, 'k')));
    expect(ok(handover('a.db', 'release', 'sign', '2', '--key', join(root, 'k.key')))).toMatch(/release 2 signed with key [0-9a-f]{16}/);
    expect(ok(handover('a.db', 'release', 'verify', '2', '--public-key', join(root, 'k.pub')))).toMatch(/^verified: .*signed by key/);

    const pkg = join(root, 'pkg');
    ok(handover('a.db', 'release', 'package', '2', '--out', pkg));
    expect(readdirSync(pkg).sort()).toEqual(['README.md', 'datapackage.json', 'events-hxl.csv', 'events.csv', 'ledger.json', 'release.json']);
    expect(checkDataPackage(pkg)).toEqual([]);
    expect(readFileSync(join(pkg, 'README.md'), 'utf8')).toMatch(/according to Handover release 2 .*handover export --release 2 --format csv/s);
    expect(readFileSync(join(pkg, 'events.csv'), 'utf8')).toBe(ok(handover('a.db', 'export', '--release', '2', '--format', 'csv')));
    expect(handover('a.db', 'release', 'package', '2', '--out', pkg).code).toBe(2);
    expect(ok(handover('a.db', 'release', 'verify', pkg, '--public-key', join(root, 'k.pub')))).toMatch(/^verified/);

    // A copy whose figures were changed fails, and says which file.
    const csv = readFileSync(join(pkg, 'events.csv'), 'utf8');
    writeFileSync(join(pkg, 'events.csv'), csv.replace(/,(\d+),(\d+),(\d+),/, (_m, a: string, b: string, c: string) => `,${a},${Number(b) + 100},${c},`));
    const tampered = handover('a.db', 'release', 'verify', pkg, '--public-key', join(root, 'k.pub'));
    expect(tampered.code).toBe(1);
    expect(tampered.err).toMatch(/RELEASE_TAMPERED: .*events\.csv hashes to .*the file was altered/);
    // … and fixing the hash in the manifest too breaks the signature.
    const manifest = JSON.parse(readFileSync(join(pkg, 'release.json'), 'utf8'));
    manifest.manifest.files['events.csv'] = (require('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(readFileSync(join(pkg, 'events.csv'))).digest('hex');
    writeFileSync(join(pkg, 'release.json'), JSON.stringify(manifest));
    const resigned = handover('a.db', 'release', 'verify', pkg, '--public-key', join(root, 'k.pub'));
    expect(resigned.code).toBe(1);
    expect(resigned.err).toMatch(/signature by key [0-9a-f]{16} does not match/);

    const site = join(root, 'site');
    ok(handover('a.db', 'release', 'site', '1', '--out', site));
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    expect(index).toMatch(/<svg/);
    expect(index).toMatch(/according to Handover release 1/);
    expect(index).not.toMatch(/(href|src)="\//);
    expect(existsSync(join(site, 'events', `${gone}.html`))).toBe(true);
    const eventPage = readFileSync(join(site, 'events', `${gone}.html`), 'utf8');
    expect(eventPage).toMatch(/href="\.\.\/sources\/src_\w+\.html"/);
    expect(eventPage).not.toMatch(/<script/);
    expect(ok(handover('a.db', 'release', 'verify', site))).toMatch(/^verified/);
  });

  it('mirrors a ledger by replaying its change feed', () => {
    ok(handover('b.db', 'demo'));
    ok(handover('b.db', 'ingest', join(root, 'swap.txt')));
    const feed = handover('b.db', 'changes', '--json', '--limit', '0');
    expect(feed.code, feed.err).toBe(0);
    expect(feed.err).toMatch(/read on later with: handover changes --since \d+/);
    writeFileSync(join(root, 'feed.jsonl'), feed.out);
    expect(ok(handover('mirror.db', 'changes', 'apply', join(root, 'feed.jsonl')))).toMatch(/^applied \d+ changes/);
    expect(ok(handover('mirror.db', 'changes', 'apply', join(root, 'feed.jsonl')))).toMatch(/^applied 0 changes .*; \d+ held already/);
    expect(ok(handover('mirror.db', 'export', '--format', 'hxl'))).toBe(ok(handover('b.db', 'export', '--format', 'hxl')));
    const text = ok(handover('b.db', 'changes', '--since', '3', '--limit', '2'));
    expect(text.trim().split('\n').map((l) => l.trim().split(/\s+/)[0])).toEqual(['4', '5']);
    expect(handover('b.db', 'changes', '--since', 'yesterday').err).toMatch(/INPUT_INVALID: --since must be a cursor/);
  });
});
