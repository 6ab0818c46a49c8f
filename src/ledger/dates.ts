import type { DateSpan } from '../domain/index.js';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) date, in UTC; NaN when unreadable. */
export function dayNumber(iso: string): number {
  const cached = dayCache.get(iso);
  if (cached !== undefined) return cached;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  const day = m ? Math.floor(Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1')) / DAY_MS) : Number.NaN;
  // Ledgers reuse few distinct dates; a bounded memo keeps grouping and linking cheap.
  if (dayCache.size > 50_000) dayCache.clear();
  dayCache.set(iso, day);
  return day;
}

const dayCache = new Map<string, number>();

/** `YYYY-MM-DD` for a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(iso: string, days: number): string {
  return isoDay(dayNumber(iso) + days);
}

/** A date span as inclusive day numbers; `exact` when it names one day. */
export interface DayRange {
  start: number;
  end: number;
  exact: boolean;
  /** A window ending on a publication day: the day itself lies somewhere inside, never after it. */
  onOrBefore?: boolean;
}

/** Day range of a resolved date. */
export function rangeOf(span: DateSpan): DayRange {
  const start = dayNumber(span.start);
  const end = dayNumber(span.end);
  return { start, end: Math.max(start, end), exact: span.precision === 'day' && start === end };
}

/** Days between two ranges; 0 when they overlap. */
export function gapDays(a: DayRange, b: DayRange): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/** Distance between the middles of two ranges, to choose the nearest of several overlapping candidates. */
export function midDistance(a: DayRange, b: DayRange): number {
  return Math.abs(a.start + a.end - (b.start + b.end)) / 2;
}

/** `2025-12` for a date; `2025` with `year`. */
export function periodOf(iso: string, by: 'month' | 'year'): string {
  return by === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** A date for a sentence: "19 December 2025", "December 2025" or "2025", by precision. */
export function formatDate(iso: string, precision: DateSpan['precision'] = 'day'): string {
  const [y, m, d] = iso.split('-');
  const month = m === undefined ? undefined : MONTHS[Number(m) - 1];
  if (precision === 'year' || month === undefined) return y ?? iso;
  if (precision === 'month' || precision === 'week' || d === undefined) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}
