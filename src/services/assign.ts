/**
 * The machine's event assignment inside a transaction: loads the events new claims might join
 * (with their claims), asks the ledger rules (src/ledger) to group them, and stores the result
 * with its history. The rules are pure; this file only fetches and saves.
 */
import type { HistoryEntry, LedgerClaim, LedgerEvent } from '../domain/index.js';
import { assignClaims, assignmentWindow } from '../ledger/grouping.js';
import type { Actor } from '../ledger/history.js';
import type { Repositories } from '../storage/index.js';

/** Events loaded as context for one batch; a real ledger has a few dozen in a grouping window. */
const CONTEXT_LIMIT = 2000;

/** Parties the new claims touch, or null when one of them names none (then every party is context). */
function partiesOf(claims: readonly LedgerClaim[]): string[] | null {
  const out = new Set<string>();
  for (const c of claims) {
    const named = [c.from, c.to, c.attribution.party].filter((p): p is string => p !== null);
    if (named.length === 0) return null;
    for (const p of named) out.add(p);
  }
  return [...out];
}

/**
 * Whether a new claim could join an event: only then does grouping read the event's claims. The
 * other events in the window (the opposite direction, other parties) matter for exchange links and
 * outlier flags, which read events alone.
 */
function mayJoin(e: LedgerEvent, claims: readonly LedgerClaim[]): boolean {
  return claims.some((c) => {
    if (c.kind === 'event') return c.from === e.from && c.to === e.to;
    if (c.from !== null || c.to !== null) return c.from === e.from && c.to === e.to;
    if (c.twoWay || c.flags.includes('two-way')) return true;
    const p = c.attribution.party;
    return p === null || e.from === p || e.to === p;
  });
}

/** Loads the events the new claims could join or affect, and the claims of those they could join. */
export async function assignmentContext(
  tx: Repositories,
  claims: readonly LedgerClaim[],
): Promise<{ events: LedgerEvent[]; claims: LedgerClaim[] }> {
  const window = assignmentWindow(claims);
  // Grouping, exchange links and outlier flags only ever compare events of one category (mixed joins
  // pow and civilians), except a confirmation of people in general, which may confirm any category.
  const categories = new Set<string>(claims.map((c) => c.category));
  if (categories.has('mixed')) for (const c of ['pow', 'civilians']) categories.add(c);
  if (categories.has('pow') || categories.has('civilians')) categories.add('mixed');
  const anyCategory = claims.some((c) => c.kind === 'confirmation' && c.category === 'mixed');
  const events = await tx.events.inWindow(window?.start ?? null, window?.end ?? null, partiesOf(claims), CONTEXT_LIMIT, anyCategory ? undefined : [...categories]);
  const existingClaims = await tx.claims.getMany(events.filter((e) => mayJoin(e, claims)).flatMap((e) => e.claimIds));
  return { events, claims: existingClaims };
}

/**
 * Groups new claims into events, retrying confirmations that earlier found nothing to confirm.
 * Returns the ids of events created or changed and the history entries to append.
 */
export async function assignNewClaims(tx: Repositories, claims: readonly LedgerClaim[], who: Actor): Promise<{ eventIds: string[]; history: HistoryEntry[] }> {
  const relevant = claims.filter((c) => c.kind === 'event' || c.kind === 'confirmation');
  if (relevant.length === 0) return { eventIds: [], history: [] };
  const window = assignmentWindow(relevant);
  // Confirmations that found nothing to confirm are retried when an event claim arrives near them.
  const hasEventClaims = relevant.some((c) => c.kind === 'event');
  const fresh = new Set(relevant.map((c) => c.id));
  const waiting = (window && hasEventClaims ? await tx.claims.unassignedConfirmations(window.start, window.end, 200) : []).filter((c) => !fresh.has(c.id));
  // The retried confirmations are placed too: the context must hold every event they could join,
  // with its claims, or the grouping would reconcile an event without its witnesses.
  const context = await assignmentContext(tx, [...relevant, ...waiting]);
  const result = assignClaims(context.events, [...relevant, ...waiting], {
    existingClaims: context.claims,
    by: who,
  });
  // Claims set aside wait in pending_claims; those now placed leave it.
  const all = new Map([...relevant, ...waiting].map((c) => [c.id, c]));
  const setAside = result.skipped.filter((s) => s.reason === 'no-event-to-confirm' || s.reason === 'matches-locked-event');
  await tx.claims.setPending(
    setAside.map((s) => {
      const c = all.get(s.claimId);
      return { claimId: s.claimId, reason: s.reason, eventId: s.eventId ?? null, anchor: c?.date?.start ?? c?.publishedAt ?? null };
    }),
    who.at,
  );
  const placed = new Set([...result.created, ...result.updated].flatMap((e) => e.claimIds));
  const wasWaiting = waiting.filter((c) => placed.has(c.id)).map((c) => c.id);
  if (wasWaiting.length > 0) await tx.claims.clearPending(wasWaiting);
  const previous = new Map(context.events.map((e) => [e.id, e]));
  await tx.events.saveMany(
    [...result.updated.map((e) => ({ event: e, previous: previous.get(e.id) ?? null })), ...result.created.map((e) => ({ event: e, previous: null }))],
    who.at,
  );
  return { eventIds: [...result.created, ...result.updated].map((e) => e.id), history: result.history };
}
