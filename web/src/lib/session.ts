/** Who is signed in, shared by every page; the roles decide which links and actions are offered. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { roleAtLeast, type Role } from '../../../src/domain/account';
import type { Session } from '../api/client';

export interface SessionState {
  session: Session;
  /** Reads the session again (after signing in or out). */
  refresh(): Promise<void>;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (s === null) throw new Error('useSession outside the app');
  return s;
}

/** Whether the signed-in account has at least this role (false when nobody is signed in). */
export function can(session: Session, role: Role): boolean {
  const user = session.user as Session['user'] | null;
  return user !== null && user !== undefined && !user.disabled && roleAtLeast(user.role, role);
}

/** Whether the ledger may be read: signed in, or the server lets anyone read. */
export const mayRead = (session: Session): boolean => session.public || can(session, 'reader');
