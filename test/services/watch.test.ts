/** Following a feed: each item its own source, the next poll only what is new, conditional GET, a malformed feed refused whole. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWatch, parseEvery, pollDue, pollWatch } from '../../src/services/watch.service.js';
import { testEngines } from '../support/engines.js';
import { startWebServer, type WebServer } from '../support/web-server.js';

// Texts written for this test.
const ITEMS = [
  { id: 'desk-101', title: 'Remains returned at the border', day: 'Mon, 02 Mar 2026 09:00:00 +0000', body: '<p>Russia handed over the bodies of 606 fallen Ukrainian soldiers to Ukraine on Monday, the Coordination Headquarters said.</p>' },
  { id: 'desk-102', title: 'Defenders home', day: 'Tue, 03 Mar 2026 12:00:00 +0000', teaser: 'Read the full statement.' },
  { id: 'desk-103', title: 'Civilians back', day: 'Thu, 05 Mar 2026 08:00:00 +0000', body: '<p>Ukraine brought home 212 defenders from Russian captivity on Thursday, President Zelensky said.</p>' },
];

function feedXml(items: typeof ITEMS, base: string): string {
  const entries = items.map((i) =>
    i.body
      ? `<item><title>${i.title}</title><link>${base}/news/${i.id}</link><guid isPermaLink="false">${i.id}</guid><pubDate>${i.day}</pubDate><content:encoded><![CDATA[${i.body}]]></content:encoded></item>`
      : `<item><title>${i.title}</title><link>${base}/news/${i.id}</link><guid isPermaLink="false">${i.id}</guid><pubDate>${i.day}</pubDate><description>${i.teaser}</description></item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Exchange Desk</title><link>${base}/</link>${entries.join('')}</channel></rss>`;
}

let web: WebServer;
let feed = '';
beforeAll(async () => {
  web = await startWebServer();
  web.routes.set('/feed.xml', (req, res) => {
    const etag = `"${createHash('sha256').update(feed).digest('hex').slice(0, 12)}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(feed);
  });
  web.routes.set('/news/gone', (_q, res) => res.writeHead(410, { 'content-type': 'text/plain' }).end('gone for good'));
  web.routes.set('/news/flaky', (_q, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('try later'));
  web.routes.set('/news/desk-102', (_q, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end('<!DOCTYPE html><html><head><title>Defenders home</title></head><body><article><h1>Defenders home</h1><p>Ukraine brought home 175 defenders from Russian captivity on Tuesday, President Zelensky said.</p></article></body></html>'),
  );
});
afterAll(() => web.close());

const guards = { allowPrivate: ['127.0.0.1'] };

it('reads schedules as people write them', () => {
  expect([parseEvery('15m'), parseEvery('1h30m'), parseEvery('1d'), parseEvery('soon')]).toEqual([900, 5400, 86400, null]);
});

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`following a feed on ${engine.name}`, () => {
    afterAll(() => engine.cleanup());

    it('stores each item as its own source, then only what is new, asking conditionally', async () => {
      const { store } = await engine.fresh();
      feed = feedXml(ITEMS.slice(0, 2), web.base);
      const added = await addWatch(store, { url: `${web.base}/feed.xml`, everySeconds: 900 });
      expect(added.ok).toBe(true);
      const id = added.ok ? added.value.id : '';
      const articleHits = web.hits('/news/desk-102');

      const first = await pollWatch(store, id, guards);
      expect(first.ok && first.value).toMatchObject({ status: 'ok', itemsFound: 2, itemsKnown: 0, sourcesNew: 2 });
      const sources = (await store.sources.list(null, 10)).sort((a, b) => (a.url! < b.url! ? -1 : 1));
      expect(sources.map((s) => [s.url, s.outlet, s.title, s.publishedAt])).toEqual([
        [`${web.base}/news/desk-101`, 'Exchange Desk', 'Remains returned at the border', '2026-03-02'],
        // The teaser's article was fetched and is the source; the item's outlet stays.
        [`${web.base}/news/desk-102`, 'Exchange Desk', 'Defenders home', '2026-03-03'],
      ]);
      expect(web.hits('/news/desk-102')).toBe(articleHits + 1);

      // Nothing changed: the server answers 304 to the validators kept from the first poll.
      const second = await pollWatch(store, id, guards);
      expect(second.ok && second.value).toMatchObject({ status: 'not-modified', items: [] });
      expect(web.seen.at(-1)?.headers['if-none-match']).toMatch(/^"/);

      // One item more: only it is read; the teaser's article is not fetched again.
      feed = feedXml(ITEMS, web.base);
      const third = await pollWatch(store, id, guards);
      expect(third.ok && third.value).toMatchObject({ status: 'ok', itemsFound: 3, itemsKnown: 2, sourcesNew: 1 });
      expect(third.ok && third.value.items.map((i) => [i.key, i.outcome.status])).toEqual([['desk-103', 'stored']]);
      expect(web.hits('/news/desk-102')).toBe(articleHits + 1);
      expect(await store.sources.count()).toBe(3);

      const watch = await store.watches.get(id);
      expect(watch).toMatchObject({ polls: 3, itemsSeen: 3, sourcesNew: 3, lastStatus: 'ok', lastError: null, title: 'Exchange Desk' });
      expect(watch!.claimsNew).toBeGreaterThanOrEqual(3);
    });

    it('refuses a malformed feed whole and says so on the watch; a due run polls it and a later good feed is read', async () => {
      const { store } = await engine.fresh();
      const full = feedXml(ITEMS, web.base);
      feed = full.slice(0, full.indexOf('desk-103'));
      const added = await addWatch(store, { url: `${web.base}/feed.xml`, everySeconds: 600 });
      const id = added.ok ? added.value.id : '';
      const polled = await pollDue(store, guards);
      expect(polled.map((p) => [p.watchId, p.status, p.code])).toEqual([[id, 'failed', 'INGEST_FEED_INVALID']]);
      expect(polled[0]!.error).toMatch(/not well-formed XML \(line 1: .*cut off\): nothing of it was stored/);
      expect(await store.sources.count()).toBe(0);
      expect(await store.watches.get(id)).toMatchObject({ lastStatus: 'failed', lastError: expect.stringContaining('not well-formed'), itemsSeen: 0 });
      // Not due again until its interval has passed.
      expect(await pollDue(store, guards)).toEqual([]);
      feed = full;
      const again = await pollWatch(store, id, { ...guards, force: true });
      expect(again.ok && again.value).toMatchObject({ status: 'ok', sourcesNew: 3 });
    });

    it("reads a teaser whose article is gone from its own words, and tries one whose server failed again next poll", async () => {
      const { store } = await engine.fresh();
      feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Teaser Desk</title>
        <item><title>Gone</title><link>${web.base}/news/gone</link><guid>t-gone</guid><pubDate>Sat, 07 Mar 2026 09:00:00 +0000</pubDate><description>Russia handed over the bodies of 88 fallen Ukrainian soldiers to Ukraine, the Coordination Headquarters said.</description></item>
        <item><title>Flaky</title><link>${web.base}/news/flaky</link><guid>t-flaky</guid><pubDate>Sun, 08 Mar 2026 09:00:00 +0000</pubDate><description>Read more.</description></item>
        </channel></rss>`;
      const added = await addWatch(store, { url: `${web.base}/feed.xml`, everySeconds: 600 });
      const id = added.ok ? added.value.id : '';
      const flakyHits = web.hits('/news/flaky');
      const first = await pollWatch(store, id, guards);
      expect(first.ok && first.value.items.map((i) => [i.key, i.outcome.status])).toEqual([
        ['t-gone', 'stored'],
        ['t-flaky', 'failed'],
      ]);
      expect(first.ok && first.value.error).toMatch(/tried again next poll/);
      expect((await store.sources.list(null, 5)).map((s) => [s.url, s.publishedAt])).toEqual([[`${web.base}/news/gone`, '2026-03-07']]);
      const second = await pollWatch(store, id, guards);
      expect(second.ok && second.value).toMatchObject({ status: 'ok', itemsKnown: 1, items: [{ key: 't-flaky', outcome: { status: 'failed' } }] });
      expect(web.hits('/news/flaky')).toBe(flakyHits + 2);
    });

    it('refuses to fetch from a private address unless allowed, and tells it on the watch', async () => {
      const { store } = await engine.fresh();
      feed = feedXml(ITEMS, web.base);
      const added = await addWatch(store, { url: `${web.base}/feed.xml`, everySeconds: 600 });
      const id = added.ok ? added.value.id : '';
      const refused = await pollWatch(store, id);
      expect(refused.ok && refused.value).toMatchObject({ status: 'failed', code: 'INGEST_FETCH_REFUSED' });
      expect(await store.sources.count()).toBe(0);
      const twice = await addWatch(store, { url: `${web.base}/feed.xml`, everySeconds: 600 });
      expect(twice.ok ? null : twice.error.message).toMatch(/followed already/);
    });
  });
}
