/**
 * A record's version: a short digest of what it holds now. A person acts on what they saw; a
 * review action carries the version it was made against, and a record that changed since (another
 * reviewer, a new claim from ingest) refuses the action instead of being silently overwritten.
 */
import { createHash } from 'node:crypto';
import type { LedgerClaim, LedgerEvent } from '../domain/index.js';
import { fail, ok, type Result } from '../domain/errors.js';
import type { Repositories } from '../storage/index.js';

/**
 * The digest of a record as the store returns it. Every read of an event or claim goes through the
 * same row conversion (storage/rows.ts), so its keys come in one order and the text is stable.
 */
export function versionOf(record: LedgerEvent | LedgerClaim): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('base64url').slice(0, 16);
}

/**
 * Checks, inside the transaction that acts, that every record is still at the version given.
 * A record that is not there (never was, or a merge folded it away) is REVIEW_NOT_FOUND.
 */
export async function checkVersions(tx: Repositories, expected: Readonly<Record<string, string>>): Promise<Result<null>> {
  for (const [id, version] of Object.entries(expected)) {
    const current = id.startsWith('ev_') ? await tx.events.get(id) : id.startsWith('cl_') ? await tx.claims.get(id) : undefined;
    if (current === undefined) {
      return fail('REVIEW_NOT_FOUND', `no event or claim "${id}" in the ledger (a merge may have folded it into another): read the ledger again`, { details: { id, expected: version, current: null } });
    }
    const now = versionOf(current);
    if (now !== version) {
      return fail('VERSION_CONFLICT', `${id} changed since version ${version} (now ${now}): read it again and decide on what it is now`, { details: { id, expected: version, current: now } });
    }
  }
  return ok(null);
}
