/**
 * Fetching from the web on a person's behalf, without being turned against the network Handover
 * runs in. Only http(s); no user:password@; at most `maxRedirects` hops; a deadline over the whole
 * fetch and a shorter one for a silent connection; a body cap applied to the decompressed bytes.
 *
 * No request goes to a loopback, private, link-local, shared (CGNAT), multicast, reserved or cloud
 * metadata address unless the administrator allows it (`allowPrivate`: true, or a list of addresses
 * and networks). The check is made at every hop, on the DNS answer, and the connection is made to
 * the very address that was checked (the request's `lookup` hands back the checked answer, so a
 * second, rebinding answer is never asked for); the socket's remote address is checked once more
 * when it connects.
 *
 * A conditional fetch (ETag / Last-Modified) answers `not-modified` on 304.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { fail, ok, type ErrorCode, type Result } from '../domain/errors.js';

export interface WebFetchOptions {
  /**
   * Addresses an administrator lets Handover fetch from although they are not public: true for all,
   * or a list of addresses and CIDR networks (`127.0.0.1`, `10.20.0.0/16`, `fd00::/8`).
   */
  allowPrivate?: boolean | readonly string[];
  /** Largest body kept, after decompression (default 10 MiB). */
  maxBytes?: number;
  /** Deadline for the whole fetch, redirects included (default 20 s). */
  timeoutMs?: number;
  /** Deadline for a connection that sends nothing (default: the whole deadline). */
  idleTimeoutMs?: number;
  /** Redirects followed (default 5). */
  maxRedirects?: number;
  /** A conditional fetch: the validators of the copy already held. */
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  /** The DNS resolver (tests stand a name in for a public host); every address it gives is checked. */
  resolve?: (host: string) => Promise<string[]>;
}

/** A page fetched: its bytes and what the server said about them. */
export interface FetchedPage {
  status: 'ok';
  bytes: Buffer;
  /** The media type alone (`text/html`), lower-case, or null. */
  mediaType: string | null;
  /** The Content-Type header as sent (`text/html; charset=windows-1251`): its charset decodes the page. */
  contentType: string | null;
  /** Where the page was in the end, after redirects. */
  url: string;
  etag: string | null;
  lastModified: string | null;
}

export type WebFetchResult = FetchedPage | { status: 'not-modified'; url: string; etag: string | null; lastModified: string | null };

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Networks a public report cannot be on (IANA special-purpose registries, cloud metadata). */
const NOT_PUBLIC = (() => {
  const list = new BlockList();
  for (const [net, prefix] of [
    ['0.0.0.0', 8], // "this network"
    ['10.0.0.0', 8],
    ['100.64.0.0', 10], // shared address space (CGNAT; Alibaba's metadata 100.100.100.200)
    ['127.0.0.0', 8],
    ['169.254.0.0', 16], // link-local (AWS, GCP, Azure metadata 169.254.169.254)
    ['172.16.0.0', 12],
    ['192.0.0.0', 24], // IETF protocol assignments
    ['192.0.2.0', 24], // documentation
    ['192.88.99.0', 24], // 6to4 relay anycast
    ['192.168.0.0', 16],
    ['198.18.0.0', 15], // benchmarking
    ['198.51.100.0', 24],
    ['203.0.113.0', 24],
    ['224.0.0.0', 4], // multicast
    ['240.0.0.0', 4], // reserved, broadcast
  ] as const)
    list.addSubnet(net, prefix, 'ipv4');
  for (const [net, prefix] of [
    ['::', 128],
    ['::1', 128],
    ['64:ff9b:1::', 48], // local-use NAT64
    ['100::', 64], // discard
    ['2001:db8::', 32], // documentation
    ['fc00::', 7], // unique local (AWS metadata fd00:ec2::254)
    ['fe80::', 10], // link-local
    ['fec0::', 10], // site-local (deprecated)
    ['ff00::', 8], // multicast
  ] as const)
    list.addSubnet(net, prefix, 'ipv6');
  return list;
})();

/** An IPv6 address that carries an IPv4 one (mapped, compatible, NAT64, 6to4): the IPv4 address, else null. */
function embeddedIpv4(v6: string): string | null {
  const lower = v6.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const hi = parseInt(hex[1]!, 16);
    const lo = parseInt(hex[2]!, 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  const sixToFour = /^2002:([0-9a-f]{1,4}):([0-9a-f]{1,4}):/.exec(lower);
  if (sixToFour) {
    const hi = parseInt(sixToFour[1]!, 16);
    const lo = parseInt(sixToFour[2]!, 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return null;
}

/** Whether an address is one a public report cannot be on: loopback, private, link-local, metadata, reserved. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const kind = isIP(bare);
  if (kind === 4) return NOT_PUBLIC.check(bare, 'ipv4');
  if (kind !== 6) return true;
  const v4 = embeddedIpv4(bare);
  if (v4 !== null) return NOT_PUBLIC.check(v4, 'ipv4');
  return NOT_PUBLIC.check(bare, 'ipv6');
}

/** The administrator's allowance as a predicate: which non-public addresses may still be fetched. */
function allowanceOf(allow: WebFetchOptions['allowPrivate']): (address: string) => boolean {
  if (allow === true) return () => true;
  if (!allow || allow.length === 0) return () => false;
  const list = new BlockList();
  for (const entry of allow) {
    const [net, bits] = entry.trim().split('/');
    const kind = isIP(net ?? '');
    if (kind === 0) continue;
    const family = kind === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(net!, family);
    else list.addSubnet(net!, Number(bits), family);
  }
  return (address) => {
    const bare = address.replace(/^\[|\]$/g, '').replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
    const kind = isIP(bare);
    return kind !== 0 && list.check(bare, kind === 4 ? 'ipv4' : 'ipv6');
  };
}

/**
 * `HANDOVER_ALLOW_PRIVATE` (or a flag) as an allowance: "1"/"true"/"all" allows every address, a
 * comma-separated list allows those addresses and networks, anything else none.
 */
export function parseAllowPrivate(value: string | boolean | undefined | null): boolean | string[] {
  if (value === true) return true;
  if (value === false || value === undefined || value === null) return false;
  const v = value.trim().toLowerCase();
  if (v === '' || v === '0' || v === 'false' || v === 'no') return false;
  if (v === '1' || v === 'true' || v === 'yes' || v === 'all') return true;
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Checks an allowance list: every entry an address or a CIDR network. Null when good, else the message. */
export function checkAllowPrivate(list: readonly string[]): string | null {
  for (const entry of list) {
    const [net, bits, more] = entry.split('/');
    const kind = isIP(net ?? '');
    const max = kind === 4 ? 32 : 128;
    if (kind === 0 || more !== undefined || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= max))) {
      return `"${entry}" is not an address or a network (such as 127.0.0.1 or 10.0.0.0/8)`;
    }
  }
  return null;
}

const sizeText = (n: number) => (n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MiB` : n >= 1024 ? `${+(n / 1024).toFixed(1)} KiB` : `${n} bytes`);

class FetchFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The HTTP status the server answered, when it answered with an error. */
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

interface Resolved {
  address: string;
  family: 4 | 6;
}

/** The addresses to connect to: every answer checked; a host with any forbidden answer is refused whole. */
async function resolveChecked(url: URL, opts: WebFetchOptions, allowed: (a: string) => boolean): Promise<Resolved> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = opts.resolve ? await opts.resolve(host) : (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch {
      throw new FetchFailure('INGEST_FETCH_FAILED', `the host ${host} is not known`);
    }
    if (addresses.length === 0) throw new FetchFailure('INGEST_FETCH_FAILED', `the host ${host} is not known`);
  }
  const forbidden = addresses.find((a) => isPrivateAddress(a) && !allowed(a));
  if (forbidden !== undefined) {
    throw new FetchFailure('INGEST_FETCH_REFUSED', `${host}${forbidden === host ? '' : ` (${forbidden})`} is on a local, private or reserved network: not fetched (an administrator can allow it with --allow-private or HANDOVER_ALLOW_PRIVATE)`);
  }
  const address = addresses[0]!;
  return { address, family: isIP(address) === 6 ? 6 : 4 };
}

/** A lookup that answers with the address already checked, whatever the name. */
const pinnedLookup =
  (to: Resolved): LookupFunction =>
  (_host, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: Resolved[]) => void)(null, [to]);
    else callback(null, to.address, to.family);
  };

function decompressed(response: IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(createGunzip());
  if (encoding === 'deflate') return response.pipe(createInflate());
  if (encoding === 'br') return response.pipe(createBrotliDecompress());
  return response;
}

interface Hop {
  response: IncomingMessage;
  abort: () => void;
}

interface Send {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: Buffer;
}

function requestOnce(url: URL, to: Resolved, send: Send, allowed: (a: string) => boolean, deadline: AbortSignal, idleMs: number): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const headers = send.body ? { ...send.headers, 'content-length': String(send.body.length) } : send.headers;
    const options: RequestOptions = { method: send.method, headers, lookup: pinnedLookup(to), signal: deadline, agent: false };
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, options);
    req.setTimeout(idleMs, () => req.destroy(new FetchFailure('INGEST_FETCH_FAILED', 'it did not answer in time')));
    req.on('socket', (socket) => {
      socket.once('connect', () => {
        const remote = socket.remoteAddress;
        if (remote !== undefined && isPrivateAddress(remote) && !allowed(remote)) {
          req.destroy(new FetchFailure('INGEST_FETCH_REFUSED', `${url.hostname} connected to ${remote}, a local or private address: not fetched`));
        }
      });
    });
    req.on('response', (response) => resolve({ response, abort: () => req.destroy() }));
    req.on('error', reject);
    req.end(send.body);
  });
}

function getHeaders(opts: WebFetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    accept: opts.accept ?? 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5',
    'accept-encoding': 'gzip, deflate, br',
    'user-agent': 'Handover (report fetcher)',
  };
  if (opts.etag) headers['if-none-match'] = opts.etag;
  if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
  return headers;
}

async function readCapped(stream: Readable, max: number, url: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) {
      stream.destroy();
      throw new FetchFailure('INGEST_TOO_LARGE', `${url} is larger than ${sizeText(max)}: cut off, nothing kept`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

function why(err: unknown, deadline: AbortSignal): string {
  if (deadline.aborted) return 'it did not answer in time';
  const e = err as NodeJS.ErrnoException & { cause?: Error };
  switch (e.code) {
    case 'ECONNREFUSED':
      return 'the connection was refused';
    case 'ECONNRESET':
      return 'the connection was reset';
    case 'ENOTFOUND':
      return 'the host is not known';
    case 'ETIMEDOUT':
      return 'it did not answer in time';
    case 'Z_DATA_ERROR':
    case 'ERR__ERROR_FORMAT_PADDING_1':
      return 'the compressed body is broken';
    default:
      return e.message || String(err);
  }
}

/**
 * Fetches `address` under the guards above. Never throws: a refusal, a timeout, a server error or
 * an oversized body is a failure value whose message names the address and what went wrong.
 */
export async function webFetch(address: string, opts: WebFetchOptions = {}): Promise<Result<WebFetchResult>> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const maxRedirects = opts.maxRedirects ?? 5;
  const allowed = allowanceOf(opts.allowPrivate);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return fail('INPUT_INVALID', `"${address}" is not a web address`);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new FetchFailure('INGEST_FETCH_FAILED', 'it did not answer in time')), timeoutMs);
  const deadline = controller.signal;
  try {
    for (let hop = 0; hop <= maxRedirects; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchFailure('INGEST_FETCH_REFUSED', `only http and https addresses are fetched, not ${url.protocol}`);
      if (url.username || url.password) throw new FetchFailure('INGEST_FETCH_REFUSED', 'addresses with a user name or password are not fetched');
      const to = await resolveChecked(url, opts, allowed);
      let hopResult: Hop;
      try {
        hopResult = await requestOnce(url, to, { method: 'GET', headers: getHeaders(opts) }, allowed, deadline, opts.idleTimeoutMs ?? timeoutMs);
      } catch (err) {
        if (err instanceof FetchFailure) throw new FetchFailure(err.code, `could not fetch ${url.href}: ${err.message}`);
        throw new FetchFailure('INGEST_FETCH_FAILED', `could not fetch ${url.href}: ${why(err, deadline)}`);
      }
      const { response } = hopResult;
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && status !== 304 && location) {
        response.resume();
        try {
          url = new URL(location, url);
        } catch {
          throw new FetchFailure('INGEST_FETCH_FAILED', `${url.href} redirects to "${location}", which is not a web address`);
        }
        continue;
      }
      const validators = { etag: header(response, 'etag'), lastModified: header(response, 'last-modified') };
      if (status === 304) {
        response.resume();
        return ok({ status: 'not-modified', url: url.href, etag: validators.etag ?? opts.etag ?? null, lastModified: validators.lastModified ?? opts.lastModified ?? null });
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new FetchFailure('INGEST_FETCH_FAILED', `could not fetch ${url.href}: the server answered ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`, status);
      }
      const declared = Number(response.headers['content-length']);
      if (!response.headers['content-encoding'] && Number.isFinite(declared) && declared > maxBytes) {
        hopResult.abort();
        throw new FetchFailure('INGEST_TOO_LARGE', `${url.href} is ${sizeText(declared)}, larger than ${sizeText(maxBytes)}: not fetched`);
      }
      let bytes: Buffer;
      try {
        bytes = await readCapped(decompressed(response), maxBytes, url.href);
      } catch (err) {
        hopResult.abort();
        if (err instanceof FetchFailure) throw err;
        throw new FetchFailure('INGEST_FETCH_FAILED', `could not read ${url.href}: ${why(err, deadline)}`);
      }
      const contentType = header(response, 'content-type');
      return ok({ status: 'ok', bytes, contentType, mediaType: contentType ? contentType.split(';')[0]!.trim().toLowerCase() || null : null, url: url.href, ...validators });
    }
    throw new FetchFailure('INGEST_FETCH_FAILED', `${address} redirects more than ${maxRedirects} times: not fetched`);
  } catch (err) {
    if (err instanceof FetchFailure) return fail(err.code, err.message, err.status !== null ? { details: { status: err.status } } : {});
    return fail('INGEST_FETCH_FAILED', `could not fetch ${address}: ${(err as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

function header(response: IncomingMessage, name: string): string | null {
  const v = response.headers[name];
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

export interface Posted {
  /** The HTTP status the receiver answered. */
  status: number;
  /** The first few hundred characters of its answer, for the delivery log. */
  answer: string;
}

/**
 * POSTs `body` to `address` under the same guards as a fetch (checked and pinned address, deadline).
 * Redirects are not followed: a receiver that moved must be registered again. A non-2xx answer is a
 * value (`status`), not a failure; a refusal, a timeout or a connection error is a failure.
 */
export async function webPost(address: string, body: Buffer, headers: Record<string, string>, opts: Pick<WebFetchOptions, 'allowPrivate' | 'timeoutMs' | 'resolve'> = {}): Promise<Result<Posted>> {
  const allowed = allowanceOf(opts.allowPrivate);
  const timeoutMs = opts.timeoutMs ?? 10_000;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return fail('INPUT_INVALID', `"${address}" is not a web address`);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchFailure('INGEST_FETCH_REFUSED', `only http and https addresses are called, not ${url.protocol}`);
    const to = await resolveChecked(url, opts, allowed);
    let hop: Hop;
    try {
      hop = await requestOnce(url, to, { method: 'POST', headers: { 'user-agent': 'Handover (webhook)', ...headers }, body }, allowed, controller.signal, timeoutMs);
    } catch (err) {
      if (err instanceof FetchFailure) throw err;
      throw new FetchFailure('INGEST_FETCH_FAILED', why(err, controller.signal));
    }
    let answer = '';
    try {
      answer = (await readCapped(hop.response, 4096, url.href)).toString('utf8').slice(0, 300);
    } catch {
      hop.abort();
    }
    return ok({ status: hop.response.statusCode ?? 0, answer });
  } catch (err) {
    if (err instanceof FetchFailure) return fail(err.code, err.message);
    return fail('INGEST_FETCH_FAILED', (err as Error).message);
  } finally {
    clearTimeout(timer);
  }
}
