/** Signing in and out, accounts (admins), and API tokens (each for their own, admins for anyone). */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { addUser, createToken, listUsers, revokeToken, signIn, signOut, tokensOf, updateUser } from '../../services/accounts.service.js';
import { actorOf, forgetCredentials, SESSION_COOKIE } from '../auth.js';
import { errors, Strict } from '../schemas/common.schema.js';
import { NewTokenBody, NewUserBody, SignInBody, UserPatchBody } from '../schemas/accounts.schema.js';
import { sendIssue, sendResult } from '../errors.js';
import type { RouteContext } from './context.js';

const UserName = Strict({ name: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{0,63}$' }) });

export interface AccountRouteOptions {
  /** Cookies marked Secure (behind HTTPS); off on plain loopback HTTP, where browsers would drop them. */
  secureCookies: boolean;
  /** Sign-in attempts per address per minute. */
  signInPerMinute: number;
}

const isAdmin = (request: FastifyRequest) => request.principal?.user.role === 'admin';

export const accountRoutes =
  (ctx: RouteContext, options: AccountRouteOptions): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/session',
      {
        config: { access: 'open' },
        schema: {
          tags: ['accounts'],
          summary: 'Who you are: the account, how it signed in, the CSRF token for writes, and whether anonymous reading is on',
          querystring: Strict({}),
          response: { 200: Type.Ref('Session') },
        },
      },
      async (request) => {
        const p = request.principal;
        if (p === null) return { user: null, csrfToken: null, via: 'anonymous', public: ctx.public };
        return { user: p.user, csrfToken: p.via.kind === 'session' ? p.via.csrf : null, via: p.via.kind, public: ctx.public };
      },
    );

    app.post(
      '/session',
      {
        config: { access: 'open', rateLimit: { max: options.signInPerMinute, timeWindow: 60_000, keyGenerator: (r: FastifyRequest) => `sign-in:${r.ip}` } },
        schema: {
          tags: ['accounts'],
          summary: 'Sign in with a name and password: sets an HttpOnly session cookie and returns the CSRF token',
          body: SignInBody,
          response: { 200: Type.Ref('Session'), ...errors(400, 401, 429) },
        },
      },
      async (request, reply) => {
        const session = await signIn(ctx.store, request.body.name, request.body.password);
        if (!session.ok) return sendIssue(reply, session.error);
        const { sessionId, csrf, user, expiresAt } = session.value;
        reply.setCookie(SESSION_COOKIE, sessionId, { httpOnly: true, sameSite: 'strict', secure: options.secureCookies, path: '/', expires: new Date(expiresAt) });
        return { user, csrfToken: csrf, via: 'session', public: ctx.public };
      },
    );

    app.delete(
      '/session',
      {
        config: { access: 'account' },
        schema: { tags: ['accounts'], summary: 'Sign out: ends the session', response: { 204: Type.Null(), ...errors(401, 403) } },
      },
      async (request, reply) => {
        const out = await signOut(ctx.store, request.principal!);
        if (!out.ok) return sendIssue(reply, out.error);
        forgetCredentials();
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/users',
      { config: { access: 'admin' }, schema: { tags: ['accounts'], summary: 'Every account', querystring: Strict({}), response: { 200: Type.Object({ users: Type.Array(Type.Ref('User')) }), ...errors(401, 403) } } },
      async (_request, reply) => {
        const users = await listUsers(ctx.reads);
        return users.ok ? { users: users.value } : sendIssue(reply, users.error);
      },
    );

    app.post(
      '/users',
      {
        config: { access: 'admin' },
        schema: { tags: ['accounts'], summary: 'Add an account (without a password it signs in with tokens only)', body: NewUserBody, response: { 201: Type.Ref('User'), ...errors(400, 401, 403, 409) } },
      },
      async (request, reply) => sendResult(reply, await addUser(ctx.store, request.body, actorOf(request)), 201),
    );

    app.patch(
      '/users/:name',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['accounts'],
          summary: "Change an account's role, password, or disable it (which ends its sessions and stops its tokens)",
          params: UserName,
          body: UserPatchBody,
          response: { 200: Type.Ref('User'), ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        if (request.params.name === request.principal!.user.name && (request.body.disabled === true || (request.body.role !== undefined && request.body.role !== 'admin'))) {
          // The last admin locking themselves out leaves nobody to undo it.
          return sendIssue(reply, { code: 'INPUT_INVALID', path: 'body', message: 'an admin cannot disable or demote their own account: ask another admin' });
        }
        const updated = await updateUser(ctx.store, request.params.name, request.body, actorOf(request));
        forgetCredentials();
        return sendResult(reply, updated);
      },
    );

    app.get(
      '/users/:name/tokens',
      {
        config: { access: 'account' },
        schema: { tags: ['accounts'], summary: "An account's API tokens (never their secrets): your own, or anyone's for admins", params: UserName, response: { 200: Type.Object({ tokens: Type.Array(Type.Ref('ApiToken')) }), ...errors(401, 403, 404) } },
      },
      async (request, reply) => {
        if (request.params.name !== request.principal!.user.name && !isAdmin(request)) return sendIssue(reply, { code: 'AUTH_FORBIDDEN', message: "only admins see other accounts' tokens" });
        const tokens = await tokensOf(ctx.reads, request.params.name);
        return tokens.ok ? { tokens: tokens.value } : sendIssue(reply, tokens.error);
      },
    );

    app.post(
      '/users/:name/tokens',
      {
        config: { access: 'account' },
        schema: {
          tags: ['accounts'],
          summary: 'Make an API token for scripts: the secret is in the answer, once',
          params: UserName,
          body: NewTokenBody,
          response: { 201: Type.Ref('NewToken'), ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        if (request.params.name !== request.principal!.user.name && !isAdmin(request)) return sendIssue(reply, { code: 'AUTH_FORBIDDEN', message: 'only admins make tokens for other accounts' });
        return sendResult(reply, await createToken(ctx.store, request.params.name, request.body.label), 201);
      },
    );

    app.delete(
      '/tokens/:id',
      {
        config: { access: 'account' },
        schema: { tags: ['accounts'], summary: 'Revoke an API token (your own, or any for admins)', params: Strict({ id: Type.String({ pattern: '^tok_[0-9a-f]{12}$' }) }), response: { 204: Type.Null(), ...errors(400, 401, 403, 404) } },
      },
      async (request, reply) => {
        const out = await revokeToken(ctx.store, request.params.id, isAdmin(request) ? null : request.principal!.user.id);
        if (!out.ok) return sendIssue(reply, out.error);
        forgetCredentials();
        return reply.code(204).send(null);
      },
    );
  };
