/**
 * Claims read inside one batch, kept until the batch ends. Ingest reads the claims of the events
 * near each new report, and the reports about one exchange come together: without this, the same
 * claims are read again for every one of them.
 *
 * Only where the engine has one writer at a time (SQLite): the batch's transaction opens with BEGIN
 * IMMEDIATE (connect.ts), so it holds the write lock before its first read, and no other process
 * can change the ledger until it commits; its reads all see the latest commit.
 * A claim changes only through `claims.save` (dropped from the cache) or a unit that is undone
 * (`forget`). The claims handed out are the cached objects: callers treat claims as values.
 */
import type { LedgerClaim } from '../domain/index.js';
import type { Repositories } from './repositories.js';

type Claims = Repositories['claims'];

export function cachingClaims(claims: Claims): { claims: Claims; forget(): void } {
  const known = new Map<string, LedgerClaim>();
  const cached: Claims = {
    ...claims,
    async getMany(ids) {
      const missing = ids.filter((id) => !known.has(id));
      if (missing.length > 0) for (const c of await claims.getMany(missing)) known.set(c.id, c);
      return ids.flatMap((id) => {
        const c = known.get(id);
        return c ? [c] : [];
      });
    },
    async save(claim, at) {
      known.delete(claim.id);
      await claims.save(claim, at);
    },
    async insertMany(list, ordinals, at) {
      for (const c of list) known.delete(c.id);
      await claims.insertMany(list, ordinals, at);
    },
  };
  return { claims: cached, forget: () => known.clear() };
}
