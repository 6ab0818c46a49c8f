import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countsInTotals, EVENT_FLAGS, REVIEW_STATES } from '../domain/index.js';
import { totals } from '../ledger/totals.js';
import { event } from '../ledger/testing/events.js';
import { eventToRow } from './rows.js';
import { rowCountsInTotals, totalsDelta } from './totals-rollup.js';

// The rule of what counts is stated once (domain); the roll-up reads it off a stored row. Both, and
// the in-memory totals the ledger computes for `--as-of`, must agree on every review state and flag.
describe('what counts in totals', () => {
  const anyEvent = fc.record({
    review: fc.constantFrom(...REVIEW_STATES),
    flags: fc.subarray([...EVENT_FLAGS, 'disputed:ukraine=1;russia=2']),
  });

  it('the roll-up row and the domain rule agree on every review state and flag set', () => {
    fc.assert(
      fc.property(anyEvent, ({ review, flags }) => {
        const e = event({ review, flags });
        const row = eventToRow(e, '2026-01-01T00:00:00.000Z');
        expect(rowCountsInTotals(row)).toBe(countsInTotals(e));
        expect(totalsDelta(row, 1) !== null).toBe(countsInTotals(e));
        const inMemory = totals([e], { by: 'all' });
        expect(inMemory.rows.reduce((n, r) => n + r.events, 0)).toBe(countsInTotals(e) ? 1 : 0);
      }),
    );
  });

  it('a machine-made probable running total is held; once reviewed it counts; rejected never does', () => {
    expect(countsInTotals(event({ review: 'machine', flags: ['probable-cumulative'] }))).toBe(false);
    expect(countsInTotals(event({ review: 'accepted', flags: ['probable-cumulative'] }))).toBe(true);
    expect(countsInTotals(event({ review: 'rejected' }))).toBe(false);
    expect(countsInTotals(event({ review: 'machine', flags: ['single-source'] }))).toBe(true);
  });
});
