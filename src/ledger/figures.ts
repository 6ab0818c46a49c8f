import type { Count, Qualifier } from '../domain/index.js';
import type { Figure } from '../domain/index.js';

/** How far two figures may differ and still be one figure rounded: the larger of `absolute` and `relative` × the larger value. */
export interface Tolerance {
  relative: number;
  absolute: number;
}

/** 2% or ±2, whichever is larger: 1,000 and 1,003 agree; 195 and 207 do not; 26 and 29 do not. */
export const DEFAULT_TOLERANCE: Tolerance = { relative: 0.02, absolute: 2 };

/** Slack allowed between two values under a tolerance. */
function slack(a: number, b: number, tol: Tolerance): number {
  return Math.max(tol.absolute, tol.relative * Math.max(Math.abs(a), Math.abs(b)));
}

/**
 * Two counts can describe the same figure: their intervals overlap once widened by the rounding
 * tolerance ("about 1,200" [1080, 1320] and 1,212; "more than 200" [201, –] and 222).
 */
export function countsCompatible(a: Count, b: Count, tol: Tolerance = DEFAULT_TOLERANCE): boolean {
  const s = slack(a.value, b.value, tol);
  const aHigh = a.high ?? Number.POSITIVE_INFINITY;
  const bHigh = b.high ?? Number.POSITIVE_INFINITY;
  return a.low - s <= bHigh && b.low - s <= aHigh;
}

/** How specific a qualifier is: lower is more specific (exact first, open-ended last). */
export function qualifierRank(q: Qualifier): number {
  switch (q) {
    case 'exact':
      return 0;
    case 'about':
    case 'nearly':
      return 1;
    case 'at_least':
    case 'more_than':
      return 2;
    case 'up_to':
      return 3;
  }
}

/** The median of values; for an even number, the lower middle, so the figure is one somebody reported. */
export function lowerMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}

/** A figure with nothing known. */
export const NO_FIGURE: Figure = { low: null, best: null, high: null };

/** Sums figures: unknown parts count as 0 in low/best; one open-ended or unknown high makes the sum's high null. */
export function sumFigures(figures: readonly Figure[]): Figure {
  let low = 0;
  let best = 0;
  let high: number | null = 0;
  for (const f of figures) {
    low += f.low ?? f.best ?? 0;
    best += f.best ?? 0;
    high = high === null || f.high === null ? null : high + f.high;
  }
  return { low, best, high };
}

/** Rounds figures of a thousand and more to two significant digits, for "about 1,800"; smaller ones stay exact. */
export function roughly(n: number): number {
  if (Math.abs(n) < 1000) return n;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(n))) - 1);
  return Math.round(n / magnitude) * magnitude;
}

/** 11,000-style thousands separators, independent of the machine's locale. */
export function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}

/** "more than 11,000" for a count. */
export function formatCount(count: Count): string {
  const words: Record<Qualifier, string> = {
    exact: '',
    at_least: 'at least ',
    more_than: 'more than ',
    about: 'about ',
    nearly: 'nearly ',
    up_to: 'up to ',
  };
  return `${words[count.qualifier]}${formatNumber(count.value)}`;
}
