/**
 * The ledger as it was known at a moment, rebuilt from the append-only history: for every entity,
 * the last snapshot written before the cut-off (an entity whose last entry removed it is gone).
 */
import type { HistoryEntry, LedgerClaim, LedgerEvent } from '../domain/index.js';
import type { Repositories } from '../storage/index.js';
import { fail, ok, type Result } from '../domain/errors.js';

const PAGE = 1000;

/**
 * The exclusive ISO cut-off for `--as-of`: a day means the end of that day (UTC); a timestamp
 * means that instant.
 */
export function asOfCutoff(asOf: string): Result<string> {
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    const t = Date.parse(`${asOf}T00:00:00.000Z`);
    // Date.parse rolls 2025-02-31 over into March: a day must read back as itself.
    if (Number.isNaN(t) || !new Date(t).toISOString().startsWith(asOf)) return fail('INPUT_INVALID', `asOf "${asOf}" is not a real day`, { path: 'asOf' });
    return ok(new Date(t + 86_400_000).toISOString());
  }
  const t = Date.parse(asOf);
  if (Number.isNaN(t) || !/^\d{4}-\d{2}-\d{2}T/.test(asOf)) {
    return fail('INPUT_INVALID', `asOf must be YYYY-MM-DD or an ISO timestamp, got "${asOf}"`, { path: 'asOf' });
  }
  return ok(new Date(t + 1).toISOString());
}

async function* latestSnapshots(repos: Repositories, entity: HistoryEntry['entity'], cutoff: string): AsyncGenerator<HistoryEntry> {
  let after: string | null = null;
  for (;;) {
    const page = await repos.history.latestBefore(entity, cutoff, after, PAGE);
    if (page.length === 0) return;
    yield* page;
    after = page.at(-1)!.entityId;
    if (page.length < PAGE) return;
  }
}

/** Every event as known before the cut-off. */
export async function eventsAsOf(repos: Repositories, cutoff: string): Promise<LedgerEvent[]> {
  const out: LedgerEvent[] = [];
  for await (const entry of latestSnapshots(repos, 'event', cutoff)) if (entry.after !== null) out.push(entry.after as LedgerEvent);
  return out;
}

/** Claims as known before the cut-off, by id (those not yet known are left out). */
export async function claimsAsOf(repos: Repositories, ids: readonly string[], cutoff: string): Promise<Map<string, LedgerClaim>> {
  const out = new Map<string, LedgerClaim>();
  for (const id of new Set(ids)) {
    const entries = await repos.history.forEntity('claim', id);
    const last = entries.filter((e) => e.at < cutoff).at(-1);
    if (last?.after) out.set(id, last.after as LedgerClaim);
  }
  return out;
}

/** Every claim of one kind as known before the cut-off (their latest snapshots). */
export async function claimsOfKindAsOf(repos: Repositories, kind: string, cutoff: string): Promise<LedgerClaim[]> {
  const out: LedgerClaim[] = [];
  for await (const entry of latestSnapshots(repos, 'claim', cutoff)) {
    const c = entry.after as LedgerClaim | null;
    if (c !== null && c.kind === kind) out.push(c);
  }
  return out;
}
