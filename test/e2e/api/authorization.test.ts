/**
 * The authorization matrix: every route × every role × no account, with and without --public,
 * over HTTP on loopback. The table below is the specification, written out by hand (not read from
 * the routes' own configuration); a route the server has and the table lacks fails the test. A
 * refused request answers 401/403 with a code and leaves every table as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../src/domain/index.js';
import { apiLedger, report, send, stored, type ApiLedger } from '../../support/api.js';
import { testEngines } from '../../support/engines.js';

type Who = Role | 'anonymous';
const EVERYONE: readonly Who[] = ['anonymous', ...ROLES];

interface Ids {
  event: string;
  claim: string;
  source: string;
}

interface Case {
  method: string;
  /** The route as the server names it. */
  route: string;
  path: (ids: Ids) => string;
  body?: (ids: Ids, n: number) => unknown;
  /** Who may, without --public and with it. */
  allowed: (who: Who, isPublic: boolean) => boolean;
}

const atLeast = (role: Role) => (who: Who) => who !== 'anonymous' && ROLES.indexOf(who) >= ROLES.indexOf(role);
const reading = (who: Who, isPublic: boolean) => isPublic || who !== 'anonymous';
const anyone = () => true;
const STALE = 'AAAAAAAAAAAAAAAA';

const CASES: Case[] = [
  { method: 'GET', route: '/api/health', path: () => '/api/health', allowed: anyone },
  { method: 'GET', route: '/api/events', path: () => '/api/events?limit=5', allowed: reading },
  { method: 'GET', route: '/api/events/:id', path: (i) => `/api/events/${i.event}`, allowed: reading },
  { method: 'GET', route: '/api/totals', path: () => '/api/totals?by=year', allowed: reading },
  { method: 'GET', route: '/api/checks', path: () => '/api/checks', allowed: reading },
  { method: 'GET', route: '/api/history/:id', path: (i) => `/api/history/${i.event}`, allowed: reading },
  { method: 'GET', route: '/api/export', path: () => '/api/export?format=csv&category=remains', allowed: reading },
  { method: 'GET', route: '/api/parties', path: () => '/api/parties', allowed: reading },
  { method: 'GET', route: '/api/sources', path: () => '/api/sources?limit=3', allowed: reading },
  { method: 'GET', route: '/api/sources/:id', path: (i) => `/api/sources/${i.source}`, allowed: reading },
  // A report's whole text and bytes are for accounts, even on a public server.
  { method: 'GET', route: '/api/sources/:id/text', path: (i) => `/api/sources/${i.source}/text`, allowed: atLeast('reader') },
  { method: 'GET', route: '/api/sources/:id/raw', path: (i) => `/api/sources/${i.source}/raw`, allowed: atLeast('reader') },
  { method: 'GET', route: '/api/claims', path: () => '/api/claims?kind=event&limit=3', allowed: reading },
  { method: 'GET', route: '/api/claims/:id', path: (i) => `/api/claims/${i.claim}`, allowed: reading },
  { method: 'POST', route: '/api/sources', path: () => '/api/sources', body: (_i, n) => ({ text: report(n) }), allowed: atLeast('contributor') },
  // The server never fetches from this machine's own addresses: an allowed caller gets 400, nothing is stored.
  { method: 'POST', route: '/api/sources/fetch', path: () => '/api/sources/fetch', body: () => ({ url: 'http://127.0.0.1:9/report' }), allowed: atLeast('contributor') },
  // Jobs: what is queued reads nothing into the ledger here (a report without claims; an address on this machine, refused), so a job done meanwhile changes no table.
  { method: 'POST', route: '/api/sources/batch', path: () => '/api/sources/batch', body: () => ({ reports: [{ text: 'Light rain is expected on Friday in the hills, forecasters said.' }] }), allowed: atLeast('contributor') },
  { method: 'POST', route: '/api/sources/fetch-list', path: () => '/api/sources/fetch-list', body: () => ({ urls: ['http://127.0.0.1:9/report'] }), allowed: atLeast('contributor') },
  { method: 'GET', route: '/api/jobs', path: () => '/api/jobs', allowed: atLeast('reader') },
  { method: 'GET', route: '/api/jobs/:id', path: () => '/api/jobs/job_0000000000000000', allowed: atLeast('reader') },
  { method: 'POST', route: '/api/jobs/:id/cancel', path: () => '/api/jobs/job_0000000000000000/cancel', allowed: atLeast('contributor') },
  { method: 'GET', route: '/api/review', path: () => '/api/review?limit=5', allowed: atLeast('reviewer') },
  { method: 'POST', route: '/api/review/undo', path: () => '/api/review/undo', body: (i) => ({ history: ['h_0000000000000000'], changed: [i.event] }), allowed: atLeast('reviewer') },
  // Review actions with a stale version: allowed roles get 409 and nothing changes either way.
  { method: 'POST', route: '/api/review/:id/accept', path: (i) => `/api/review/${i.event}/accept`, body: () => ({ version: STALE }), allowed: atLeast('reviewer') },
  { method: 'POST', route: '/api/review/:id/reject', path: (i) => `/api/review/${i.event}/reject`, body: () => ({ version: STALE }), allowed: atLeast('reviewer') },
  { method: 'POST', route: '/api/review/:id/correct', path: (i) => `/api/review/${i.claim}/correct`, body: () => ({ version: STALE, count: 5 }), allowed: atLeast('reviewer') },
  { method: 'POST', route: '/api/review/merge', path: () => '/api/review/merge', body: (i) => ({ events: [{ id: i.event, version: STALE }, { id: 'ev_000000000000', version: STALE }] }), allowed: atLeast('reviewer') },
  { method: 'POST', route: '/api/review/:id/attach', path: (i) => `/api/review/${i.claim}/attach`, body: (i) => ({ version: STALE, event: i.event }), allowed: atLeast('reviewer') },
  { method: 'POST', route: '/api/review/:id/cumulative', path: (i) => `/api/review/${i.event}/cumulative`, body: () => ({ version: STALE }), allowed: atLeast('reviewer') },
  { method: 'POST', route: '/api/review/:id/split', path: (i) => `/api/review/${i.event}/split`, body: (i) => ({ version: STALE, claims: [i.claim] }), allowed: atLeast('reviewer') },
  { method: 'GET', route: '/api/releases', path: () => '/api/releases', allowed: reading },
  { method: 'POST', route: '/api/releases', path: () => '/api/releases', body: () => ({ note: 'matrix' }), allowed: atLeast('admin') },
  { method: 'GET', route: '/api/releases/:n', path: () => '/api/releases/1', allowed: reading },
  { method: 'GET', route: '/api/releases/:n/diff/:m', path: () => '/api/releases/1/diff/1', allowed: reading },
  { method: 'GET', route: '/api/releases.atom', path: () => '/api/releases.atom', allowed: reading },
  { method: 'GET', route: '/api/events.atom', path: () => '/api/events.atom', allowed: reading },
  { method: 'GET', route: '/api/changes', path: () => '/api/changes?since=0&limit=5', allowed: reading },
  { method: 'GET', route: '/api/session', path: () => '/api/session', allowed: anyone },
  { method: 'POST', route: '/api/session', path: () => '/api/session', body: () => ({ name: 'admin', password: 'not the password' }), allowed: anyone },
  { method: 'DELETE', route: '/api/session', path: () => '/api/session', allowed: atLeast('reader') },
  { method: 'GET', route: '/api/users', path: () => '/api/users', allowed: atLeast('admin') },
  { method: 'POST', route: '/api/users', path: () => '/api/users', body: (_i, n) => ({ name: `made-${n}`, role: 'reader' }), allowed: atLeast('admin') },
  { method: 'PATCH', route: '/api/users/:name', path: () => '/api/users/reader', body: () => ({ role: 'reader' }), allowed: atLeast('admin') },
  // An account's tokens: its own, or anyone's for an admin (here the reader's).
  { method: 'GET', route: '/api/users/:name/tokens', path: () => '/api/users/reader/tokens', allowed: (who) => who === 'reader' || who === 'admin' },
  { method: 'POST', route: '/api/users/:name/tokens', path: () => '/api/users/reader/tokens', body: () => ({ label: 'matrix' }), allowed: (who) => who === 'reader' || who === 'admin' },
  { method: 'DELETE', route: '/api/tokens/:id', path: () => '/api/tokens/tok_000000000000', allowed: atLeast('reader') },
  // Following sources and webhooks are an administrator's: an address nobody listens on, ids that do not exist.
  { method: 'GET', route: '/api/watches', path: () => '/api/watches', allowed: atLeast('admin') },
  { method: 'POST', route: '/api/watches', path: () => '/api/watches', body: (_i, n) => ({ url: `http://127.0.0.1:9/feed-${n}.xml`, everySeconds: 900 }), allowed: atLeast('admin') },
  { method: 'DELETE', route: '/api/watches/:id', path: () => '/api/watches/w_000000000000', allowed: atLeast('admin') },
  { method: 'POST', route: '/api/watches/:id/poll', path: () => '/api/watches/w_000000000000/poll', body: () => ({}), allowed: atLeast('admin') },
  { method: 'GET', route: '/api/webhooks', path: () => '/api/webhooks', allowed: atLeast('admin') },
  { method: 'POST', route: '/api/webhooks', path: () => '/api/webhooks', body: (_i, n) => ({ url: `http://127.0.0.1:9/hook-${n}`, events: ['event.created'] }), allowed: atLeast('admin') },
  { method: 'DELETE', route: '/api/webhooks/:id', path: () => '/api/webhooks/wh_000000000000', allowed: atLeast('admin') },
  { method: 'GET', route: '/api/webhooks/:id/deliveries', path: () => '/api/webhooks/wh_000000000000/deliveries', allowed: atLeast('admin') },
];

const [sqlite] = testEngines();

describe('authorization matrix (SQLite, over HTTP)', () => {
  afterAll(() => sqlite!.cleanup());

  for (const isPublic of [false, true]) {
    describe(isPublic ? 'with --public' : 'without --public', () => {
      let api: ApiLedger;
      let ids: Ids;
      beforeAll(async () => {
        api = await apiLedger(sqlite!, { public: isPublic });
        const events = (await api.call('GET', '/api/events?limit=1', { token: api.tokens.reader })).body.events;
        const event = events[0];
        const claim = event.claimIds[0];
        const source = (await api.call('GET', `/api/claims/${claim}`, { token: api.tokens.reader })).body.sourceId;
        ids = { event: event.id, claim, source };
      });
      afterAll(() => api.close());

      it('covers every route the server has', async () => {
        const doc = (await send(api.base, 'GET', '/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
        const served = Object.entries(doc.paths).flatMap(([p, ms]) => Object.keys(ms).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`));
        expect(served.sort()).toEqual(CASES.map((c) => `${c.method} ${c.route}`).sort());
      });

      let n = 0;
      for (const c of CASES) {
        it(`${c.method} ${c.route}`, async () => {
          for (const who of EVERYONE) {
            const before = await stored(api.store);
            const body = c.body?.(ids, n++);
            const res = await api.call(c.method, c.path(ids), { token: who === 'anonymous' ? null : api.tokens[who], ...(body === undefined ? {} : { body }) });
            const refused = res.status === 401 || res.status === 403;
            const label = `${who}${isPublic ? ' (public)' : ''}: ${c.method} ${c.path(ids)} → ${res.status} ${res.text.slice(0, 160)}`;
            expect(res.status, label).toBeLessThan(500);
            if (c.allowed(who, isPublic)) {
              // Allowed: whatever the answer, it is not a refusal for want of an account or a role.
              expect(['AUTH_REQUIRED', 'AUTH_FORBIDDEN'], label).not.toContain(res.body?.code);
            } else {
              expect(refused, label).toBe(true);
              expect(res.body?.code, label).toBe(who === 'anonymous' ? 'AUTH_REQUIRED' : 'AUTH_FORBIDDEN');
              expect(await stored(api.store), label).toEqual(before);
            }
          }
        });
      }

      it('refuses a broken or revoked token instead of reading as anonymous', async () => {
        for (const token of ['hov_000000000000_' + 'x'.repeat(43), 'nonsense', api.tokens.reader.slice(0, -1) + (api.tokens.reader.endsWith('A') ? 'B' : 'A')]) {
          const res = await api.call('GET', '/api/events', { token });
          expect(res.status).toBe(401);
          expect(res.body.code).toBe('AUTH_FAILED');
        }
        const made = await api.call('POST', '/api/users/reader/tokens', { token: api.tokens.reader, body: { label: 'to revoke' } });
        expect(made.status).toBe(201);
        expect((await api.call('GET', '/api/events?limit=1', { token: made.body.token })).status).toBe(200);
        expect((await api.call('DELETE', `/api/tokens/${made.body.info.id}`, { token: api.tokens.reader })).status).toBe(204);
        const after = await api.call('GET', '/api/events?limit=1', { token: made.body.token });
        expect([after.status, after.body.code]).toEqual([401, 'AUTH_FAILED']);
      });

      it("a disabled account's token stops working at once", async () => {
        const added = await api.call('POST', '/api/users', { token: api.tokens.admin, body: { name: 'soon-gone', role: 'contributor' } });
        expect(added.status).toBe(201);
        const token = (await api.call('POST', '/api/users/soon-gone/tokens', { token: api.tokens.admin, body: { label: 'x' } })).body.token as string;
        expect((await api.call('GET', '/api/session', { token })).body.user.name).toBe('soon-gone');
        expect((await api.call('PATCH', '/api/users/soon-gone', { token: api.tokens.admin, body: { disabled: true } })).body.disabled).toBe(true);
        const res = await api.call('POST', '/api/sources', { token, body: { text: report(9001) } });
        expect([res.status, res.body.code]).toEqual([401, 'AUTH_FAILED']);
      });

      it('a browser session: HttpOnly SameSite cookie, and writes need the CSRF token', async () => {
        const signIn = await api.call('POST', '/api/session', { body: { name: 'admin', password: api.adminPassword } });
        expect(signIn.status).toBe(200);
        const cookie = signIn.headers.get('set-cookie') ?? '';
        expect(cookie).toMatch(/^handover_session=[A-Za-z0-9_-]{43};/);
        expect(cookie).toMatch(/HttpOnly/);
        expect(cookie).toMatch(/SameSite=Strict/);
        const session = cookie.split(';')[0]!;
        const csrf = signIn.body.csrfToken as string;
        expect((await api.call('GET', '/api/users', { headers: { cookie: session } })).status).toBe(200);
        const before = await stored(api.store);
        const bare = await api.call('POST', '/api/users', { headers: { cookie: session }, body: { name: 'via-browser', role: 'reader' } });
        expect([bare.status, bare.body.code]).toEqual([403, 'AUTH_CSRF']);
        const wrong = await api.call('POST', '/api/users', { headers: { cookie: session, 'x-csrf-token': csrf.slice(1) + 'x' }, body: { name: 'via-browser', role: 'reader' } });
        expect([wrong.status, wrong.body.code]).toEqual([403, 'AUTH_CSRF']);
        expect(await stored(api.store)).toEqual(before);
        const made = await api.call('POST', '/api/users', { headers: { cookie: session, 'x-csrf-token': csrf }, body: { name: 'via-browser', role: 'reader' } });
        expect(made.status).toBe(201);
        expect(made.body.createdBy).toBe('admin');
        expect((await api.call('DELETE', '/api/session', { headers: { cookie: session, 'x-csrf-token': csrf } })).status).toBe(204);
        const ended = await api.call('GET', '/api/users', { headers: { cookie: session } });
        expect([ended.status, ended.body.code]).toEqual([401, 'AUTH_FAILED']);
      });
    });
  }
});
