/**
 * Reconciliation: from the claims of one event, its figure (low / best / high), status, date,
 * category and machine flags. The rules are summarised in README.md; the code below is the reference.
 */
import type { Category, DateSpan, EventStatus, Figure, LedgerClaim, LedgerEvent } from '../domain/index.js';
import { byId, datedByPublication, isCredible, isTwoWay, mediatorsNamed, speaksAsMediator } from './claims.js';
import { dayNumber } from './dates.js';
import { DEFAULT_TOLERANCE, NO_FIGURE, type Tolerance, countsCompatible, lowerMedian, qualifierRank } from './figures.js';

/** Flags reconciliation computes; it replaces them on every run and leaves every other flag alone. */
const OWNED_FLAGS = ['no-figure', 'disputed-figures', 'date-from-publication', 'single-source', 'two-way'];
const OWNED_PREFIXES = ['disputed:', 'figures-differ:'];

function owned(flag: string): boolean {
  return OWNED_FLAGS.includes(flag) || OWNED_PREFIXES.some((p) => flag.startsWith(p));
}

export interface ReconcileOptions {
  /** When two parties' figures disagree (default 2% or ±2). */
  tolerance?: Tolerance;
}

/** Claims with a figure that count as witnesses: credible event claims, syndicated copies dropped when their original is present. */
export function witnessClaims(claims: readonly LedgerClaim[]): LedgerClaim[] {
  const credible = claims.filter((c) => isCredible(c) && c.kind === 'event');
  const sources = new Set(credible.map((c) => c.sourceId));
  return credible.filter((c) => c.duplicateOf === null || !sources.has(c.duplicateOf));
}

/** The role of a claim's speaker in this event: receiver 0, sender 1, anyone else 2, unattributed 3. */
function role(c: LedgerClaim, event: Pick<LedgerEvent, 'from' | 'to'>): number {
  const p = c.attribution.party;
  if (p === null) return 3;
  if (p === event.to) return 0;
  if (p === event.from) return 1;
  return 2;
}

/**
 * The claims that give a figure, best first: first-hand (a party or mediator said it) before media
 * narration; exact before qualified; the receiving side before the sending side before third parties;
 * originals before syndicated copies; then higher extractor confidence; then id for stability.
 */
export function rankFigureClaims(claims: readonly LedgerClaim[], event: Pick<LedgerEvent, 'from' | 'to'>): LedgerClaim[] {
  const key = (c: LedgerClaim): number[] => [
    c.attribution.party === null ? 1 : 0,
    c.count ? qualifierRank(c.count.qualifier) : 9,
    role(c, event),
    c.duplicateOf === null ? 0 : 1,
    -c.confidence,
  ];
  return claims
    .filter((c) => c.count !== null)
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      for (let i = 0; i < ka.length; i++) {
        const d = (ka[i] ?? 0) - (kb[i] ?? 0);
        if (d !== 0) return d;
      }
      return byId(a, b);
    });
}

/**
 * The reconciled figure.
 * - best: the top-ranked first-hand figure (see rankFigureClaims) — the receiving side's own count
 *   when it gives an exact one; with no first-hand figure, the median of the witnesses (the lower
 *   middle, so best is always a figure somebody reported). When a person has accepted or corrected
 *   some of the claims, best is taken from those alone.
 * - low / high: the range of the witnesses' intervals (count.low / count.high); one open-ended
 *   "more than" leaves high null.
 */
export function reconcileFigure(claims: readonly LedgerClaim[], event: Pick<LedgerEvent, 'from' | 'to'>): Figure {
  const witnesses = witnessClaims(claims).filter((c) => c.count !== null);
  if (witnesses.length === 0) return NO_FIGURE;
  // A person's word outweighs the machine's: once claims are accepted or corrected, best comes from them.
  const reviewed = witnesses.filter((c) => c.review !== 'machine');
  const pool = reviewed.length > 0 ? reviewed : witnesses;
  const top = rankFigureClaims(pool, event)[0];
  const best = top && top.attribution.party !== null ? top.count!.value : lowerMedian(pool.map((c) => c.count!.value));
  let low = Number.POSITIVE_INFINITY;
  let high: number | null = Number.NEGATIVE_INFINITY;
  for (const c of witnesses) {
    const count = c.count!;
    low = Math.min(low, count.low);
    high = high === null || count.high === null ? null : Math.max(high, count.high);
  }
  return { low, best, high };
}

/** Figures that disagree beyond rounding: between parties (a dispute) or among unattributed reports. */
export function figureConflicts(
  claims: readonly LedgerClaim[],
  event: Pick<LedgerEvent, 'from' | 'to'>,
  tol: Tolerance = DEFAULT_TOLERANCE,
): { disputed: Map<string, number> | null; differing: number[] } {
  const witnesses = rankFigureClaims(witnessClaims(claims), event);
  // One representative figure per party: its most specific claim.
  const byParty = new Map<string, LedgerClaim>();
  for (const c of witnesses) {
    const p = c.attribution.party;
    if (p !== null && !byParty.has(p)) byParty.set(p, c);
  }
  const parties = [...byParty.entries()];
  let disputed: Map<string, number> | null = null;
  for (let i = 0; i < parties.length; i++) {
    for (let j = i + 1; j < parties.length; j++) {
      const [pa, a] = parties[i]!;
      const [pb, b] = parties[j]!;
      if (!countsCompatible(a.count!, b.count!, tol)) {
        disputed ??= new Map();
        disputed.set(pa, a.count!.value);
        disputed.set(pb, b.count!.value);
      }
    }
  }
  const values = [...new Set(witnesses.map((c) => c.count!.value))].sort((x, y) => x - y);
  const differing =
    witnesses.some((a) => witnesses.some((b) => !countsCompatible(a.count!, b.count!, tol))) ? values : [];
  return { disputed, differing };
}

/**
 * Status: disputed when two parties' figures disagree beyond rounding; confirmed when both sides
 * (or, for a two-way total, two distinct parties) spoke — with a figure or a bare confirmation — or
 * when a mediator did; otherwise announced.
 */
export function reconcileStatus(
  claims: readonly LedgerClaim[],
  event: Pick<LedgerEvent, 'from' | 'to'>,
  tol: Tolerance = DEFAULT_TOLERANCE,
): EventStatus {
  if (figureConflicts(claims, event, tol).disputed) return 'disputed';
  const voices = claims.filter((c) => isCredible(c) && (c.kind === 'event' || c.kind === 'confirmation'));
  const sides = new Set([event.from, event.to].filter((p): p is string => p !== null));
  const mediators = mediatorsNamed(voices);
  if (voices.some((c) => speaksAsMediator(c, sides, mediators))) return 'confirmed';
  const parties = new Set(voices.map((c) => c.attribution.party).filter((p): p is string => p !== null));
  if (sides.size === 2) return [...sides].every((s) => parties.has(s)) ? 'confirmed' : 'announced';
  const nonMediators = [...parties].filter((p) => !mediators.has(p));
  return nonMediators.length >= 2 ? 'confirmed' : 'announced';
}

/** The most frequent non-null value; ties go to the alphabetically first. */
function mode(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (c > n) {
      best = v;
      n = c;
    }
  }
  return best;
}

const PRECISION_RANK: Record<DateSpan['precision'], number> = { day: 0, week: 1, month: 2, year: 3 };

/**
 * The event's date: the most reported single day; else the narrowest reported span; else the
 * earliest publication date of its sources (flagged `date-from-publication`).
 */
export function reconcileDate(claims: readonly LedgerClaim[]): { date: DateSpan | null; fromPublication: boolean } {
  const credible = claims.filter(isCredible);
  // A date that is only a publication day says "on or before": any date a report states wins over it.
  const stated = credible.filter((c) => !datedByPublication(c));
  const primary = stated.filter((c) => c.kind === 'event');
  for (const pool of [primary, stated]) {
    const days = pool.filter((c) => c.date && c.date.precision === 'day' && c.date.start === c.date.end);
    if (days.length > 0) {
      const counts = new Map<string, number>();
      for (const c of days) counts.set(c.date!.start, (counts.get(c.date!.start) ?? 0) + 1);
      const [day] = [...counts.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]!;
      return { date: { start: day, end: day, precision: 'day' }, fromPublication: false };
    }
    const spans = pool.map((c) => c.date).filter((d): d is DateSpan => d !== null);
    if (spans.length > 0) {
      const width = (d: DateSpan): number => dayNumber(d.end) - dayNumber(d.start);
      const [span] = [...spans].sort(
        (a, b) =>
          PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
          width(a) - width(b) ||
          (a.start < b.start ? -1 : a.start > b.start ? 1 : 0),
      );
      return { date: { ...span! }, fromPublication: false };
    }
  }
  const published = credible
    .map((c) => c.publishedAt ?? (datedByPublication(c) ? c.date!.end : null))
    .filter((p): p is string => p !== null)
    .sort();
  const first = published[0];
  return first ? { date: { start: first, end: first, precision: 'day' }, fromPublication: true } : { date: null, fromPublication: false };
}

/** The category: the most reported specific one; `mixed` only when no claim is more specific. */
export function reconcileCategory(claims: readonly LedgerClaim[], fallback: Category): Category {
  const events = claims.filter((c) => isCredible(c) && c.kind === 'event');
  const specific = mode(events.map((c) => (c.category === 'mixed' ? null : c.category)));
  if (specific) return specific as Category;
  return events.length > 0 ? 'mixed' : fallback;
}

/**
 * Recomputes everything the machine derives for an event from its claims. A person's correction
 * (review `corrected`) keeps its figure, date, category and direction; status and flags are still
 * recomputed so a later claim can show a dispute.
 */
export function reconcileEvent(event: LedgerEvent, allClaims: readonly LedgerClaim[], opts: ReconcileOptions = {}): LedgerEvent {
  const ids = new Set(event.claimIds);
  const claims = allClaims.filter((c) => ids.has(c.id));
  const tol = opts.tolerance ?? DEFAULT_TOLERANCE;
  const credible = claims.filter(isCredible);
  const eventClaims = credible.filter((c) => c.kind === 'event');
  const first = [...eventClaims].sort(byId)[0];
  const corrected = event.review === 'corrected';

  const from = corrected ? event.from : (first?.from ?? event.from);
  const to = corrected ? event.to : (first?.to ?? event.to);
  const direction = { from, to };
  const category = corrected ? event.category : reconcileCategory(claims, event.category);
  const wounded = corrected ? event.wounded : category === 'pow' && eventClaims.some((c) => c.wounded);
  const dated = reconcileDate(claims);
  const date = corrected ? event.date : dated.date;
  const figure = corrected ? event.figure : reconcileFigure(claims, direction);
  const conflicts = figureConflicts(claims, direction, tol);
  const status = reconcileStatus(claims, direction, tol);

  const flags = event.flags.filter((f) => !owned(f));
  if (eventClaims.some(isTwoWay)) flags.push('two-way');
  // The extractor may already suspect a total read as one handover; the flag then stays for a person.
  if (eventClaims.some((c) => c.flags.includes('probable-cumulative'))) flags.push('probable-cumulative');
  if (figure.best === null && figure.low === null) flags.push('no-figure');
  if (conflicts.disputed) {
    flags.push('disputed-figures');
    flags.push(`disputed:${[...conflicts.disputed.entries()].map(([p, v]) => `${p}=${v}`).join(';')}`);
  } else if (conflicts.differing.length > 0) {
    flags.push(`figures-differ:${conflicts.differing.join(';')}`);
  }
  if (!corrected && dated.fromPublication) flags.push('date-from-publication');
  // One report, one side: a confirmed event has heard from both sides (or a mediator), even in one report.
  if (status !== 'confirmed' && new Set(witnessClaims(claims).map((c) => c.duplicateOf ?? c.sourceId)).size === 1) flags.push('single-source');

  return {
    ...event,
    from,
    to,
    category,
    wounded,
    date,
    figure,
    status,
    agreement: mode(credible.map((c) => c.agreement)) ?? (corrected ? event.agreement : null),
    mediator: mode(credible.map((c) => c.mediator)) ?? (corrected ? event.mediator : null),
    flags: [...new Set(flags)],
  };
}
