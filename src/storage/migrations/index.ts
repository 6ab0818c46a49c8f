import type { Migration, MigrationProvider } from 'kysely';
import type { Capabilities } from '../capabilities.js';
import { initial } from './20261127T1200-initial.js';
import { claimDateIndex } from './20261127T1500-claim-date-index.js';
import { pendingClaims } from './20261127T1700-pending-claims.js';
import { readPaths } from './20261127T1900-read-paths.js';
import { totalsPeriods } from './20261127T2100-totals-periods.js';
import { nearDuplicateKey } from './20261127T2130-near-duplicate-key.js';
import { accounts } from './20261207T1500-accounts.js';
import { historyNoReplace } from './20261207T1700-history-no-replace.js';
import { sourceContents } from './20261207T1710-source-contents.js';
import { webhooks } from './20261207T2020-webhooks.js';
import { releases } from './20261207T2040-releases.js';
import { jobs } from './20261207T2000-jobs.js';
import { watches } from './20261207T2030-watches.js';

/**
 * Every migration in order, by timestamped name. Forward-only: add a new file with a later
 * timestamp; never edit or remove one that has shipped.
 */
export function migrationsFor(caps: Capabilities): Record<string, Migration> {
  return {
    '20261127T1200-initial': initial(caps),
    '20261127T1500-claim-date-index': claimDateIndex(),
    '20261127T1700-pending-claims': pendingClaims(),
    '20261127T1900-read-paths': readPaths(),
    '20261127T2100-totals-periods': totalsPeriods(),
    '20261127T2130-near-duplicate-key': nearDuplicateKey(),
    '20261207T1500-accounts': accounts(),
    '20261207T1700-history-no-replace': historyNoReplace(caps),
    '20261207T1710-source-contents': sourceContents(caps),
    '20261207T2000-jobs': jobs(caps),
    '20261207T2020-webhooks': webhooks(),
    '20261207T2040-releases': releases(caps),
    '20261207T2030-watches': watches(),
  };
}

/** A static provider: migrations are compiled in, not looked up on disk at run time. */
export function migrationProvider(caps: Capabilities): MigrationProvider {
  return { getMigrations: async () => migrationsFor(caps) };
}
