import type { Category, CumulativeCheck, DateSpan, LedgerClaim, LedgerEvent } from '../domain/index.js';
import { byId, isCredible, isTwoWay } from './claims.js';
import { formatDate } from './dates.js';
import {
  DEFAULT_TOLERANCE,
  countsCompatible,
  formatCount,
  formatNumber,
  roughly,
  sumFigures,
} from './figures.js';

export interface ProbableCumulativeOptions {
  /** A single handover above this many (default 3,000) and above twice every other of its kind is flagged. */
  absolute?: number;
  /** Or one above `ratio` × (default 5×) the largest other … */
  ratio?: number;
  /** … when at least this many other events (default 3) give the kind a history … */
  minHistory?: number;
  /** … and it counts at least this many (default 1,000): small handovers vary too much to judge. */
  floor?: number;
}

const FLAG = 'probable-cumulative';

function isLive(e: LedgerEvent): boolean {
  return e.review !== 'rejected';
}

/**
 * Flags single events whose figure is far above every other event of the same direction and
 * category ("more than 11,000 bodies" among handovers of ≤1,212): probably a cumulative total read
 * as one handover. The flag asks for review; the machine adds it and never removes it (a person
 * does, by accepting or correcting the event). Locked and reviewed events are left alone.
 * Returns every event in input order.
 */
export function flagProbableCumulative(events: readonly LedgerEvent[], opts: ProbableCumulativeOptions = {}): LedgerEvent[] {
  const absolute = opts.absolute ?? 3000;
  const ratio = opts.ratio ?? 5;
  const minHistory = opts.minHistory ?? 3;
  const floor = opts.floor ?? 1000;
  const kinds = new Map<string, LedgerEvent[]>();
  for (const e of events) {
    if (!isLive(e) || e.from === null || e.to === null || e.figure.best === null) continue;
    const key = `${e.from}>${e.to}:${e.category}`;
    const list = kinds.get(key);
    if (list) list.push(e);
    else kinds.set(key, [e]);
  }
  const flagged = new Set<string>();
  for (const list of kinds.values()) {
    // The largest and second largest figures give every event's largest *other* in one pass.
    let top = -1;
    let first = Number.NEGATIVE_INFINITY;
    let second = Number.NEGATIVE_INFINITY;
    list.forEach((e, i) => {
      const b = e.figure.best!;
      if (b > first) {
        second = first;
        first = b;
        top = i;
      } else if (b > second) second = b;
    });
    const others = list.length - 1;
    list.forEach((e, i) => {
      const best = e.figure.best!;
      const maxOther = others === 0 ? 0 : i === top ? second : first;
      const overAbsolute = best > absolute && best > 2 * maxOther;
      const overRatio = others >= minHistory && maxOther >= 1 && best >= floor && best > ratio * maxOther;
      if (overAbsolute || overRatio) flagged.add(e.id);
    });
  }
  return events.map((e) =>
    flagged.has(e.id) && !e.locked && e.review === 'machine' && !e.flags.includes(FLAG)
      ? { ...e, flags: [...e.flags, FLAG] }
      : e,
  );
}

/** The period a cumulative claim covers: from `since` (null: the whole war) to `asOf` (null: up to now). */
export interface CumulativePeriod {
  since: string | null;
  sincePrecision: DateSpan['precision'];
  asOf: string | null;
  asOfPrecision: DateSpan['precision'];
}

/**
 * How a cumulative claim's date is read:
 * - no date: the whole war up to the source's publication date;
 * - "since June 2025" (flag `since:2025-06`, written by the extractor or a person): from that start
 *   up to the as-of date; a bare `since` flag: from the claim's own date up to publication;
 * - a year ("this year", "in 2025") or an explicit range of days: that span, cut at publication;
 * - a single day, week or month ("by December 2025"): the whole war up to its end, cut at publication.
 */
export function cumulativePeriod(claim: LedgerClaim): CumulativePeriod {
  const pub = claim.publishedAt;
  const d = claim.date;
  const cap = (iso: string): string => (pub !== null && pub < iso ? pub : iso);
  const stated = sinceOf(claim);
  if (!d) return { since: stated?.day ?? null, sincePrecision: stated?.precision ?? 'day', asOf: pub, asOfPrecision: 'day' };
  const asOfPrecision = (iso: string): DateSpan['precision'] => (iso === d.end ? d.precision : 'day');
  // "Since June 2025": the extractor (or a person) keeps the start as `since:DATE`; the date is the as-of day.
  if (stated !== null) {
    const asOf = cap(d.end);
    return { since: stated.day, sincePrecision: stated.precision, asOf, asOfPrecision: asOfPrecision(asOf) };
  }
  // A bare `since` flag: the date itself is where the total starts, up to publication.
  if (claim.flags.includes('since')) {
    const asOf = pub ?? null;
    return { since: d.start, sincePrecision: d.precision, asOf, asOfPrecision: 'day' };
  }
  if (d.precision === 'year' || (d.precision === 'day' && d.start !== d.end)) {
    const asOf = cap(d.end);
    return { since: d.start, sincePrecision: d.precision, asOf, asOfPrecision: asOfPrecision(asOf) };
  }
  const asOf = cap(d.end);
  return { since: null, sincePrecision: 'day', asOf, asOfPrecision: asOfPrecision(asOf) };
}

/** The start a running total states (`since:2025-06-01`), with how precisely it is known; null when it states none. */
export function sinceOf(claim: Pick<LedgerClaim, 'flags'>): { day: string; precision: DateSpan['precision'] } | null {
  for (const f of claim.flags) {
    // As precise as the text: `since:2022`, `since:2025-06`, `since:2022-02-24`.
    const m = /^since:(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(f);
    if (!m) continue;
    if (m[3] !== undefined) return { day: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day' };
    if (m[2] !== undefined) return { day: `${m[1]}-${m[2]}-01`, precision: 'month' };
    return { day: `${m[1]}-01-01`, precision: 'year' };
  }
  return null;
}

/** Categories a cumulative figure of this category covers: `mixed` (people in general) covers every category of living people. */
function coveredCategories(category: Category): ReadonlySet<Category> {
  if (category === 'mixed') return new Set<Category>(['pow', 'civilians', 'children', 'hostages', 'detainees', 'mixed']);
  return new Set<Category>([category]);
}

/** Whether an event's direction falls under a cumulative claim's direction (a missing side matches any). */
function directionCovered(claim: LedgerClaim, e: LedgerEvent): boolean {
  if (e.from === null || e.to === null) return false;
  if (isTwoWay(claim) || (claim.from === null && claim.to === null)) {
    const party = claim.attribution.party;
    // A mediator's running total ("6,691 freed through our mediation") covers the handovers it mediated.
    return party === null || e.from === party || e.to === party || (e.mediator ?? '').split(/\s*[;,]\s*/).includes(party);
  }
  return (claim.from === null || claim.from === e.from) && (claim.to === null || claim.to === e.to);
}

/** Events a cumulative claim covers: same direction and category, dated inside its period; rejected and probable-cumulative events left out. */
export function coveredEvents(claim: LedgerClaim, events: readonly LedgerEvent[]): LedgerEvent[] {
  const period = cumulativePeriod(claim);
  const categories = coveredCategories(claim.category);
  return events
    .filter(
      (e) =>
        isLive(e) &&
        !e.flags.includes(FLAG) &&
        categories.has(e.category) &&
        directionCovered(claim, e) &&
        e.date !== null &&
        (period.since === null || e.date.start >= period.since) &&
        (period.asOf === null || e.date.start <= period.asOf),
    )
    .sort((a, b) => (a.date!.start < b.date!.start ? -1 : a.date!.start > b.date!.start ? 1 : byId(a, b)));
}

/**
 * Checks each cumulative claim against the sum of the events it covers and says so in one sentence:
 * "reported more than 11,000 by December 2025; the ledger holds 9,212 in 11 events: about 1,800 unaccounted".
 * `difference` is the reported value minus the ledger's best sum: positive when the ledger misses events.
 */
export function cumulativeChecks(claims: readonly LedgerClaim[], events: readonly LedgerEvent[]): CumulativeCheck[] {
  return claims
    .filter((c) => c.kind === 'cumulative' && isCredible(c))
    .sort(byId)
    .map((claim) => {
      const period = cumulativePeriod(claim);
      const covered = coveredEvents(claim, events);
      const ledgerSum = sumFigures(covered.map((e) => e.figure));
      const reported = claim.count;
      const difference = reported === null ? null : reported.value - (ledgerSum.best ?? 0);
      return {
        claimId: claim.id,
        reported,
        asOf: period.asOf,
        since: period.since,
        eventIds: covered.map((e) => e.id),
        ledgerSum,
        difference,
        sentence: checkSentence(claim, period, ledgerSum.best ?? 0, covered.length, difference),
      };
    });
}

function checkSentence(
  claim: LedgerClaim,
  period: CumulativePeriod,
  sum: number,
  n: number,
  difference: number | null,
): string {
  const reported = claim.count ? formatCount(claim.count) : 'a total without a figure';
  let when = '';
  if (period.since && period.sincePrecision === 'year') {
    const year = period.since.slice(0, 4);
    const cut = period.asOf && period.asOf < `${year}-12-31` ? ` (by ${formatDate(period.asOf, 'day')})` : '';
    when = ` in ${year}${cut}`;
  } else {
    const since = period.since ? ` since ${formatDate(period.since, period.sincePrecision)}` : '';
    const by = period.asOf ? ` by ${formatDate(period.asOf, period.asOfPrecision)}` : '';
    when = `${since}${by}`;
  }
  const holds = `the ledger holds ${formatNumber(sum)} in ${n} event${n === 1 ? '' : 's'}`;
  let verdict = '';
  if (claim.count && difference !== null) {
    const sumCount = { value: sum, qualifier: 'exact' as const, low: sum, high: sum };
    if (countsCompatible(claim.count, sumCount, DEFAULT_TOLERANCE)) verdict = ': consistent';
    else {
      const gap = Math.abs(difference);
      const r = roughly(gap);
      const amount = `${r === gap ? '' : 'about '}${formatNumber(r)}`;
      verdict = difference > 0 ? `: ${amount} unaccounted` : `: ${amount} more than reported`;
    }
  }
  return `reported ${reported}${when}; ${holds}${verdict}`;
}
