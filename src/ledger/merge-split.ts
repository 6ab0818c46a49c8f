/**
 * A person's regrouping: merge events that are one handover, split claims out of an event that is
 * several. Both return the events for storage to write and the history entries that record them;
 * the results are locked, so the machine never regroups them again.
 */
import { type HistoryEntry, type LedgerClaim, type LedgerEvent, type Result, fail, ok } from '../domain/index.js';
import { byId, isCredible } from './claims.js';
import { blankEvent } from './events.js';
import { type Actor, historyEntry } from './history.js';
import { eventIdFor } from './ids.js';
import { reconcileEvent } from './reconcile.js';

export interface MergeResult {
  /** The first event given, now holding every claim: update it. */
  event: LedgerEvent;
  /** The other events, absorbed: delete them (their claims now belong to `event`). */
  removed: LedgerEvent[];
  /** One `merge` entry per event: before and after (after null for the absorbed). */
  history: HistoryEntry[];
}

/** A person's grouping is accepted as such; a person's corrected figure stays corrected. */
function personal(e: LedgerEvent): Pick<LedgerEvent, 'review' | 'locked'> {
  return { review: e.review === 'corrected' ? 'corrected' : 'accepted', locked: true };
}

function missingClaims(events: readonly LedgerEvent[], claims: readonly LedgerClaim[]): string[] {
  const known = new Set(claims.map((c) => c.id));
  return events.flatMap((e) => e.claimIds.filter((id) => !known.has(id)));
}

/**
 * Merges events into the first one given. Every event must have the same direction (a swap's two
 * directions are linked by exchangeId, never merged); `claims` must hold all their claims.
 */
export function mergeEvents(
  events: readonly LedgerEvent[],
  claims: readonly LedgerClaim[],
  who: Actor,
): Result<MergeResult> {
  const [target, ...rest] = events;
  if (!target || rest.length === 0) return fail('LEDGER_MERGE_TOO_FEW', 'merge needs at least two events');
  const ids = new Set(events.map((e) => e.id));
  if (ids.size !== events.length) return fail('LEDGER_MERGE_DUPLICATE', 'the same event is named twice');
  const odd = rest.find((e) => e.from !== target.from || e.to !== target.to);
  if (odd) {
    return fail(
      'LEDGER_MERGE_DIRECTION',
      `${odd.id} goes ${odd.from ?? '?'} → ${odd.to ?? '?'}, ${target.id} goes ${target.from ?? '?'} → ${target.to ?? '?'}: only one direction can be merged`,
    );
  }
  const missing = missingClaims(events, claims);
  if (missing.length > 0) return fail('LEDGER_CLAIMS_MISSING', `claims not given: ${missing.join(', ')}`);

  const claimIds = [...new Set(events.flatMap((e) => e.claimIds))];
  const merged = reconcileEvent(
    {
      ...target,
      claimIds,
      exchangeId: target.exchangeId ?? rest.find((e) => e.exchangeId)?.exchangeId ?? null,
      flags: [...new Set(events.flatMap((e) => e.flags))],
      ...personal(target),
    },
    claims,
  );
  const history = [
    historyEntry(who, 'merge', 'event', target.id, target, merged),
    ...rest.map((e) => historyEntry(who, 'merge', 'event', e.id, e, null)),
  ];
  return ok({ event: merged, removed: [...rest], history });
}

export interface SplitResult {
  /** The event with the claims that stayed: update it. */
  kept: LedgerEvent;
  /** One new event per group of claims split out: insert them. */
  created: LedgerEvent[];
  /** `split` entries: the event before and after, and each new event. */
  history: HistoryEntry[];
}

/**
 * Splits groups of claims out of an event into new events (one per group); the rest stay. Each new
 * event takes its direction and category from its own claims, keeps the exchange, and gets a stable
 * id derived from the event it came from and its first claim.
 */
export function splitEvent(
  event: LedgerEvent,
  claims: readonly LedgerClaim[],
  groups: readonly (readonly string[])[],
  who: Actor,
): Result<SplitResult> {
  if (groups.length === 0 || groups.some((g) => g.length === 0)) {
    return fail('LEDGER_SPLIT_EMPTY', 'every group to split out needs at least one claim');
  }
  const inEvent = new Set(event.claimIds);
  const seen = new Set<string>();
  for (const [i, g] of groups.entries()) {
    for (const id of g) {
      if (!inEvent.has(id)) return fail('LEDGER_SPLIT_UNKNOWN_CLAIM', `${id} is not a claim of ${event.id}`, { path: `groups[${i}]` });
      if (seen.has(id)) return fail('LEDGER_SPLIT_OVERLAP', `${id} is named in two groups`, { path: `groups[${i}]` });
      seen.add(id);
    }
  }
  const remaining = event.claimIds.filter((id) => !seen.has(id));
  if (remaining.length === 0) return fail('LEDGER_SPLIT_EMPTY', `nothing would stay in ${event.id}: leave at least one claim`);
  const missing = missingClaims([event], claims);
  if (missing.length > 0) return fail('LEDGER_CLAIMS_MISSING', `claims not given: ${missing.join(', ')}`);

  const byIdMap = new Map(claims.map((c) => [c.id, c]));
  const kept = reconcileEvent({ ...event, claimIds: remaining, ...personal(event) }, claims);
  const created = groups.map((g) => {
    const own = g.map((id) => byIdMap.get(id)!);
    const founder = [...own].sort((a, b) => Number(b.kind === 'event' && isCredible(b)) - Number(a.kind === 'event' && isCredible(a)) || byId(a, b))[0]!;
    const first = [...g].sort()[0]!;
    const base = blankEvent(eventIdFor(first, event.id), founder);
    return reconcileEvent(
      { ...base, claimIds: [...g], exchangeId: event.exchangeId, review: 'accepted', locked: true },
      claims,
    );
  });
  const history = [
    historyEntry(who, 'split', 'event', event.id, event, kept),
    ...created.map((e) => historyEntry(who, 'split', 'event', e.id, null, e)),
  ];
  return ok({ kept, created, history });
}
