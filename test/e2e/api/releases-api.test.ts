/**
 * Releases, the change feed and the Atom feeds over HTTP, on both engines: an administrator
 * publishes, anyone who may read fetches a release's export again byte for byte after the ledger
 * moved on, compares releases, reads the feed page by page; a mirror replays it with the CLI.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectItem } from '../../../src/services/index.js';
import { apiLedger, report, type ApiLedger } from '../../support/api.js';
import { testEngines } from '../../support/engines.js';
import { cli } from '../../support/cli-run.js';

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`releases over HTTP on ${engine.name}`, { timeout: 120_000 }, () => {
    let api: ApiLedger;
    const dir = mkdtempSync(join(tmpdir(), 'handover-releases-api-'));
    beforeAll(async () => {
      api = await apiLedger(engine, { public: true });
    });
    afterAll(async () => {
      await api?.close();
      await engine.cleanup();
      rmSync(dir, { recursive: true, force: true });
    });

    it('publishes releases whose exports stay the same bytes, and diffs them', async () => {
      expect((await api.call('POST', '/api/releases', { token: api.tokens.reviewer, body: {} })).status).toBe(403);
      const one = await api.call('POST', '/api/releases', { token: api.tokens.admin, body: { note: 'first' } });
      expect(one.status).toBe(201);
      expect(one.body).toMatchObject({ n: 1, createdBy: 'admin', note: 'first' });
      expect(one.body.citation).toMatch(/^Handover release 1 \(\d{4}-\d{2}-\d{2}, sha256 [0-9a-f]{16}\)$/);
      const fetch = async (q: string) => {
        const res = await api.call('GET', `/api/export?${q}`);
        expect(res.status, res.text.slice(0, 200)).toBe(200);
        return res.text;
      };
      const before = { csv: await fetch('release=1&format=csv'), hxl: await fetch('release=1&format=hxl'), json: await fetch('release=1&format=json') };
      expect(before.csv).toBe(await fetch('format=csv'));

      const first = (await api.call('GET', '/api/events?limit=1')).body.events[0];
      const rejected = await rejectItem(api.store, first.id, { name: 'reviewer', reason: 'the report was withdrawn by its outlet' });
      expect(rejected.ok).toBe(true);
      expect((await api.call('POST', '/api/sources', { token: api.tokens.contributor, raw: report(3), type: 'text/plain' })).status).toBeLessThan(300);
      const two = await api.call('POST', '/api/releases', { token: api.tokens.admin, body: {} });
      expect(two.status).toBe(201);
      expect(two.body.summary.counts.withdrawn).toBe(1);

      expect(await fetch('release=1&format=csv')).toBe(before.csv);
      expect(await fetch('release=1&format=hxl')).toBe(before.hxl);
      expect(await fetch('release=1&format=json')).toBe(before.json);
      expect(await fetch('format=csv')).not.toBe(before.csv);
      expect(await fetch('release=1&format=csv&category=remains')).toBe(await fetch('release=1&format=csv').then((t) => t.split('\r\n').filter((l, i) => i === 0 || l.includes(',remains,')).join('\r\n') + '\r\n'));

      const diff = await api.call('GET', '/api/releases/1/diff/2');
      expect(diff.status).toBe(200);
      expect(diff.body.changes.filter((c: { kind: string }) => c.kind === 'withdrawn').map((c: { eventId: string }) => c.eventId)).toEqual([first.id]);
      expect(diff.body.changes.find((c: { kind: string }) => c.kind === 'withdrawn').because[0].reason).toBe('the report was withdrawn by its outlet');
      expect(diff.body.counts.added).toBeGreaterThan(0);

      expect((await api.call('GET', '/api/events?release=1&limit=500')).body.events.map((e: { id: string }) => e.id)).toContain(first.id);
      expect((await api.call('GET', '/api/events?limit=500')).body.events.map((e: { id: string }) => e.id)).not.toContain(first.id);
      const detail = await api.call('GET', `/api/events/${first.id}?release=1`);
      expect(detail.status).toBe(200);
      expect(detail.body.event.review).toBe(first.review);
      expect(detail.body.witnesses.length).toBeGreaterThan(0);
      expect((await api.call('GET', `/api/events/${first.id}?release=1&asOf=2026-01-01`)).status).toBe(400);
      expect((await api.call('GET', '/api/totals?release=1&by=all')).status).toBe(200);
      const checks = await api.call('GET', '/api/checks?release=1');
      expect(checks.status).toBe(200);
      expect(checks.body.cumulative.map((c: { claimId: string }) => c.claimId).sort()).toEqual((await api.call('GET', '/api/checks?release=2')).body.cumulative.map((c: { claimId: string }) => c.claimId).sort());
      const missing = await api.call('GET', '/api/export?release=9&format=csv');
      expect([missing.status, missing.body.code]).toEqual([404, 'NOT_FOUND']);
      expect(missing.body.message).toMatch(/no release 9: the releases are 1 to 2/);
      const list = await api.call('GET', '/api/releases');
      expect(list.body.releases.map((r: { n: number }) => r.n)).toEqual([2, 1]);

      const atom = await api.call('GET', '/api/releases.atom');
      expect(atom.headers.get('content-type')).toMatch(/application\/atom\+xml/);
      expect(atom.text).toMatch(/<title>Handover release 2<\/title>/);
      expect(atom.text).toMatch(/<title>Handover release 1: first<\/title>/);
      const events = await api.call('GET', '/api/events.atom');
      expect(events.text).toMatch(/<entry>[\s\S]*\(confirmed\)<\/title>/);
    });

    it('serves the change feed page by page from a cursor, and a mirror replays it into the same export', async () => {
      const seqs: number[] = [];
      let since = '0';
      for (let i = 0; i < 1000; i++) {
        const page = await api.call('GET', `/api/changes?since=${since}&limit=200`);
        expect(page.status).toBe(200);
        seqs.push(...page.body.changes.map((c: { seq: number }) => c.seq));
        since = page.body.cursor;
        if (!page.body.more) break;
      }
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(new Set(seqs).size).toBe(seqs.length);
      const tail = await api.call('GET', `/api/changes?since=${since}`);
      expect(tail.body).toMatchObject({ changes: [], cursor: since, more: false });
      expect((await api.call('GET', '/api/changes?since=soon')).status).toBe(400);
      const tombstones = (await api.call('GET', '/api/changes?since=0&limit=5000')).body.changes.filter((c: { tombstone: boolean }) => c.tombstone);
      expect(tombstones.length).toBe(1);
      expect(tombstones[0]).toMatchObject({ change: 'withdrawn', entry: { entity: 'event', action: 'reject', reason: 'the report was withdrawn by its outlet', after: { review: 'rejected' } } });

      if (engine.name !== 'sqlite') return;
      // The server runs in this process: the CLI runs beside it, asynchronously.
      const mirror = join(dir, 'mirror.db');
      const run = (...args: string[]) => cli([...args, '--db', mirror]);
      const first = await run('changes', 'apply', api.base);
      expect(first.code, first.err).toBe(0);
      expect(first.out).toMatch(/^in sync with .*: applied \d+ changes/);
      const again = await run('changes', 'apply', api.base);
      expect(again.out).toMatch(/applied 0 changes/);
      const exported = await run('export', '--format', 'hxl');
      expect(exported.out).toBe((await api.call('GET', '/api/export?format=hxl')).text);
    });
  });
}
