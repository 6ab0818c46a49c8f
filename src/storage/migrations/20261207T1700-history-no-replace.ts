import { sql, type Kysely, type Migration } from 'kysely';
import type { Capabilities } from '../capabilities.js';

/**
 * History refuses REPLACE too: on SQLite `INSERT OR REPLACE` (and `REPLACE`) with an existing seq
 * or id deletes the old row without firing the DELETE trigger, so the append-only triggers let a
 * row be rewritten. A BEFORE INSERT trigger refuses an insert whose seq or id is taken.
 */
export function historyNoReplace(caps: Capabilities): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      for (const statement of caps.replaceGuard('history')) await sql.raw(statement).execute(db);
    },
  };
}
