/**
 * Following sources through the built CLI, as typed: web addresses mixed with files, a Telegram
 * export with forwards, a malformed export, a feed followed with `watch`, and a webhook that hears
 * of the new events, all against a server on 127.0.0.1 that the commands are explicitly allowed to reach.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../../../src/services/webhooks.service.js';
import { cli } from '../../support/cli-run.js';
import { serveProcess } from '../../support/serve-process.js';
import { startWebServer, type WebServer } from '../../support/web-server.js';

const dir = mkdtempSync(join(tmpdir(), 'handover-follow-'));
const db = join(dir, 'ledger.db');
const ALLOW = ['--allow-private', '127.0.0.1'];
const SECRET = 'receiver-secret-of-the-desk';
let web: WebServer;
let feedItems = 2;
const hookBodies: Array<{ verified: boolean; kind: string }> = [];

// Texts written for this test.
const FEED_ITEMS = [
  '<item><title>Bodies handed over</title><link>{base}/n/1</link><guid>n-1</guid><pubDate>Mon, 09 Mar 2026 10:00:00 +0000</pubDate><content:encoded><![CDATA[<p>Russia handed over the bodies of 444 fallen Ukrainian soldiers to Ukraine on Monday, the Coordination Headquarters said.</p>]]></content:encoded></item>',
  '<item><title>Prisoners swapped</title><link>{base}/n/2</link><guid>n-2</guid><pubDate>Tue, 10 Mar 2026 10:00:00 +0000</pubDate><content:encoded><![CDATA[<p>Ukraine brought home 121 defenders from Russian captivity on Tuesday, President Zelensky said.</p>]]></content:encoded></item>',
  '<item><title>More returned</title><link>{base}/n/3</link><guid>n-3</guid><pubDate>Fri, 13 Mar 2026 10:00:00 +0000</pubDate><content:encoded><![CDATA[<p>Ukraine brought home 58 defenders from Russian captivity on Friday, President Zelensky said.</p>]]></content:encoded></item>',
];

const EXPORT = {
  name: 'Exchange Desk Channel',
  type: 'public_channel',
  id: 1700000002,
  messages: [
    { id: 7, type: 'message', date: '2026-03-02T09:30:00', text: 'Russia handed over the bodies of 303 fallen Ukrainian soldiers to Ukraine, the Coordination Headquarters said.' },
    { id: 8, type: 'message', date: '2026-03-04T18:05:00', forwarded_from: 'Ombudsman Office', text: 'Ukraine brought home 31 defenders from Russian captivity, President Zelensky said.' },
    { id: 9, type: 'service', date: '2026-03-04T18:06:00', action: 'pin_message' },
  ],
};

beforeAll(async () => {
  web = await startWebServer();
  const base = web.base;
  web.routes.set('/ru', (_q, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=windows-1251' })
      .end(iconv.encode('<!DOCTYPE html><html><head><title>Обмен телами</title></head><body><article><p>Россия передала Украине тела 909 погибших военнослужащих, сообщил Мединский.</p></article></body></html>', 'windows-1251')),
  );
  web.routes.set('/short', (_q, res) => res.writeHead(302, { location: '/ru' }).end());
  web.routes.set('/internal', (_q, res) => res.writeHead(302, { location: 'http://192.168.10.20/admin' }).end());
  web.routes.set('/slow', () => undefined);
  web.routes.set('/feed.xml', (req, res) => {
    const etag = `"items-${feedItems}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    const items = FEED_ITEMS.slice(0, feedItems).map((i) => i.replaceAll('{base}', base));
    res
      .writeHead(200, { 'content-type': 'application/rss+xml', etag })
      .end(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Desk Wire</title>${items.join('')}</channel></rss>`);
  });
  web.routes.set('/hook', (req, res, body) => {
    hookBodies.push({ verified: verifySignature(SECRET, req.headers['x-handover-signature'] as string, body.toString('utf8')), kind: String(req.headers['x-handover-event']) });
    res.writeHead(200).end('ok');
  });
  writeFileSync(join(dir, 'result.json'), JSON.stringify(EXPORT, null, 1));
  writeFileSync(join(dir, 'broken.json'), JSON.stringify(EXPORT, null, 1).slice(0, 300));
});
afterAll(async () => {
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});

const sources = async () =>
  (await cli(['sources', '--json', '--limit', '100', '--db', db])).out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { link: string | null; outlet: string | null; publishedAt: string | null; title: string | null });

describe('handover ingest with addresses, a channel export and a broken one', () => {
  it('fetches what it may, refuses what it may not, splits the export, and says per input what happened', async () => {
    const run = await cli(['ingest', `${web.base}/short`, `${web.base}/internal`, `${web.base}/slow`, join(dir, 'result.json'), join(dir, 'broken.json'), '--channel', 'exchange_desk', '--timeout', '1.5', ...ALLOW, '--db', db]);
    expect(run.code, run.err).toBe(1);
    const line = (name: string) => run.out.split('\n').find((l) => l.includes(name)) ?? '';
    expect(line(`${web.base}/short`)).toMatch(/stored 1 claim/);
    expect(line(`${web.base}/internal`)).toMatch(/failed: .*192\.168\.10\.20 is on a local, private or reserved network/);
    expect(line(`${web.base}/slow`)).toMatch(/failed: could not fetch .*did not answer in time/);
    expect(line('result.json › message 7')).toMatch(/stored 1 claim/);
    expect(line('result.json › message 8')).toMatch(/stored 1 claim/);
    expect(line('broken.json')).toMatch(/failed: the channel export is not valid JSON .*nothing of it was stored/);
    expect(run.out).toMatch(/3 stored, .* 3 failed/);
    const stored = await sources();
    const byUrl = new Map(stored.map((s) => [s.link, s]));
    // The page ended at /ru after its redirect: that is its link; its charset was the server's.
    expect(byUrl.get(`${web.base}/ru`)).toMatchObject({ title: 'Обмен телами' });
    expect(byUrl.get('https://t.me/exchange_desk/7')).toMatchObject({ outlet: 'Exchange Desk Channel', publishedAt: '2026-03-02' });
    // A forward is credited to where it came from.
    expect(byUrl.get('https://t.me/exchange_desk/8')).toMatchObject({ outlet: 'Ombudsman Office', publishedAt: '2026-03-04' });
    expect(stored).toHaveLength(3);
  }, 120_000);
});

describe('handover watch and handover webhook', () => {
  it('follows a feed: the first run stores every item, the next only the new one; a webhook hears of the new events, signed', async () => {
    const hook = await cli(['webhook', 'add', `${web.base}/hook`, '--events', 'event.created,event.status', '--secret', SECRET, '--db', db]);
    expect(hook.code, hook.err).toBe(0);
    expect(hook.out).toMatch(/subscribed .* as wh_/);

    const added = await cli(['watch', 'add', `${web.base}/feed.xml`, '--every', '15m', '--db', db]);
    expect(added.code, added.err).toBe(0);
    const id = /as (w_[0-9a-f]+)/.exec(added.out)?.[1] ?? '';

    const first = await cli(['watch', 'run', ...ALLOW, '--db', db]);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/2 items, 0 read before, 2 new: 2 sources stored/);
    expect(first.out).toMatch(/Desk Wire|feed\.xml › Bodies handed over/);

    // Nothing is due now, so a plain run does nothing; --all asks, and hears "not modified".
    expect((await cli(['watch', 'run', ...ALLOW, '--db', db])).out).toMatch(/no watch is due/);
    expect((await cli(['watch', 'run', '--all', ...ALLOW, '--db', db])).out).toMatch(/not modified since the last poll/);

    feedItems = 3;
    const third = await cli(['watch', 'run', id, ...ALLOW, '--db', db]);
    expect(third.code, third.err).toBe(0);
    expect(third.out).toMatch(/3 items, 2 read before, 1 new: 1 source stored/);
    expect(third.out).toMatch(/More returned/);

    const list = await cli(['watch', 'list', '--json', '--db', db]);
    expect(JSON.parse(list.out)).toMatchObject([{ id, title: 'Desk Wire', polls: 3, itemsSeen: 3, sourcesNew: 3, lastStatus: 'ok', everySeconds: 900 }]);
    const table = await cli(['watch', 'list', '--db', db]);
    expect(table.out).toMatch(new RegExp(`${id} .*feed\\.xml .*15m`));

    const stored = await sources();
    expect(stored.filter((s) => s.outlet === 'Desk Wire').map((s) => [s.link, s.publishedAt]).sort()).toEqual([
      [`${web.base}/n/1`, '2026-03-09'],
      [`${web.base}/n/2`, '2026-03-10'],
      [`${web.base}/n/3`, '2026-03-13'],
    ]);

    const deliver = await cli(['webhook', 'deliver', ...ALLOW, '--db', db]);
    expect(deliver.code, deliver.err).toBe(0);
    expect(hookBodies.length).toBeGreaterThanOrEqual(3);
    expect(hookBodies.every((b) => b.verified && b.kind === 'event.created')).toBe(true);
    const log = await cli(['webhook', 'deliveries', '--json', '--db', db]);
    const entries = JSON.parse(log.out) as Array<{ status: string; attempts: number; lastStatus: number }>;
    expect(entries.length).toBe(hookBodies.length);
    expect(entries.every((e) => e.status === 'delivered' && e.attempts === 1 && e.lastStatus === 200)).toBe(true);

    expect((await cli(['watch', 'remove', id, '--db', db])).code).toBe(0);
    expect((await cli(['watch', 'remove', id, '--db', db])).err).toMatch(/NOT_FOUND: no watch/);
    const bad = await cli(['watch', 'add', `${web.base}/feed.xml`, '--every', 'often', '--db', db]);
    expect([bad.code, bad.err]).toEqual([2, expect.stringMatching(/--every must be an interval such as 15m/)]);
  }, 120_000);
});

describe('handover serve follows on its own', () => {
  it('polls a due watch on its timer (as a job on SQLite) and sends the webhook deliveries it caused', async () => {
    const served = join(dir, 'served.db');
    feedItems = 1;
    hookBodies.length = 0;
    expect((await cli(['webhook', 'add', `${web.base}/hook`, '--events', 'event.created', '--secret', SECRET, '--db', served])).code).toBe(0);
    expect((await cli(['watch', 'add', `${web.base}/feed.xml`, '--every', '1h', '--db', served])).code).toBe(0);
    const server = await serveProcess(['--db', served, '--poll-interval', '0.5', ...ALLOW]);
    try {
      const deadline = Date.now() + 60_000;
      let listed: Array<{ polls: number; sourcesNew: number }> = [];
      while (Date.now() < deadline) {
        listed = JSON.parse((await cli(['watch', 'list', '--json', '--db', served])).out);
        if (listed[0]?.polls === 1 && hookBodies.length > 0) break;
        await new Promise((r) => setTimeout(r, 300));
      }
      expect(listed).toMatchObject([{ polls: 1, sourcesNew: 1, lastStatus: 'ok' }]);
      expect(hookBodies).toEqual([{ verified: true, kind: 'event.created' }]);
      const jobs = await cli(['jobs', 'list', '--db', served]);
      expect(jobs.out).toMatch(/watch-poll/);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
