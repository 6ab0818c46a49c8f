/** Following sources and webhooks over the API, as an administrator does it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDue, verifySignature } from '../../../src/services/webhooks.service.js';
import { apiLedger, report, type ApiLedger } from '../../support/api.js';
import { testEngines } from '../../support/engines.js';
import { startWebServer, type WebServer } from '../../support/web-server.js';

const [sqlite] = testEngines();
let api: ApiLedger;
let web: WebServer;
const heard: Array<{ verified: boolean; kind: string }> = [];
let secret = '';

beforeAll(async () => {
  web = await startWebServer();
  web.routes.set('/feed.json', (_q, res) =>
    res.writeHead(200, { 'content-type': 'application/feed+json' }).end(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Ombudsman Notes',
        items: [{ id: 'note-5', url: `${web.base}/notes/5`, title: 'Remains returned', date_published: '2026-03-20T08:00:00Z', content_text: 'Russia handed over the bodies of 212 fallen Ukrainian soldiers to Ukraine, the Coordination Headquarters said.' }],
      }),
    ),
  );
  web.routes.set('/rss.xml', (_q, res) =>
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Border Desk</title>
      <item><title>First</title><link>${web.base}/b/1</link><pubDate>Mon, 06 Apr 2026 08:00:00 +0000</pubDate><description>Russia handed over the bodies of 121 fallen Ukrainian soldiers to Ukraine, the Coordination Headquarters said. ${'The handover took place at the border. '.repeat(35)}</description></item>
      <item><title>Second</title><link>${web.base}/b/2</link><pubDate>Tue, 07 Apr 2026 08:00:00 +0000</pubDate><description>Ukraine brought home 66 defenders from Russian captivity, President Zelensky said. ${'Families waited at the border. '.repeat(45)}</description></item>
      </channel></rss>`,
    ),
  );
  web.routes.set('/hook', (req, res, body) => {
    heard.push({ verified: verifySignature(secret, req.headers['x-handover-signature'] as string, body.toString('utf8')), kind: String(req.headers['x-handover-event']) });
    res.writeHead(202).end();
  });
  api = await apiLedger(sqlite!, { demo: false, fetchPrivate: ['127.0.0.1'] });
});
afterAll(async () => {
  await api.close();
  await web.close();
  await sqlite!.cleanup();
});

describe('submitting the address of a feed', () => {
  it('stores each item as its own source with its link and date, and sums them up', async () => {
    const got = await api.call('POST', '/api/sources/fetch', { token: api.tokens.contributor, body: { url: `${web.base}/rss.xml` } });
    expect(got.status, got.text).toBe(201);
    expect(got.body).toMatchObject({ status: 'stored', claims: 2, reason: 'a feed or channel of 2 items, each its own source: 2 stored, 0 stored before, 0 without claims, 0 failed' });
    const listed = (await api.call('GET', '/api/sources?limit=10', { token: api.tokens.reader })).body.sources as Array<{ url: string; outlet: string; publishedAt: string }>;
    expect(listed.filter((s) => s.outlet === 'Border Desk').map((s) => [s.url, s.publishedAt]).sort()).toEqual([
      [`${web.base}/b/1`, '2026-04-06'],
      [`${web.base}/b/2`, '2026-04-07'],
    ]);
    const again = await api.call('POST', '/api/sources/fetch', { token: api.tokens.contributor, body: { url: `${web.base}/rss.xml` } });
    expect([again.status, again.body.status]).toEqual([200, 'duplicate']);
  });
});

describe('following and subscriptions over the API', () => {
  it('follows a JSON Feed, polls it, subscribes a webhook and shows its delivery log', async () => {
    const admin = { token: api.tokens.admin };
    const hook = await api.call('POST', '/api/webhooks', { ...admin, body: { url: `${web.base}/hook`, events: ['event.created'] } });
    expect(hook.status).toBe(201);
    secret = hook.body.secret;
    expect(secret.length).toBeGreaterThanOrEqual(16);
    expect((await api.call('GET', '/api/webhooks', admin)).body.webhooks.map((w: { id: string }) => w.id)).toEqual([hook.body.webhook.id]);

    const watch = await api.call('POST', '/api/watches', { ...admin, body: { url: `${web.base}/feed.json`, everySeconds: 3600 } });
    expect(watch.status).toBe(201);
    const polled = await api.call('POST', `/api/watches/${watch.body.id}/poll`, { ...admin, body: {} });
    expect(polled.status).toBe(200);
    expect(polled.body).toMatchObject({ status: 'ok', itemsFound: 1, sourcesNew: 1, items: [{ key: 'note-5', link: `${web.base}/notes/5`, outcome: { status: 'stored' } }] });
    const again = await api.call('POST', `/api/watches/${watch.body.id}/poll`, { ...admin, body: {} });
    expect(again.body).toMatchObject({ status: 'ok', itemsFound: 1, itemsKnown: 1, items: [] });
    const listed = await api.call('GET', '/api/watches', admin);
    expect(listed.body.watches).toMatchObject([{ id: watch.body.id, title: 'Ombudsman Notes', polls: 2, itemsSeen: 1, sourcesNew: 1 }]);

    // A report submitted the ordinary way makes an event too.
    expect((await api.call('POST', '/api/sources', { token: api.tokens.contributor, body: { text: report(3) } })).status).toBe(201);
    const sent = await deliverDue(api.store, { allowPrivate: ['127.0.0.1'] });
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(heard.every((h) => h.verified && h.kind === 'event.created')).toBe(true);
    const log = await api.call('GET', `/api/webhooks/${hook.body.webhook.id}/deliveries`, admin);
    expect(log.body.deliveries.length).toBe(sent.length);
    expect(log.body.deliveries.every((d: { status: string; lastStatus: number }) => d.status === 'delivered' && d.lastStatus === 202)).toBe(true);

    const bad = await api.call('POST', '/api/webhooks', { ...admin, body: { url: `${web.base}/hook`, events: ['event.created'], secret: 'short' } });
    expect([bad.status, bad.body.code]).toEqual([400, 'INPUT_INVALID']);
    expect((await api.call('DELETE', `/api/webhooks/${hook.body.webhook.id}`, admin)).body.removedAt).toBeTruthy();
    expect((await api.call('DELETE', `/api/watches/${watch.body.id}`, admin)).status).toBe(200);
    expect((await api.call('GET', '/api/watches', { token: api.tokens.reviewer })).status).toBe(403);
  }, 60_000);
});
