import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchReport, isPrivateAddress } from './fetch-report.js';

describe('fetching a report from its address', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/report') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>On Friday Kyiv received 84 defenders.</p>');
      if (req.url === '/moved') return res.writeHead(302, { location: '/report' }).end();
      if (req.url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
      if (req.url === '/big') return res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(5000));
      res.writeHead(404).end('gone');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('tells local and private addresses from public ones', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1']) expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['93.184.216.34', '172.32.0.1', '2606:4700::1111']) expect(isPrivateAddress(a), a).toBe(false);
  });

  it('refuses loopback unless allowed, and anything but http(s)', async () => {
    const refused = await fetchReport(`${base}/report`);
    expect(refused.ok ? null : refused.error.message).toMatch(/local, private or reserved network/);
    const file = await fetchReport('file:///etc/passwd', { allowPrivate: true });
    expect(file.ok ? null : file.error.message).toMatch(/only http and https/);
  });

  it('fetches, follows redirects, and names what went wrong', async () => {
    const got = await fetchReport(`${base}/moved`, { allowPrivate: true });
    expect(got.ok && { text: got.value.bytes.toString('utf8'), type: got.value.mediaType, url: got.value.url }).toEqual({
      text: '<p>On Friday Kyiv received 84 defenders.</p>',
      type: 'text/html',
      url: `${base}/report`,
    });
    const missing = await fetchReport(`${base}/nothing`, { allowPrivate: true });
    expect(missing.ok ? null : missing.error).toMatchObject({ code: 'INGEST_FETCH_FAILED', message: expect.stringContaining('404') });
    const loop = await fetchReport(`${base}/loop`, { allowPrivate: true });
    expect(loop.ok ? null : loop.error.message).toMatch(/redirects more than 5 times/);
    const big = await fetchReport(`${base}/big`, { allowPrivate: true, maxBytes: 1000 });
    expect(big.ok ? null : big.error.message).toMatch(/larger than/);
  });
});
