/** Accounts, tokens and sessions as the API shows them (never a secret, except a new token once). */
import { Type } from '@sinclair/typebox';
import { ROLES } from '../../domain/index.js';
import { Nullable, Open, Strict } from './common.schema.js';
import { Enum } from './ledger.schema.js';

export const Role = Enum(ROLES, 'reader < contributor < reviewer < admin: each may do what those before it may');
const Name = Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{0,63}$', description: 'login name; shown in history as the actor' });
const Password = Type.String({ minLength: 10, maxLength: 1024 });

export const User = Open(
  {
    id: Type.String(),
    name: Type.String(),
    role: Role,
    disabled: Type.Boolean(),
    hasPassword: Type.Boolean(),
    createdAt: Type.String(),
    createdBy: Type.String(),
    updatedAt: Type.String(),
    updatedBy: Type.String(),
  },
  { $id: 'User' },
);

export const ApiToken = Open({ id: Type.String(), userId: Type.String(), label: Type.String(), createdAt: Type.String(), revokedAt: Nullable(Type.String()) }, { $id: 'ApiToken' });

export const Session = Open(
  {
    user: Nullable(Type.Ref('User'), { description: 'null when nobody is signed in' }),
    csrfToken: Nullable(Type.String({ description: 'send as X-CSRF-Token on every write made with the session cookie' })),
    via: Type.Union([Type.Literal('session'), Type.Literal('token'), Type.Literal('anonymous')]),
    public: Type.Boolean({ description: 'whether anonymous reading is on' }),
  },
  { $id: 'Session' },
);

export const SignInBody = Strict({ name: Type.String({ maxLength: 64 }), password: Type.String({ maxLength: 1024 }) });
export const NewUserBody = Strict({ name: Name, role: Role, password: Type.Optional(Password) });
export const UserPatchBody = Strict({ role: Type.Optional(Role), disabled: Type.Optional(Type.Boolean()), password: Type.Optional(Nullable(Password)) }, { minProperties: 1 });
export const NewTokenBody = Strict({ label: Type.String({ minLength: 1, maxLength: 200, description: 'what the token is for' }) });
export const NewToken = Open({ token: Type.String({ description: 'the secret: shown this once, never again' }), info: Type.Ref('ApiToken') }, { $id: 'NewToken' });

export const ACCOUNT_SCHEMAS = [User, ApiToken, Session, NewToken];
