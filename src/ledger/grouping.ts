/**
 * Grouping: which claims describe the same real handover. Incremental and stable — new claims are
 * placed among existing events, locked events are never touched, and ids derive from claim ids, so
 * running it again on the same input yields the same ledger.
 */
import type { HistoryEntry, LedgerClaim, LedgerEvent } from '../domain/index.js';
import {
  PUBLICATION_LOOKBACK_DAYS,
  byId,
  claimAnchor,
  eventAnchor,
  isCredible,
  isTwoWay,
} from './claims.js';
import { flagProbableCumulative, type ProbableCumulativeOptions } from './cumulative.js';
import { type DayRange, gapDays, midDistance } from './dates.js';
import { linkExchanges } from './exchanges.js';
import { DEFAULT_TOLERANCE, type Tolerance, countsCompatible } from './figures.js';
import { type Actor, historyEntry } from './history.js';
import { blankEvent } from './events.js';
import { eventIdFor } from './ids.js';
import { reconcileEvent, witnessClaims } from './reconcile.js';

export interface GroupingOptions {
  /** A claim dated by a week, a month or its publication joins an event at most this many days away (default 3). */
  nearDays: number;
  /** A claim dated only by publication happened at most this many days before it (default 3). */
  publicationLookbackDays: number;
  /** Figures within this tolerance are one figure rounded (default 2% or ±2). */
  tolerance: Tolerance;
  /** Another party's conflicting figure on the same day joins as a dispute only within this ratio (default 1.5). */
  disputeRatio: number;
}

export const DEFAULT_GROUPING: GroupingOptions = {
  nearDays: 3,
  publicationLookbackDays: PUBLICATION_LOOKBACK_DAYS,
  tolerance: DEFAULT_TOLERANCE,
  disputeRatio: 1.5,
};

export interface AssignOptions extends Partial<GroupingOptions> {
  /** The claims of the existing events that new claims may join; reconciliation reads them. */
  existingClaims?: readonly LedgerClaim[];
  /** When and by whom, for the history entries; without it no history is returned. */
  by?: Actor;
  /** Thresholds of the probable-cumulative flag. */
  probableCumulative?: ProbableCumulativeOptions;
}

/** Why a claim did not join or found an event. */
export type SkipReason =
  | 'already-assigned'
  | 'rejected'
  | 'cumulative'
  | 'plan'
  | 'no-event-to-confirm'
  | 'matches-locked-event';

export interface SkippedClaim {
  claimId: string;
  reason: SkipReason;
  /** The event it would have joined, for `matches-locked-event`: a person decides. */
  eventId?: string;
}

export interface AssignResult {
  /** New events, to insert. */
  created: LedgerEvent[];
  /** Existing events that changed (claims attached, figure, status, flags or exchange), to update. */
  updated: LedgerEvent[];
  /** Claims left out, with the reason. */
  skipped: SkippedClaim[];
  /** `create` / `attach` / `update` entries for the above, when `by` was given. */
  history: HistoryEntry[];
}

interface Working {
  event: LedgerEvent;
  claims: LedgerClaim[];
  isNew: boolean;
  /** The event's date range, recomputed when a claim is attached. */
  anchor: DayRange | null;
}

/** Events are looked up by direction: a claim only ever joins its own direction. */
function directionKey(from: string | null, to: string | null, twoWay: boolean): string {
  return `${from ?? ''}>${to ?? ''}${twoWay ? ':two-way' : ''}`;
}

function compareAnchors(a: LedgerClaim, b: LedgerClaim, anchors: ReadonlyMap<string, DayRange | null>): number {
  const ra = anchors.get(a.id) ?? null;
  const rb = anchors.get(b.id) ?? null;
  if (ra && rb && ra.start !== rb.start) return ra.start - rb.start;
  if (ra && !rb) return -1;
  if (!ra && rb) return 1;
  return byId(a, b);
}

function datesCompatible(a: DayRange | null, b: DayRange | null, nearDays: number): boolean {
  if (a === null || b === null) return a === null && b === null;
  if (a.exact && b.exact) return a.start === b.start;
  // "On or before the day it was published": the other date must fall inside that window, not near it.
  if (a.onOrBefore || b.onOrBefore) return gapDays(a, b) === 0;
  return gapDays(a, b) <= nearDays;
}

function sameDirection(claim: LedgerClaim, event: LedgerEvent): boolean {
  const twoWay = isTwoWay(claim);
  return claim.from === event.from && claim.to === event.to && twoWay === event.flags.includes('two-way');
}

/** The figure fits the event: no figure on either side, or within rounding of one of its witnesses. */
function figureFits(claim: LedgerClaim, claims: readonly LedgerClaim[], tol: Tolerance): boolean {
  if (claim.count === null) return true;
  const figured = witnessClaims(claims).filter((c) => c.count !== null);
  return figured.length === 0 || figured.some((c) => countsCompatible(c.count!, claim.count!, tol));
}

/**
 * Another party's conflicting figure for the same day joins the event so the dispute shows: same day
 * (both exact), same category and wounded flag, the claim's party has no figure in the event yet,
 * another party has, and the figures are within `disputeRatio` of each other (11,000 against 1,000
 * is not a dispute about one handover but a different kind of figure).
 */
function isDispute(claim: LedgerClaim, w: Working, claimRange: DayRange | null, opts: GroupingOptions): boolean {
  const party = claim.attribution.party;
  if (party === null || claim.count === null) return false;
  const eventRange = w.anchor;
  if (!claimRange?.exact || !eventRange?.exact || claimRange.start !== eventRange.start) return false;
  if (claim.category !== w.event.category || claim.wounded !== w.event.wounded) return false;
  const figured = witnessClaims(w.claims).filter((c) => c.count !== null && c.attribution.party !== null);
  if (figured.length === 0 || figured.some((c) => c.attribution.party === party)) return false;
  return figured.some((c) => {
    const hi = Math.max(c.count!.value, claim.count!.value);
    const lo = Math.min(c.count!.value, claim.count!.value);
    return lo > 0 && hi / lo <= opts.disputeRatio;
  });
}

/** pow and wounded pow group; `mixed` joins pow or civilians only when both give a figure and the figures match. */
function categoryFits(claim: LedgerClaim, w: Working, tol: Tolerance): boolean {
  if (claim.category === w.event.category) return true;
  const pair = new Set([claim.category, w.event.category]);
  if (!pair.has('mixed') || !(pair.has('pow') || pair.has('civilians'))) return false;
  if (claim.count === null) return false;
  const figured = witnessClaims(w.claims).filter((c) => c.count !== null);
  return figured.length > 0 && figured.some((c) => countsCompatible(c.count!, claim.count!, tol));
}

/** Scores a candidate: nearer in date first, then closer in figure, then the matching wounded flag, then id. */
function score(claim: LedgerClaim, w: Working, claimRange: DayRange | null): number[] {
  const er = w.anchor;
  const dateScore = claimRange && er ? [gapDays(claimRange, er), midDistance(claimRange, er)] : [0, 0];
  const best = w.event.figure.best;
  const figureScore = claim.count && best !== null ? Math.abs(claim.count.value - best) / Math.max(1, best) : 0;
  return [...dateScore, figureScore, claim.wounded === w.event.wounded ? 0 : 1];
}

function pickBest<T extends { w: Working; s: number[] }>(list: T[]): T | undefined {
  return list.sort((a, b) => {
    for (let i = 0; i < a.s.length; i++) {
      const d = (a.s[i] ?? 0) - (b.s[i] ?? 0);
      if (d !== 0) return d;
    }
    return a.w.event.id < b.w.event.id ? -1 : 1;
  })[0];
}

/** Whether an event's party can be the one a confirmation speaks about. */
function confirmationFits(claim: LedgerClaim, e: LedgerEvent): boolean {
  if (claim.from !== null || claim.to !== null) return claim.from === e.from && claim.to === e.to;
  if (isTwoWay(claim)) return true;
  const party = claim.attribution.party;
  return party !== null && (e.from === party || e.to === party);
}

/**
 * Places new claims among existing events.
 * - event claims join the nearest event of the same direction and category (see `categoryFits`),
 *   whose date is compatible (the same day when both are day-exact; within `nearDays` when either is
 *   dated by a week, a month or publication; undated only with undated) and whose figures agree
 *   within rounding — or found a new event. Two-way totals only group with two-way totals.
 * - confirmations attach to the event they confirm (same parties and category, nearest date); none
 *   found: skipped, to retry when the event arrives.
 * - cumulative and plan claims are not events (see cumulative.ts and plans.ts).
 * - a claim whose best match is a locked event is skipped with that event's id: a person decides.
 * Then every touched event is reconciled, exchanges are relinked and outliers flagged over the
 * events given. Claims are processed in date order, then by id, so input order does not matter.
 */
export function assignClaims(
  existingEvents: readonly LedgerEvent[],
  newClaims: readonly LedgerClaim[],
  options: AssignOptions = {},
): AssignResult {
  const opts: GroupingOptions = {
    nearDays: options.nearDays ?? DEFAULT_GROUPING.nearDays,
    publicationLookbackDays: options.publicationLookbackDays ?? DEFAULT_GROUPING.publicationLookbackDays,
    tolerance: options.tolerance ?? DEFAULT_GROUPING.tolerance,
    disputeRatio: options.disputeRatio ?? DEFAULT_GROUPING.disputeRatio,
  };
  const lookback = opts.publicationLookbackDays;
  const known = new Map<string, LedgerClaim>();
  for (const c of options.existingClaims ?? []) known.set(c.id, c);
  for (const c of newClaims) known.set(c.id, c);

  const working: Working[] = existingEvents.map((event) => ({
    event,
    claims: event.claimIds.map((id) => known.get(id)).filter((c): c is LedgerClaim => c !== undefined),
    isNew: false,
    anchor: eventAnchor(event, lookback),
  }));
  const byDirection = new Map<string, Working[]>();
  const index = (w: Working): void => {
    const key = directionKey(w.event.from, w.event.to, w.event.flags.includes('two-way'));
    const list = byDirection.get(key);
    if (list) list.push(w);
    else byDirection.set(key, [w]);
  };
  working.forEach(index);
  const assigned = new Set(existingEvents.flatMap((e) => e.claimIds));
  const touched = new Set<Working>();
  const skipped: SkippedClaim[] = [];

  const unique = [...new Map(newClaims.map((c) => [c.id, c])).values()];
  const anchors = new Map(unique.map((c) => [c.id, claimAnchor(c, lookback)]));
  const pending = unique.sort((a, b) => compareAnchors(a, b, anchors));
  const eventClaims: LedgerClaim[] = [];
  const confirmations: LedgerClaim[] = [];
  for (const c of pending) {
    if (assigned.has(c.id)) skipped.push({ claimId: c.id, reason: 'already-assigned' });
    else if (!isCredible(c)) skipped.push({ claimId: c.id, reason: 'rejected' });
    else if (c.kind === 'cumulative' || c.kind === 'plan') skipped.push({ claimId: c.id, reason: c.kind });
    else if (c.kind === 'confirmation') confirmations.push(c);
    else eventClaims.push(c);
  }

  const attach = (w: Working, claim: LedgerClaim): void => {
    if (w.claims.length !== w.event.claimIds.length) {
      // A bug in the caller, not bad input: reconciling without them would silently change the figure.
      const missing = w.event.claimIds.filter((id) => !known.has(id));
      throw new Error(`assignClaims: claims ${missing.join(', ')} of event ${w.event.id} missing; pass them in existingClaims`);
    }
    w.claims.push(claim);
    w.event = reconcileEvent({ ...w.event, claimIds: [...w.event.claimIds, claim.id] }, w.claims, opts);
    w.anchor = eventAnchor(w.event, lookback);
    touched.add(w);
  };

  for (const claim of eventClaims) {
    const range = anchors.get(claim.id) ?? null;
    const candidates = (byDirection.get(directionKey(claim.from, claim.to, isTwoWay(claim))) ?? [])
      .filter((w) => w.event.review !== 'rejected' && sameDirection(claim, w.event))
      .filter((w) => datesCompatible(range, w.anchor, opts.nearDays))
      .filter((w) => categoryFits(claim, w, opts.tolerance))
      .filter((w) => figureFits(claim, w.claims, opts.tolerance) || isDispute(claim, w, range, opts))
      .map((w) => ({ w, s: score(claim, w, range) }));
    const best = pickBest(candidates);
    if (best?.w.event.locked) {
      skipped.push({ claimId: claim.id, reason: 'matches-locked-event', eventId: best.w.event.id });
    } else if (best) {
      attach(best.w, claim);
    } else {
      const w: Working = { event: blankEvent(eventIdFor(claim.id), claim), claims: [], isNew: true, anchor: null };
      working.push(w);
      index(w);
      attach(w, claim);
    }
  }

  // Provisional outliers, so a confirmation goes to the real handover rather than a total read as one.
  const outliers = new Set(
    confirmations.length === 0
      ? []
      : flagProbableCumulative(working.map((w) => ({ ...w.event, review: 'machine' as const, locked: false })), options.probableCumulative)
          .filter((e) => e.flags.includes('probable-cumulative'))
          .map((e) => e.id),
  );
  for (const claim of confirmations) {
    const range = anchors.get(claim.id) ?? null;
    const party = claim.attribution.party;
    const candidates = working
      .filter((w) => w.event.review !== 'rejected' && confirmationFits(claim, w.event))
      .filter((w) => claim.category === 'mixed' || claim.category === w.event.category)
      .filter((w) => (range === null || w.anchor === null ? range === w.anchor : gapDays(range, w.anchor) <= opts.nearDays))
      // The side that received is the one that usually confirms: prefer the event it received in,
      // then a plausible handover over an outlier, then one reported in the same source.
      .map((w) => ({
        w,
        s: [
          party !== null && w.event.to === party ? 0 : 1,
          outliers.has(w.event.id) ? 1 : 0,
          ...score(claim, w, range),
          w.claims.some((c) => c.sourceId === claim.sourceId) ? 0 : 1,
        ],
      }));
    const best = pickBest(candidates);
    if (!best) skipped.push({ claimId: claim.id, reason: 'no-event-to-confirm' });
    else if (best.w.event.locked) skipped.push({ claimId: claim.id, reason: 'matches-locked-event', eventId: best.w.event.id });
    else attach(best.w, claim);
  }

  // Exchanges and outliers are judged over every event given, so untouched ones may change too.
  let events = working.map((w) => w.event);
  const sourcesOf = new Map(working.map((w) => [w.event.id, w.claims.map((c) => c.sourceId)]));
  events = linkExchanges(events, { nearDays: opts.nearDays, sourcesOf });
  events = flagProbableCumulative(events, options.probableCumulative);
  const original = new Map(existingEvents.map((e) => [e.id, e]));
  const created: LedgerEvent[] = [];
  const updated: LedgerEvent[] = [];
  const history: HistoryEntry[] = [];
  events.forEach((event, i) => {
    const w = working[i]!;
    if (w.isNew) {
      created.push(event);
      if (options.by) history.push(historyEntry(options.by, 'create', 'event', event.id, null, event));
      return;
    }
    const was = original.get(event.id)!;
    if (event === was || JSON.stringify(was) === JSON.stringify(event)) return;
    updated.push(event);
    if (options.by) {
      const action = was.claimIds.length !== event.claimIds.length ? 'attach' : 'update';
      history.push(historyEntry(options.by, action, 'event', event.id, was, event));
    }
  });
  return { created, updated, skipped, history };
}

/**
 * The date range a batch of new claims can touch, widened by the grouping window: storage loads the
 * events (and their claims) dated inside it, plus undated ones, and passes them to assignClaims.
 */
export function assignmentWindow(
  newClaims: readonly LedgerClaim[],
  options: Partial<GroupingOptions> = {},
): { start: string; end: string } | null {
  const near = (options.nearDays ?? DEFAULT_GROUPING.nearDays) + 7;
  const lookback = options.publicationLookbackDays ?? DEFAULT_GROUPING.publicationLookbackDays;
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const c of newClaims) {
    const r = claimAnchor(c, lookback);
    if (!r) continue;
    start = Math.min(start, r.start);
    end = Math.max(end, r.end);
  }
  if (!Number.isFinite(start)) return null;
  const iso = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);
  return { start: iso(start - near), end: iso(end + near) };
}
