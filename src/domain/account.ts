/**
 * Who may do what through the HTTP API. Roles are ordered: each may do what the ones below it may
 * (a reviewer may also submit sources; an admin may also review).
 */
export const ROLES = ['reader', 'contributor', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Whether `role` may do what `needed` may. */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** A person with an account (never carries a secret). */
export interface User {
  id: string;
  /** Login name: lowercase letters, digits, `.`, `_` and `-`; shown in history as the actor. */
  name: string;
  role: Role;
  disabled: boolean;
  /** Whether a password is set (an account may hold tokens only). */
  hasPassword: boolean;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** An API token's public side: the secret itself is shown once when it is made, never again. */
export interface ApiToken {
  id: string;
  userId: string;
  label: string;
  createdAt: string;
  revokedAt: string | null;
}

/** A login name: what history shows as the actor. */
export const USER_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
