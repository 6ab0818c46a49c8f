/**
 * Fetching a report from the address a person gives. The server fetches on their behalf, so it
 * refuses what would turn it against its own network: addresses other than http(s), and hosts on
 * loopback, private or link-local addresses (unless the server is told they are fine, as in
 * tests), checked again at every redirect. Bodies are capped and slow servers cut off.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { fail, ok, type Result } from '../domain/errors.js';

export interface FetchOptions {
  /** Allow loopback and private addresses (tests serving reports on 127.0.0.1). */
  allowPrivate?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
}

export interface Fetched {
  bytes: Buffer;
  contentType: string | null;
  /** Where the report was in the end, after redirects. */
  url: string;
}

/** Whether an address is one a public report cannot be on: loopback, private, link-local, unspecified. */
export function isPrivateAddress(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(v4) === 4) {
    const [a, b] = v4.split('.').map(Number) as [number, number];
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224;
  }
  const v6 = address.toLowerCase();
  return v6 === '::' || v6 === '::1' || v6.startsWith('fc') || v6.startsWith('fd') || v6.startsWith('fe80') || v6.startsWith('ff');
}

async function checkHost(url: URL, allowPrivate: boolean): Promise<string | null> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `only http and https addresses are fetched, not ${url.protocol}`;
  if (url.username || url.password) return 'addresses with a user name or password are not fetched';
  if (allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    return `the host ${host} is not known`;
  }
  return addresses.some(isPrivateAddress) ? `${host} is on a local or private network: the server does not fetch from there` : null;
}

const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MiB` : `${Math.ceil(n / 1024)} KiB`);

export async function fetchReport(address: string, options: FetchOptions = {}): Promise<Result<Fetched>> {
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const signal = AbortSignal.timeout(options.timeoutMs ?? 20_000);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return fail('INPUT_INVALID', `"${address}" is not a web address`, { path: 'body.url' });
  }
  for (let hop = 0; hop <= 5; hop++) {
    const refused = await checkHost(url, options.allowPrivate ?? false);
    if (refused) return fail('INPUT_INVALID', `${url.href}: ${refused}`, { path: 'body.url' });
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/html, text/plain, application/xml;q=0.9, */*;q=0.5', 'user-agent': 'Handover (report fetcher)' } });
    } catch (err) {
      const why = (err as Error).name === 'TimeoutError' ? 'it did not answer in time' : ((err as { cause?: Error }).cause?.message ?? (err as Error).message);
      return fail('INGEST_FETCH_FAILED', `could not fetch ${url.href}: ${why}`, { path: 'body.url' });
    }
    const next = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && next) {
      await response.body?.cancel();
      url = new URL(next, url);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      return fail('INGEST_FETCH_FAILED', `could not fetch ${url.href}: the server answered ${response.status} ${response.statusText}`, { path: 'body.url' });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    try {
      for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
        size += part.value.byteLength;
        if (size > maxBytes) {
          await reader!.cancel();
          return fail('INGEST_FETCH_FAILED', `${url.href} is larger than ${formatBytes(maxBytes)}: not fetched`, { path: 'body.url' });
        }
        chunks.push(Buffer.from(part.value));
      }
    } catch (err) {
      return fail('INGEST_FETCH_FAILED', `could not read ${url.href}: ${(err as Error).message}`, { path: 'body.url' });
    }
    const type = response.headers.get('content-type');
    return ok({ bytes: Buffer.concat(chunks), contentType: type ? type.split(';')[0]!.trim().toLowerCase() : null, url: url.href });
  }
  return fail('INGEST_FETCH_FAILED', `${address} redirects more than 5 times: not fetched`, { path: 'body.url' });
}
