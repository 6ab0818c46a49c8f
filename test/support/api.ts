/**
 * A ledger behind a real server on loopback, with an account and an API token for every role:
 * what the API tests talk to over HTTP, as a script or a browser would.
 */
import { ROLES, type Role } from '../../src/domain/index.js';
import { buildServer, type ServerOptions } from '../../src/http/index.js';
import { addUser, createToken, loadDemo } from '../../src/services/index.js';
import { openReadStore, type Store } from '../../src/storage/index.js';
import type { TestEngine } from './engines.js';

export interface Reply {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

export interface Call {
  token?: string | null;
  body?: unknown;
  /** Sent as is (a string or bytes) with `type`. */
  raw?: string | Uint8Array;
  type?: string;
  headers?: Record<string, string>;
}

export interface ApiLedger {
  base: string;
  store: Store;
  reads: Store;
  /** An API token for each role. */
  tokens: Record<Role, string>;
  /** The admin's password (the other accounts have tokens only). */
  adminPassword: string;
  call(method: string, path: string, call?: Call): Promise<Reply>;
  close(): Promise<void>;
}

export const ADMIN_PASSWORD = 'a long admin password';

export interface ApiLedgerOptions extends Partial<Omit<ServerOptions, 'store' | 'reads'>> {
  /** Load the demo ledger first (default true). */
  demo?: boolean;
}

export async function apiLedger(engine: TestEngine, options: ApiLedgerOptions = {}): Promise<ApiLedger> {
  const { store, config } = await engine.fresh();
  const { demo = true, ...server } = options;
  if (demo) {
    const loaded = await loadDemo(store);
    if (!loaded.ok) throw new Error(loaded.error.message);
  }
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) {
    const added = await addUser(store, { name: role, role, ...(role === 'admin' ? { password: ADMIN_PASSWORD } : {}) }, 'test');
    if (!added.ok) throw new Error(added.error.message);
    const token = await createToken(store, role, 'tests');
    if (!token.ok) throw new Error(token.error.message);
    tokens[role] = token.value.token;
  }
  const reads = openReadStore(config, store);
  const app = await buildServer({ rateLimit: false, webRoot: null, ...server, store, reads });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    base,
    store,
    reads,
    tokens,
    adminPassword: ADMIN_PASSWORD,
    call: (method, path, call = {}) => send(base, method, path, call),
    async close() {
      await app.close();
      if (reads !== store) await reads.close();
    },
  };
}

export async function send(base: string, method: string, path: string, call: Call = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...(call.headers ?? {}) };
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  let body: string | Uint8Array | undefined;
  if (call.raw !== undefined) {
    body = call.raw;
    if (call.type) headers['content-type'] = call.type;
  } else if (call.body !== undefined) {
    body = JSON.stringify(call.body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(`${base}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: res.status, body: parsed, text, headers: res.headers };
}

const TABLES = ['sources', 'claims', 'events', 'event_claims', 'history', 'pending_claims', 'users', 'api_tokens', 'sessions'] as const;

/** How many rows each table holds, and the last history entry: equal before and after means nothing was written. */
export async function stored(store: Store): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  for (const t of TABLES) {
    const row = await store.kysely.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[t] = Number(row.n);
  }
  const last = await store.kysely.selectFrom('history').select('id').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  out.lastHistory = last?.id ?? '';
  const stamp = await store.kysely.selectFrom('users').select((eb) => eb.fn.max('updated_at').as('at')).executeTakeFirst();
  out.usersChanged = String(stamp?.at ?? '');
  return out;
}

/** A report the real extractor reads two claims from, written for these tests; `n` makes its bytes unique. */
export function report(n: number): string {
  // The report's own mark is in letters: a numeral in a headline reads as a figure.
  const mark = n.toString(26).split('').map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
  return `Bodies returned in a repatriation (desk ${mark})

KYIV, ${String((n % 27) + 1).padStart(2, '0')} March 2026 — Ukraine received the bodies of ${700 + n} fallen soldiers from Russia on Tuesday, the Coordination Headquarters for the Treatment of Prisoners of War said.

Moscow said it had got back ${20 + (n % 50)} bodies of Russian servicemen in return.
`;
}
