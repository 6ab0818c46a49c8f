/**
 * Review: a person accepts, rejects, corrects, merges or splits what the machine proposed. Every
 * change is one transaction that also appends history (who, when, before, after, why).
 */
import { recordHistory } from './notify.js';
import type { Category, ClaimKind, HistoryEntry, LedgerClaim, LedgerEvent, Qualifier } from '../domain/index.js';
import { CATEGORIES, CLAIM_KINDS, QUALIFIERS, countOf } from '../domain/index.js';
import { isCredible } from '../ledger/claims.js';
import { blankEvent } from '../ledger/events.js';
import { eventIdFor } from '../ledger/ids.js';
import { checkParty } from './parties.js';
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
  /** The same reasons as stable codes (`probable-cumulative`, `disputed-figures`, `matches-locked-event`, `machine` …): what `--flag` filters on. */
  codes: string[];
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
  const pushEvent = (e: LedgerEvent, fallback: string, code: string) => {
    const flags = eventReviewFlags(e);
    push({ entity: 'event', id: e.id, why: flags.length > 0 ? flags.map((f) => f.message).join('; ') : fallback, codes: flags.length > 0 ? flags.map((f) => f.code) : [code], event: e });
  };
  for (const e of await store.events.getMany(await store.totals.heldEventIds(limit))) if (e.review === 'machine') pushEvent(e, 'probable cumulative figure', 'probable-cumulative');
  for (const e of await store.events.list({ status: 'disputed', review: ['machine'] }, limit)) pushEvent(e, 'figures disputed', 'disputed-figures');
  const checks = await refreshChecks(store);
  const flagged = await store.claims.getMany(checks.flags.map((f) => f.entityId));
  const byId = new Map(flagged.map((c) => [c.id, c]));
  for (const f of checks.flags) {
    const claim = byId.get(f.entityId);
    if (claim && claim.review === 'machine') push({ entity: 'claim', id: f.entityId, why: f.message, codes: [f.code], claim });
  }
  const doubted = await store.claims.reviewQueue(limit);
  for (const f of claimReviewFlags(doubted)) {
    const claim = doubted.find((c) => c.id === f.entityId);
    if (claim) push({ entity: 'claim', id: f.entityId, why: f.message, codes: [f.code], claim });
  }
  for (const p of await store.claims.pending(limit)) {
    const why =
      p.reason === 'no-event-to-confirm'
        ? `a confirmation with no event to confirm yet: handover review attach ${p.claim.id} EVENT`
        : p.claim.kind === 'confirmation'
          ? `confirms ${p.eventId ?? 'an event'}, which a person locked: handover review attach ${p.claim.id} ${p.eventId ?? 'EVENT'}`
          : `matches ${p.eventId ?? 'an event'}, which a person locked: handover review attach ${p.claim.id} ${p.eventId ?? 'EVENT'}, or review accept ${p.claim.id} to count it as its own event`;
    push({ entity: 'claim', id: p.claim.id, why, codes: [p.reason], claim: p.claim });
  }
  for (const e of await store.events.list({ review: ['machine'] }, limit)) pushEvent(e, 'grouped by the machine', 'machine');
  return items;
}

/** What the review list may be narrowed to. */
export interface ReviewQuery {
  /** At most this many items (default 50). */
  limit?: number | undefined;
  /** `event` for events; a claim kind (`cumulative`, `plan`, `confirmation`) or `claim` for claims. */
  kind?: string | undefined;
  /** A reason code (`probable-cumulative`, `disputed-figures`, `matches-locked-event` …). */
  flag?: string | undefined;
  /** A party (slug, name or alias) that hands over, receives or speaks. */
  party?: string | undefined;
}

export interface ReviewList {
  items: ReviewItem[];
  /** How many wait in all, with the filters (the list stops at the limit); at least this many when `capped`. */
  total: number;
  /** The count stopped at WAITING_CAP items: more wait. */
  capped: boolean;
  /** How many wait for each reason code, with the filters. */
  byCode: Record<string, number>;
}

/** The queue is read up to this many items when counting what waits (a bound on the cost of one listing). */
export const WAITING_CAP = 2_000;
const ITEM_KINDS = ['event', 'claim', ...CLAIM_KINDS.filter((k) => k !== 'event')];
/** Every reason an item waits for, as the queue names it. */
export const REVIEW_CODES = [
  'probable-cumulative',
  'disputed-figures',
  'figures-differ',
  'no-figure',
  'date-from-publication',
  'cumulative-mismatch',
  'plan-outstanding',
  'low-confidence',
  'matches-locked-event',
  'no-event-to-confirm',
  'machine',
] as const;

/** The review queue, filtered, with a total of what waits. */
export async function reviewList(store: Store, query: ReviewQuery = {}): Promise<Result<ReviewList>> {
  const issues: Issue[] = [];
  if (query.flag !== undefined && !(REVIEW_CODES as readonly string[]).includes(query.flag)) issues.push({ code: 'INPUT_INVALID', path: 'flag', message: `flag must be one of ${REVIEW_CODES.join(', ')}, got "${query.flag}"` });
  if (query.kind !== undefined && !ITEM_KINDS.includes(query.kind)) issues.push({ code: 'INPUT_INVALID', path: 'kind', message: `kind must be one of ${ITEM_KINDS.join(', ')}, got "${query.kind}"` });
  let party: string | undefined;
  if (query.party !== undefined) {
    const found = checkParty('party', query.party);
    if (found.ok) party = found.value;
    else issues.push(found.error);
  }
  const limit = query.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1) issues.push({ code: 'INPUT_INVALID', path: 'limit', message: `limit must be a whole number ≥ 1, got ${limit}` });
  if (issues.length > 0) return failAll(issues);
  const queue = await reviewQueue(store, WAITING_CAP);
  const all = queue.filter((i) => {
    if (query.kind !== undefined) {
      const kind = i.entity === 'event' ? 'event' : query.kind === 'claim' ? 'claim' : i.claim?.kind;
      if (kind !== query.kind) return false;
    }
    if (query.flag !== undefined && !i.codes.includes(query.flag)) return false;
    if (party !== undefined) {
      const named = i.event ? [i.event.from, i.event.to] : i.claim ? [i.claim.from, i.claim.to, i.claim.attribution.party] : [];
      if (!named.includes(party)) return false;
    }
    return true;
  });
  const byCode: Record<string, number> = {};
  for (const i of all) for (const c of i.codes) byCode[c] = (byCode[c] ?? 0) + 1;
  return ok({ items: all.slice(0, limit), total: all.length, capped: queue.length >= WAITING_CAP, byCode });
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

/** Claims that belong in an event: handovers and confirmations (running totals and plans are checked against events instead). */
const belongsInEvent = (c: LedgerClaim) => c.kind === 'event' || c.kind === 'confirmation';
/** A claim that can carry an event on its own: a credible handover. */
const foundsEvent = (c: LedgerClaim) => c.kind === 'event' && isCredible(c);
const anchorOf = (c: LedgerClaim) => c.date?.start ?? c.publishedAt ?? null;

/**
 * Re-derives an event after its claims changed, saving it with an `update` entry when it changed.
 * A claim that no longer describes a handover (a person made it a running total or a plan) leaves
 * it; an event left without a credible handover claim is withdrawn: it leaves the events and the
 * totals, its history keeps it (a `reject` entry with nothing after), and its confirmations wait
 * again for an event to confirm.
 */
async function refreshEvent(tx: Repositories, eventId: string, who: Actor, history: HistoryEntry[]): Promise<void> {
  const event = await tx.events.get(eventId);
  if (!event) return;
  const all = await tx.claims.getMany(event.claimIds);
  const kept = all.filter(belongsInEvent);
  if (!kept.some(foundsEvent)) {
    await tx.events.remove(event.id);
    history.push(historyEntry(who, 'reject', 'event', event.id, event, null));
    const waiting = kept.filter((c) => c.kind === 'confirmation' && isCredible(c));
    await tx.claims.setPending(waiting.map((c) => ({ claimId: c.id, reason: 'no-event-to-confirm', eventId: null, anchor: anchorOf(c) })), who.at);
    return;
  }
  const next = reconcileEvent({ ...event, claimIds: kept.map((c) => c.id) }, kept);
  if (JSON.stringify(next) === JSON.stringify(event)) return;
  await tx.events.save(next, who.at, event);
  history.push(historyEntry(who, 'update', 'event', event.id, event, next));
}

/** Re-derives (or withdraws) the event holding a changed claim. */
async function refreshEventOf(tx: Repositories, claimId: string, who: Actor, history: HistoryEntry[]): Promise<string | null> {
  const eventId = await tx.events.idOfClaim(claimId);
  if (!eventId) return null;
  await refreshEvent(tx, eventId, who, history);
  return eventId;
}

/**
 * A person's handover claim that belongs to no event becomes its own event, locked and accepted:
 * a decision on a claim always makes it count somewhere. Returns the new event's id.
 */
async function ownEvent(tx: Repositories, claim: LedgerClaim, who: Actor, history: HistoryEntry[]): Promise<string> {
  let id = eventIdFor(claim.id);
  // The id a claim founds may be taken (the claim was split out of the event it founded).
  if (await tx.events.get(id)) id = eventIdFor(claim.id, `accepted:${who.at}`);
  const event = reconcileEvent({ ...blankEvent(id, claim), claimIds: [claim.id], review: 'accepted', locked: true }, [claim]);
  await tx.events.save(event, who.at, null);
  await tx.claims.clearPending([claim.id]);
  history.push(historyEntry(who, 'create', 'event', id, null, event));
  return id;
}

/**
 * After a person changed a claim: its event follows (or is withdrawn); a credible handover claim
 * outside any event, or no longer matching its event's direction and category, gets its own event.
 */
async function placeClaim(tx: Repositories, claim: LedgerClaim, who: Actor, history: HistoryEntry[], redirected = false): Promise<void> {
  const eventId = await tx.events.idOfClaim(claim.id);
  if (eventId) {
    const event = (await tx.events.get(eventId))!;
    const moved = redirected && claim.kind === 'event' && (claim.from !== event.from || claim.to !== event.to || claim.category !== event.category);
    const others = (await tx.claims.getMany(event.claimIds)).filter((c) => c.id !== claim.id && foundsEvent(c));
    if (moved && others.length > 0) {
      // Another direction or category than the event's other witnesses: it is another handover.
      const detached = { ...event, claimIds: event.claimIds.filter((c) => c !== claim.id) };
      await tx.events.save(detached, who.at, event);
      history.push(historyEntry(who, 'detach', 'event', event.id, event, detached));
      await refreshEvent(tx, event.id, who, history);
      if (foundsEvent(claim)) await ownEvent(tx, claim, who, history);
      return;
    }
    await refreshEvent(tx, eventId, who, history);
    return;
  }
  if (foundsEvent(claim)) await ownEvent(tx, claim, who, history);
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
  /** What the change did beyond the record acted on, or why a decided claim counts in no event, in a sentence each. */
  notes?: string[];
}

/** Why a claim a person decided on counts in no event, when it does not. */
function whyNotCounted(claim: LedgerClaim): string | null {
  if (!isCredible(claim)) return null;
  if (claim.kind === 'cumulative') return `${claim.id} is a running total: it counts in checks (handover checks) against the handovers it covers, not as a handover`;
  if (claim.kind === 'plan') return `${claim.id} is a plan: checks compares it with what was delivered; it is no handover itself`;
  if (claim.kind === 'confirmation') return `${claim.id} confirms a handover the ledger does not hold yet: attach it with handover review attach ${claim.id} EVENT`;
  return null;
}

function changeOf(history: HistoryEntry[], notes: string[] = []): ReviewChange {
  const withdrawn = history.filter((h) => h.entity === 'event' && h.action === 'reject' && h.after === null && h.before !== null);
  const created = history.filter((h) => h.entity === 'event' && h.before === null && h.after !== null);
  const all = [
    ...notes,
    ...withdrawn.map((h) => `${h.entityId} is withdrawn: no credible handover claim is left in it; it leaves the events and the totals (handover history ${h.entityId} keeps it)`),
    ...created.map((h) => `${h.entityId} holds it as its own event and counts in the totals`),
  ];
  return all.length > 0 ? { changed: history.map((h) => h.entityId), history, notes: all } : { changed: history.map((h) => h.entityId), history };
}

async function setReview(store: Store, id: string, state: 'accepted' | 'rejected', reviewer: Reviewer): Promise<Result<ReviewChange>> {
  const action = state === 'accepted' ? 'accept' : 'reject';
  return run(store, 'REVIEW_NOT_FOUND', async (tx) => {
    const who = actorOf(reviewer);
    const target = await findTarget(tx, id);
    const history: HistoryEntry[] = [];
    const notes: string[] = [];
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
      if (state === 'accepted') {
        await placeClaim(tx, after, who, history);
        if (!(await tx.events.idOfClaim(id))) {
          const why = whyNotCounted(after);
          if (why) notes.push(why);
          // A confirmation still waits for the handover it confirms; the machine attaches it when one arrives.
          if (after.kind === 'confirmation') await tx.claims.setPending([{ claimId: id, reason: 'no-event-to-confirm', eventId: null, anchor: anchorOf(after) }], who.at);
        }
      } else {
        await refreshEventOf(tx, id, who, history);
      }
    }
    await recordHistory(tx, history);
    return changeOf(history, notes);
  }, reviewer.expected);
}

export const acceptItem = (store: Store, id: string, r: Reviewer) => setReview(store, id, 'accepted', r);
export const rejectItem = (store: Store, id: string, r: Reviewer) => setReview(store, id, 'rejected', r);

/** What a person may correct; unset fields stay as they are. Kind, speaker and the rest are a claim's own. */
export interface Correction {
  count?: number;
  qualifier?: string;
  /** A party slug, name or alias; null for "not named". */
  from?: string | null;
  to?: string | null;
  category?: string;
  /** YYYY-MM-DD. */
  date?: string;
  /** A claim's kind: event, cumulative, plan or confirmation. */
  kind?: string;
  /** Who said it (a person or body); null for nobody named. */
  speaker?: string | null;
  /** The party the speaker speaks for (slug, name or alias); null for none. */
  speakerParty?: string | null;
  agreement?: string | null;
  mediator?: string | null;
  wounded?: boolean;
  /** Where a running total starts, YYYY, YYYY-MM or YYYY-MM-DD; null to drop it. */
  since?: string | null;
}

const CLAIM_ONLY = ['kind', 'speaker', 'speakerParty', 'since'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (d: string) => DAY.test(d) && !Number.isNaN(Date.parse(d)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

/** Checks a correction; typed parties become their slugs ("Moscow" → russia). */
export function checkCorrection(c: Correction): Result<Correction> {
  const issues: Issue[] = [];
  const bad = (path: string, message: string) => issues.push({ code: 'REVIEW_INVALID_CORRECTION', path, message });
  const out: Correction = { ...c };
  if (c.count !== undefined && (!Number.isInteger(c.count) || c.count < 0)) bad('count', `count must be a whole number ≥ 0, got ${c.count}`);
  if (c.qualifier !== undefined && !(QUALIFIERS as readonly string[]).includes(c.qualifier)) bad('qualifier', `qualifier must be one of ${QUALIFIERS.join(', ')}`);
  if (c.category !== undefined && !(CATEGORIES as readonly string[]).includes(c.category)) bad('category', `category must be one of ${CATEGORIES.join(', ')}`);
  if (c.kind !== undefined && !(CLAIM_KINDS as readonly string[]).includes(c.kind)) bad('kind', `kind must be one of ${CLAIM_KINDS.join(', ')}, got "${c.kind}"`);
  for (const side of ['from', 'to', 'speakerParty'] as const) {
    const v = c[side];
    if (v === undefined || v === null) continue;
    const party = checkParty(side, v);
    if (party.ok) out[side] = party.value;
    else issues.push({ ...party.error, code: 'REVIEW_INVALID_CORRECTION' });
  }
  if (c.date !== undefined && !realDay(c.date)) bad('date', `date must be a real day as YYYY-MM-DD, got "${c.date}"`);
  if (c.since !== undefined && c.since !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(c.since)) bad('since', `since must be YYYY, YYYY-MM or YYYY-MM-DD, got "${c.since}"`);
  if (c.qualifier !== undefined && c.count === undefined) bad('qualifier', 'qualifier needs a count to qualify');
  if (Object.values(c).every((v) => v === undefined)) issues.push({ code: 'REVIEW_INVALID_CORRECTION', message: 'nothing to correct: give at least one of count, from, to, category, date, kind, speaker, speakerParty, agreement, mediator, wounded, since' });
  return issues.length > 0 ? failAll(issues) : ok(out);
}

/** The claim as corrected; the fields not named stay. */
function correctedClaim(before: LedgerClaim, c: Correction): LedgerClaim {
  const after: LedgerClaim = { ...before, review: 'corrected', attribution: { ...before.attribution } };
  if (c.count !== undefined) after.count = countOf(c.count, (c.qualifier ?? before.count?.qualifier ?? 'exact') as Qualifier);
  if (c.from !== undefined) after.from = c.from;
  if (c.to !== undefined) after.to = c.to;
  if (c.category !== undefined) after.category = c.category as Category;
  if (c.date !== undefined) after.date = { start: c.date, end: c.date, precision: 'day' };
  if (c.kind !== undefined) after.kind = c.kind as ClaimKind;
  if (c.speaker !== undefined) after.attribution.speaker = c.speaker;
  if (c.speakerParty !== undefined) after.attribution.party = c.speakerParty;
  if (c.agreement !== undefined) after.agreement = c.agreement;
  if (c.mediator !== undefined) after.mediator = c.mediator;
  if (c.wounded !== undefined) after.wounded = c.wounded;
  // A person's date is the claim's own, not its source's publication day.
  if (c.date !== undefined) after.flags = after.flags.filter((f) => f !== 'date-from-publication' && f !== 'date-from-context');
  if (c.since !== undefined) after.flags = [...after.flags.filter((f) => !f.startsWith('since:')), ...(c.since === null ? [] : [`since:${c.since}`])];
  // A person who makes it a handover again has looked: it is no running total read as one.
  if (c.kind === 'event') after.flags = after.flags.filter((f) => f !== 'probable-cumulative' && f !== 'running-total-sentence');
  return after;
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
    const notes: string[] = [];
    if (target.entity === 'claim') {
      const before = target.claim;
      const after = correctedClaim(before, c);
      await tx.claims.save(after, who.at);
      await tx.claims.clearPending([id]);
      history.push(historyEntry(who, 'correct', 'claim', id, before, after));
      await placeClaim(tx, after, who, history, c.from !== undefined || c.to !== undefined || c.category !== undefined || c.kind !== undefined);
      if (!(await tx.events.idOfClaim(id))) {
        const why = whyNotCounted(after);
        if (why) notes.push(why);
        if (after.kind === 'confirmation') await tx.claims.setPending([{ claimId: id, reason: 'no-event-to-confirm', eventId: null, anchor: anchorOf(after) }], who.at);
      }
    } else {
      const named = CLAIM_ONLY.filter((k) => c[k] !== undefined);
      if (named.length > 0) throw new HandoverError('REVIEW_INVALID_CORRECTION', `${named.join(', ')} belong to a claim, not an event: correct one of ${id}'s claims (handover event ${id} lists them)`);
      const before = target.event;
      const after: LedgerEvent = { ...before, review: 'corrected', locked: true };
      if (c.count !== undefined) {
        const n = countOf(c.count, (c.qualifier ?? 'exact') as Qualifier);
        after.figure = { low: n.low, best: n.value, high: n.high };
      }
      if (c.from !== undefined) after.from = c.from;
      if (c.to !== undefined) after.to = c.to;
      if (c.category !== undefined) after.category = c.category as Category;
      if (c.wounded !== undefined) after.wounded = c.wounded;
      if (c.agreement !== undefined) after.agreement = c.agreement;
      if (c.mediator !== undefined) after.mediator = c.mediator;
      if (date !== undefined) after.date = date;
      // Status and flags still follow the claims; the corrected figure, date and direction stay.
      const claims = await tx.claims.getMany(after.claimIds);
      const reconciled = reconcileEvent(after, claims);
      // A person's agreement or mediator stands even where the claims name another.
      if (c.agreement !== undefined) reconciled.agreement = c.agreement;
      if (c.mediator !== undefined) reconciled.mediator = c.mediator;
      await tx.events.save(reconciled, who.at, before);
      history.push(historyEntry(who, 'correct', 'event', id, before, reconciled));
    }
    await recordHistory(tx, history);
    return changeOf(history, notes);
  }, reviewer.expected);
}

/**
 * Attaches a claim to an event a person chose (a pending claim that matches a locked event, a
 * confirmation, a claim the machine placed elsewhere). The event is locked and accepted; the
 * claim's former event follows, or is withdrawn when nothing is left in it.
 */
export async function attachItem(store: Store, claimId: string, eventId: string, reviewer: Reviewer): Promise<Result<ReviewChange>> {
  return run(store, 'REVIEW_ATTACH_INVALID', async (tx) => {
    const who = actorOf(reviewer);
    const claimT = await findTarget(tx, claimId);
    const eventT = await findTarget(tx, eventId);
    if (claimT.entity !== 'claim') throw new HandoverError('REVIEW_ATTACH_INVALID', `${claimId} is an event: attach takes a claim (cl_…) and then an event (ev_…)`);
    if (eventT.entity !== 'event') throw new HandoverError('REVIEW_ATTACH_INVALID', `${eventId} is a claim: attach takes a claim (cl_…) and then an event (ev_…)`);
    const claim = claimT.claim;
    const event = eventT.event;
    if (!belongsInEvent(claim)) {
      throw new HandoverError('REVIEW_ATTACH_INVALID', `${claimId} is a ${claim.kind === 'cumulative' ? 'running total' : 'plan'}: checks compares it with the handovers it covers; to make it a handover, handover review correct ${claimId} --kind event`);
    }
    if (claim.kind === 'event' && (claim.category !== event.category || (claim.from !== null && claim.from !== event.from) || (claim.to !== null && claim.to !== event.to))) {
      throw new HandoverError(
        'REVIEW_ATTACH_INVALID',
        `${claimId} is ${claim.from ?? 'unnamed'} → ${claim.to ?? 'unnamed'} ${claim.category}, ${eventId} is ${event.from ?? 'unnamed'} → ${event.to ?? 'unnamed'} ${event.category}: correct the claim first (handover review correct ${claimId} --from … --to … --category …)`,
      );
    }
    if (event.claimIds.includes(claimId)) throw new HandoverError('REVIEW_NOTHING_TO_DO', `${claimId} is already in ${eventId}`);
    const history: HistoryEntry[] = [];
    // Attaching is a decision that the claim counts there: a machine or rejected claim is accepted.
    const decided: LedgerClaim = claim.review === 'machine' || claim.review === 'rejected' ? { ...claim, review: 'accepted' } : claim;
    if (decided !== claim) {
      await tx.claims.save(decided, who.at);
      history.push(historyEntry(who, 'accept', 'claim', claimId, claim, decided));
    }
    await tx.claims.clearPending([claimId]);
    const formerId = await tx.events.idOfClaim(claimId);
    // Read before the save below moves the claim's link away from it.
    const former = formerId && formerId !== eventId ? await tx.events.get(formerId) : undefined;
    const claims = await tx.claims.getMany([...event.claimIds, claimId]);
    const review = event.review === 'corrected' ? 'corrected' : 'accepted';
    const after = reconcileEvent({ ...event, claimIds: [...event.claimIds, claimId], review, locked: true }, claims.map((c) => (c.id === claimId ? decided : c)));
    // Saving moves the claim's link here from its former event.
    await tx.events.save(after, who.at, event);
    history.push(historyEntry(who, 'attach', 'event', eventId, event, after));
    if (former) {
      const left = { ...former, claimIds: former.claimIds.filter((c) => c !== claimId) };
      await tx.events.save(left, who.at, former);
      history.push(historyEntry(who, 'detach', 'event', former.id, former, left));
      await refreshEvent(tx, former.id, who, history);
    }
    await recordHistory(tx, history);
    const change = changeOf(history);
    return { ...change, changed: [claimId, eventId, ...change.changed.filter((c) => c !== claimId && c !== eventId)] };
  }, reviewer.expected);
}

/**
 * Running totals read as handovers. On: the event's handover claims become running totals (checks
 * compares them with the handovers they cover) and the event is withdrawn; a claim id makes that one
 * claim a running total. Off: a held event counts as the handover it says it is (accepted), and a
 * running-total claim becomes a handover again, in its own event.
 */
export async function cumulativeItem(store: Store, id: string, on: boolean, reviewer: Reviewer): Promise<Result<ReviewChange>> {
  return run(store, 'REVIEW_INVALID_CORRECTION', async (tx) => {
    const who = actorOf(reviewer);
    const target = await findTarget(tx, id);
    const history: HistoryEntry[] = [];
    const notes: string[] = [];
    if (target.entity === 'event') {
      const event = target.event;
      const claims = await tx.claims.getMany(event.claimIds);
      const handovers = claims.filter(foundsEvent);
      if (on) {
        if (handovers.length === 0) throw new HandoverError('REVIEW_NOTHING_TO_DO', `${id} holds no handover claim to turn into a running total`);
        for (const c of handovers) {
          const after = correctedClaim(c, { kind: 'cumulative' });
          await tx.claims.save(after, who.at);
          history.push(historyEntry(who, 'correct', 'claim', c.id, c, after));
        }
        await refreshEvent(tx, id, who, history);
        notes.push(`${handovers.map((c) => c.id).join(', ')} ${handovers.length === 1 ? 'is a running total' : 'are running totals'} now: handover checks compares ${handovers.length === 1 ? 'it' : 'them'} with the handovers ${handovers.length === 1 ? 'it covers' : 'they cover'}`);
      } else {
        if (!event.flags.includes('probable-cumulative')) throw new HandoverError('REVIEW_NOTHING_TO_DO', `${id} is not held as a running total; to turn a running-total claim back into a handover, give its claim id`);
        for (const c of handovers.filter((h) => h.flags.includes('probable-cumulative'))) {
          const after: LedgerClaim = { ...c, flags: c.flags.filter((f) => f !== 'probable-cumulative') };
          await tx.claims.save(after, who.at);
          history.push(historyEntry(who, 'correct', 'claim', c.id, c, after));
        }
        const fresh = await tx.claims.getMany(event.claimIds);
        const review = event.review === 'corrected' ? 'corrected' : 'accepted';
        const after = reconcileEvent({ ...event, review, locked: true, flags: event.flags.filter((f) => f !== 'probable-cumulative') }, fresh);
        await tx.events.save(after, who.at, event);
        history.push(historyEntry(who, 'accept', 'event', id, event, after));
        notes.push(`${id} counts as a handover: it is in the totals`);
      }
    } else {
      const before = target.claim;
      if (on && before.kind === 'cumulative') throw new HandoverError('REVIEW_NOTHING_TO_DO', `${id} is a running total already`);
      if (!on && before.kind !== 'cumulative') throw new HandoverError('REVIEW_NOTHING_TO_DO', `${id} is no running total (it is a ${before.kind})`);
      const after = correctedClaim(before, { kind: on ? 'cumulative' : 'event' });
      await tx.claims.save(after, who.at);
      await tx.claims.clearPending([id]);
      history.push(historyEntry(who, 'correct', 'claim', id, before, after));
      await placeClaim(tx, after, who, history, true);
      if (on) notes.push(`${id} is a running total now: handover checks compares it with the handovers it covers`);
    }
    await recordHistory(tx, history);
    return changeOf(history, notes);
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
    await recordHistory(tx, merged.value.history);
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
    await recordHistory(tx, split.value.history);
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
