/**
 * The one way the app talks to the server: typed by the committed openapi.json (schema.d.ts is
 * generated from it at build time), same origin, the session cookie carried by the browser and
 * the CSRF token added to every write.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type LedgerEvent = Schemas['Event'];
export type Claim = Schemas['Claim'];
export type Source = Schemas['Source'];
export type Figure = Schemas['Figure'];
export type Count = Schemas['Count'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type ReviewItem = Schemas['ReviewItem'];
export type ReviewChange = Schemas['ReviewChange'];
export type Totals = Schemas['Totals'];
export type Checks = Schemas['Checks'];
export type EventDetail = Schemas['EventDetail'];
export type SourceDetail = Schemas['SourceDetail'];
export type Party = Schemas['Party'];
export type User = Schemas['User'];
export type Session = Schemas['Session'];
export type IngestOutcome = Schemas['IngestOutcome'];
export type ApiError = Schemas['Error'];

let csrfToken: string | null = null;

/** The session's CSRF token, sent as X-CSRF-Token on writes (null: signed out or a token). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'X-CSRF-Token': csrfToken } : {};
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD' && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: location.origin, credentials: 'same-origin' });
api.use(csrf);

/** A failed call as one line a person can read: the server's message, or what went wrong on the way. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The data of a call, or an ApiFailure carrying the server's `{ code, message }`. */
export async function must<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (err) {
    throw new ApiFailure(0, 'NETWORK', `the server did not answer (${(err as Error).message})`);
  }
  const { data, error, response } = result;
  if (error !== undefined || !response.ok) {
    const body = (error ?? {}) as Partial<ApiError>;
    throw new ApiFailure(response.status, String(body.code ?? `HTTP_${response.status}`), String(body.message ?? `${response.status} ${response.statusText}`));
  }
  return data as T;
}

/** Query strings for links the browser follows itself (exports, raw downloads). */
export function queryString(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}
