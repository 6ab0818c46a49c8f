/** Accounts: people, their API tokens and browser sessions (secrets only as digests). */
import type { ApiToken, Role, User } from '../domain/index.js';
import type { Db } from './query-helpers.js';
import type { ApiTokenRow, UserRow } from './schema.js';

export interface NewUser {
  id: string;
  name: string;
  role: Role;
  passwordHash: string | null;
  at: string;
  by: string;
}

export interface UserChange {
  role?: Role;
  disabled?: boolean;
  /** A new argon2 hash; null removes the password. */
  passwordHash?: string | null;
  at: string;
  by: string;
}

export interface AccountRepository {
  insertUser(user: NewUser): Promise<void>;
  updateUser(id: string, change: UserChange): Promise<void>;
  userById(id: string): Promise<User | undefined>;
  userByName(name: string): Promise<User | undefined>;
  /** The stored argon2 hash of a user's password, for sign-in. */
  passwordHashOf(id: string): Promise<string | null>;
  listUsers(): Promise<User[]>;
  countUsers(): Promise<number>;
  insertToken(token: ApiToken, secretHash: string): Promise<void>;
  /** A live token (not revoked) by id, with its secret's digest and its owner. */
  tokenById(id: string): Promise<{ token: ApiToken; secretHash: string } | undefined>;
  tokensOf(userId: string): Promise<ApiToken[]>;
  revokeToken(id: string, at: string): Promise<void>;
  insertSession(idHash: string, userId: string, csrf: string, at: string, expiresAt: string): Promise<void>;
  /** A session by its cookie's digest, whatever its expiry (the caller checks). */
  session(idHash: string): Promise<{ userId: string; csrf: string; expiresAt: string } | undefined>;
  deleteSession(idHash: string): Promise<void>;
  /** Ends every session of a user (disabled, or password changed). */
  deleteSessionsOf(userId: string): Promise<void>;
  deleteExpiredSessions(now: string): Promise<void>;
}

const userFromRow = (r: Omit<UserRow, 'password_hash'> & { has_password: number | boolean }): User => ({
  id: r.id,
  name: r.name,
  role: r.role as Role,
  disabled: Number(r.disabled) === 1,
  hasPassword: Boolean(Number(r.has_password)),
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

const tokenFromRow = (r: Omit<ApiTokenRow, 'secret_hash'>): ApiToken => ({ id: r.id, userId: r.user_id, label: r.label, createdAt: r.created_at, revokedAt: r.revoked_at });

const USER_COLUMNS = ['id', 'name', 'role', 'disabled', 'created_at', 'created_by', 'updated_at', 'updated_by'] as const;

export function accountRepository(db: Db): AccountRepository {
  const users = () =>
    db
      .selectFrom('users')
      .select(USER_COLUMNS)
      .select((eb) => eb.case().when('password_hash', 'is not', null).then(1).else(0).end().as('has_password'));
  return {
    async insertUser(u: NewUser): Promise<void> {
      await db
        .insertInto('users')
        .values({ id: u.id, name: u.name, role: u.role, password_hash: u.passwordHash, disabled: 0, created_at: u.at, created_by: u.by, updated_at: u.at, updated_by: u.by })
        .execute();
    },

    async updateUser(id: string, c: UserChange): Promise<void> {
      const set: Partial<UserRow> = { updated_at: c.at, updated_by: c.by };
      if (c.role !== undefined) set.role = c.role;
      if (c.disabled !== undefined) set.disabled = c.disabled ? 1 : 0;
      if (c.passwordHash !== undefined) set.password_hash = c.passwordHash;
      await db.updateTable('users').set(set).where('id', '=', id).execute();
    },

    async userById(id: string): Promise<User | undefined> {
      const row = await users().where('id', '=', id).executeTakeFirst();
      return row ? userFromRow(row) : undefined;
    },

    async userByName(name: string): Promise<User | undefined> {
      const row = await users().where('name', '=', name).executeTakeFirst();
      return row ? userFromRow(row) : undefined;
    },

    async passwordHashOf(id: string): Promise<string | null> {
      const row = await db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirst();
      return row?.password_hash ?? null;
    },

    async listUsers(): Promise<User[]> {
      return (await users().orderBy('name').execute()).map(userFromRow);
    },

    async countUsers(): Promise<number> {
      const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async insertToken(t: ApiToken, secretHash: string): Promise<void> {
      await db.insertInto('api_tokens').values({ id: t.id, user_id: t.userId, label: t.label, secret_hash: secretHash, created_at: t.createdAt, revoked_at: t.revokedAt }).execute();
    },

    async tokenById(id: string): Promise<{ token: ApiToken; secretHash: string } | undefined> {
      const row = await db.selectFrom('api_tokens').selectAll().where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
      return row ? { token: tokenFromRow(row), secretHash: row.secret_hash } : undefined;
    },

    async tokensOf(userId: string): Promise<ApiToken[]> {
      const rows = await db.selectFrom('api_tokens').select(['id', 'user_id', 'label', 'created_at', 'revoked_at']).where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
      return rows.map(tokenFromRow);
    },

    async revokeToken(id: string, at: string): Promise<void> {
      await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
    },

    async insertSession(idHash: string, userId: string, csrf: string, at: string, expiresAt: string): Promise<void> {
      await db.insertInto('sessions').values({ id_hash: idHash, user_id: userId, csrf, created_at: at, expires_at: expiresAt }).execute();
    },

    async session(idHash: string): Promise<{ userId: string; csrf: string; expiresAt: string } | undefined> {
      const row = await db.selectFrom('sessions').select(['user_id', 'csrf', 'expires_at']).where('id_hash', '=', idHash).executeTakeFirst();
      return row ? { userId: row.user_id, csrf: row.csrf, expiresAt: row.expires_at } : undefined;
    },

    async deleteSession(idHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },

    async deleteSessionsOf(userId: string): Promise<void> {
      await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    },

    async deleteExpiredSessions(now: string): Promise<void> {
      await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
    },
  };
}
