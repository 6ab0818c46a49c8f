/**
 * Bad input for every route, over HTTP: malformed JSON, wrong types, unknown fields, huge bodies,
 * bad dates, bad cursors, binary uploads, unknown ids. Each answers a 4xx with a catalogue code and
 * a message naming the field, and stores nothing; none answers 500.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '../../../src/domain/errors.js';
import { apiLedger, stored, type ApiLedger, type Call } from '../../support/api.js';
import { testEngines } from '../../support/engines.js';

interface Bad {
  what: string;
  method: string;
  path: string;
  call?: Call;
  status: number;
  code: keyof typeof ERROR_CATALOGUE;
  /** A word the message must name (the field or the value). */
  names?: string;
}

const [sqlite] = testEngines();
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

describe('bad input on every route (SQLite, over HTTP)', () => {
  let api: ApiLedger;
  let event: string;
  let claim: string;
  let source: string;
  beforeAll(async () => {
    api = await apiLedger(sqlite!, { reportBytes: 64 * 1024 });
    const e = (await api.call('GET', '/api/events?limit=1', { token: api.tokens.reader })).body.events[0];
    event = e.id;
    claim = e.claimIds[0];
    source = (await api.call('GET', `/api/claims/${claim}`, { token: api.tokens.reader })).body.sourceId;
  });
  afterAll(async () => {
    await api.close();
    await sqlite!.cleanup();
  });

  const cases = (): Bad[] => {
    const admin = { token: api.tokens.admin };
    const json = (body: unknown): Call => ({ ...admin, body });
    const raw = (text: string | Uint8Array, type = 'application/json'): Call => ({ ...admin, raw: text, type });
    const huge = 'x'.repeat(2 * 1024 * 1024);
    return [
      // Reads: filters, dates, cursors, ids.
      { what: 'a day that is not a date', method: 'GET', path: '/api/events?from=yesterday', status: 400, code: 'INPUT_INVALID', names: 'from' },
      { what: 'a day that does not exist', method: 'GET', path: '/api/events?to=2025-02-30', status: 400, code: 'INPUT_INVALID', names: '2025-02-30' },
      { what: 'an unknown category', method: 'GET', path: '/api/events?category=cats', status: 400, code: 'INPUT_INVALID', names: 'category' },
      { what: 'a party no one knows, by name', method: 'GET', path: `/api/events?party=${encodeURIComponent('Атлантида')}`, status: 400, code: 'INPUT_INVALID', names: 'party' },
      { what: 'a limit of zero', method: 'GET', path: '/api/events?limit=0', status: 400, code: 'INPUT_INVALID', names: 'limit' },
      { what: 'a limit too large', method: 'GET', path: '/api/events?limit=100000', status: 400, code: 'INPUT_INVALID', names: 'limit' },
      { what: 'a limit that is not a number', method: 'GET', path: '/api/events?limit=ten', status: 400, code: 'INPUT_INVALID', names: 'limit' },
      { what: 'an unknown query field', method: 'GET', path: '/api/events?categry=pow', status: 400, code: 'INPUT_INVALID', names: 'categry' },
      { what: 'a cursor that is not base64', method: 'GET', path: '/api/events?cursor=%%%', status: 400, code: 'INPUT_INVALID', names: 'cursor' },
      { what: 'a cursor of the wrong shape', method: 'GET', path: `/api/events?cursor=${b64({ a: 1 })}`, status: 400, code: 'INPUT_INVALID', names: 'cursor' },
      { what: 'a cursor of garbage', method: 'GET', path: `/api/events?cursor=${randomBytes(30).toString('base64url')}`, status: 400, code: 'INPUT_INVALID', names: 'cursor' },
      { what: 'an as-of that is not a date', method: 'GET', path: '/api/events?asOf=last-week', status: 400, code: 'INPUT_INVALID', names: 'asOf' },
      { what: 'an unknown event', method: 'GET', path: '/api/events/ev_000000000000', status: 404, code: 'NOT_FOUND', names: 'ev_000000000000' },
      { what: 'an id of the wrong kind', method: 'GET', path: '/api/events/src_123', status: 400, code: 'INPUT_INVALID', names: 'id' },
      { what: 'an event as-of a bad day', method: 'GET', path: `/api/events/${'ev_x'}?asOf=2025-13-01`, status: 400, code: 'INPUT_INVALID', names: 'asOf' },
      { what: 'totals by week', method: 'GET', path: '/api/totals?by=week', status: 400, code: 'INPUT_INVALID', names: 'by' },
      { what: 'totals of an unknown category', method: 'GET', path: '/api/totals?category=gold', status: 400, code: 'INPUT_INVALID', names: 'category' },
      { what: 'totals as of nonsense', method: 'GET', path: '/api/totals?asOf=2025-02-31', status: 400, code: 'INPUT_INVALID', names: 'asOf' },
      { what: 'checks with a field', method: 'GET', path: '/api/checks?x=1', status: 400, code: 'INPUT_INVALID', names: 'x' },
      { what: 'history of an unknown id', method: 'GET', path: '/api/history/ev_000000000000', status: 404, code: 'NOT_FOUND', names: 'ev_000000000000' },
      { what: 'history of a malformed id', method: 'GET', path: '/api/history/whatever', status: 400, code: 'INPUT_INVALID', names: 'id' },
      { what: 'history as of nonsense', method: 'GET', path: `/api/history/${'ev_x'}?asOf=soon`, status: 400, code: 'INPUT_INVALID', names: 'asOf' },
      { what: 'an export without a format', method: 'GET', path: '/api/export', status: 400, code: 'INPUT_INVALID', names: 'format' },
      { what: 'an export in an unknown format', method: 'GET', path: '/api/export?format=xml', status: 400, code: 'INPUT_INVALID', names: 'format' },
      { what: 'a JSON export as of a day', method: 'GET', path: '/api/export?format=json&asOf=2025-01-01', status: 400, code: 'INPUT_INVALID', names: 'asOf' },
      { what: 'an export with a bad date', method: 'GET', path: '/api/export?format=csv&from=2025-1-1', status: 400, code: 'INPUT_INVALID', names: 'from' },
      { what: 'parties with a field', method: 'GET', path: '/api/parties?lang=en', status: 400, code: 'INPUT_INVALID', names: 'lang' },
      { what: 'sources with a bad cursor', method: 'GET', path: '/api/sources?cursor=abc', status: 400, code: 'INPUT_INVALID', names: 'cursor' },
      { what: 'sources with a negative limit', method: 'GET', path: '/api/sources?limit=-1', status: 400, code: 'INPUT_INVALID', names: 'limit' },
      { what: 'an unknown source', method: 'GET', path: '/api/sources/src_00000000', status: 404, code: 'NOT_FOUND', names: 'src_00000000' },
      { what: 'the text of an unknown source', method: 'GET', path: '/api/sources/src_00000000/text', status: 404, code: 'NOT_FOUND' },
      { what: 'the bytes of an unknown source', method: 'GET', path: '/api/sources/src_00000000/raw', status: 404, code: 'NOT_FOUND' },
      { what: 'an unknown claim', method: 'GET', path: '/api/claims/cl_000000000000', status: 404, code: 'NOT_FOUND', names: 'cl_000000000000' },
      { what: 'sources of a party nobody knows', method: 'GET', path: '/api/sources?party=atlantis', status: 400, code: 'INPUT_INVALID', names: 'atlantis' },
      { what: 'claims of an unknown kind', method: 'GET', path: '/api/claims?kind=rumour', status: 400, code: 'INPUT_INVALID', names: 'kind' },
      { what: 'claims of a party nobody knows', method: 'GET', path: '/api/claims?party=atlantis', status: 400, code: 'INPUT_INVALID', names: 'atlantis' },
      { what: 'a review queue of a party nobody knows', method: 'GET', path: '/api/review?party=atlantis', status: 400, code: 'INPUT_INVALID', names: 'atlantis' },
      { what: 'an attach without an event', method: 'POST', path: '/api/review/cl_x/attach', call: json({ version: 'AAAAAAAAAAAAAAAA' }), status: 400, code: 'INPUT_INVALID', names: 'event' },
      { what: 'an attach to something unknown', method: 'POST', path: '/api/review/cl_000000000000/attach', call: json({ version: 'AAAAAAAAAAAAAAAA', event: 'ev_000000000000' }), status: 404, code: 'REVIEW_NOT_FOUND', names: 'cl_000000000000' },
      { what: 'a running total with off of the wrong type', method: 'POST', path: '/api/review/ev_x/cumulative', call: json({ version: 'AAAAAAAAAAAAAAAA', off: 'yes' }), status: 400, code: 'INPUT_INVALID', names: 'off' },
      { what: 'a review queue with a huge limit', method: 'GET', path: '/api/review?limit=1000000', status: 400, code: 'INPUT_INVALID', names: 'limit' },
      { what: 'an unknown route', method: 'GET', path: '/api/nothing-here', status: 404, code: 'ROUTE_NOT_FOUND' },
      { what: 'a route with the wrong method', method: 'PUT', path: '/api/events', status: 404, code: 'ROUTE_NOT_FOUND' },
      { what: 'an overlong id', method: 'GET', path: `/api/events/ev_${'a'.repeat(300)}`, status: 400, code: 'INPUT_INVALID' },

      // Submitting reports.
      { what: 'malformed JSON', method: 'POST', path: '/api/sources', call: raw('{"text": "unterminated'), status: 400, code: 'INPUT_INVALID', names: 'JSON' },
      { what: 'an empty JSON body', method: 'POST', path: '/api/sources', call: raw(''), status: 400, code: 'INPUT_INVALID', names: 'body' },
      { what: 'JSON that is not an object', method: 'POST', path: '/api/sources', call: json([1, 2, 3]), status: 400, code: 'INPUT_INVALID', names: 'body' },
      { what: 'a report with no text', method: 'POST', path: '/api/sources', call: json({}), status: 400, code: 'INPUT_INVALID', names: 'text' },
      { what: 'text of the wrong type', method: 'POST', path: '/api/sources', call: json({ text: 12 }), status: 400, code: 'INPUT_INVALID', names: 'text' },
      { what: 'an unknown field', method: 'POST', path: '/api/sources', call: json({ text: 'x', sauce: 'y' }), status: 400, code: 'INPUT_INVALID', names: 'sauce' },
      { what: 'a bad publication day', method: 'POST', path: '/api/sources', call: json({ text: 'x', publishedAt: '12/06/2025' }), status: 400, code: 'INPUT_INVALID', names: 'publishedAt' },
      { what: 'a publication day that does not exist', method: 'POST', path: '/api/sources', call: json({ text: 'Some words here.', publishedAt: '2025-02-30' }), status: 400, code: 'INPUT_INVALID', names: 'publishedAt' },
      { what: 'a url that is not one', method: 'POST', path: '/api/sources', call: json({ text: 'x', url: 'javascript:alert(1)' }), status: 400, code: 'INPUT_INVALID', names: 'url' },
      { what: 'a report larger than the server takes', method: 'POST', path: '/api/sources', call: raw(huge, 'text/plain'), status: 413, code: 'BODY_TOO_LARGE' },
      { what: 'a huge JSON report', method: 'POST', path: '/api/sources', call: json({ text: huge }), status: 413, code: 'BODY_TOO_LARGE' },
      { what: 'an empty upload', method: 'POST', path: '/api/sources', call: raw(new Uint8Array(0), 'application/octet-stream'), status: 400, code: 'INGEST_EMPTY' },
      { what: 'a binary upload', method: 'POST', path: '/api/sources', call: raw(new Uint8Array(4096).map((_, i) => (i * 7919) % 32), 'application/octet-stream'), status: 422, code: 'INGEST_NO_TEXT' },
      { what: 'an image', method: 'POST', path: '/api/sources', call: raw(randomBytes(512), 'image/png'), status: 415, code: 'MEDIA_TYPE_UNSUPPORTED', names: 'image/png' },
      { what: 'a form that breaks off', method: 'POST', path: '/api/sources', call: raw('--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nabc', 'multipart/form-data; boundary=x'), status: 400, code: 'INPUT_INVALID', names: 'form' },
      { what: 'a form without a file', method: 'POST', path: '/api/sources', call: raw('--x\r\nContent-Disposition: form-data; name="outlet"\r\n\r\nWire\r\n--x--\r\n', 'multipart/form-data; boundary=x'), status: 400, code: 'INPUT_INVALID', names: 'file' },
      { what: 'report metadata that is not known', method: 'POST', path: '/api/sources?author=me', call: raw('Some text.', 'text/plain'), status: 400, code: 'INPUT_INVALID', names: 'author' },

      // Review actions.
      { what: 'an accept without a version', method: 'POST', path: `/api/review/${'ev_x'}/accept`, call: json({}), status: 400, code: 'INPUT_INVALID', names: 'version' },
      { what: 'a version of the wrong type', method: 'POST', path: `/api/review/${'ev_x'}/reject`, call: json({ version: 7 }), status: 400, code: 'INPUT_INVALID', names: 'version' },
      { what: 'a review of something unknown', method: 'POST', path: '/api/review/ev_000000000000/accept', call: json({ version: 'AAAAAAAAAAAAAAAA' }), status: 404, code: 'REVIEW_NOT_FOUND', names: 'ev_000000000000' },
      { what: 'a review of a source', method: 'POST', path: '/api/review/src_1/accept', call: json({ version: 'AAAAAAAAAAAAAAAA' }), status: 400, code: 'INPUT_INVALID', names: 'id' },
      { what: 'a negative count', method: 'POST', path: `/api/review/${'ev_x'}/correct`, call: json({ version: 'AAAAAAAAAAAAAAAA', count: -5 }), status: 400, code: 'INPUT_INVALID', names: 'count' },
      { what: 'a count as a string', method: 'POST', path: `/api/review/${'ev_x'}/correct`, call: json({ version: 'AAAAAAAAAAAAAAAA', count: '5' }), status: 400, code: 'INPUT_INVALID', names: 'count' },
      { what: 'a correction date that is not one', method: 'POST', path: `/api/review/${'ev_x'}/correct`, call: json({ version: 'AAAAAAAAAAAAAAAA', date: 'June' }), status: 400, code: 'INPUT_INVALID', names: 'date' },
      { what: 'a correction of an unknown field', method: 'POST', path: `/api/review/${'ev_x'}/correct`, call: json({ version: 'AAAAAAAAAAAAAAAA', colour: 'red' }), status: 400, code: 'INPUT_INVALID', names: 'colour' },
      { what: 'a merge of one event', method: 'POST', path: '/api/review/merge', call: json({ events: [{ id: 'ev_x', version: 'AAAAAAAAAAAAAAAA' }] }), status: 400, code: 'INPUT_INVALID', names: 'events' },
      { what: 'a merge with no events', method: 'POST', path: '/api/review/merge', call: json({ events: 'all' }), status: 400, code: 'INPUT_INVALID', names: 'events' },
      { what: 'a split of nothing', method: 'POST', path: `/api/review/${'ev_x'}/split`, call: json({ version: 'AAAAAAAAAAAAAAAA', claims: [] }), status: 400, code: 'INPUT_INVALID', names: 'claims' },
      { what: 'an undo of nothing', method: 'POST', path: '/api/review/undo', call: json({ history: [], changed: ['ev_x'] }), status: 400, code: 'INPUT_INVALID', names: 'history' },
      { what: 'an undo of an entry that is not there', method: 'POST', path: '/api/review/undo', call: json({ history: ['h_0000000000000000'], changed: ['ev_x'] }), status: 404, code: 'NOT_FOUND', names: 'h_0000000000000000' },
      { what: 'an undo of a source', method: 'POST', path: '/api/review/undo', call: json({ history: ['h_0000000000000000'], changed: ['src_x'] }), status: 400, code: 'INPUT_INVALID', names: 'changed' },
      { what: 'a fetch of a file', method: 'POST', path: '/api/sources/fetch', call: json({ url: 'file:///etc/passwd' }), status: 400, code: 'INPUT_INVALID', names: 'url' },
      { what: 'a fetch from this machine', method: 'POST', path: '/api/sources/fetch', call: json({ url: 'http://127.0.0.1:9/report' }), status: 422, code: 'INGEST_FETCH_REFUSED', names: '127.0.0.1' },
      { what: 'a fetch without an address', method: 'POST', path: '/api/sources/fetch', call: json({ outlet: 'Wire' }), status: 400, code: 'INPUT_INVALID', names: 'url' },
      { what: 'a review body that is text', method: 'POST', path: `/api/review/${'ev_x'}/accept`, call: raw('accept it', 'text/plain'), status: 415, code: 'MEDIA_TYPE_UNSUPPORTED' },

      // Following sources and webhooks.
      { what: 'a watch of a file', method: 'POST', path: '/api/watches', call: json({ url: 'file:///etc/passwd', everySeconds: 900 }), status: 400, code: 'INPUT_INVALID', names: 'url' },
      { what: 'a watch polled every 5 seconds', method: 'POST', path: '/api/watches', call: json({ url: 'https://wire.example.org/feed.xml', everySeconds: 5 }), status: 400, code: 'INPUT_INVALID', names: 'everySeconds' },
      { what: 'watches with a field', method: 'GET', path: '/api/watches?due=1', call: admin, status: 400, code: 'INPUT_INVALID', names: 'due' },
      { what: 'a removal of a malformed watch id', method: 'DELETE', path: '/api/watches/123', call: admin, status: 400, code: 'INPUT_INVALID', names: 'id' },
      { what: 'a removal of an unknown watch', method: 'DELETE', path: '/api/watches/w_000000000000', call: admin, status: 404, code: 'NOT_FOUND', names: 'w_000000000000' },
      { what: 'a poll of an unknown watch', method: 'POST', path: '/api/watches/w_000000000000/poll', call: json({}), status: 404, code: 'NOT_FOUND', names: 'w_000000000000' },
      { what: 'webhooks with a bad flag', method: 'GET', path: '/api/webhooks?removed=maybe', call: admin, status: 400, code: 'INPUT_INVALID', names: 'removed' },
      { what: 'a webhook for an unknown kind', method: 'POST', path: '/api/webhooks', call: json({ url: 'https://desk.example.org/hook', events: ['event.deleted'] }), status: 400, code: 'INPUT_INVALID', names: 'events' },
      { what: 'a webhook with a short secret', method: 'POST', path: '/api/webhooks', call: json({ url: 'https://desk.example.org/hook', events: ['event.created'], secret: 'short' }), status: 400, code: 'INPUT_INVALID', names: 'secret' },
      { what: 'a removal of an unknown webhook', method: 'DELETE', path: '/api/webhooks/wh_000000000000', call: admin, status: 404, code: 'NOT_FOUND', names: 'wh_000000000000' },
      { what: 'the deliveries of an unknown webhook', method: 'GET', path: '/api/webhooks/wh_000000000000/deliveries', call: admin, status: 404, code: 'NOT_FOUND', names: 'wh_000000000000' },
      { what: 'deliveries of an unknown status', method: 'GET', path: '/api/webhooks/wh_000000000000/deliveries?status=lost', call: admin, status: 400, code: 'INPUT_INVALID', names: 'status' },

      // Jobs: many reports at once, lists of addresses, and their progress.
      { what: 'a batch of no reports', method: 'POST', path: '/api/sources/batch', call: json({ reports: [] }), status: 400, code: 'INPUT_INVALID', names: 'reports' },
      { what: 'a batch report without text', method: 'POST', path: '/api/sources/batch', call: json({ reports: [{ outlet: 'Wire' }] }), status: 400, code: 'INPUT_INVALID', names: 'text' },
      { what: 'an address list with a file in it', method: 'POST', path: '/api/sources/fetch-list', call: json({ urls: ['file:///etc/passwd'] }), status: 400, code: 'INPUT_INVALID', names: 'urls' },
      { what: 'jobs of an unknown status', method: 'GET', path: '/api/jobs?status=lost', call: admin, status: 400, code: 'INPUT_INVALID', names: 'status' },
      { what: 'an unknown job', method: 'GET', path: '/api/jobs/job_000000000000', call: admin, status: 404, code: 'NOT_FOUND', names: 'job_000000000000' },
      { what: 'a job id of the wrong kind', method: 'GET', path: '/api/jobs/ev_000000000000', call: admin, status: 400, code: 'INPUT_INVALID', names: 'id' },
      { what: 'job items of an unknown status', method: 'GET', path: '/api/jobs/job_000000000000?items=lost', call: admin, status: 400, code: 'INPUT_INVALID', names: 'items' },
      { what: 'a cancel of an unknown job', method: 'POST', path: '/api/jobs/job_000000000000/cancel', call: json({}), status: 404, code: 'NOT_FOUND', names: 'job_000000000000' },

      // Releases and the change feed.
      { what: 'releases with a field', method: 'GET', path: '/api/releases?latest=1', status: 400, code: 'INPUT_INVALID', names: 'latest' },
      { what: 'a release note that is not text', method: 'POST', path: '/api/releases', call: json({ note: 5 }), status: 400, code: 'INPUT_INVALID', names: 'note' },
      { what: 'a release numbered 0', method: 'GET', path: '/api/releases/0', status: 400, code: 'INPUT_INVALID', names: 'n' },
      { what: 'a release that is not there', method: 'GET', path: '/api/releases/9', status: 404, code: 'NOT_FOUND', names: 'no release 9' },
      { what: 'a diff against a word', method: 'GET', path: '/api/releases/1/diff/latest', status: 400, code: 'INPUT_INVALID', names: 'm' },
      { what: 'events of release 0', method: 'GET', path: '/api/events?release=0', status: 400, code: 'INPUT_INVALID', names: 'release' },
      { what: 'a release and a date at once', method: 'GET', path: '/api/export?format=csv&release=1&asOf=2026-01-01', status: 400, code: 'INPUT_INVALID', names: 'release' },
      { what: 'a feed cursor that is a word', method: 'GET', path: '/api/changes?since=yesterday', status: 400, code: 'INPUT_INVALID', names: 'since' },
      { what: 'a feed page of nothing', method: 'GET', path: '/api/changes?limit=0', status: 400, code: 'INPUT_INVALID', names: 'limit' },
      { what: 'the releases feed with a field', method: 'GET', path: '/api/releases.atom?n=1', status: 400, code: 'INPUT_INVALID', names: 'n' },
      { what: 'the events feed with a field', method: 'GET', path: '/api/events.atom?category=pow', status: 400, code: 'INPUT_INVALID', names: 'category' },

      // Accounts.
      { what: 'a sign-in without a password', method: 'POST', path: '/api/session', call: { body: { name: 'admin' } }, status: 400, code: 'INPUT_INVALID', names: 'password' },
      { what: 'a sign-in with the wrong password', method: 'POST', path: '/api/session', call: { body: { name: 'admin', password: 'wrong' } }, status: 401, code: 'AUTH_FAILED' },
      { what: 'a sign-in as nobody', method: 'POST', path: '/api/session', call: { body: { name: 'nobody', password: 'whatever it is' } }, status: 401, code: 'AUTH_FAILED' },
      { what: 'users with a field', method: 'GET', path: '/api/users?role=admin', call: admin, status: 400, code: 'INPUT_INVALID', names: 'role' },
      { what: 'a user with a bad name', method: 'POST', path: '/api/users', call: json({ name: 'Bad Name', role: 'reader' }), status: 400, code: 'INPUT_INVALID', names: 'name' },
      { what: 'a user with an unknown role', method: 'POST', path: '/api/users', call: json({ name: 'someone', role: 'owner' }), status: 400, code: 'INPUT_INVALID', names: 'role' },
      { what: 'a user with a short password', method: 'POST', path: '/api/users', call: json({ name: 'someone', role: 'reader', password: 'short' }), status: 400, code: 'INPUT_INVALID', names: 'password' },
      { what: 'a user that exists', method: 'POST', path: '/api/users', call: json({ name: 'reader', role: 'reader' }), status: 409, code: 'USER_EXISTS', names: 'reader' },
      { what: 'a change of nothing', method: 'PATCH', path: '/api/users/reader', call: json({}), status: 400, code: 'INPUT_INVALID', names: 'body' },
      { what: 'a change of an unknown user', method: 'PATCH', path: '/api/users/nobody', call: json({ role: 'reader' }), status: 404, code: 'USER_NOT_FOUND', names: 'nobody' },
      { what: 'an admin disabling themselves', method: 'PATCH', path: '/api/users/admin', call: json({ disabled: true }), status: 400, code: 'INPUT_INVALID' },
      { what: 'a token without a label', method: 'POST', path: '/api/users/reader/tokens', call: json({ label: '' }), status: 400, code: 'INPUT_INVALID', names: 'label' },
      { what: 'a token for nobody', method: 'POST', path: '/api/users/nobody/tokens', call: json({ label: 'x' }), status: 404, code: 'USER_NOT_FOUND', names: 'nobody' },
      { what: 'the tokens of nobody', method: 'GET', path: '/api/users/nobody/tokens', call: admin, status: 404, code: 'USER_NOT_FOUND' },
      { what: 'a revocation of a malformed id', method: 'DELETE', path: '/api/tokens/123', call: admin, status: 400, code: 'INPUT_INVALID', names: 'id' },
      { what: 'a revocation of an unknown token', method: 'DELETE', path: '/api/tokens/tok_000000000000', call: admin, status: 404, code: 'NOT_FOUND' },
    ];
  };

  it('answers each with a 4xx, a catalogue code and the field, and stores nothing', async () => {
    const all = cases();
    // Every route of the server is in the list at least once.
    const doc = (await api.call('GET', '/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const covered = new Set(all.map((c) => `${c.method} ${c.path.split('?')[0]!.replace(/\/(ev|cl|src|tok|w|wh|job)_[A-Za-z0-9_]+/g, '/{id}').replace(/\/users\/[a-z]+/, '/users/{name}').replace(/\/releases\/\d+/, '/releases/{n}').replace(/\/diff\/\w+/, '/diff/{m}')}`));
    const routes = Object.entries(doc.paths).flatMap(([p, ms]) => Object.keys(ms).map((m) => `${m.toUpperCase()} ${p}`));
    expect(routes.filter((r) => !covered.has(r) && r !== 'GET /api/health' && r !== 'GET /api/session' && r !== 'DELETE /api/session')).toEqual([]);

    const before = await stored(api.store);
    const wrong: string[] = [];
    for (const c of all) {
      const path = c.path.replace('ev_x', event).replace('cl_x', claim).replace('src_x', source);
      const res = await api.call(c.method, path, c.call ?? { token: api.tokens.admin });
      const ok = res.status === c.status && res.body?.code === c.code && typeof res.body?.message === 'string' && (c.names === undefined || res.text.includes(c.names));
      if (!ok) wrong.push(`${c.what}: ${c.method} ${path.slice(0, 80)} → ${res.status} ${res.text.slice(0, 200)} (wanted ${c.status} ${c.code}${c.names ? ` naming ${c.names}` : ''})`);
      expect(res.status, c.what).toBeLessThan(500);
    }
    expect(wrong).toEqual([]);
    expect(await stored(api.store)).toEqual(before);
  });
});
