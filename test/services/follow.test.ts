/**
 * The server's own following: due watches go to the job queue as `watch-poll` jobs (the in-process
 * runner on SQLite, pg-boss with a worker on PostgreSQL), and due webhook deliveries are sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFinishedJob } from '../../src/domain/index.js';
import { startFollowing } from '../../src/services/follow.service.js';
import { openJobQueue } from '../../src/services/job-queue.js';
import { listJobs } from '../../src/services/jobs.service.js';
import { addWatch } from '../../src/services/watch.service.js';
import { addWebhook } from '../../src/services/webhooks.service.js';
import { testEngines } from '../support/engines.js';
import { startWebServer, type WebServer } from '../support/web-server.js';

let web: WebServer;
let heard = 0;
beforeAll(async () => {
  web = await startWebServer();
  // Written for this test.
  web.routes.set('/feed.atom', (_q, res) =>
    res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Headquarters Notes</title>
      <entry><id>hq-1</id><title>Return of the fallen</title><link href="${web.base}/hq/1"/><published>2026-04-02T09:00:00Z</published>
      <content type="html">&lt;p&gt;Russia handed over the bodies of 515 fallen Ukrainian soldiers to Ukraine, the Coordination Headquarters said.&lt;/p&gt;</content></entry></feed>`,
    ),
  );
  web.routes.set('/hook', (_q, res) => {
    heard++;
    res.writeHead(200).end();
  });
});
afterAll(() => web.close());

const until = async (what: () => Promise<boolean>, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
};

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`the server following sources on ${engine.name}`, () => {
    afterAll(() => engine.cleanup());

    it('submits a due watch as a watch-poll job that a worker runs, then sends the webhook it caused', async () => {
      const { store, config } = await engine.fresh();
      const queue = await openJobQueue(store, config, { work: true });
      const follower = startFollowing(store, { queue, intervalMs: 3_600_000, allowPrivate: ['127.0.0.1'] });
      try {
        await addWebhook(store, { url: `${web.base}/hook`, events: ['event.created'], secret: 'secret-of-sixteen-chars' });
        const added = await addWatch(store, { url: `${web.base}/feed.atom`, everySeconds: 600 });
        const id = added.ok ? added.value.id : '';
        await follower.tick();
        const jobs = await listJobs(store, { kind: 'watch-poll' });
        expect(jobs.map((j) => [j.kind, j.progress.total])).toEqual([['watch-poll', 1]]);
        // A second tick does not submit the same watch again: it is taken until its next turn.
        await follower.tick();
        expect(await listJobs(store, { kind: 'watch-poll' })).toHaveLength(1);
        await until(async () => isFinishedJob((await listJobs(store, { kind: 'watch-poll' }))[0]!.status));
        expect((await listJobs(store, { kind: 'watch-poll' }))[0]!.status).toBe('done');
        expect(await store.watches.get(id)).toMatchObject({ lastStatus: 'ok', itemsSeen: 1, sourcesNew: 1, title: 'Headquarters Notes' });
        const source = (await store.sources.list(null, 5))[0];
        expect(source).toMatchObject({ url: `${web.base}/hq/1`, outlet: 'Headquarters Notes', publishedAt: '2026-04-02' });
        await follower.tick();
        expect(heard).toBeGreaterThanOrEqual(1);
        expect((await store.webhooks.deliveries()).map((d) => d.status)).toEqual(['delivered']);
      } finally {
        await follower.stop();
        await queue.close();
        heard = 0;
      }
    }, 120_000);
  });
}
