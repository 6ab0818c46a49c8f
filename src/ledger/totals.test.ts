import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../domain/index.js';
import { eventPeriod, totals, totalsFromSums, type PeriodSums, type TotalsPeriod } from './totals.js';
import { event } from './testing/events.js';

const ledger = [
  event({ best: 1212, date: '2025-06-11' }),
  event({ best: 27, date: '2025-06-11', from: 'ukraine', to: 'russia' }),
  event({ best: 1200, date: '2025-06-13' }),
  event({ best: 0, date: '2025-06-13', from: 'ukraine', to: 'russia' }),
  event({ best: 1000, date: '2025-07-17', figure: { low: 1000, best: 1000, high: null } }),
  event({ best: 19, date: '2025-07-17', from: 'ukraine', to: 'russia' }),
  event({ best: 84, date: '2025-07-20', category: 'pow' }),
  event({ best: 11000, date: '2025-07-21', flags: ['probable-cumulative'] }),
  event({ best: 500, date: '2025-07-22', review: 'rejected' }),
  event({ best: 6, date: null }),
];

describe('totals', () => {
  it('sums per month and direction with running totals', () => {
    const t = totals(ledger, { by: 'month', category: 'remains' });
    const ruUa = t.rows.filter((r) => r.from === 'russia');
    expect(ruUa.map((r) => [r.period, r.events, r.sum.best, r.running.best])).toEqual([
      ['2025-06', 2, 2412, 2412],
      ['2025-07', 1, 1000, 3412],
      ['undated', 1, 6, 3418],
    ]);
    expect(ruUa[1]!.sum).toEqual({ low: 1000, best: 1000, high: null });
    expect(ruUa[1]!.running.high).toBeNull();
    expect(t.excludedEventIds).toEqual([ledger[7]!.id]);
  });

  it('gives the ratio between the two directions of a pair', () => {
    const t = totals(ledger, { by: 'month', category: 'remains' });
    expect(t.ratios.map((r) => [r.period, r.a, r.b, r.aToB, r.bToA, r.ratio?.toFixed(2), r.runningRatio?.toFixed(2)])).toEqual([
      ['2025-06', 'russia', 'ukraine', 2412, 27, '89.33', '89.33'],
      ['2025-07', 'russia', 'ukraine', 1000, 19, '52.63', '74.17'],
      ['undated', 'russia', 'ukraine', 6, 0, undefined, '74.30'],
    ]);
  });

  it('keeps categories apart and sums the whole war with `all`', () => {
    const t = totals(ledger, { by: 'all' });
    expect(t.rows.map((r) => [r.period, r.category, r.from, r.sum.best])).toEqual([
      ['all', 'pow', 'russia', 84],
      ['all', 'remains', 'russia', 3418],
      ['all', 'remains', 'ukraine', 46],
    ]);
    expect(totals(ledger, { by: 'year', category: 'pow' }).rows.map((r) => r.period)).toEqual(['2025']);
  });

  it('counts a flagged event once a person has reviewed it', () => {
    const reviewed = ledger.map((e, i) => (i === 7 ? { ...e, review: 'accepted' as const } : e));
    expect(totals(reviewed, { by: 'all', category: 'remains' }).excludedEventIds).toEqual([]);
  });
});

describe('totalsFromSums', () => {
  /** What a store's roll-up keeps: per period, category and direction, the sums of the counted events. */
  function rollUp(events: readonly LedgerEvent[], by: TotalsPeriod): PeriodSums[] {
    const cells = new Map<string, PeriodSums>();
    for (const e of events) {
      if (e.review === 'rejected' || (e.review === 'machine' && e.flags.includes('probable-cumulative'))) continue;
      const twoWay = e.flags.includes('two-way');
      const period = eventPeriod(e, by);
      const key = JSON.stringify([period, e.category, e.from, e.to, twoWay]);
      const c = cells.get(key) ?? { period, category: e.category, from: e.from, to: e.to, twoWay, events: 0, low: 0, best: 0, high: 0, openHigh: 0 };
      c.events += 1;
      c.low += e.figure.low ?? e.figure.best ?? 0;
      c.best += e.figure.best ?? 0;
      if (e.figure.high === null) c.openHigh += 1;
      else c.high += e.figure.high;
      cells.set(key, c);
    }
    return [...cells.values()];
  }

  // Parties whose collation order is not their code-unit order, a null side, two-way totals, open highs.
  const parties = ['russia', 'ukraine', 'Zeta', 'alpha', 'élan', 'zulu', 'b-c', 'b_c', null];
  const categories = ['remains', 'pow', 'civilians', 'mixed'] as const;
  let state = 12345;
  const rand = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  const random = Array.from({ length: 600 }, () => {
    const best = rand(1500);
    const day = `202${2 + rand(4)}-${String(1 + rand(12)).padStart(2, '0')}-${String(1 + rand(28)).padStart(2, '0')}`;
    return event({
      category: categories[rand(categories.length)]!,
      from: parties[rand(parties.length)]!,
      to: parties[rand(parties.length)]!,
      date: rand(20) === 0 ? null : rand(30) === 0 ? { start: day, end: `2026-12-31`, precision: 'day' } : day,
      figure: { low: rand(3) === 0 ? null : best - rand(10), best, high: rand(8) === 0 ? null : best + rand(10) },
      flags: rand(10) === 0 ? ['two-way'] : rand(40) === 0 ? ['probable-cumulative'] : [],
      review: rand(15) === 0 ? 'rejected' : 'machine',
    });
  });

  it.each(['month', 'year', 'all'] as const)('gives what totals gives over the events behind the sums, by %s, whatever order the sums come in', (by) => {
    const expected = totals(random, { by });
    const sums = rollUp(random, by);
    // Shuffled, as a store may return them.
    const shuffled = sums.map((s) => [rand(1_000_000), s] as const).sort((a, b) => a[0] - b[0]).map(([, s]) => s);
    const got = totalsFromSums(by, shuffled, expected.excludedEventIds);
    expect(got.rows.length).toBeGreaterThan(by === 'all' ? 50 : 300);
    expect(got).toEqual(expected);
    expect(totalsFromSums(by, sums, expected.excludedEventIds)).toEqual(expected);
  });

  it('orders parties by collation, puts undated last, and gives no ratio without both sides', () => {
    const t = totalsFromSums(
      'month',
      [
        { period: 'undated', category: 'pow', from: 'b', to: 'a', twoWay: false, events: 1, low: 5, best: 5, high: 5, openHigh: 0 },
        { period: '2025-06', category: 'pow', from: 'Zeta', to: 'alpha', twoWay: false, events: 2, low: 8, best: 10, high: 12, openHigh: 1 },
        { period: '2025-06', category: 'pow', from: 'alpha', to: 'Zeta', twoWay: false, events: 1, low: 4, best: 4, high: 4, openHigh: 0 },
      ],
      [],
    );
    expect(t.rows.map((r) => [r.period, r.from, r.to, r.sum])).toEqual([
      ['2025-06', 'alpha', 'Zeta', { low: 4, best: 4, high: 4 }],
      ['2025-06', 'Zeta', 'alpha', { low: 8, best: 10, high: null }],
      ['undated', 'b', 'a', { low: 5, best: 5, high: 5 }],
    ]);
    // a and b in code-unit order: 'Zeta' < 'alpha'.
    expect(t.ratios.map((r) => [r.period, r.a, r.b, r.aToB, r.bToA, r.ratio])).toEqual([
      ['2025-06', 'Zeta', 'alpha', 10, 4, 2.5],
      ['undated', 'a', 'b', 0, 5, 0],
    ]);
  });
});
