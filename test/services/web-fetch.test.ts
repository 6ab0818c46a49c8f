/** Fetching from the web under guards, against a server on 127.0.0.1 that the tests allow explicitly. */
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { fetchReport } from '../../src/services/fetch-report.js';
import { isPrivateAddress, parseAllowPrivate, webFetch } from '../../src/services/web-fetch.js';
import { startWebServer, type WebServer } from '../support/web-server.js';

let web: WebServer;
const LOOPBACK = ['127.0.0.1'];

beforeAll(async () => {
  web = await startWebServer();
  const page = (charset: string, text: string) => iconv.encode(`<!DOCTYPE html><html><head><title>${text.split('.')[0]}</title></head><body><article><p>${text}</p></article></body></html>`, charset);
  web.routes.set('/cp1251', (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' }).end(page('windows-1251', 'Вчера стороны обменялись пленными. Домой вернулись 146 военнослужащих.')));
  web.routes.set('/latin1', (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(page('latin1', 'Échange à la frontière. La Russie a remis à l’Ukraine les dépouilles de 502 soldats tombés.'.replace('’', "'"))));
  web.routes.set('/sjis', (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=Shift_JIS' }).end(page('shift_jis', '捕虜交換。ロシアとウクライナは捕虜を交換した。')));
  web.routes.set('/start', (_q, res) => res.writeHead(301, { location: '/middle' }).end());
  web.routes.set('/middle', (_q, res) => res.writeHead(302, { location: `${web.base}/cp1251` }).end());
  web.routes.set('/to-private', (_q, res) => res.writeHead(302, { location: 'http://10.20.30.40/internal' }).end());
  web.routes.set('/to-metadata', (_q, res) => res.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' }).end());
  web.routes.set('/to-ipv6-loopback', (_q, res) => res.writeHead(302, { location: `http://[::1]:${web.port}/cp1251` }).end());
  web.routes.set('/to-file', (_q, res) => res.writeHead(302, { location: 'file:///etc/hostname' }).end());
  web.routes.set('/loop', (_q, res) => res.writeHead(302, { location: '/loop' }).end());
  web.routes.set('/big-declared', (_q, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(300_000) }).end('y'.repeat(300_000)));
  web.routes.set('/big-chunked', (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 30; i++) res.write('z'.repeat(10_000));
    res.end();
  });
  web.routes.set('/bomb', (_q, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(5_000_000, 0x61))));
  web.routes.set('/gzip', (_q, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.from('Packed text arrives whole.'))));
  web.routes.set('/silent', () => undefined); // never answers
  web.routes.set('/trickle', (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write('.')), 100);
    res.on('close', () => clearInterval(timer));
  });
  web.routes.set('/tagged', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
    res.writeHead(200, { 'content-type': 'text/plain', etag: '"v1"', 'last-modified': 'Mon, 07 Dec 2026 10:00:00 GMT' }).end('tagged body');
  });
  web.routes.set('/error', (_q, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('down'));
});
afterAll(() => web.close());

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('addresses that are not public', () => {
  it('covers loopback, private, link-local, metadata, shared, reserved and IPv6 forms of them', () => {
    for (const a of ['127.0.0.1', '127.5.5.5', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.100.100.200', '0.0.0.0', '224.0.0.1', '255.255.255.255', '198.18.0.1', '::', '::1', 'fd00:ec2::254', 'fe80::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '64:ff9b::10.0.0.1', '2002:c0a8:0101::1', 'not-an-address'])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['93.184.216.34', '172.32.0.1', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8']) expect(isPrivateAddress(a), a).toBe(false);
  });

  it('reads the administrator allowance', () => {
    expect(parseAllowPrivate(undefined)).toBe(false);
    expect(parseAllowPrivate('1')).toBe(true);
    expect(parseAllowPrivate(true)).toBe(true);
    expect(parseAllowPrivate('127.0.0.1, 10.0.0.0/8')).toEqual(['127.0.0.1', '10.0.0.0/8']);
  });
});

describe('fetching under guards', () => {
  it('decodes pages by the charset their server declares', async () => {
    const cases: Array<[string, RegExp]> = [
      ['/cp1251', /Домой вернулись 146 военнослужащих/],
      ['/latin1', /dépouilles de 502 soldats tombés/],
      ['/sjis', /ロシアとウクライナは捕虜を交換した/],
    ];
    for (const [path, want] of cases) {
      const page = must(await fetchReport(`${web.base}${path}`, { allowPrivate: LOOPBACK }));
      const doc = must(ingestBytes(page.bytes, { path: page.url, ...(page.contentType ? { contentType: page.contentType } : {}) }));
      expect(doc.text, path).toMatch(want);
    }
  });

  it('follows redirects and keeps the address it ended at', async () => {
    const page = must(await fetchReport(`${web.base}/start`, { allowPrivate: LOOPBACK }));
    expect(page.url).toBe(`${web.base}/cp1251`);
    expect(page.contentType).toBe('text/html; charset=windows-1251');
    const loop = await fetchReport(`${web.base}/loop`, { allowPrivate: LOOPBACK });
    expect(loop.ok ? null : loop.error.message).toMatch(/redirects more than 5 times/);
  });

  it('refuses loopback when nobody allowed it, and a redirect to a private, metadata or other address allowed to no one', async () => {
    const plain = await webFetch(`${web.base}/cp1251`);
    expect(plain.ok ? null : plain.error).toMatchObject({ code: 'INGEST_FETCH_REFUSED', message: expect.stringMatching(/127\.0\.0\.1 is on a local, private or reserved network/) });
    for (const [path, want] of [
      ['/to-private', /10\.20\.30\.40 is on a local, private or reserved network/],
      ['/to-metadata', /169\.254\.169\.254 is on a local/],
      ['/to-ipv6-loopback', /::1 is on a local/],
      ['/to-file', /only http and https/],
    ] as const) {
      const got = await webFetch(`${web.base}${path}`, { allowPrivate: LOOPBACK });
      expect(got.ok ? null : got.error, path).toMatchObject({ code: 'INGEST_FETCH_REFUSED', message: expect.stringMatching(want) });
    }
    // Nothing was sent anywhere but the allowed server.
    expect(web.seen.every((s) => s.headers.host === `127.0.0.1:${web.port}`)).toBe(true);
  });

  it('checks what DNS answers and connects to the very address it checked', async () => {
    let asked = 0;
    // A rebinding resolver: a public-looking first answer for the check, a private one for any second look-up.
    const rebinding = async (): Promise<string[]> => (asked++ === 0 ? ['127.0.0.1'] : ['10.0.0.99']);
    const page = must(await webFetch(`http://reports.example.test:${web.port}/gzip`, { allowPrivate: LOOPBACK, resolve: rebinding }));
    expect(asked).toBe(1);
    expect(page.status === 'ok' && page.bytes.toString()).toBe('Packed text arrives whole.');
    const refused = await webFetch(`http://intranet.example.test:${web.port}/gzip`, { allowPrivate: LOOPBACK, resolve: async () => ['10.0.0.99'] });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'INGEST_FETCH_REFUSED', message: expect.stringContaining('intranet.example.test (10.0.0.99)') });
    const mixed = await webFetch(`http://mixed.example.test:${web.port}/gzip`, { resolve: async () => ['93.184.216.34', '127.0.0.1'] });
    expect(mixed.ok ? null : mixed.error.code).toBe('INGEST_FETCH_REFUSED');
  });

  it('cuts an oversized body with a clear error, also when it only grows large once unpacked', async () => {
    for (const path of ['/big-declared', '/big-chunked', '/bomb']) {
      const got = await webFetch(`${web.base}${path}`, { allowPrivate: LOOPBACK, maxBytes: 100_000 });
      expect(got.ok ? null : got.error, path).toMatchObject({ code: 'INGEST_TOO_LARGE', message: expect.stringMatching(/larger than 97\.7 KiB/) });
    }
  });

  it('gives up on a server that does not answer or trickles, in the time given', async () => {
    for (const path of ['/silent', '/trickle']) {
      const started = Date.now();
      const got = await webFetch(`${web.base}${path}`, { allowPrivate: LOOPBACK, timeoutMs: 800 });
      expect(got.ok ? null : got.error, path).toMatchObject({ code: 'INGEST_FETCH_FAILED', message: expect.stringContaining('did not answer in time') });
      expect(Date.now() - started).toBeLessThan(15_000);
    }
  });

  it('asks conditionally and says when nothing changed; names a server error', async () => {
    const first = must(await webFetch(`${web.base}/tagged`, { allowPrivate: LOOPBACK }));
    expect(first).toMatchObject({ status: 'ok', etag: '"v1"', lastModified: 'Mon, 07 Dec 2026 10:00:00 GMT' });
    const again = must(await webFetch(`${web.base}/tagged`, { allowPrivate: LOOPBACK, etag: '"v1"' }));
    expect(again).toMatchObject({ status: 'not-modified', etag: '"v1"' });
    const down = await webFetch(`${web.base}/error`, { allowPrivate: LOOPBACK });
    expect(down.ok ? null : down.error.message).toMatch(/answered 503/);
  });
});
