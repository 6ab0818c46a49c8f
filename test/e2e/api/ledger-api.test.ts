/**
 * The ledger over HTTP as its users meet it, on both engines: submit a report, read the timeline
 * page by page, an event with its witnesses, totals, exports, history with the acting account,
 * review actions that carry a version (409 for the stale one), rate limits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEvents } from '../../../src/services/index.js';
import { apiLedger, report, stored, type ApiLedger } from '../../support/api.js';
import { testEngines } from '../../support/engines.js';

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== null)(`the ledger over HTTP on ${engine.name}`, () => {
    let api: ApiLedger;
    beforeAll(async () => {
      api = await apiLedger(engine);
    });
    afterAll(async () => {
      await api?.close();
      await engine.cleanup();
    });

    it('pages through the whole timeline with cursors: every event once, in the store order', async () => {
      const seen: string[] = [];
      let path = '/api/events?limit=7';
      for (let pages = 0; pages < 100; pages++) {
        const res = await api.call('GET', path, { token: api.tokens.reader });
        expect(res.status).toBe(200);
        seen.push(...res.body.events.map((e: { id: string }) => e.id));
        if (res.body.next === null) break;
        path = `/api/events?limit=7&cursor=${res.body.next}`;
      }
      const all = await listEvents(api.store, {}, 10_000);
      expect(all.ok && seen).toEqual(all.ok && all.value.events.map((e) => e.id));
      expect(new Set(seen).size).toBe(seen.length);
    });

    it('filters as the CLI does, and keeps the filters across pages', async () => {
      const res = await api.call('GET', '/api/events?category=remains&party=russia&from=2025-01-01&limit=3', { token: api.tokens.reader });
      expect(res.status).toBe(200);
      expect(res.body.events.length).toBeGreaterThan(0);
      for (const e of res.body.events) {
        expect(e.category).toBe('remains');
        expect([e.from, e.to]).toContain('russia');
        expect(e.date.start >= '2025-01-01').toBe(true);
      }
      const next = await api.call('GET', `/api/events?category=remains&party=russia&from=2025-01-01&limit=3&cursor=${res.body.next}`, { token: api.tokens.reader });
      for (const e of next.body.events) expect(e.category).toBe('remains');
      expect(next.body.events.map((e: { id: string }) => e.id)).not.toContain(res.body.events[0].id);
    });

    it('submits a report as a contributor: stored once, its event readable with each witness and quote', async () => {
      const res = await api.call('POST', '/api/sources', { token: api.tokens.contributor, body: { text: report(1), outlet: 'Test Wire', url: 'https://example.org/report-1' } });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'stored', claims: 2 });
      const again = await api.call('POST', '/api/sources', { token: api.tokens.contributor, body: { text: report(1), outlet: 'Test Wire', url: 'https://example.org/report-1' } });
      expect([again.status, again.body.status, again.body.sourceId]).toEqual([200, 'duplicate', res.body.sourceId]);

      const source = await api.call('GET', `/api/sources/${res.body.sourceId}`, { token: api.tokens.reader });
      expect(source.body.source).toMatchObject({ outlet: 'Test Wire', url: 'https://example.org/report-1' });
      expect(source.body.claims.map((c: { count: { value: number } }) => c.count.value).sort()).toEqual([21, 701]);
      const text = await api.call('GET', source.body.links.text, { token: api.tokens.reader });
      expect(text.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(text.text).toContain('701 fallen soldiers');
      const raw = await api.call('GET', source.body.links.raw, { token: api.tokens.reader });
      expect(raw.text).toBe(report(1));
      expect(raw.headers.get('content-disposition')).toMatch(/^attachment/);

      const eventId = (await api.call('GET', '/api/events?from=2026-03-01&to=2026-03-31&category=remains', { token: api.tokens.reader })).body.events.find((e: { figure: { best: number } }) => e.figure.best === 701)?.id;
      expect(eventId).toBeDefined();
      const detail = await api.call('GET', `/api/events/${eventId}`, { token: api.tokens.reader });
      expect(detail.body.witnesses[0]).toMatchObject({ claim: { count: { value: 701 } }, source: { outlet: 'Test Wire' }, link: `/api/sources/${res.body.sourceId}` });
      expect(detail.body.witnesses[0].claim.evidence.sentence).toContain('701');
      expect(detail.body.exchange.map((e: { figure: { best: number } }) => e.figure.best)).toEqual([21]);

      // Every write is in the history with the acting account.
      const history = await api.call('GET', `/api/history/${res.body.sourceId}`, { token: api.tokens.reader });
      expect(history.body.entries.map((h: { action: string; actor: string }) => [h.action, h.actor])).toEqual([['ingest', 'contributor']]);
    });

    it('uploads a report as a form and as bytes', async () => {
      const form = new FormData();
      form.append('file', new Blob([report(2)], { type: 'text/plain' }), 'report-2.txt');
      form.append('outlet', 'Form Wire');
      form.append('publishedAt', '2026-03-05');
      const res = await fetch(`${api.base}/api/sources`, { method: 'POST', headers: { authorization: `Bearer ${api.tokens.contributor}` }, body: form });
      const body = await res.json();
      expect([res.status, body.status]).toEqual([201, 'stored']);
      const source = (await api.call('GET', `/api/sources/${body.sourceId}`, { token: api.tokens.reader })).body.source;
      expect(source).toMatchObject({ outlet: 'Form Wire', publishedAt: '2026-03-05', path: 'report-2.txt' });

      const html = `<html><head><title>Repatriation</title></head><body><article><p>${report(3).replace(/\n\n/g, '</p><p>')}</p></article></body></html>`;
      const bytes = await api.call('POST', '/api/sources?outlet=Bytes%20Wire', { token: api.tokens.contributor, raw: html, type: 'text/html; charset=utf-8' });
      expect([bytes.status, bytes.body.status, bytes.body.claims]).toEqual([201, 'stored', 2]);
    });

    it('a report with no claims is not stored, and says so', async () => {
      const before = await stored(api.store);
      const res = await api.call('POST', '/api/sources', { token: api.tokens.contributor, body: { text: 'The weather in the capital was mild on Tuesday, with light rain expected later in the week.' } });
      expect([res.status, res.body.status]).toEqual([200, 'no-claims']);
      expect(await stored(api.store)).toEqual(before);
    });

    it('review actions carry the version they were made against: the second of two reviewers gets 409', async () => {
      const event = (await api.call('GET', '/api/events?review=machine&limit=1', { token: api.tokens.reviewer })).body.events[0] ?? (await api.call('GET', '/api/events?limit=1', { token: api.tokens.reviewer })).body.events[0];
      const seen = event.version as string;
      const [first, second] = await Promise.all([
        api.call('POST', `/api/review/${event.id}/correct`, { token: api.tokens.reviewer, body: { version: seen, count: 1234, reason: 'the ministry gave 1,234' } }),
        api.call('POST', `/api/review/${event.id}/correct`, { token: api.tokens.admin, body: { version: seen, count: 999, reason: 'I read 999' } }),
      ]);
      const statuses = [first.status, second.status].sort();
      expect(statuses).toEqual([200, 409]);
      const winner = first.status === 200 ? first : second;
      const loser = first.status === 200 ? second : first;
      expect(loser.body.code).toBe('VERSION_CONFLICT');
      expect(loser.body.details).toMatchObject({ id: event.id, expected: seen, current: winner.body.versions[event.id] });

      const now = (await api.call('GET', `/api/events/${event.id}`, { token: api.tokens.reader })).body.event;
      expect(now.figure.best).toBe(first.status === 200 ? 1234 : 999);
      expect(now.version).toBe(winner.body.versions[event.id]);
      // The loser reads again and acts on what it is now.
      const retry = await api.call('POST', `/api/review/${event.id}/accept`, { token: loser === first ? api.tokens.reviewer : api.tokens.admin, body: { version: now.version } });
      expect(retry.status).toBe(200);

      const history = (await api.call('GET', `/api/history/${event.id}`, { token: api.tokens.reader })).body.entries as { action: string; actor: string; reason: string | null }[];
      const people = history.filter((h) => h.action === 'correct' || h.action === 'accept').map((h) => [h.action, h.actor]);
      expect(people).toEqual([['correct', first.status === 200 ? 'reviewer' : 'admin'], ['accept', loser === first ? 'reviewer' : 'admin']]);
    });

    it('merges and splits with versions, and refuses a merge of an event already merged away', async () => {
      const list = (await api.call('GET', '/api/events?category=pow&limit=50', { token: api.tokens.reviewer })).body.events as { id: string; version: string; from: string; to: string; claimIds: string[] }[];
      const [a, b] = list.filter((e) => e.from === list[0]!.from && e.to === list[0]!.to);
      expect(a && b).toBeTruthy();
      const merged = await api.call('POST', '/api/review/merge', { token: api.tokens.reviewer, body: { events: [{ id: a!.id, version: a!.version }, { id: b!.id, version: b!.version }], reason: 'one exchange' } });
      expect(merged.status).toBe(200);
      const again = await api.call('POST', '/api/review/merge', { token: api.tokens.reviewer, body: { events: [{ id: a!.id, version: merged.body.versions[a!.id] }, { id: b!.id, version: b!.version }] } });
      expect([again.status, again.body.code]).toEqual([404, 'REVIEW_NOT_FOUND']);
      const split = await api.call('POST', `/api/review/${a!.id}/split`, { token: api.tokens.reviewer, body: { version: merged.body.versions[a!.id], claims: b!.claimIds } });
      expect(split.status).toBe(200);
      expect(split.body.history.every((h: { actor: string }) => h.actor === 'reviewer')).toBe(true);
    });

    it('lists what waits with a total and sources; attaches a report of a locked event; makes a claim a running total and back', async () => {
      const waiting = await api.call('GET', '/api/review?kind=plan&limit=1', { token: api.tokens.reviewer });
      expect(waiting.status).toBe(200);
      expect(waiting.body.total).toBeGreaterThan(1);
      expect(waiting.body.items).toHaveLength(1);
      expect(waiting.body.items[0].sources[0]).toHaveProperty('outlet');
      expect(Object.keys(waiting.body.byCode)).toEqual(['plan-outstanding']);

      const text = 'Remains returned\n\nOn 29 January 2026 Russia handed over the bodies of 1,000 fallen Ukrainian soldiers to Ukraine, presidential aide Vladimir Medinsky said.\n';
      const submitted = await api.call('POST', '/api/sources', { token: api.tokens.contributor, body: { text, outlet: 'Wire Five', publishedAt: '2026-01-30' } });
      expect(submitted.status).toBe(201);
      const pending = await api.call('GET', '/api/review?flag=matches-locked-event&party=Moscow', { token: api.tokens.reviewer });
      const item = pending.body.items.find((i: { claim?: { sourceId: string } }) => i.claim?.sourceId === submitted.body.sourceId);
      expect(item.why).toMatch(/which a person locked/);
      const eventId = /matches (ev_\w+)/.exec(item.why)![1]!;
      const attached = await api.call('POST', `/api/review/${item.id}/attach`, { token: api.tokens.reviewer, body: { version: item.version, event: eventId, reason: 'same handover' } });
      expect(attached.status).toBe(200);
      expect(attached.body.changed.slice(0, 2)).toEqual([item.id, eventId]);
      const claims = await api.call('GET', `/api/claims?event=${eventId}`, { token: api.tokens.reader });
      expect(claims.body.claims.map((c: { id: string }) => c.id)).toContain(item.id);
      expect(claims.body.claims.find((c: { id: string }) => c.id === item.id)).toMatchObject({ eventId, source: { outlet: 'Wire Five' } });

      const behind = await api.call('GET', `/api/sources?event=${eventId}&outlet=wire`, { token: api.tokens.reader });
      expect(behind.body.sources.map((x: { id: string; outlet: string; claims: number }) => [x.id, x.outlet, x.claims])).toEqual([[submitted.body.sourceId, 'Wire Five', 1]]);
      const claim = claims.body.claims.find((c: { id: string }) => c.id === item.id);
      const made = await api.call('POST', `/api/review/${item.id}/cumulative`, { token: api.tokens.reviewer, body: { version: claim.version } });
      expect(made.status).toBe(200);
      expect(made.body.notes.join(' ')).toMatch(/is a running total now/);
      const back = await api.call('POST', `/api/review/${item.id}/cumulative`, { token: api.tokens.reviewer, body: { version: made.body.versions[item.id], off: true } });
      expect(back.status).toBe(200);
      expect(back.body.notes.join(' ')).toMatch(/holds it as its own event/);
      const totals = await api.call('GET', '/api/totals?party=Moscow&status=disputed&category=pow', { token: api.tokens.reader });
      expect(totals.body.rows.map((r: { from: string; events: number }) => [r.from, r.events])).toEqual([['russia', 1]]);
      const before = await api.call('GET', '/api/checks?asOf=2000-01-01', { token: api.tokens.reader });
      expect([before.body.cumulative, before.body.plans]).toEqual([[], []]);
    });

    it('reads as known at a date: totals and an event', async () => {
      const now = await api.call('GET', '/api/totals?by=year', { token: api.tokens.reader });
      const before = await api.call('GET', '/api/totals?by=year&asOf=2000-01-01', { token: api.tokens.reader });
      expect(now.status).toBe(200);
      expect(before.body.rows).toEqual([]);
      expect(now.body.rows.length).toBeGreaterThan(0);
      const event = (await api.call('GET', '/api/events?limit=1', { token: api.tokens.reader })).body.events[0];
      const gone = await api.call('GET', `/api/events/${event.id}?asOf=2000-01-01`, { token: api.tokens.reader });
      expect([gone.status, gone.body.code]).toEqual([404, 'NOT_FOUND']);
    });

    it('streams exports that honour the filters', async () => {
      const csv = await api.call('GET', '/api/export?format=csv&category=remains', { token: api.tokens.reader });
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
      const lines = csv.text.trim().split('\n');
      const events = (await listEvents(api.store, { category: 'remains' }, 10_000));
      expect(lines.length - 1).toBe(events.ok ? events.value.events.length : -1);
      const hxl = await api.call('GET', '/api/export?format=hxl&category=remains', { token: api.tokens.reader });
      expect(hxl.text.split('\n')[1]).toMatch(/^#/);
      const json = await api.call('GET', '/api/export?format=json&party=ukraine', { token: api.tokens.reader });
      expect(json.body.format).toBeDefined();
      expect(json.body.events.every((e: { from: string; to: string }) => e.from === 'ukraine' || e.to === 'ukraine')).toBe(true);
    });
  });
}

describe('remembered reads (SQLite)', () => {
  const [sqlite] = testEngines();
  let api: ApiLedger;
  beforeAll(async () => {
    api = await apiLedger(sqlite!);
  });
  afterAll(async () => {
    await api?.close();
    await sqlite!.cleanup();
  });

  it('answers a repeated read from memory until anything commits, from this server or any other connection', async () => {
    const path = '/api/events?category=remains&limit=5';
    const first = await api.call('GET', path, { token: api.tokens.reader });
    const again = await api.call('GET', path, { token: api.tokens.reviewer });
    expect(again.headers.get('x-handover-cache')).toBe('hit');
    expect(again.text).toBe(first.text);
    // A write through the API.
    const event = first.body.events[0];
    expect((await api.call('POST', `/api/review/${event.id}/correct`, { token: api.tokens.reviewer, body: { version: event.version, count: 4321 } })).status).toBe(200);
    const afterReview = await api.call('GET', path, { token: api.tokens.reader });
    expect(afterReview.headers.get('x-handover-cache')).toBeNull();
    expect(afterReview.body.events.find((e: { id: string }) => e.id === event.id).figure.best).toBe(4321);
    // A write on another connection, as another process's ingest or review would make.
    const { acceptItem } = await import('../../../src/services/index.js');
    const now = afterReview.body.events.find((e: { id: string }) => e.id === event.id);
    expect((await acceptItem(api.store, event.id, { name: 'elsewhere', expected: { [event.id]: now.version } })).ok).toBe(true);
    const afterOther = await api.call('GET', path, { token: api.tokens.reader });
    expect(afterOther.headers.get('x-handover-cache')).toBeNull();
    expect(afterOther.body.events.find((e: { id: string }) => e.id === event.id).review).toBe('corrected');
    const history = await api.call('GET', `/api/history/${event.id}`, { token: api.tokens.reader });
    expect(history.body.entries.at(-1)).toMatchObject({ action: 'accept', actor: 'elsewhere' });
  });

  it('refuses a remembered read to someone who may not read it', async () => {
    const path = '/api/events?limit=2';
    expect((await api.call('GET', path, { token: api.tokens.reader })).status).toBe(200);
    const anonymous = await api.call('GET', path);
    expect([anonymous.status, anonymous.body.code]).toEqual([401, 'AUTH_REQUIRED']);
  });
});

describe('rate limits (SQLite)', () => {
  const [sqlite] = testEngines();
  let api: ApiLedger;
  beforeAll(async () => {
    api = await apiLedger(sqlite!, { demo: false, public: true, rateLimit: { perToken: 8, perAddress: 5, signIn: 3 } });
  });
  afterAll(async () => {
    await api?.close();
    await sqlite!.cleanup();
  });

  it('counts per token and per address apart, and answers 429 with a code', async () => {
    const statuses = async (n: number, token: string | null, path = '/api/parties') => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push((await api.call('GET', path, { token })).status);
      return out;
    };
    expect(await statuses(6, null)).toEqual([200, 200, 200, 200, 200, 429]);
    // The address is spent; a token has its own count, and another token its own again.
    expect(await statuses(9, api.tokens.reader)).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
    expect(await statuses(2, api.tokens.reviewer)).toEqual([200, 200]);
    const limited = await api.call('GET', '/api/parties', { token: api.tokens.reader });
    expect([limited.status, limited.body.code]).toEqual([429, 'RATE_LIMITED']);
    expect(limited.headers.get('retry-after')).toBeTruthy();
  });

  it('sign-in attempts are limited per address', async () => {
    const out: number[] = [];
    for (let i = 0; i < 4; i++) out.push((await api.call('POST', '/api/session', { body: { name: 'admin', password: `guess number ${i}` } })).status);
    expect(out).toEqual([401, 401, 401, 429]);
  });
});
