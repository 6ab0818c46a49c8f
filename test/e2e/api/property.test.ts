/**
 * Random bodies thrown at every write route, over HTTP, as an admin (who may call every one): the
 * answer is always a 4xx with a catalogue code (or, for a submitted text with no claim in it, 200
 * `no-claims`), never a 500, and nothing is stored.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '../../../src/domain/errors.js';
import { apiLedger, stored, type ApiLedger } from '../../support/api.js';
import { testEngines } from '../../support/engines.js';

const [sqlite] = testEngines();

/** Values near the real shapes (right keys, wrong values) as well as anything at all. */
const field = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('', ' ', '2025-02-30', 'ev_', 'cl_x', '../../etc/passwd', '\u0000', 'AAAAAAAAAAAAAAAA', '9'.repeat(400), 'reader', 'admin', 'remains'),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 3 }),
);
const KEYS = ['text', 'version', 'count', 'qualifier', 'from', 'to', 'category', 'date', 'reason', 'events', 'claims', 'name', 'role', 'password', 'label', 'disabled', 'url', 'outlet', 'publishedAt', 'contentType', 'id'];
const nearShape = fc.dictionary(fc.constantFrom(...KEYS), field, { maxKeys: 5 });
const body = fc.oneof(nearShape, fc.jsonValue({ maxDepth: 3 }), fc.string().map((s) => ({ raw: s })));

describe('random bodies at every write route (SQLite, over HTTP)', () => {
  let api: ApiLedger;
  let event: { id: string; version: string };
  let claim: string;
  beforeAll(async () => {
    api = await apiLedger(sqlite!);
    event = (await api.call('GET', '/api/events?limit=1', { token: api.tokens.reader })).body.events[0];
    claim = (event as unknown as { claimIds: string[] }).claimIds[0]!;
  });
  afterAll(async () => {
    await api.close();
    await sqlite!.cleanup();
  });

  const routes = () => [
    ['POST', '/api/sources'],
    ['POST', `/api/review/${event.id}/accept`],
    ['POST', `/api/review/${event.id}/reject`],
    ['POST', `/api/review/${event.id}/correct`],
    ['POST', `/api/review/${claim}/correct`],
    ['POST', '/api/review/merge'],
    ['POST', `/api/review/${event.id}/split`],
    ['POST', '/api/session'],
    ['POST', '/api/users'],
    ['PATCH', '/api/users/reader'],
    ['POST', '/api/users/reader/tokens'],
  ] as const;

  it('answers 4xx with a code and stores nothing, whatever the body', async () => {
    const before = await stored(api.store);
    const seen: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes()), body, async ([method, path], value) => {
        const raw = typeof value === 'object' && value !== null && 'raw' in value && Object.keys(value).length === 1 ? String(value.raw) : JSON.stringify(value);
        const res = await api.call(method, path, { token: api.tokens.admin, raw, type: 'application/json' });
        seen.push(`${res.status} ${res.body?.message ?? ''}`);
        const label = `${method} ${path} ${raw.slice(0, 200)} → ${res.status} ${res.text.slice(0, 200)}`;
        expect(res.status, label).toBeLessThan(500);
        if (res.status >= 400) {
          expect(res.body?.code in ERROR_CATALOGUE, label).toBe(true);
          expect(typeof res.body?.message, label).toBe('string');
        } else {
          // Only a text that happens to be valid, with nothing to store in it, gets through.
          expect([path, res.body?.status], label).toEqual(['/api/sources', 'no-claims']);
        }
      }),
      { numRuns: 400 },
    );
    expect(await stored(api.store)).toEqual(before);
    // The property met refusals of many kinds, not one answer 400 times.
    expect(new Set(seen).size).toBeGreaterThan(20);
  });

  it('the same for random bytes of any media type at the report route', async () => {
    const before = await stored(api.store);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom('application/octet-stream', 'text/html', 'text/plain', 'application/rss+xml', 'application/json', 'image/png', 'multipart/form-data; boundary=x'), async (bytes, type) => {
        const res = await api.call('POST', '/api/sources', { token: api.tokens.admin, raw: bytes, type });
        const label = `${type} ${bytes.length} bytes → ${res.status} ${res.text.slice(0, 200)}`;
        expect(res.status, label).toBeLessThan(500);
        if (res.status >= 400) expect(res.body?.code in ERROR_CATALOGUE, label).toBe(true);
        else expect(res.body?.status, label).toBe('no-claims');
      }),
      { numRuns: 200 },
    );
    expect(await stored(api.store)).toEqual(before);
  });
});
