/**
 * Review: a person accepts, rejects, corrects, merges or splits what the machine proposed. Every
 * change is one transaction that also appends history (who, when, before, after, why).
 */
import type { Category, HistoryEntry, LedgerClaim, LedgerEvent, Qualifier } from '../domain/index.js';
import { CATEGORIES, QUALIFIERS, countOf } from '../domain/index.js';
import { historyEntry, type Actor } from '../ledger/history.js';
import { claimReviewFlags, eventReviewFlags } from '../ledger/review-flags.js';
import { refreshChecks } from './checks.service.js';
import { mergeEvents, splitEvent } from '../ledger/merge-split.js';
import { reconcileEvent } from '../ledger/reconcile.js';
import type { Repositories, Store } from '../storage/index.js';
import { fail, failAll, HandoverError, issueOf, ok, type ErrorCode, type Issue, type Result } from '../domain/errors.js';
import { checkVersions } from './versions.js';

export interface Reviewer {
  /** The person's name (the CLI's --as, default $USER). */
  name: string;
  reason?: string | null;
  /** The clock; tests pin it. */
  now?: () => string;
  /**
   * The version of each record the person saw (id → versionOf): the action is refused with
   * VERSION_CONFLICT, in the same transaction, when any of them changed since.
   */
  expected?: Readonly<Record<string, string>>;
}

export interface ReviewItem {
  entity: 'event' | 'claim';
  id: string;
  /** Why it waits, most urgent first: held, disputed, low-confidence, unassigned, machine. */
  why: string;
  event?: LedgerEvent;
  claim?: LedgerClaim;
}

const actorOf = (r: Reviewer): Actor => ({ at: (r.now ?? (() => new Date().toISOString()))(), actor: r.name, reason: r.reason ?? null });

/**
 * What waits for a person, most urgent first: events held out of totals as probable cumulative
 * figures, disputed events, cumulative figures the ledger does not match and plans not delivered,
 * claims the extractor doubts or the machine could not place, then the rest of the machine's events.
 * The reasons are the ledger's own review flags (src/ledger/review-flags.ts).
 */
export async function reviewQueue(store: Store, limit = 50): Promise<ReviewItem[]> {
  const items: ReviewItem[] = [];
  const seen = new Set<string>();
  const push = (item: ReviewItem) => {
    if (seen.has(item.id) || items.length >= limit) return;
    seen.add(item.id);
    items.push(item);
  };
  const pushEvent = (e: LedgerEvent, fallback: string) => {
    const flags = eventReviewFlags(e);
    push({ entity: 'event', id: e.id, why: flags.length > 0 ? flags.map((f) => f.message).join('; ') : fallback, event: e });
  };
  for (const e of await store.events.getMany(await store.totals.heldEventIds(limit))) if (e.review === 'machine') pushEvent(e, 'probable cumulative figure');
  for (const e of await store.events.list({ status: 'disputed', review: ['machine'] }, limit)) pushEvent(e, 'figures disputed');
  const checks = await refreshChecks(store);
  const flagged = await store.claims.getMany(checks.flags.map((f) => f.entityId));
  const byId = new Map(flagged.map((c) => [c.id, c]));
  for (const f of checks.flags) {
    const claim = byId.get(f.entityId);
    if (claim && claim.review === 'machine') push({ entity: 'claim', id: f.entityId, why: f.message, claim });
  }
  const doubted = await store.claims.reviewQueue(limit);
  for (const f of claimReviewFlags(doubted)) {
    const claim = doubted.find((c) => c.id === f.entityId);
    if (claim) push({ entity: 'claim', id: f.entityId, why: f.message, claim });
  }
  for (const p of await store.claims.pending(limit)) {
    const why = p.reason === 'no-event-to-confirm' ? 'a confirmation with no event to confirm yet' : `matches ${p.eventId ?? 'an event'}, which a person locked: merge it there or accept it apart`;
    push({ entity: 'claim', id: p.claim.id, why, claim: p.claim });
  }
  for (const e of await store.events.list({ review: ['machine'] }, limit)) pushEvent(e, 'grouped by the machine');
  return items;
}

type Target = { entity: 'event'; event: LedgerEvent } | { entity: 'claim'; claim: LedgerClaim };

async function findTarget(tx: Repositories, id: string): Promise<Target> {
  if (id.startsWith('ev_')) {
    const event = await tx.events.get(id);
    if (event) return { entity: 'event', event };
  } else if (id.startsWith('cl_')) {
    const claim = await tx.claims.get(id);
    if (claim) return { entity: 'claim', claim };
  }
  throw new HandoverError('REVIEW_NOT_FOUND', `no event or claim "${id}" (event ids start with ev_, claim ids with cl_)`, { id });
}

/** Re-derives the event holding a changed claim, saving it with an `update` entry when it changed. */
async function refreshEventOf(tx: Repositories, claimId: string, who: Actor, history: HistoryEntry[]): Promise<void> {
  const eventId = await tx.events.idOfClaim(claimId);
  if (!eventId) return;
  const event = (await tx.events.get(eventId))!;
  const claims = await tx.claims.getMany(event.claimIds);
  const next = reconcileEvent(event, claims);
  if (JSON.stringify(next) === JSON.stringify(event)) return;
  await tx.events.save(next, who.at, event);
  history.push(historyEntry(who, 'update', 'event', event.id, event, next));
}

/**
 * One review change in one transaction. It takes the ledger in turn with ingest (where writers run
 * at once, on PostgreSQL), so an ingest never groups against events a review is changing, and a
 * review never changes events an ingest has read but not yet saved.
 */
async function run<T>(store: Store, fallback: ErrorCode, fn: (tx: Repositories) => Promise<T>, expected?: Reviewer['expected']): Promise<Result<T>> {
  try {
    return ok(
      await store.transaction(async (tx) => {
        await tx.locks.ledger();
        if (expected !== undefined) {
          const current = await checkVersions(tx, expected);
          if (!current.ok) throw new HandoverError(current.error.code, current.error.message, current.error.details);
        }
        return fn(tx);
      }),
    );
  } catch (err) {
    return { ok: false, error: issueOf(err, fallback) };
  }
}

export interface ReviewChange {
  /** Ids changed, first the one acted on. */
  changed: string[];
  history: HistoryEntry[];
}

async function setReview(store: Store, id: string, state: 'accepted' | 'rejected', reviewer: Reviewer): Promise<Result<ReviewChange>> {
  const action = state === 'accepted' ? 'accept' : 'reject';
  return run(store, 'REVIEW_NOT_FOUND', async (tx) => {
    const who = actorOf(reviewer);
    const target = await findTarget(tx, id);
    const history: HistoryEntry[] = [];
    if (target.entity === 'event') {
      const before = target.event;
      // Accepting keeps a person's correction; it is still the person's figure.
      const review = state === 'accepted' && before.review === 'corrected' ? 'corrected' : state;
      const after: LedgerEvent = { ...before, review, locked: true };
      await tx.events.save(after, who.at, before);
      history.push(historyEntry(who, action, 'event', id, before, after));
    } else {
      const before = target.claim;
      const review = state === 'accepted' && before.review === 'corrected' ? 'corrected' : state;
      const after: LedgerClaim = { ...before, review };
      await tx.claims.save(after, who.at);
      // A person decided on it: it no longer waits in the review queue.
      await tx.claims.clearPending([id]);
      history.push(historyEntry(who, action, 'claim', id, before, after));
      await refreshEventOf(tx, id, who, history);
    }
    await tx.history.append(history);
    return { changed: history.map((h) => h.entityId), history };
  }, reviewer.expected);
}

export const acceptItem = (store: Store, id: string, r: Reviewer) => setReview(store, id, 'accepted', r);
export const rejectItem = (store: Store, id: string, r: Reviewer) => setReview(store, id, 'rejected', r);

/** What a person may correct; unset fields stay as they are. */
export interface Correction {
  count?: number;
  qualifier?: string;
  from?: string;
  to?: string;
  category?: string;
  /** YYYY-MM-DD. */
  date?: string;
}

export function checkCorrection(c: Correction): Result<Correction> {
  const issues: Issue[] = [];
  const bad = (path: string, message: string) => issues.push({ code: 'REVIEW_INVALID_CORRECTION', path, message });
  if (c.count !== undefined && (!Number.isInteger(c.count) || c.count < 0)) bad('count', `count must be a whole number ≥ 0, got ${c.count}`);
  if (c.qualifier !== undefined && !(QUALIFIERS as readonly string[]).includes(c.qualifier)) bad('qualifier', `qualifier must be one of ${QUALIFIERS.join(', ')}`);
  if (c.category !== undefined && !(CATEGORIES as readonly string[]).includes(c.category)) bad('category', `category must be one of ${CATEGORIES.join(', ')}`);
  for (const side of ['from', 'to'] as const) {
    const v = c[side];
    if (v !== undefined && !/^[a-z][a-z0-9-]*$/.test(v)) bad(side, `${side} must be a party slug such as ukraine, got "${v}"`);
  }
  if (c.date !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(c.date) || Number.isNaN(Date.parse(c.date)))) bad('date', `date must be YYYY-MM-DD, got "${c.date}"`);
  if (c.qualifier !== undefined && c.count === undefined) bad('qualifier', 'qualifier needs a count to qualify');
  if (Object.values(c).every((v) => v === undefined)) issues.push({ code: 'REVIEW_INVALID_CORRECTION', message: 'nothing to correct: give at least one of count, from, to, category, date' });
  return issues.length > 0 ? failAll(issues) : ok(c);
}

export async function correctItem(store: Store, id: string, correction: Correction, reviewer: Reviewer): Promise<Result<ReviewChange>> {
  const checked = checkCorrection(correction);
  if (!checked.ok) return checked;
  const c = checked.value;
  const date = c.date === undefined ? undefined : { start: c.date, end: c.date, precision: 'day' as const };
  return run(store, 'REVIEW_INVALID_CORRECTION', async (tx) => {
    const who = actorOf(reviewer);
    const target = await findTarget(tx, id);
    const history: HistoryEntry[] = [];
    if (target.entity === 'claim') {
      const before = target.claim;
      const after: LedgerClaim = { ...before, review: 'corrected' };
      if (c.count !== undefined) after.count = countOf(c.count, (c.qualifier ?? before.count?.qualifier ?? 'exact') as Qualifier);
      if (c.from !== undefined) after.from = c.from;
      if (c.to !== undefined) after.to = c.to;
      if (c.category !== undefined) after.category = c.category as Category;
      if (date !== undefined) after.date = date;
      await tx.claims.save(after, who.at);
      history.push(historyEntry(who, 'correct', 'claim', id, before, after));
      await refreshEventOf(tx, id, who, history);
    } else {
      const before = target.event;
      const after: LedgerEvent = { ...before, review: 'corrected', locked: true };
      if (c.count !== undefined) {
        const n = countOf(c.count, (c.qualifier ?? 'exact') as Qualifier);
        after.figure = { low: n.low, best: n.value, high: n.high };
      }
      if (c.from !== undefined) after.from = c.from;
      if (c.to !== undefined) after.to = c.to;
      if (c.category !== undefined) after.category = c.category as Category;
      if (date !== undefined) after.date = date;
      // Status and flags still follow the claims; the corrected figure, date and direction stay.
      const claims = await tx.claims.getMany(after.claimIds);
      const reconciled = reconcileEvent(after, claims);
      await tx.events.save(reconciled, who.at, before);
      history.push(historyEntry(who, 'correct', 'event', id, before, reconciled));
    }
    await tx.history.append(history);
    return { changed: history.map((h) => h.entityId), history };
  }, reviewer.expected);
}

export async function mergeItems(store: Store, ids: readonly string[], reviewer: Reviewer): Promise<Result<ReviewChange>> {
  return run(store, 'REVIEW_MERGE_INVALID', async (tx) => {
    const who = actorOf(reviewer);
    const events: LedgerEvent[] = [];
    for (const id of ids) {
      const t = await findTarget(tx, id);
      if (t.entity !== 'event') throw new HandoverError('REVIEW_MERGE_INVALID', `${id} is a claim; merge takes event ids`);
      events.push(t.event);
    }
    const claims = await tx.claims.getMany(events.flatMap((e) => e.claimIds));
    const merged = mergeEvents(events, claims, who);
    if (!merged.ok) throw new HandoverError('REVIEW_MERGE_INVALID', merged.error.message);
    for (const gone of merged.value.removed) await tx.events.remove(gone.id);
    await tx.events.save(merged.value.event, who.at, events[0]!);
    await tx.history.append(merged.value.history);
    return { changed: merged.value.history.map((h) => h.entityId), history: merged.value.history };
  }, reviewer.expected);
}

export async function splitItem(store: Store, id: string, claimIds: readonly string[], reviewer: Reviewer): Promise<Result<ReviewChange>> {
  return run(store, 'REVIEW_SPLIT_INVALID', async (tx) => {
    const who = actorOf(reviewer);
    const t = await findTarget(tx, id);
    if (t.entity !== 'event') throw new HandoverError('REVIEW_SPLIT_INVALID', `${id} is a claim; split takes an event id`);
    const claims = await tx.claims.getMany(t.event.claimIds);
    const split = splitEvent(t.event, claims, [claimIds], who);
    if (!split.ok) throw new HandoverError('REVIEW_SPLIT_INVALID', split.error.message);
    await tx.events.save(split.value.kept, who.at, t.event);
    for (const e of split.value.created) await tx.events.save(e, who.at, null);
    await tx.history.append(split.value.history);
    return { changed: split.value.history.map((h) => h.entityId), history: split.value.history };
  }, reviewer.expected);
}

/** History of an event, claim or source; for an event, its claims' entries too, in order. */
export async function historyOf(store: Store, id: string): Promise<Result<HistoryEntry[]>> {
  const entity = id.startsWith('ev_') ? 'event' : id.startsWith('cl_') ? 'claim' : id.startsWith('src_') ? 'source' : null;
  if (entity === null) return fail('NOT_FOUND', `"${id}" is not an event (ev_…), claim (cl_…) or source (src_…) id`);
  const own = await store.history.forEntity(entity, id);
  if (own.length === 0) return fail('NOT_FOUND', `no history for ${id}`);
  if (entity !== 'event') return ok(own);
  const claimIds = new Set<string>();
  for (const h of own) for (const snap of [h.before, h.after]) for (const c of (snap as LedgerEvent | null)?.claimIds ?? []) claimIds.add(c);
  const all = [...own];
  for (const c of claimIds) all.push(...(await store.history.forEntity('claim', c)));
  // Stable order: time, then events before their claims.
  return ok(all.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.entity === b.entity ? 0 : a.entity === 'event' ? -1 : 1)));
}
