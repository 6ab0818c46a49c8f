/**
 * Who is asking, and whether they may: every route declares the least it needs (`config.access`),
 * and one hook decides before the handler runs. Scripts send an API token
 * (`Authorization: Bearer hov_…`); browsers carry an HttpOnly, SameSite=Strict session cookie and
 * send the session's CSRF token on every write.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import { roleAtLeast, type Role } from '../domain/index.js';
import type { HandoverIssue } from '../domain/errors.js';
import { authenticateToken, sessionPrincipal, type Principal } from '../services/accounts.service.js';
import type { Store } from '../services/index.js';
import { sendIssue } from './errors.js';

/**
 * What a route needs: `open` anyone, always (sign-in, the API description); `read` a reader, or
 * anyone when the server runs with --public; `account` any signed-in account; a role: that role or
 * one above it.
 */
export type Access = 'open' | 'read' | 'account' | Role;

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

export const SESSION_COOKIE = 'handover_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AuthOptions {
  /** Where accounts are looked up (the read connection: a sign-in never waits behind an ingest). */
  store: Store;
  /** Anonymous reading of the ledger (`handover serve --public`). */
  public: boolean;
}

const sameSecret = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Accounts found for a token or session, kept a few seconds: a script polling the ledger costs no
 * look-up per request. Changes made through this server (disable, revoke, sign out) forget them at
 * once; a change made from the terminal (`handover user disable`) takes effect within CACHE_MS.
 */
const CACHE_MS = 5000;
const CACHE_MAX = 10_000;
const known = new Map<string, { principal: Principal; until: number }>();

/** Forgets every remembered token and session (after any change to accounts). */
export function forgetCredentials(): void {
  known.clear();
}

async function remembered(key: string, look: () => Promise<{ ok: true; value: Principal } | { ok: false; error: HandoverIssue }>): Promise<Principal | HandoverIssue> {
  const hit = known.get(key);
  const now = Date.now();
  if (hit !== undefined && hit.until > now) return hit.principal;
  const found = await look();
  if (!found.ok) {
    known.delete(key);
    return found.error;
  }
  if (known.size >= CACHE_MAX) known.clear();
  known.set(key, { principal: found.value, until: now + CACHE_MS });
  return found.value;
}

/** Who the request proves to be: null for nobody, or an issue when it tried and failed. */
async function identify(store: Store, request: FastifyRequest): Promise<Principal | null | HandoverIssue> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) return { code: 'AUTH_FAILED', message: 'the Authorization header must be "Bearer <token>"' };
    const token = m[1]!;
    return remembered(`t:${token}`, () => authenticateToken(store, token));
  }
  const cookie = request.cookies?.[SESSION_COOKIE];
  if (cookie) return remembered(`s:${cookie}`, () => sessionPrincipal(store, cookie));
  return null;
}

/** The refusal for a request that does not meet `access`, or null when it does. */
export function refusal(access: Access, principal: Principal | null, isPublic: boolean): HandoverIssue | null {
  if (access === 'open') return null;
  if (access === 'read' && isPublic) return null;
  if (principal === null) return { code: 'AUTH_REQUIRED', message: 'this needs an account: sign in (POST /api/session) or send "Authorization: Bearer <token>"' };
  const needed: Role = access === 'read' || access === 'account' ? 'reader' : access;
  if (!roleAtLeast(principal.user.role, needed)) {
    return { code: 'AUTH_FORBIDDEN', message: `this needs the ${needed} role or above; ${principal.user.name} is ${principal.user.role}`, details: { needed, role: principal.user.role } };
  }
  return null;
}

export function registerAuth(app: FastifyInstance, options: AuthOptions): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const access = request.routeOptions.config?.access;
    // Routes of plugins (docs, static files) declare nothing: they are open.
    if (access === undefined) return;
    const who = await identify(options.store, request);
    if (who !== null && 'code' in who) {
      // A broken credential on an open route is ignored (signing in again must work); anywhere else it is
      // refused, never read as anonymous: a script would not learn that its token was revoked.
      if (access === 'open') return;
      // An ended session's cookie goes, so a browser on a public server reads on as anonymous after this.
      if (request.headers.authorization === undefined) reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return sendIssue(reply, who);
    }
    request.principal = who;
    // Open routes (signing in, the API description) need no CSRF token: SameSite=Strict keeps other sites' forms out.
    if (access === 'open') return;
    const refused = refusal(access, who, options.public);
    if (refused) return sendIssue(reply, refused);
    if (who?.via.kind === 'session' && !SAFE_METHODS.has(request.method)) {
      const given = request.headers[CSRF_HEADER];
      if (typeof given !== 'string' || !sameSecret(given, who.via.csrf)) return sendIssue(reply, { code: 'AUTH_CSRF', message: `a write from a browser session needs the session's CSRF token in the ${CSRF_HEADER} header (GET /api/session returns it)` });
    }
  });
}

/** The acting account's name, for history. Routes that write are never open, so there is one. */
export function actorOf(request: FastifyRequest): string {
  if (request.principal === null) throw new Error('a writing route ran without an account');
  return request.principal.user.name;
}
