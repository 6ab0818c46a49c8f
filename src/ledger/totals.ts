import type { Category, Figure, LedgerEvent } from '../domain/index.js';

export type TotalsPeriod = 'month' | 'year' | 'all';

export interface TotalsOptions {
  by: TotalsPeriod;
  /** Only this category (pow includes wounded pow). */
  category?: Category;
  /** Events with any of these flags are left out and listed (default: `probable-cumulative`). */
  excludeFlags?: readonly string[];
}

/** One period, category and direction: the sums of the events' figures, and the running sums up to it. */
export interface DirectionTotal {
  /** `2025-06`, `2025`, `all`, or `undated` (events without a date precise enough for the period). */
  period: string;
  category: Category;
  from: string | null;
  to: string | null;
  /** A two-way total (both directions in one figure). */
  twoWay: boolean;
  events: number;
  /** Sums of low / best / high; high null once an open-ended or unknown figure is in. */
  sum: Figure;
  /** The same sums from the first period up to this one. */
  running: Figure;
}

/** Between two parties in one period and category: what went each way and the ratio. */
export interface PairRatio {
  period: string;
  category: Category;
  /** The two parties, in alphabetical order. */
  a: string;
  b: string;
  /** Best sums a → b and b → a in the period. */
  aToB: number;
  bToA: number;
  /** aToB / bToA; null when nothing went b → a. */
  ratio: number | null;
  runningAToB: number;
  runningBToA: number;
  runningRatio: number | null;
}

export interface Totals {
  by: TotalsPeriod;
  rows: DirectionTotal[];
  ratios: PairRatio[];
  /** Events left out because of their flags (probable cumulative figures): they wait for review. */
  excludedEventIds: string[];
}

const UNDATED = 'undated';

/** `localeCompare` without a locale, made once: the same order, without a collator per call. */
const collate = new Intl.Collator().compare;

/** A map key for parts that are strings, null or booleans (never containing U+0000). */
const keyOf = (...parts: (string | null | boolean)[]): string => parts.map((p) => (p === null ? '\u0001' : String(p))).join('\u0000');

/** The period an event falls in; `undated` when its date is missing or spans more than one period. */
export function eventPeriod(e: LedgerEvent, by: TotalsPeriod): string {
  if (by === 'all') return 'all';
  if (!e.date) return UNDATED;
  const len = by === 'month' ? 7 : 4;
  const start = e.date.start.slice(0, len);
  return start === e.date.end.slice(0, len) ? start : UNDATED;
}

function comparePeriods(a: string, b: string): number {
  if (a === b) return 0;
  if (a === UNDATED) return 1;
  if (b === UNDATED) return -1;
  return a < b ? -1 : 1;
}

function add(f: Figure, e: Figure): Figure {
  return {
    low: (f.low ?? 0) + (e.low ?? e.best ?? 0),
    best: (f.best ?? 0) + (e.best ?? 0),
    high: f.high === null || e.high === null ? null : f.high + e.high,
  };
}

const ZERO: Figure = { low: 0, best: 0, high: 0 };

/**
 * Totals per period and direction (and category), with running totals and the ratio between the two
 * directions of each pair of parties. Rejected events never count; flagged ones (probable cumulative
 * figures) are left out and listed until a person reviews them.
 */
export function totals(events: Iterable<LedgerEvent>, opts: TotalsOptions): Totals {
  const exclude = opts.excludeFlags ?? ['probable-cumulative'];
  const excludedEventIds: string[] = [];
  const cells = new Map<string, DirectionTotal>();
  for (const e of events) {
    if (e.review === 'rejected') continue;
    if (opts.category !== undefined && e.category !== opts.category) continue;
    if (e.review === 'machine' && e.flags.some((f) => exclude.includes(f))) {
      excludedEventIds.push(e.id);
      continue;
    }
    const period = eventPeriod(e, opts.by);
    const twoWay = e.flags.includes('two-way');
    const key = keyOf(period, e.category, e.from, e.to, twoWay);
    const cell = cells.get(key) ?? {
      period,
      category: e.category,
      from: e.from,
      to: e.to,
      twoWay,
      events: 0,
      sum: ZERO,
      running: ZERO,
    };
    cell.events += 1;
    cell.sum = add(cell.sum, e.figure);
    cells.set(key, cell);
  }
  const rows = [...cells.values()].sort(
    (a, b) =>
      comparePeriods(a.period, b.period) ||
      (a.category < b.category ? -1 : a.category > b.category ? 1 : 0) ||
      collate(String(a.from), String(b.from)) ||
      collate(String(a.to), String(b.to)) ||
      Number(a.twoWay) - Number(b.twoWay),
  );
  const running = new Map<string, Figure>();
  for (const row of rows) {
    const key = keyOf(row.category, row.from, row.to, row.twoWay);
    row.running = add(running.get(key) ?? ZERO, row.sum);
    running.set(key, row.running);
  }
  return { by: opts.by, rows, ratios: ratiosOf(rows), excludedEventIds: excludedEventIds.sort() };
}

function ratiosOf(rows: readonly DirectionTotal[]): PairRatio[] {
  const pairs = new Map<string, PairRatio>();
  const runningByPair = new Map<string, { aToB: number; bToA: number }>();
  for (const row of rows) {
    if (row.from === null || row.to === null || row.twoWay || row.from === row.to) continue;
    const [a, b] = [row.from, row.to].sort() as [string, string];
    const key = keyOf(row.period, row.category, a, b);
    const pr = pairs.get(key) ?? {
      period: row.period,
      category: row.category,
      a,
      b,
      aToB: 0,
      bToA: 0,
      ratio: null,
      runningAToB: 0,
      runningBToA: 0,
      runningRatio: null,
    };
    if (row.from === a) pr.aToB += row.sum.best ?? 0;
    else pr.bToA += row.sum.best ?? 0;
    pairs.set(key, pr);
  }
  const out = [...pairs.values()].sort(
    (x, y) =>
      comparePeriods(x.period, y.period) ||
      (x.category < y.category ? -1 : x.category > y.category ? 1 : 0) ||
      collate(x.a, y.a) ||
      collate(x.b, y.b),
  );
  for (const pr of out) {
    const key = keyOf(pr.category, pr.a, pr.b);
    const run = runningByPair.get(key) ?? { aToB: 0, bToA: 0 };
    run.aToB += pr.aToB;
    run.bToA += pr.bToA;
    runningByPair.set(key, run);
    pr.runningAToB = run.aToB;
    pr.runningBToA = run.bToA;
    pr.ratio = pr.bToA > 0 ? pr.aToB / pr.bToA : null;
    pr.runningRatio = run.bToA > 0 ? run.aToB / run.bToA : null;
  }
  return out;
}
