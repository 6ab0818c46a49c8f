/** Signed webhooks: a change queues deliveries with it; the deliverer signs, retries after a failure, and logs every attempt. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestReport } from '../../src/services/ingest.service.js';
import { addWebhook, deliverDue, removeWebhook, signPayload, SIGNATURE_HEADER, verifySignature, webhookDeliveries } from '../../src/services/webhooks.service.js';
import { testEngines } from '../support/engines.js';
import { fakeExtract } from '../support/fake-extractor.js';
import { startWebServer, type WebServer } from '../support/web-server.js';

const SECRET = 'a-long-shared-secret-for-tests';
const enc = (s: string) => new TextEncoder().encode(s);
// Written for this test in the fake extractor's style.
const REPORT = 'A desk note. On 2026-02-14 russia handed 333 remains to ukraine, said ukraine. Nothing else was said about it.';
const CONFIRM = 'Word from the other side. russia confirmed the handover of remains on 2026-02-14.';

let web: WebServer;
const received: Array<{ kind: string; verified: boolean; body: { kind: string; data: Record<string, unknown> } }> = [];
let failuresLeft = 0;
beforeAll(async () => {
  web = await startWebServer();
  web.routes.set('/hook', (req, res, body) => {
    const text = body.toString('utf8');
    const verified = verifySignature(SECRET, req.headers[SIGNATURE_HEADER] as string | undefined, text);
    if (failuresLeft > 0) {
      failuresLeft--;
      return void res.writeHead(500, { 'content-type': 'text/plain' }).end('receiver is down');
    }
    received.push({ kind: String(req.headers['x-handover-event']), verified, body: JSON.parse(text) });
    res.writeHead(verified ? 204 : 401).end();
  });
  web.routes.set('/always-down', (_q, res) => res.writeHead(503).end('maintenance'));
});
afterAll(() => web.close());

const allow = { allowPrivate: ['127.0.0.1'] };
const later = (seconds: number) => () => new Date(Date.now() + seconds * 1000).toISOString();

describe('signatures', () => {
  it('verify over the exact body and a recent time only', () => {
    const body = '{"kind":"event.created"}';
    const now = 1_800_000_000;
    const header = signPayload(SECRET, now, body);
    expect(verifySignature(SECRET, header, body, now)).toBe(true);
    expect(verifySignature(SECRET, header, body.replace('created', 'status'), now)).toBe(false);
    expect(verifySignature('another-secret-entirely', header, body, now)).toBe(false);
    expect(verifySignature(SECRET, header, body, now + 3600)).toBe(false);
    expect(verifySignature(SECRET, undefined, body, now)).toBe(false);
  });
});

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`webhook deliveries on ${engine.name}`, () => {
    afterAll(() => engine.cleanup());

    it('sends a new event and a status change, signed; retries after a 500; logs each attempt', async () => {
      const { store } = await engine.fresh();
      received.length = 0;
      const hook = await addWebhook(store, { url: `${web.base}/hook`, events: ['event.created', 'event.status'], secret: SECRET, actor: 'admin' });
      expect(hook.ok).toBe(true);
      const id = hook.ok ? hook.value.webhook.id : '';
      await ingestReport(store, { bytes: enc(REPORT) }, { extract: fakeExtract });

      failuresLeft = 1;
      const first = await deliverDue(store, { ...allow, firstRetryMs: 30_000 });
      expect(first.map((a) => [a.kind, a.status, a.attempts, a.httpStatus])).toEqual([['event.created', 'pending', 1, 500]]);
      expect(first[0]!.error).toMatch(/answered 500: receiver is down/);
      // Not due again before its backoff has passed.
      expect(await deliverDue(store, allow)).toEqual([]);
      const second = await deliverDue(store, { ...allow, now: later(31) });
      expect(second.map((a) => [a.status, a.attempts, a.httpStatus])).toEqual([['delivered', 2, 204]]);
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ kind: 'event.created', verified: true, body: { kind: 'event.created', data: { event: { from: 'russia', to: 'ukraine', figure: { best: 333 }, status: 'announced' } } } });

      await ingestReport(store, { bytes: enc(CONFIRM) }, { extract: fakeExtract });
      const third = await deliverDue(store, allow);
      expect(third.map((a) => [a.kind, a.status])).toEqual([['event.status', 'delivered']]);
      expect(received[1]!.body.data).toMatchObject({ from: 'announced', to: 'confirmed' });

      const log = await webhookDeliveries(store, { webhookId: id });
      expect(log.ok && log.value.map((d) => [d.kind, d.status, d.attempts, d.lastStatus, d.lastError])).toEqual([
        ['event.status', 'delivered', 1, 204, null],
        ['event.created', 'delivered', 2, 204, null],
      ]);
    });

    it('gives up after the last attempt and says why; a private address is refused unless allowed; a removed hook is sent nothing', async () => {
      const { store } = await engine.fresh();
      const down = await addWebhook(store, { url: `${web.base}/always-down`, events: ['event.created'], secret: SECRET });
      const local = await addWebhook(store, { url: `${web.base}/hook`, events: ['event.created'] });
      expect(local.ok && local.value.generated && local.value.secret.length).toBeGreaterThanOrEqual(16);
      await ingestReport(store, { bytes: enc(REPORT) }, { extract: fakeExtract });
      // Not allowed to call loopback: refused at once, not retried.
      const refused = await deliverDue(store, { maxAttempts: 2, firstRetryMs: 1000 });
      expect(refused.map((a) => [a.status, a.attempts])).toEqual([
        ['failed', 1],
        ['failed', 1],
      ]);
      expect(refused[0]!.error).toMatch(/local, private or reserved network/);

      await removeWebhook(store, local.ok ? local.value.webhook.id : '');
      await ingestReport(store, { bytes: enc(REPORT.replace('333', '334').replace('2026-02-14', '2026-03-20')) }, { extract: fakeExtract });
      const first = await deliverDue(store, { ...allow, maxAttempts: 2, firstRetryMs: 1000 });
      expect(first.map((a) => [a.webhookId, a.status, a.httpStatus])).toEqual([[down.ok ? down.value.webhook.id : '', 'pending', 503]]);
      const last = await deliverDue(store, { ...allow, maxAttempts: 2, firstRetryMs: 1000, now: later(5) });
      expect(last.map((a) => [a.status, a.attempts, a.error])).toEqual([['failed', 2, 'the receiver answered 503: maintenance']]);
      expect(await deliverDue(store, { ...allow, now: later(3600) })).toEqual([]);
      const bad = await addWebhook(store, { url: `${web.base}/hook`, events: ['event.deleted'], secret: SECRET });
      expect(bad.ok ? null : bad.error.message).toMatch(/events must be some of event.created, event.status, release.created; not event.deleted/);
    });
  });
}
