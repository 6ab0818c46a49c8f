/**
 * The HTTP face: the ledger's services behind Fastify. Routes live under /api; / and every other
 * path belong to the web app (its built files when present, a placeholder page until then).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { startInProcessRunner, type JobQueue, type Store } from '../services/index.js';
import '../services/job-kinds.js';
import { registerAuth, type Access } from './auth.js';
import { errorHandler, sendIssue } from './errors.js';
import { ErrorBody, Strict } from './schemas/common.schema.js';
import { LEDGER_SCHEMAS } from './schemas/ledger.schema.js';
import { ACCOUNT_SCHEMAS } from './schemas/accounts.schema.js';
import { JOB_SCHEMAS } from './schemas/jobs.schema.js';
import { validatorCompiler } from './validation.js';
import type { RouteContext } from './routes/context.js';
import { ledgerRoutes } from './routes/ledger.routes.js';
import { sourcesRoutes } from './routes/sources.routes.js';
import { followRoutes } from './routes/follow.routes.js';
import { reviewRoutes } from './routes/review.routes.js';
import { accountRoutes } from './routes/accounts.routes.js';
import { jobsRoutes } from './routes/jobs.routes.js';
import { releaseRoutes, RELEASE_SCHEMAS } from './routes/releases.routes.js';
import { placeholderPage } from './placeholder.js';
import { registerReadCache } from './read-cache.js';
import { DEFAULT_RATE_LIMIT } from './limits.js';

export const API_VERSION = '0.1.0';

export interface ServerOptions {
  /** The store that writes. */
  store: Store;
  /** Where reads go (default: `store`); on SQLite a read-only connection to the same file. */
  reads?: Store;
  /** Anonymous reading of the ledger (`--public`). */
  public?: boolean;
  /** The web app's built files (default: web/dist in the package, when it exists). */
  webRoot?: string | null;
  /** Requests a minute per token or session, and per address for requests without one; false: no limit. */
  rateLimit?: { perToken: number; perAddress: number; signIn: number } | false;
  /** Largest report accepted by POST /api/sources, in bytes (default 10 MiB). */
  reportBytes?: number;
  /**
   * Let fetches (POST /api/sources/fetch, followed sources, webhook deliveries) reach loopback and
   * private addresses: all (true) or a list of addresses and networks (an administrator's choice; tests).
   */
  fetchPrivate?: boolean | string[];
  /** Largest upload of many reports (POST /api/sources/batch) in all (default 256 MiB). */
  batchBytes?: number;
  /**
   * Where submitted jobs go (default: a runner in this process, stopped when the server closes).
   * `handover serve` passes pg-boss on PostgreSQL.
   */
  jobs?: JobQueue;
  /** Largest JSON body elsewhere (default 1 MiB). */
  bodyBytes?: number;
  /** Mark the session cookie Secure (serving behind HTTPS). */
  secureCookies?: boolean;
  /** Trust X-Forwarded-For from a proxy in front (rate limits per address then see the client's). */
  trustProxy?: boolean;
  logger?: boolean | { level: string; stream?: NodeJS.WritableStream };
}

export { DEFAULT_RATE_LIMIT };

/** The web app's pages: its own scripts only; Plot's charts set inline styles. */
const WEB_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

const NEEDS: Record<Access, string> = {
  open: 'anyone',
  read: 'a reader account, or anyone when the server runs with --public',
  account: 'any account',
  reader: 'a reader account (even with --public)',
  contributor: 'the contributor role or above',
  reviewer: 'the reviewer role or above',
  admin: 'the admin role',
};

/** Builds the server (not yet listening): `app.listen` or `app.inject` it. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const ownRunner = options.jobs ? null : startInProcessRunner(options.store);
  const ctx: RouteContext = { store: options.store, reads: options.reads ?? options.store, jobs: options.jobs ?? ownRunner!, public: options.public ?? false };
  const reportBytes = options.reportBytes ?? 10 * 1024 * 1024;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyBytes ?? 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
    // Ids and cursors are short; a long URL is a mistake or an attack.
    routerOptions: { maxParamLength: 200 },
    // A malformed or overlong path is the client's mistake, answered like any other.
    frameworkErrors: (err, _request, reply) =>
      sendIssue(reply, { code: 'INPUT_INVALID', path: 'url', message: err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'a path parameter is longer than any id (200 characters at most)' : `the address is not valid: ${err.message}` }),
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  // Response schemas describe the API (and feed the OpenAPI document); replies are written by
  // JSON.stringify, which keeps fields added later (the shapes are open) and is faster than a
  // compiled serializer on open shapes.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  // Routes read JSON unless they say otherwise (POST /api/sources reads report bytes as well).
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler(errorHandler);
  for (const schema of [ErrorBody, ...LEDGER_SCHEMAS, ...ACCOUNT_SCHEMAS, ...JOB_SCHEMAS, ...RELEASE_SCHEMAS]) app.addSchema(schema);
  // The runner this server started stops with it, before the store closes.
  if (ownRunner) app.addHook('onClose', () => ownRunner.close());

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: reportBytes, files: 1, fields: 8, parts: 10, fieldSize: 4096 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Handover API',
        version: API_VERSION,
        description:
          'The ledger of humanitarian exchanges in war: reports, the claims read from them, events, totals, review and history. ' +
          'Scripts send an API token (`Authorization: Bearer hov_…`, made with `handover user token NAME` or POST /api/users/{name}/tokens); ' +
          'browsers sign in (POST /api/session), carry an HttpOnly session cookie and send the CSRF token as `X-CSRF-Token` on writes. ' +
          'Every error is `{ code, message, details }` with a stable code. Every read takes `asOf` where the ledger can be rebuilt as known at a date.',
      },
      tags: [
        { name: 'ledger', description: 'events, totals, checks, history, exports, parties' },
        { name: 'sources', description: 'reports and the claims read from them' },
        { name: 'review', description: 'what waits for a person, and acting on it' },
        { name: 'jobs', description: 'large work (many reports, a list of addresses, feed polls) done by workers, with progress and per-item results' },
        { name: 'accounts', description: 'sessions, accounts and API tokens' },
        { name: 'following', description: 'followed sources (feeds, channel exports, pages polled on a schedule) and webhook subscriptions: for administrators' },
        { name: 'releases', description: 'published releases, the change feed and Atom feeds' },
        { name: 'meta', description: 'the server itself' },
      ],
      components: {
        securitySchemes: {
          token: { type: 'http', scheme: 'bearer', description: 'an API token: hov_…' },
          session: { type: 'apiKey', in: 'cookie', name: 'handover_session', description: 'a browser session (writes also need X-CSRF-Token)' },
        },
      },
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
    transform: ({ schema, url, route }) => {
      const access = (route.config as { access?: Access } | undefined)?.access;
      if (access === undefined || schema === undefined) return { schema, url };
      const s = { ...(schema as Record<string, unknown>) };
      if (access !== 'open') s.security = [{ token: [] }, { session: [] }];
      s['x-access'] = access;
      s.description = `${s.description ? `${String(s.description)}\n\n` : ''}Who: ${NEEDS[access]}.`;
      return { schema: s as typeof schema, url };
    },
  });
  // The docs page and its assets are served from the package: it works without a network.
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true, uiConfig: { deepLinking: true } });

  registerAuth(app, { store: ctx.reads, public: ctx.public });
  registerReadCache(app, ctx.reads.changeCounter);
  const limits = options.rateLimit === undefined ? DEFAULT_RATE_LIMIT : options.rateLimit;
  if (limits !== false) {
    await app.register(rateLimit, {
      global: true,
      timeWindow: 60_000,
      // Per token (or session) for those who send one, per address for those who do not.
      keyGenerator: (r: FastifyRequest) => {
        const via = r.principal?.via;
        return via === undefined ? `addr:${r.ip}` : via.kind === 'token' ? `token:${via.tokenId}` : `session:${via.idHash}`;
      },
      max: (_r: FastifyRequest, key: string) => (key.startsWith('addr:') ? limits.perAddress : limits.perToken),
      errorResponseBuilder: (_r, context) => ({ statusCode: 429, code: 'RATE_LIMITED', message: `too many requests: at most ${context.max} a minute; try again in ${context.after}` }),
    });
  }

  await app.register(
    async (api) => {
      api.get(
        '/health',
        {
          config: { access: 'open' },
          schema: { tags: ['meta'], summary: 'Whether the server and its database answer', querystring: Strict({}), response: { 200: Type.Object({ ok: Type.Boolean(), engine: Type.String(), version: Type.String() }) } },
        },
        async () => {
          await ctx.reads.totals.version();
          return { ok: true, engine: ctx.store.engine, version: API_VERSION };
        },
      );
      await api.register(ledgerRoutes(ctx));
      await api.register(sourcesRoutes(ctx, { reportBytes, fetchPrivate: options.fetchPrivate ?? false }));
      await api.register(jobsRoutes(ctx, { reportBytes, batchBytes: options.batchBytes ?? 256 * 1024 * 1024, fetchPrivate: options.fetchPrivate ?? false }));
      await api.register(reviewRoutes(ctx));
      await api.register(followRoutes(ctx, { fetchPrivate: options.fetchPrivate ?? false }));
      await api.register(releaseRoutes(ctx));
      await api.register(accountRoutes(ctx, { secureCookies: options.secureCookies ?? false, signInPerMinute: limits === false ? 1_000_000 : limits.signIn }));
      api.setNotFoundHandler((request, reply) => sendIssue(reply, { code: 'ROUTE_NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}: see /docs` }));
    },
    { prefix: '/api' },
  );

  app.get('/openapi.json', { config: { access: 'open' }, schema: { hide: true } }, async () => app.swagger());

  const webRoot = options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot;
  const hasWeb = webRoot !== null && existsSync(`${webRoot}/index.html`);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: 'index.html',
      cacheControl: false,
      // Built assets carry a hash of their content in their names: kept for a year; the page itself is checked each time.
      setHeaders: (reply, path) => {
        reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/html; charset=utf-8').header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'").send(placeholderPage(ctx.public)),
    );
  }
  app.setNotFoundHandler((request, reply) => {
    // The web app routes its own paths: any page address it does not have as a file is its index.
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html')) return reply.sendFile('index.html');
    return sendIssue(reply, { code: 'ROUTE_NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}: the API is under /api (see /docs)` });
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    // The app shows other people's reports: even if markup slipped through, no script but its own runs.
    if (hasWeb && !request.url.startsWith('/docs') && String(reply.getHeader('content-type') ?? '').startsWith('text/html')) reply.header('content-security-policy', WEB_CSP);
  });
  return app;
}
