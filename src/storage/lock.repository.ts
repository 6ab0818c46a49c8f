/** The ledger lock: writers that group claims take turns. */
import { sql } from 'kysely';
import type { Capabilities } from './capabilities.js';
import type { Db } from './query-helpers.js';

export interface LockRepository {
  /** Waits until no other writer holds the ledger, then holds it until this transaction ends. */
  ledger(): Promise<void>;
}

export function lockRepository(db: Db, caps: Capabilities): LockRepository {
  return {
    /**
     * Waits until no other writer holds the ledger, then holds it until this transaction ends.
     * Take it first in a unit that groups claims: everything read after it includes what the
     * previous holder committed.
     */
    async ledger(): Promise<void> {
      if (caps.ledgerLock !== null) await sql.raw(caps.ledgerLock).execute(db);
    },
  };
}
