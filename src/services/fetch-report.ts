/**
 * Fetching a report from the address a person gives (the API's "submit a URL", `handover ingest
 * URL`): `webFetch` under its guards (web-fetch.ts), answering with what ingest needs.
 */
import { ok, type Result } from '../domain/errors.js';
import { webFetch, type WebFetchOptions } from './web-fetch.js';

export { isPrivateAddress } from './web-fetch.js';

export type FetchOptions = Omit<WebFetchOptions, 'etag' | 'lastModified'>;

export interface Fetched {
  bytes: Buffer;
  /** The Content-Type header as sent (its charset decodes the page), or null. */
  contentType: string | null;
  /** The media type alone, lower-case (`text/html`). */
  mediaType: string | null;
  /** Where the report was in the end, after redirects. */
  url: string;
}

export async function fetchReport(address: string, options: FetchOptions = {}): Promise<Result<Fetched>> {
  const got = await webFetch(address, options);
  if (!got.ok) return { ok: false, error: { ...got.error, path: 'body.url' } };
  // A fetch without validators is never answered 304.
  const page = got.value.status === 'ok' ? got.value : null;
  if (page === null) return { ok: false, error: { code: 'INGEST_FETCH_FAILED', message: `${address}: the server answered 304 Not Modified to a plain request`, path: 'body.url' } };
  return ok({ bytes: page.bytes, contentType: page.contentType, mediaType: page.mediaType, url: page.url });
}
