/** Checks of a ledger's own consistency, for the soak test and for anyone who doubts a ledger. */
import { sql } from 'kysely';
import type { Store } from './store.js';

export interface IntegrityReport {
  /** SQLite's `PRAGMA integrity_check` ('ok' when sound); 'not checked' on PostgreSQL, which has no such check. */
  integrity: string;
  /** Rows whose foreign key points at nothing (SQLite's `PRAGMA foreign_key_check`; PostgreSQL enforces them). */
  foreignKeyViolations: number;
  /** Links from an event to a claim where the event or the claim is missing. */
  danglingLinks: number;
  /** Events whose claim count differs from the claims linked to them. */
  claimCountMismatches: number;
  /** Events that hold no claim. */
  emptyEvents: number;
  /** Claims of each kind in no event and not set aside. */
  claimsOutsideEvents: Record<string, number>;
}

export async function checkIntegrity(store: Store): Promise<IntegrityReport> {
  const db = store.kysely;
  let integrity = 'not checked';
  let foreignKeyViolations = 0;
  if (store.engine === 'sqlite') {
    const rows = (await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db)).rows;
    integrity = rows.map((r) => r.integrity_check).join('; ');
    foreignKeyViolations = (await sql`pragma foreign_key_check`.execute(db)).rows.length;
  }
  const count = async (query: ReturnType<typeof sql<{ n: number | string }>>) => Number((await query.execute(db)).rows[0]?.n ?? 0);
  const danglingLinks = await count(sql`select count(*) as n from event_claims ec
    where not exists (select 1 from events e where e.id = ec.event_id) or not exists (select 1 from claims c where c.id = ec.claim_id)`);
  const claimCountMismatches = await count(sql`select count(*) as n from events e
    where e.claim_count <> (select count(*) from event_claims ec where ec.event_id = e.id)`);
  const emptyEvents = await count(sql`select count(*) as n from events e where not exists (select 1 from event_claims ec where ec.event_id = e.id)`);
  const outside = await sql<{ kind: string; n: number | string }>`select c.kind, count(*) as n from claims c
    where not exists (select 1 from event_claims ec where ec.claim_id = c.id)
      and not exists (select 1 from pending_claims p where p.claim_id = c.id)
    group by c.kind order by c.kind`.execute(db);
  const claimsOutsideEvents = Object.fromEntries(outside.rows.map((r) => [r.kind, Number(r.n)]));
  return { integrity, foreignKeyViolations, danglingLinks, claimCountMismatches, emptyEvents, claimsOutsideEvents };
}

/**
 * Sources and claims as content, without ids or order: a line of JSON each, sorted. Near-copies are
 * described by the group of texts they share (whichever was stored first is the original, which
 * depends on order); claims by their source's content hash and everything but review state.
 * Two ledgers that read the same reports in any order give the same lines.
 */
export async function ledgerContent(store: Store): Promise<{ sources: string[]; claims: string[] }> {
  const db = store.kysely;
  const sources = await db.selectFrom('sources').select(['id', 'content_hash', 'title', 'language', 'published_at', 'outlet', 'url', 'path', 'format', 'duplicate_of']).execute();
  const parent = new Map(sources.map((s) => [s.id, s.id]));
  const find = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at) ?? at;
    return at;
  };
  for (const s of sources) if (s.duplicate_of !== null && parent.has(s.duplicate_of)) parent.set(find(s.id), find(s.duplicate_of));
  const groups = new Map<string, string[]>();
  for (const s of sources) groups.set(find(s.id), [...(groups.get(find(s.id)) ?? []), s.content_hash]);
  const hashOf = new Map(sources.map((s) => [s.id, s.content_hash]));
  const sourceLines = sources.map(({ id, duplicate_of: _d, ...rest }) => JSON.stringify({ ...rest, group: [...groups.get(find(id))!].sort() }));
  const claims = await db.selectFrom('claims').selectAll().execute();
  const claimLines = claims.map(({ id: _i, source_id, review: _r, updated_at: _u, ...rest }) => JSON.stringify({ source: hashOf.get(source_id), ...rest }));
  return { sources: sourceLines.sort(), claims: claimLines.sort() };
}
