import { describe, expect, it } from 'vitest';
import { cumulativeChecks, cumulativePeriod, flagProbableCumulative } from './cumulative.js';
import { claim, month } from './testing/claims.js';
import { event } from './testing/events.js';

/** 11 handovers of remains in 2025 summing to 9,212. */
function remains2025() {
  const figures = [1212, 1200, 1000, 1000, 1000, 1000, 1000, 1000, 400, 200, 200];
  return figures.map((best, i) => event({ best, date: `2025-${String(i + 1).padStart(2, '0')}-15` }));
}

describe('cumulative check', () => {
  it('reports the difference with the sentence of the brief', () => {
    const events = remains2025();
    const total = claim({ kind: 'cumulative', count: [11000, 'more_than'], date: month('2025-12'), party: 'russia' });
    const [check] = cumulativeChecks([total], events);
    expect(check).toMatchObject({
      claimId: total.id,
      since: null,
      asOf: '2025-12-31',
      ledgerSum: { low: 9212, best: 9212, high: 9212 },
      difference: 1788,
    });
    expect(check!.eventIds).toHaveLength(11);
    expect(check!.sentence).toBe(
      'reported more than 11,000 by December 2025; the ledger holds 9,212 in 11 events: about 1,800 unaccounted',
    );
  });

  it('counts only the events since the period start, in the direction and category of the claim', () => {
    const events = [
      ...remains2025(),
      event({ best: 500, from: 'ukraine', to: 'russia', date: '2025-07-01' }),
      event({ best: 500, category: 'pow', date: '2025-07-01' }),
      event({ best: 9999, date: '2025-07-02', review: 'rejected' }),
    ];
    // As the extractor reads "Since June, at least 8,000 bodies were returned" in a report of 20 December.
    const since = claim({
      kind: 'cumulative',
      count: [8000, 'at_least'],
      date: '2025-12-20',
      publishedAt: '2025-12-20',
      flags: ['date-from-publication', 'since:2025-06'],
      evidence: { sentence: 'Since June, at least 8,000 bodies were returned.', start: 0, end: 48 },
    });
    const [check] = cumulativeChecks([since], events);
    expect(check!.since).toBe('2025-06-01');
    expect(check!.ledgerSum.best).toBe(1000 * 3 + 400 + 200 + 200);
    expect(check!.difference).toBe(4200);
    expect(check!.sentence).toBe(
      'reported at least 8,000 since June 2025 by 20 December 2025; the ledger holds 3,800 in 6 events: 4,200 unaccounted',
    );
  });

  it('starts a running total where its text says, not at its own date, and at the war\'s start when the text says so', () => {
    const events = remains2025();
    const sinceMarch = claim({ kind: 'cumulative', count: 7000, date: '2025-12-20', publishedAt: '2025-12-20', flags: ['since:2025-03-10'] });
    const sinceWar = claim({
      kind: 'cumulative',
      count: 9212,
      date: '2025-12-20',
      publishedAt: '2025-12-20',
      evidence: { sentence: 'Since the start of the war, 9,212 bodies have come home.', start: 0, end: 56 },
    });
    const [a, b] = cumulativeChecks([sinceMarch, sinceWar], events);
    expect(a!.since).toBe('2025-03-10');
    expect(a!.eventIds).toHaveLength(9);
    expect(a!.sentence).toBe('reported 7,000 since 10 March 2025 by 20 December 2025; the ledger holds 6,800 in 9 events: 200 unaccounted');
    expect(b!.since).toBeNull();
    expect(b!.sentence).toBe('reported 9,212 by 20 December 2025; the ledger holds 9,212 in 11 events: consistent');
    expect(cumulativePeriod(claim({ kind: 'cumulative', date: null, publishedAt: '2025-12-20', flags: ['since:2022'] }))).toMatchObject({ since: '2022-01-01', sincePrecision: 'year', asOf: '2025-12-20' });
  });

  it('says when the ledger agrees or holds more', () => {
    const events = remains2025();
    const ok = claim({ kind: 'cumulative', count: [9200, 'about'], date: null, publishedAt: '2026-01-10' });
    const less = claim({ kind: 'cumulative', count: 9000, date: { start: '2025-01-01', end: '2025-12-31', precision: 'year' } });
    const [a, b] = cumulativeChecks([ok, less], events);
    expect(a!.sentence).toBe('reported about 9,200 by 10 January 2026; the ledger holds 9,212 in 11 events: consistent');
    expect(b!.sentence).toBe('reported 9,000 in 2025; the ledger holds 9,212 in 11 events: 212 more than reported');
    expect(b!.difference).toBe(-212);
    const cut = claim({ kind: 'cumulative', count: 5000, date: { start: '2025-01-01', end: '2025-12-31', precision: 'year' }, publishedAt: '2025-06-30' });
    expect(cumulativeChecks([cut], events)[0]!.sentence).toBe(
      'reported 5,000 in 2025 (by 30 June 2025); the ledger holds 6,412 in 6 events: about 1,400 more than reported',
    );
  });

  it('reads the period of a cumulative claim', () => {
    expect(cumulativePeriod(claim({ kind: 'cumulative', date: null, publishedAt: '2025-12-20' }))).toMatchObject({
      since: null,
      asOf: '2025-12-20',
    });
    expect(cumulativePeriod(claim({ kind: 'cumulative', date: month('2025-06'), flags: ['since'], publishedAt: '2025-09-01' }))).toMatchObject({
      since: '2025-06-01',
      asOf: '2025-09-01',
    });
    expect(
      cumulativePeriod(claim({ kind: 'cumulative', date: { start: '2025-01-01', end: '2025-12-31', precision: 'year' }, publishedAt: '2025-11-30' })),
    ).toMatchObject({ since: '2025-01-01', asOf: '2025-11-30' });
  });
});

describe('probable-cumulative flag', () => {
  it('flags a figure far above every other event of its kind and direction', () => {
    const events = [...remains2025(), event({ best: 11000, date: '2025-11-20' })];
    const out = flagProbableCumulative(events);
    expect(out.filter((e) => e.flags.includes('probable-cumulative')).map((e) => e.figure.best)).toEqual([11000]);
  });

  it('flags more than 5× the largest other once a kind has a history', () => {
    const small = [event({ best: 150, category: 'pow' }), event({ best: 190, category: 'pow' }), event({ best: 200, category: 'pow' })];
    const out = flagProbableCumulative([...small, event({ best: 1100, category: 'pow' })]);
    expect(out.at(-1)!.flags).toContain('probable-cumulative');
  });

  it('does not flag a large real release with little history, other directions, or reviewed events', () => {
    const release = [event({ from: 'israel', to: 'hamas', category: 'detainees', best: 90 }), event({ from: 'israel', to: 'hamas', category: 'detainees', best: 1968 })];
    expect(flagProbableCumulative(release).some((e) => e.flags.length > 0)).toBe(false);
    const accepted = event({ best: 11000, review: 'accepted', locked: true });
    expect(flagProbableCumulative([...remains2025(), accepted]).at(-1)!.flags).toEqual([]);
  });
});
