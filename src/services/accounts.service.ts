/**
 * Accounts: people with a role, API tokens for scripts, browser sessions. What the HTTP API checks
 * on every request and what `handover user …` manages. Secrets leave this module once (a new token,
 * a new session id) and are kept only as digests; passwords as argon2id hashes.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import { isRole, ROLES, USER_NAME, type ApiToken, type Role, type User } from '../domain/index.js';
import { fail, issueOf, ok, type Issue, type Result } from '../domain/errors.js';
import type { Store } from '../storage/index.js';

/** Who is acting, as history and the API see them. */
export interface Principal {
  user: User;
  /** How the request proved it: an API token (its id) or a browser session (its CSRF token). */
  via: { kind: 'token'; tokenId: string } | { kind: 'session'; csrf: string; idHash: string };
}

/** Sessions last a working week at most; a person signs in again after. */
export const SESSION_HOURS = 24 * 7;
const MIN_PASSWORD = 10;
const MAX_PASSWORD = 1024;
const TOKEN_PREFIX = 'hov_';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const randomId = (bytes: number) => randomBytes(bytes).toString('hex');
const secret = () => randomBytes(32).toString('base64url');
const nowIso = () => new Date().toISOString();

function checkName(name: unknown): Issue | null {
  return typeof name === 'string' && USER_NAME.test(name)
    ? null
    : { code: 'INPUT_INVALID', path: 'name', message: `name must be 1–64 lowercase letters, digits, ".", "_" or "-", starting with a letter or digit, got ${JSON.stringify(name)}` };
}

function checkPassword(password: unknown): Issue | null {
  if (typeof password !== 'string') return { code: 'INPUT_INVALID', path: 'password', message: 'password must be a string' };
  if ([...password].length < MIN_PASSWORD) return { code: 'INPUT_INVALID', path: 'password', message: `password must be at least ${MIN_PASSWORD} characters` };
  if (password.length > MAX_PASSWORD) return { code: 'INPUT_INVALID', path: 'password', message: `password must be at most ${MAX_PASSWORD} characters` };
  return null;
}

function checkRole(role: unknown): Issue | null {
  return typeof role === 'string' && isRole(role) ? null : { code: 'INPUT_INVALID', path: 'role', message: `role must be one of ${ROLES.join(', ')}, got ${JSON.stringify(role)}` };
}

const failed = <T>(issues: (Issue | null)[]): Result<T> | null => {
  const real = issues.filter((i): i is Issue => i !== null);
  if (real.length === 0) return null;
  return { ok: false, error: { ...real[0]!, message: real.map((i) => i.message).join('; '), issues: real } };
};

async function guarded<T>(fn: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await fn();
  } catch (err) {
    return { ok: false, error: issueOf(err, 'STORAGE_OPEN_FAILED') };
  }
}

export interface NewUserInput {
  name: string;
  role: Role | string;
  /** Omitted: an account that uses API tokens only. */
  password?: string | undefined;
}

/** Adds an account; `by` is who made it (a user name, or `cli:$USER` at a terminal). */
export async function addUser(store: Store, input: NewUserInput, by: string, now = nowIso): Promise<Result<User>> {
  const bad = failed<User>([checkName(input.name), checkRole(input.role), input.password === undefined ? null : checkPassword(input.password)]);
  if (bad) return bad;
  return guarded(async () => {
    const passwordHash = input.password === undefined ? null : await argon2Hash(input.password);
    const at = now();
    const id = `usr_${randomId(8)}`;
    // The name is unique in the table too: two adds at once leave one account and one USER_EXISTS.
    try {
      await store.transaction(async (tx) => {
        if (await tx.accounts.userByName(input.name)) throw new Error('exists');
        await tx.accounts.insertUser({ id, name: input.name, role: input.role as Role, passwordHash, at, by });
      });
    } catch (err) {
      if (await store.accounts.userByName(input.name).catch(() => undefined)) return fail('USER_EXISTS', `an account named "${input.name}" exists already`, { path: 'name' });
      throw err;
    }
    return ok((await store.accounts.userById(id))!);
  });
}

export const listUsers = (store: Store): Promise<Result<User[]>> => guarded(async () => ok(await store.accounts.listUsers()));

export async function userNamed(store: Store, name: string): Promise<Result<User>> {
  return guarded(async () => {
    const user = await store.accounts.userByName(name);
    return user ? ok(user) : fail('USER_NOT_FOUND', `no account named "${name}"`, { path: 'name' });
  });
}

export interface UserUpdate {
  role?: string | undefined;
  disabled?: boolean | undefined;
  /** A new password; null removes it (tokens only). */
  password?: string | null | undefined;
}

/**
 * Changes an account. Disabling it or changing its password ends its sessions; a disabled
 * account's tokens stop working at once (every request checks the account).
 */
export async function updateUser(store: Store, name: string, change: UserUpdate, by: string, now = nowIso): Promise<Result<User>> {
  const bad = failed<User>([
    change.role === undefined ? null : checkRole(change.role),
    change.password === undefined || change.password === null ? null : checkPassword(change.password),
    change.role === undefined && change.disabled === undefined && change.password === undefined ? { code: 'INPUT_INVALID', message: 'nothing to change: give role, disabled or password' } : null,
  ]);
  if (bad) return bad;
  return guarded(async () => {
    const user = await store.accounts.userByName(name);
    if (!user) return fail('USER_NOT_FOUND', `no account named "${name}"`, { path: 'name' });
    const passwordHash = change.password === undefined ? undefined : change.password === null ? null : await argon2Hash(change.password);
    await store.transaction(async (tx) => {
      await tx.accounts.updateUser(user.id, {
        ...(change.role !== undefined ? { role: change.role as Role } : {}),
        ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
        ...(passwordHash !== undefined ? { passwordHash } : {}),
        at: now(),
        by,
      });
      if (change.disabled === true || change.password !== undefined) await tx.accounts.deleteSessionsOf(user.id);
    });
    return ok((await store.accounts.userById(user.id))!);
  });
}

/** Makes an API token for an account: the secret is in `token` and is never shown again. */
export async function createToken(store: Store, name: string, label: string, now = nowIso): Promise<Result<{ token: string; info: ApiToken }>> {
  if (typeof label !== 'string' || label.trim() === '' || label.length > 200) return fail('INPUT_INVALID', 'label must be 1–200 characters saying what the token is for', { path: 'label' });
  return guarded(async () => {
    const user = await store.accounts.userByName(name);
    if (!user) return fail('USER_NOT_FOUND', `no account named "${name}"`, { path: 'name' });
    const id = `tok_${randomId(6)}`;
    const key = secret();
    const info: ApiToken = { id, userId: user.id, label: label.trim(), createdAt: now(), revokedAt: null };
    await store.accounts.insertToken(info, sha256(key));
    return ok({ token: `${TOKEN_PREFIX}${id.slice(4)}_${key}`, info });
  });
}

export async function tokensOf(store: Store, name: string): Promise<Result<ApiToken[]>> {
  return guarded(async () => {
    const user = await store.accounts.userByName(name);
    if (!user) return fail('USER_NOT_FOUND', `no account named "${name}"`, { path: 'name' });
    return ok(await store.accounts.tokensOf(user.id));
  });
}

/** Revokes a token; `owner` limits it to that account's tokens (null: any, for admins). */
export async function revokeToken(store: Store, tokenId: string, owner: string | null, now = nowIso): Promise<Result<{ id: string }>> {
  return guarded(async () => {
    const found = await store.accounts.tokenById(tokenId);
    if (!found || (owner !== null && found.token.userId !== owner)) return fail('NOT_FOUND', `no live token ${tokenId}`, { path: 'id' });
    await store.accounts.revokeToken(tokenId, now());
    return ok({ id: tokenId });
  });
}

/** The account behind an API token (`hov_<id>_<secret>`); AUTH_FAILED for anything else. */
export async function authenticateToken(store: Store, token: string): Promise<Result<Principal>> {
  const m = /^hov_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return fail('AUTH_FAILED', 'the API token is not valid');
  return guarded(async () => {
    const found = await store.accounts.tokenById(`tok_${m[1]}`);
    const given = Buffer.from(sha256(m[2]!), 'hex');
    if (!found || !timingSafeEqual(given, Buffer.from(found.secretHash, 'hex'))) return fail('AUTH_FAILED', 'the API token is not valid (unknown or revoked)');
    const user = await store.accounts.userById(found.token.userId);
    if (!user || user.disabled) return fail('AUTH_FAILED', 'the API token belongs to a disabled account');
    return ok({ user, via: { kind: 'token', tokenId: found.token.id } });
  });
}

/** A hash of a password nobody has: unknown names cost as much time as wrong passwords. */
let decoy: Promise<string> | null = null;

/** Checks a name and password and opens a session: the id goes in an HttpOnly cookie, the CSRF token to the page. */
export async function signIn(store: Store, name: string, password: string, now = () => new Date()): Promise<Result<{ sessionId: string; csrf: string; user: User; expiresAt: string }>> {
  const refused = fail<never>('AUTH_FAILED', 'the name or password is not right');
  if (typeof name !== 'string' || typeof password !== 'string' || password.length > MAX_PASSWORD) return refused;
  return guarded(async () => {
    const user = USER_NAME.test(name) ? await store.accounts.userByName(name) : undefined;
    const stored = user && !user.disabled ? await store.accounts.passwordHashOf(user.id) : null;
    if (stored === null) {
      decoy ??= argon2Hash(secret());
      await argon2Verify(await decoy, password).catch(() => false);
      return refused;
    }
    if (!(await argon2Verify(stored, password).catch(() => false))) return refused;
    const sessionId = secret();
    const csrf = secret();
    const at = now();
    const expiresAt = new Date(at.getTime() + SESSION_HOURS * 3_600_000).toISOString();
    await store.accounts.deleteExpiredSessions(at.toISOString());
    await store.accounts.insertSession(sha256(sessionId), user!.id, csrf, at.toISOString(), expiresAt);
    return ok({ sessionId, csrf, user: user!, expiresAt });
  });
}

/** The account behind a session cookie, while the session lasts and the account is enabled. */
export async function sessionPrincipal(store: Store, sessionId: string, now = () => new Date()): Promise<Result<Principal>> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(sessionId)) return fail('AUTH_FAILED', 'the session is not valid: sign in again');
  return guarded(async () => {
    const idHash = sha256(sessionId);
    const session = await store.accounts.session(idHash);
    if (!session || session.expiresAt <= now().toISOString()) return fail('AUTH_FAILED', 'the session has ended: sign in again');
    const user = await store.accounts.userById(session.userId);
    if (!user || user.disabled) return fail('AUTH_FAILED', 'the session belongs to a disabled account');
    return ok({ user, via: { kind: 'session', csrf: session.csrf, idHash } });
  });
}

export async function signOut(store: Store, principal: Principal): Promise<Result<null>> {
  if (principal.via.kind !== 'session') return ok(null);
  const { idHash } = principal.via;
  return guarded(async () => {
    await store.accounts.deleteSession(idHash);
    return ok(null);
  });
}

export const countUsers = (store: Store): Promise<Result<number>> => guarded(async () => ok(await store.accounts.countUsers()));
