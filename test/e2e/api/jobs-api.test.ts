/** The API's jobs: a bulk upload and an address list answer 202 with a job; the job shows its progress and each item's result. */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLedger, report, type ApiLedger } from '../../support/api.js';
import { testEngines } from '../../support/engines.js';

async function until<T>(what: () => Promise<T>, ok: (v: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`jobs over the API on ${engine.name}`, () => {
    let api: ApiLedger;
    let pages: Server;
    let pagesBase = '';
    beforeAll(async () => {
      api = await apiLedger(engine, { demo: false, fetchPrivate: true });
      // A local server with two reports and one missing page, for the address list (loopback allowed in this test).
      pages = createServer((req, res) => {
        const n = req.url === '/a' ? 901 : req.url === '/b' ? 902 : null;
        if (n === null) return void res.writeHead(404).end('not here');
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(report(n));
      });
      await new Promise<void>((r) => pages.listen(0, '127.0.0.1', r));
      const a = pages.address();
      pagesBase = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
    });
    afterAll(async () => {
      await api.close();
      await new Promise((r) => pages.close(r));
      await engine.cleanup();
    });

    it('an upload of many reports answers 202 with a job, which the server then does', async () => {
      const reports = Array.from({ length: 25 }, (_, i) => ({ text: report(i), name: `desk-${i}.txt` }));
      reports.push({ text: report(3), name: 'desk-3-again.txt' });
      const res = await api.call('POST', '/api/sources/batch', { token: api.tokens.contributor, body: { reports, outlet: 'Desk Wire' } });
      expect(res.status).toBe(202);
      expect(res.body.job).toMatchObject({ kind: 'ingest', createdBy: 'contributor', progress: { total: 26 } });
      expect(res.headers.get('location')).toBe(`/api/jobs/${res.body.job.id}`);
      const done = await until(
        () => api.call('GET', res.body.links.self, { token: api.tokens.reader }),
        (r) => r.body?.job?.status === 'done',
      );
      expect(done.body.job.progress).toMatchObject({ total: 26, finished: 26, done: 26, failed: 0, outcomes: { stored: 25, duplicate: 1 } });
      expect(done.body.items).toHaveLength(26);
      expect(done.body.items[0]).toMatchObject({ seq: 0, name: 'desk-0.txt', status: 'done', outcome: 'stored', result: { status: 'stored', claims: 2 } });
      expect(done.body.items[25]).toMatchObject({ name: 'desk-3-again.txt', outcome: 'duplicate' });
      expect(await api.store.sources.count()).toBe(25);
      // Items page by `after`.
      const page = await api.call('GET', `${res.body.links.self}?limit=10&after=9`, { token: api.tokens.reader });
      expect(page.body.items.map((i: { seq: number }) => i.seq)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
      expect(page.body.next).toBe(19);
      const list = await api.call('GET', '/api/jobs', { token: api.tokens.reader });
      expect(list.status).toBe(200);
      expect(list.body.jobs.map((j: { id: string }) => j.id)).toContain(res.body.job.id);
    });

    it('a form upload of several files is one job', async () => {
      const form = new FormData();
      for (const n of [40, 41, 42]) form.append('file', new Blob([report(n)], { type: 'text/plain' }), `form-${n}.txt`);
      form.append('publishedAt', '2026-03-20');
      const res = await fetch(`${api.base}/api/sources/batch`, { method: 'POST', headers: { authorization: `Bearer ${api.tokens.contributor}` }, body: form });
      expect(res.status).toBe(202);
      const body = (await res.json()) as { job: { id: string } };
      const done = await until(
        () => api.call('GET', `/api/jobs/${body.job.id}`, { token: api.tokens.reader }),
        (r) => r.body?.job?.status === 'done',
      );
      expect(done.body.items.map((i: { name: string; outcome: string }) => [i.name, i.outcome])).toEqual([
        ['form-40.txt', 'stored'],
        ['form-41.txt', 'stored'],
        ['form-42.txt', 'stored'],
      ]);
    });

    it('a list of addresses is fetched by the job; a missing page fails alone with its reason', async () => {
      const res = await api.call('POST', '/api/sources/fetch-list', { token: api.tokens.contributor, body: { urls: [`${pagesBase}/a`, `${pagesBase}/b`, `${pagesBase}/gone`] } });
      expect(res.status).toBe(202);
      const done = await until(
        () => api.call('GET', `/api/jobs/${res.body.job.id}`, { token: api.tokens.reader }),
        (r) => r.body?.job?.status === 'done',
      );
      expect(done.body.job.progress).toMatchObject({ done: 2, failed: 1 });
      const gone = done.body.items[2];
      expect(gone).toMatchObject({ name: `${pagesBase}/gone`, status: 'failed', outcome: 'failed', result: { code: 'INGEST_FETCH_FAILED' } });
      const stored = await api.store.sources.get(done.body.items[0].result.sourceId);
      expect(stored?.url).toBe(`${pagesBase}/a`);
    });

    it('refuses what it cannot take, says why, and queues nothing', async () => {
      const empty = await api.call('POST', '/api/sources/batch', { token: api.tokens.contributor, body: { reports: [] } });
      expect(empty.status).toBe(400);
      expect(empty.body.code).toBe('INPUT_INVALID');
      const reader = await api.call('POST', '/api/sources/batch', { token: api.tokens.reader, body: { reports: [{ text: report(1) }] } });
      expect(reader.status).toBe(403);
      const anon = await api.call('GET', '/api/jobs');
      expect(anon.status).toBe(401);
      const missing = await api.call('GET', '/api/jobs/job_nothere', { token: api.tokens.reader });
      expect(missing.status).toBe(404);
      const badUrl = await api.call('POST', '/api/sources/fetch-list', { token: api.tokens.contributor, body: { urls: ['ftp://example.org/x'] } });
      expect(badUrl.status).toBe(400);
      const jobs = await api.call('GET', '/api/jobs?status=queued', { token: api.tokens.reader });
      expect(jobs.body.jobs).toEqual([]);
    });

    it('a finished job cannot be cancelled (409)', async () => {
      const res = await api.call('POST', '/api/sources/batch', { token: api.tokens.contributor, body: { reports: [{ text: report(77) }] } });
      await until(
        () => api.call('GET', `/api/jobs/${res.body.job.id}`, { token: api.tokens.reader }),
        (r) => r.body?.job?.status === 'done',
      );
      const cancel = await api.call('POST', `/api/jobs/${res.body.job.id}/cancel`, { token: api.tokens.contributor });
      expect(cancel.status).toBe(409);
      expect(cancel.body.code).toBe('JOB_FINISHED');
    });
  });
}
