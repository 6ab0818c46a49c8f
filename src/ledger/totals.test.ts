import { describe, expect, it } from 'vitest';
import { totals } from './totals.js';
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
