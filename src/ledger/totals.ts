import { HOLDING_FLAGS, type Category, type Figure, type LedgerEvent, type PeriodCell, type PeriodSums } from '../domain/index.js';

export type { PeriodSums };

export type TotalsPeriod = 'month' | 'year' | 'all';

export interface TotalsOptions {
  by: TotalsPeriod;
  /** Only this category (pow includes wounded pow). */
  category?: Category;
  /** Events with any of these flags are left out and listed (default: the domain's HOLDING_FLAGS). */
  excludeFlags?: readonly string[];
}

/** One period, category and direction: the sums of the events' figures, and the running sums up to it. */
export interface DirectionTotal extends PeriodCell {
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
const keyOf = (...parts: (string | null | boolean)[]): string => {
  let key = '';
  for (const p of parts) key += `${p === null ? '\u0001' : String(p)}\u0000`;
  return key;
};

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
  const exclude = opts.excludeFlags ?? HOLDING_FLAGS;
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
  return finish(opts.by, [...cells.values()], excludedEventIds.sort());
}

/**
 * `totals` from sums already made per period, category and direction — the same rows, running sums
 * and ratios as `totals` over the events behind them. The sums must be of counted events only
 * (not rejected, not held), in any order; `excludedEventIds` lists the held ones.
 */
export function totalsFromSums(by: TotalsPeriod, sums: Iterable<PeriodSums>, excludedEventIds: string[]): Totals {
  const rows: DirectionTotal[] = [];
  for (const s of sums) {
    const sum: Figure = { low: s.low, best: s.best, high: s.openHigh > 0 ? null : s.high };
    rows.push({ period: s.period, category: s.category, from: s.from, to: s.to, twoWay: s.twoWay, events: s.events, sum, running: sum });
  }
  return finish(by, rows, excludedEventIds);
}

/**
 * Small numbers for the parties and categories of a set of rows, so rows are ordered and keyed by
 * numbers rather than strings: `id` tells values apart exactly; `rank` is a party's place in
 * collation order (`String(party)`, so null sorts as "null"), shared by parties the collator calls equal.
 */
class Keys {
  readonly party = new Map<string | null, number>();
  readonly category = new Map<string, number>();
  readonly rank: Int32Array;

  constructor(rows: readonly DirectionTotal[]) {
    const names: (string | null)[] = [];
    const add = (p: string | null) => {
      if (!this.party.has(p)) {
        this.party.set(p, names.length);
        names.push(p);
      }
    };
    for (const r of rows) {
      add(r.from);
      add(r.to);
      if (!this.category.has(r.category)) this.category.set(r.category, this.category.size);
    }
    const places = placesOf(names.map(String), collate);
    this.rank = Int32Array.from(names, (p) => places.get(String(p))!);
  }

  rankOf(p: string | null): number {
    return this.rank[this.party.get(p)!]!;
  }

  /** One number per (category, from, to, two-way). */
  series(r: DirectionTotal): number {
    const n = this.party.size;
    return ((this.category.get(r.category)! * n + this.party.get(r.from)!) * n + this.party.get(r.to)!) * 2 + (r.twoWay ? 1 : 0);
  }

  /** One number per (category, a, b). */
  pair(category: string, a: string, b: string): number {
    const n = this.party.size;
    return (this.category.get(category)! * n + this.party.get(a)!) * n + this.party.get(b)!;
  }
}

const compareCategories = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts in place unless already in order (one pass to check). */
function sortIfNeeded<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1]!, items[i]!) > 0) return items.sort(compare);
  return items;
}

/** Places of distinct values in an order: equal places for values the order calls equal. */
function placesOf(values: Iterable<string>, compare: (a: string, b: string) => number): Map<string, number> {
  const sorted = [...new Set(values)].sort(compare);
  const places = new Map<string, number>();
  let place = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && compare(sorted[i - 1]!, sorted[i]!) !== 0) place++;
    places.set(sorted[i]!, place);
  }
  return places;
}

/**
 * Rows by period, category, from, to and two-way (parties in collation order). Each row's place is
 * one number, so thousands of rows sort as numbers (a stable sort: ties keep their order).
 */
function sortRows(cells: DirectionTotal[], keys: Keys): DirectionTotal[] {
  const n = cells.length;
  const periods = placesOf(
    cells.map((c) => c.period),
    comparePeriods,
  );
  const categories = placesOf(
    cells.map((c) => c.category),
    compareCategories,
  );
  const parties = keys.rank.length === 0 ? 1 : Math.max(...keys.rank) + 1;
  if (periods.size * categories.size * parties * parties * 2 * Math.max(n, 1) > Number.MAX_SAFE_INTEGER) {
    return cells.sort(
      (a, b) =>
        comparePeriods(a.period, b.period) ||
        compareCategories(a.category, b.category) ||
        keys.rankOf(a.from) - keys.rankOf(b.from) ||
        keys.rankOf(a.to) - keys.rankOf(b.to) ||
        Number(a.twoWay) - Number(b.twoWay),
    );
  }
  const places = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = cells[i]!;
    const place = (((periods.get(c.period)! * categories.size + categories.get(c.category)!) * parties + keys.rankOf(c.from)) * parties + keys.rankOf(c.to)) * 2 + (c.twoWay ? 1 : 0);
    places[i] = place * n + i;
  }
  places.sort();
  const rows = new Array<DirectionTotal>(n);
  for (let i = 0; i < n; i++) rows[i] = cells[places[i]! % n]!;
  return rows;
}

/** Rows in order, their running sums, and the ratios between directions. */
function finish(by: TotalsPeriod, cells: DirectionTotal[], excludedEventIds: string[]): Totals {
  const keys = new Keys(cells);
  const rows = sortRows(cells, keys);
  const running = new Map<number, Figure>();
  for (const row of rows) {
    const key = keys.series(row);
    const before = running.get(key);
    row.running = before === undefined ? add(ZERO, row.sum) : add(before, row.sum);
    running.set(key, row.running);
  }
  return { by, rows, ratios: ratiosOf(rows, keys), excludedEventIds };
}

function ratiosOf(rows: readonly DirectionTotal[], keys: Keys): PairRatio[] {
  const out: PairRatio[] = [];
  // Rows come by period and category: pairs are gathered one (period, category) at a time.
  let group = new Map<number, PairRatio>();
  let groupStart = 0;
  const closeGroup = () => {
    const pairs = [...group.values()];
    if (pairs.length > 1) sortIfNeeded(pairs, (x, y) => keys.rankOf(x.a) - keys.rankOf(y.a) || keys.rankOf(x.b) - keys.rankOf(y.b));
    for (const p of pairs) out.push(p);
    group = new Map();
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (i > groupStart && (row.period !== rows[groupStart]!.period || row.category !== rows[groupStart]!.category)) {
      closeGroup();
      groupStart = i;
    }
    if (row.from === null || row.to === null || row.twoWay || row.from === row.to) continue;
    // The two parties in code-unit order, as Array#sort puts strings.
    const [a, b] = row.from < row.to ? [row.from, row.to] : [row.to, row.from];
    const key = keys.pair(row.category, a, b);
    let pr = group.get(key);
    if (pr === undefined) {
      pr = { period: row.period, category: row.category, a, b, aToB: 0, bToA: 0, ratio: null, runningAToB: 0, runningBToA: 0, runningRatio: null };
      group.set(key, pr);
    }
    if (row.from === a) pr.aToB += row.sum.best ?? 0;
    else pr.bToA += row.sum.best ?? 0;
  }
  closeGroup();
  const runningByPair = new Map<number, { aToB: number; bToA: number }>();
  for (const pr of out) {
    const key = keys.pair(pr.category, pr.a, pr.b);
    let run = runningByPair.get(key);
    if (run === undefined) {
      run = { aToB: 0, bToA: 0 };
      runningByPair.set(key, run);
    }
    run.aToB += pr.aToB;
    run.bToA += pr.bToA;
    pr.runningAToB = run.aToB;
    pr.runningBToA = run.bToA;
    pr.ratio = pr.bToA > 0 ? pr.aToB / pr.bToA : null;
    pr.runningRatio = run.bToA > 0 ? run.aToB / run.bToA : null;
  }
  return out;
}
