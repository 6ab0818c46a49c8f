import { describe, expect, it } from 'vitest';
import { countOf } from '../domain/index.js';
import { countsCompatible } from './figures.js';
import { reconcileEvent, reconcileFigure, reconcileStatus } from './reconcile.js';
import { claim } from './testing/claims.js';
import type { LedgerEvent } from '../domain/index.js';

const dir = { from: 'russia', to: 'ukraine' };

function eventOf(claims: ReturnType<typeof claim>[], extra: Partial<LedgerEvent> = {}): LedgerEvent {
  return reconcileEvent(
    {
      id: 'ev_test',
      exchangeId: null,
      category: 'remains',
      wounded: false,
      from: 'russia',
      to: 'ukraine',
      date: null,
      figure: { low: null, best: null, high: null },
      status: 'announced',
      claimIds: claims.map((c) => c.id),
      agreement: null,
      mediator: null,
      flags: [],
      review: 'machine',
      locked: false,
      ...extra,
    },
    claims,
  );
}

describe('rounding tolerance', () => {
  it('treats "about 1,200" and 1,212 as one figure', () => {
    expect(countsCompatible(countOf(1200, 'about'), countOf(1212, 'exact'))).toBe(true);
  });
  it('treats "more than 200" and 222 as one figure, but not 150', () => {
    expect(countsCompatible(countOf(200, 'more_than'), countOf(222, 'exact'))).toBe(true);
    expect(countsCompatible(countOf(200, 'more_than'), countOf(150, 'exact'))).toBe(false);
  });
  it('allows 2% or ±2 between exact figures', () => {
    expect(countsCompatible(countOf(1000, 'exact'), countOf(1003, 'exact'))).toBe(true);
    expect(countsCompatible(countOf(26, 'exact'), countOf(28, 'exact'))).toBe(true);
    expect(countsCompatible(countOf(26, 'exact'), countOf(29, 'exact'))).toBe(false);
    expect(countsCompatible(countOf(195, 'exact'), countOf(207, 'exact'))).toBe(false);
  });
});

describe('reconciled figure', () => {
  it('takes the receiving side’s own figure as best', () => {
    const f = reconcileFigure([claim({ count: 195, party: 'russia' }), claim({ count: 207, party: 'ukraine' })], dir);
    expect(f).toEqual({ low: 195, best: 207, high: 207 });
  });

  it('prefers an exact first-hand figure over a qualified one, and a party over media', () => {
    const f = reconcileFigure(
      [claim({ count: [1200, 'about'], party: 'ukraine' }), claim({ count: 1212, party: 'russia' }), claim({ count: 1250 })],
      dir,
    );
    expect(f.best).toBe(1212);
    expect(f.low).toBe(1080);
    expect(f.high).toBe(1320);
  });

  it('uses the median of media reports when nobody speaks first-hand, a figure somebody reported', () => {
    const f = reconcileFigure([claim({ count: 1000 }), claim({ count: 1003 }), claim({ count: 1003 }), claim({ count: 1000 })], dir);
    expect(f.best).toBe(1000);
    expect(reconcileFigure([claim({ count: 10 }), claim({ count: 12 }), claim({ count: 30 })], dir).best).toBe(12);
  });

  it('keeps high open for "more than"', () => {
    const f = reconcileFigure([claim({ count: [200, 'more_than'], party: 'ukraine' }), claim({ count: 222 })], dir);
    expect(f).toEqual({ low: 200, best: 200, high: null });
  });

  it('ignores rejected claims and uses corrected values', () => {
    const f = reconcileFigure(
      [claim({ count: 999, review: 'rejected', party: 'ukraine' }), claim({ count: 1000, review: 'corrected', party: 'russia' })],
      dir,
    );
    expect(f).toEqual({ low: 1000, best: 1000, high: 1000 });
  });

  it('drops a syndicated copy when its original is present, and prefers originals otherwise', () => {
    const original = claim({ count: 1000, sourceId: 'src_orig' });
    const copy = claim({ count: 1100, sourceId: 'src_copy', duplicateOf: 'src_orig' });
    expect(reconcileFigure([original, copy], dir)).toEqual({ low: 1000, best: 1000, high: 1000 });
    const a = claim({ count: 500, party: 'russia', duplicateOf: 'src_elsewhere' });
    const b = claim({ count: 501, party: 'russia' });
    expect(reconcileFigure([a, b], dir).best).toBe(501);
  });

  it('takes best from the claims a person accepted, the range from all', () => {
    const f = reconcileFigure([claim({ count: 230, review: 'accepted' }), claim({ count: 173 }), claim({ count: 173 })], dir);
    expect(f).toEqual({ low: 173, best: 230, high: 230 });
  });

  it('is all null with no figure', () => {
    expect(reconcileFigure([claim({ count: null })], dir)).toEqual({ low: null, best: null, high: null });
  });
});

describe('status', () => {
  it('is announced with one side only', () => {
    expect(reconcileStatus([claim({ party: 'russia' }), claim({ party: 'russia' })], dir)).toBe('announced');
    expect(reconcileStatus([claim({})], dir)).toBe('announced');
  });
  it('is confirmed by a figure-less confirmation from the other side', () => {
    const c = claim({ kind: 'confirmation', count: null, party: 'ukraine' });
    expect(reconcileStatus([claim({ party: 'russia' }), c], dir)).toBe('confirmed');
  });
  it('is confirmed by a mediator', () => {
    expect(reconcileStatus([claim({ party: 'russia' }), claim({ kind: 'confirmation', count: null, party: 'uae' })], dir)).toBe(
      'confirmed',
    );
    expect(
      reconcileStatus([claim({ party: 'russia' }), claim({ kind: 'confirmation', count: null, speaker: 'ICRC' })], dir),
    ).toBe('confirmed');
    const named = claim({ party: 'vatican-envoy', mediator: 'Vatican envoy', count: null, kind: 'confirmation' });
    expect(reconcileStatus([claim({ party: 'russia' }), named], dir)).toBe('confirmed');
  });
  it('does not count a rejected confirmation', () => {
    const c = claim({ kind: 'confirmation', count: null, party: 'ukraine', review: 'rejected' });
    expect(reconcileStatus([claim({ party: 'russia' }), c], dir)).toBe('announced');
  });
  it('is disputed when the parties’ figures disagree beyond rounding, with the values in flags', () => {
    const e = eventOf([claim({ count: 195, party: 'russia' }), claim({ count: 207, party: 'ukraine' })]);
    expect(e.status).toBe('disputed');
    expect(e.flags).toContain('disputed-figures');
    expect(e.flags).toContain('disputed:ukraine=207;russia=195');
  });
  it('is confirmed, not disputed, when the parties agree within rounding', () => {
    const e = eventOf([claim({ count: 1000, party: 'russia' }), claim({ count: 1003, party: 'ukraine' })]);
    expect(e.status).toBe('confirmed');
    expect(e.flags.some((f) => f.startsWith('disputed'))).toBe(false);
  });
  it('notes differing unattributed figures without calling it a dispute', () => {
    const e = eventOf([claim({ count: 26 }), claim({ count: 29 })]);
    expect(e.status).toBe('announced');
    expect(e.flags).toContain('figures-differ:26;29');
  });
  it('confirms a two-way total spoken for by two parties', () => {
    const a = claim({ from: null, to: null, twoWay: true, party: 'russia', count: null });
    const b = claim({ from: null, to: null, twoWay: true, party: 'ukraine', count: null });
    expect(reconcileStatus([a, b], { from: null, to: null })).toBe('confirmed');
  });
});

describe('reconcileEvent', () => {
  it('derives date, agreement, mediator and flags from the claims', () => {
    const e = eventOf([
      claim({ count: 1000, date: '2025-06-11', agreement: 'istanbul-2025', mediator: 'icrc' }),
      claim({ count: 1000, date: '2025-06-11', agreement: 'istanbul-2025' }),
      claim({ count: 1000, date: '2025-06-12' }),
    ]);
    expect(e.date).toEqual({ start: '2025-06-11', end: '2025-06-11', precision: 'day' });
    expect(e.agreement).toBe('istanbul-2025');
    expect(e.mediator).toBe('icrc');
    expect(e.figure.best).toBe(1000);
  });
  it('dates by publication when no claim has a date, and flags it', () => {
    const e = eventOf([claim({ date: null, publishedAt: '2025-06-14' }), claim({ date: null, publishedAt: '2025-06-13' })]);
    expect(e.date).toEqual({ start: '2025-06-13', end: '2025-06-13', precision: 'day' });
    expect(e.flags).toContain('date-from-publication');
  });
  it('flags no-figure and keeps flags it does not own', () => {
    const e = eventOf([claim({ count: null })], { flags: ['probable-cumulative', 'no-figure'] });
    expect(e.flags).toEqual(['probable-cumulative', 'no-figure', 'single-source']);
  });
  it('carries the extractor’s probable-cumulative suspicion to the event', () => {
    expect(eventOf([claim({ count: 11000, flags: ['probable-cumulative'] })]).flags).toContain('probable-cumulative');
  });
  it('keeps a person’s corrected figure', () => {
    const e = eventOf([claim({ count: 1000 })], { review: 'corrected', figure: { low: 990, best: 995, high: 1000 } });
    expect(e.figure).toEqual({ low: 990, best: 995, high: 1000 });
  });
  it('marks pow events wounded when a claim says so', () => {
    const e = eventOf([claim({ category: 'pow', count: 22, wounded: true }), claim({ category: 'pow', count: 22 })]);
    expect(e).toMatchObject({ category: 'pow', wounded: true });
  });
});
