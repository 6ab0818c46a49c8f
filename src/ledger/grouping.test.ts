import { describe, expect, it } from 'vitest';
import type { LedgerClaim, LedgerEvent } from '../domain/index.js';
import { assignClaims, assignmentWindow } from './grouping.js';
import { eventIdFor } from './ids.js';
import { claim, month } from './testing/claims.js';

const by = { at: '2026-01-30T10:00:00.000Z' };

function groups(events: readonly LedgerEvent[]): string[][] {
  return events.map((e) => [...e.claimIds].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

describe('grouping window', () => {
  it('groups same-day claims of one direction and category with compatible figures', () => {
    const a = claim({ count: 1212, party: 'russia' });
    const b = claim({ count: [1200, 'about'] });
    const c = claim({ count: 1212, date: '2025-06-12' });
    const r = assignClaims([], [a, b, c]);
    expect(groups(r.created)).toEqual([[a.id, b.id], [c.id]]);
  });

  it('reads a date taken from publication as "on or before": one handover reported with and without its date is one event', () => {
    const undated = () =>
      claim({ count: 1000, date: '2026-01-30', publishedAt: '2026-01-30', flags: ['date-from-context', 'date-from-publication'], party: 'russia' });
    const dated = () => claim({ count: 1000, date: '2026-01-29', publishedAt: '2026-01-29', party: 'ukraine' });
    for (const order of [[undated(), dated()], [dated(), undated()]]) {
      // Each in its own run, as two reports arrive one after the other.
      const first = assignClaims([], [order[0]!]);
      const second = assignClaims(first.created, [order[1]!], { existingClaims: [order[0]!] });
      expect(second.created).toHaveLength(0);
      const event = second.updated[0]!;
      expect(event.claimIds).toHaveLength(2);
      expect(event.date).toEqual({ start: '2026-01-29', end: '2026-01-29', precision: 'day' });
      expect(event.flags).not.toContain('date-from-publication');
    }
    // A handover after the report's publication is another one.
    const later = claim({ count: 1000, date: '2026-01-31', publishedAt: '2026-01-31' });
    expect(assignClaims([], [undated(), later]).created).toHaveLength(2);
    // Claims stored before the flag existed: a context date that equals the publication day reads the same way.
    const old = claim({ count: 1000, date: '2026-01-30', publishedAt: '2026-01-30', flags: ['date-from-context'] });
    expect(assignClaims([], [old, dated()]).created).toHaveLength(1);
  });

  it('attaches a confirmation without a figure to the event it confirms, and calls a confirmed event neither announced nor single-source', () => {
    const figure = claim({ count: 1000, date: '2026-01-30', publishedAt: '2026-01-30', flags: ['date-from-publication'], party: 'russia', sourceId: 'src_seed' });
    const back = claim({ count: 38, from: 'ukraine', to: 'russia', date: '2026-01-30', publishedAt: '2026-01-30', flags: ['date-from-publication'], party: 'russia', sourceId: 'src_seed' });
    const confirmation = claim({ kind: 'confirmation', count: null, date: '2026-01-30', publishedAt: '2026-01-30', flags: ['date-from-publication'], party: 'ukraine', sourceId: 'src_seed' });
    const r = assignClaims([], [figure, back, confirmation]);
    const handed = r.created.find((e) => e.claimIds.includes(figure.id))!;
    expect(handed.claimIds).toContain(confirmation.id);
    expect(handed.status).toBe('confirmed');
    expect(handed.flags).not.toContain('single-source');
    const returned = r.created.find((e) => e.claimIds.includes(back.id))!;
    expect(returned.status).toBe('announced');
    expect(returned.flags).toContain('single-source');
  });

  it('keeps directions and incompatible categories apart', () => {
    const a = claim({ count: 1000 });
    const back = claim({ count: 1000, from: 'ukraine', to: 'russia' });
    const pows = claim({ count: 1000, category: 'pow' });
    expect(assignClaims([], [a, back, pows]).created).toHaveLength(3);
  });

  it('lets wounded pow join pow; mixed joins pow only when figures match', () => {
    const pow = claim({ category: 'pow', count: 84 });
    const wounded = claim({ category: 'pow', count: 84, wounded: true });
    const mixedSame = claim({ category: 'mixed', count: 84 });
    const mixedOther = claim({ category: 'mixed', count: 390 });
    const r = assignClaims([], [pow, wounded, mixedSame, mixedOther]);
    expect(groups(r.created)).toEqual([[pow.id, wounded.id, mixedSame.id], [mixedOther.id]]);
    expect(r.created.find((e) => e.claimIds.includes(pow.id))).toMatchObject({ category: 'pow', wounded: true });
  });

  it('never puts different figures from one speaker into one event (175 and 22 wounded the same day)', () => {
    const a = claim({ category: 'pow', count: 175, party: 'ukraine' });
    const b = claim({ category: 'pow', count: 22, wounded: true, party: 'ukraine' });
    expect(assignClaims([], [a, b]).created).toHaveLength(2);
  });

  it('attaches a month-dated claim to the event it matches within that month', () => {
    const day = claim({ count: 1212, date: '2025-06-11' });
    const other = claim({ count: 1200, date: '2025-06-13' });
    const vague = claim({ count: 1212, date: month('2025-06') });
    const r = assignClaims([], [day, other, vague]);
    expect(groups(r.created)).toEqual([[day.id, vague.id], [other.id]]);
  });

  it('uses the publication date when a claim has none: joins an event up to a few days before', () => {
    const day = claim({ count: 1000, date: '2025-10-23' });
    const noDate = claim({ count: 1000, date: null, publishedAt: '2025-10-25' });
    const tooLate = claim({ count: 1000, date: null, publishedAt: '2025-11-05' });
    const r = assignClaims([], [day, noDate, tooLate]);
    expect(groups(r.created)).toEqual([[day.id, noDate.id], [tooLate.id]]);
    const own = r.created.find((e) => e.claimIds.includes(tooLate.id))!;
    expect(own.flags).toContain('date-from-publication');
    expect(own.date).toEqual({ start: '2025-11-05', end: '2025-11-05', precision: 'day' });
  });

  it('joins the nearest of two compatible events', () => {
    const early = claim({ count: 1000, date: '2025-10-01' });
    const late = claim({ count: 1000, date: '2025-10-06' });
    const week = claim({ count: 1000, date: { start: '2025-10-06', end: '2025-10-12', precision: 'week' } });
    const r = assignClaims([], [early, late, week]);
    expect(groups(r.created)).toEqual([[early.id], [late.id, week.id]]);
  });

  it('groups undated, unpublished claims only with each other', () => {
    const a = claim({ count: 195, date: null });
    const b = claim({ count: 195, date: null });
    const dated = claim({ count: 195 });
    expect(groups(assignClaims([], [a, b, dated]).created)).toEqual([[a.id, b.id], [dated.id]]);
  });

  it('joins another party’s conflicting same-day figure as a dispute, but not a far larger one', () => {
    const ru = claim({ category: 'pow', count: 195, party: 'russia' });
    const ua = claim({ category: 'pow', count: 207, party: 'ukraine' });
    const huge = claim({ category: 'pow', count: 11000, party: 'ukraine', from: 'russia', to: 'ukraine' });
    const r = assignClaims([], [ru, ua, huge]);
    expect(groups(r.created)).toEqual([[ru.id, ua.id], [huge.id]]);
    expect(r.created.find((e) => e.claimIds.includes(ru.id))!.status).toBe('disputed');
  });
});

describe('claims that are not single-direction events', () => {
  it('keeps a two-way total out of the directional events and links it to their exchange', () => {
    const there = claim({ category: 'pow', count: 186 });
    const back = claim({ category: 'pow', count: 186, from: 'ukraine', to: 'russia' });
    const total = claim({ category: 'pow', count: 372, from: null, to: null, twoWay: true });
    const r = assignClaims([], [there, back, total]);
    expect(r.created).toHaveLength(3);
    const ex = new Set(r.created.map((e) => e.exchangeId));
    expect(ex.size).toBe(1);
    expect([...ex][0]).toMatch(/^ex_/);
    expect(r.created.find((e) => e.claimIds.includes(total.id))!.flags).toContain('two-way');
  });

  it('skips cumulative and plan claims', () => {
    const r = assignClaims([], [claim({ kind: 'cumulative', count: 11000 }), claim({ kind: 'plan', count: 6000 })]);
    expect(r.created).toEqual([]);
    expect(r.skipped.map((s) => s.reason).sort()).toEqual(['cumulative', 'plan']);
  });

  it('attaches a confirmation from the other side to the event it confirms and confirms it', () => {
    const ev = claim({ count: 1000, party: 'russia' });
    const back = claim({ count: 38, from: 'ukraine', to: 'russia', party: 'russia' });
    const conf = claim({ kind: 'confirmation', count: null, from: null, to: null, party: 'ukraine', date: null, publishedAt: '2025-06-12' });
    const r = assignClaims([], [conf, ev, back]);
    const confirmed = r.created.find((e) => e.claimIds.includes(conf.id))!;
    expect(confirmed.claimIds).toEqual([ev.id, conf.id]);
    expect(confirmed.status).toBe('confirmed');
    expect(r.created.find((e) => e.claimIds.includes(back.id))!.status).toBe('announced');
  });

  it('attaches a mediator’s confirmation and confirms', () => {
    const ev = claim({ category: 'pow', count: 84, party: 'ukraine' });
    const conf = claim({ kind: 'confirmation', category: 'pow', count: null, party: 'uae', speaker: 'UAE foreign ministry' });
    const r = assignClaims([], [ev, conf]);
    expect(r.created).toHaveLength(1);
    expect(r.created[0]!.status).toBe('confirmed');
  });

  it('leaves a confirmation with nothing to confirm for later', () => {
    const conf = claim({ kind: 'confirmation', count: null, party: 'ukraine' });
    const r = assignClaims([], [conf]);
    expect(r.created).toEqual([]);
    expect(r.skipped).toEqual([{ claimId: conf.id, reason: 'no-event-to-confirm' }]);
    const later = assignClaims([], [claim({ count: 1000, party: 'russia' }), conf]);
    expect(later.created[0]!.status).toBe('confirmed');
  });
});

describe('incremental and stable', () => {
  const batch1 = (): LedgerClaim[] => [
    claim({ id: 'cl_a', count: 1000, party: 'russia' }),
    claim({ id: 'cl_b', count: 38, from: 'ukraine', to: 'russia', party: 'russia' }),
  ];
  const batch2 = (): LedgerClaim[] => [
    claim({ id: 'cl_c', count: 1000, party: 'ukraine' }),
    claim({ id: 'cl_d', count: 1200, date: '2025-06-13' }),
  ];

  it('derives ids from the founding claim, whatever the input order', () => {
    const one = assignClaims([], [...batch1(), ...batch2()]);
    const two = assignClaims([], [...batch2(), ...batch1()].reverse());
    expect(one.created).toEqual(two.created);
    expect(one.created.map((e) => e.id).sort()).toEqual([eventIdFor('cl_a'), eventIdFor('cl_b'), eventIdFor('cl_d')].sort());
  });

  it('adds new claims to existing events and reports what changed', () => {
    const first = assignClaims([], batch1(), { by });
    expect(first.history.map((h) => h.action)).toEqual(['create', 'create']);
    const second = assignClaims(first.created, batch2(), { existingClaims: batch1(), by });
    expect(second.created.map((e) => e.claimIds)).toEqual([['cl_d']]);
    expect(second.updated.map((e) => e.claimIds)).toEqual([['cl_a', 'cl_c']]);
    expect(second.updated[0]!.status).toBe('confirmed');
    const attach = second.history.find((h) => h.action === 'attach')!;
    expect(attach).toMatchObject({ entity: 'event', entityId: eventIdFor('cl_a'), actor: 'machine' });
    expect((attach.before as LedgerEvent).claimIds).toEqual(['cl_a']);
  });

  it('is idempotent: the same claims again change nothing', () => {
    const first = assignClaims([], batch1());
    const again = assignClaims(first.created, batch1(), { existingClaims: batch1() });
    expect(again.created).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(again.skipped.every((s) => s.reason === 'already-assigned')).toBe(true);
  });

  it('never touches a locked event: a matching claim waits for a person', () => {
    const first = assignClaims([], batch1());
    const locked = first.created.map((e) => (e.claimIds.includes('cl_a') ? { ...e, locked: true, review: 'accepted' as const } : e));
    const r = assignClaims(locked, batch2(), { existingClaims: batch1() });
    expect(r.updated.find((e) => e.id === eventIdFor('cl_a'))).toBeUndefined();
    expect(r.skipped).toEqual([{ claimId: 'cl_c', reason: 'matches-locked-event', eventId: eventIdFor('cl_a') }]);
  });

  it('refuses to reconcile an event whose claims were not passed', () => {
    const first = assignClaims([], batch1());
    expect(() => assignClaims(first.created, batch2())).toThrow(/existingClaims/);
  });

  it('gives storage the window of events to load', () => {
    expect(assignmentWindow([claim({ date: '2025-06-11' }), claim({ date: null, publishedAt: '2025-06-20' })])).toEqual({
      start: '2025-06-01',
      end: '2025-06-30',
    });
    expect(assignmentWindow([claim({ date: null })])).toBeNull();
  });
});

describe('probable cumulative', () => {
  it('flags one handover far above every other of its kind (the seed’s 11,000)', () => {
    const claims = [
      claim({ count: 1000, party: 'russia', date: '2025-11-20' }),
      claim({ count: 1212, date: '2025-06-11' }),
      claim({ count: [11000, 'more_than'], party: 'russia', date: '2025-11-20' }),
    ];
    const r = assignClaims([], claims);
    const flagged = r.created.filter((e) => e.flags.includes('probable-cumulative'));
    expect(flagged.map((e) => e.figure.best)).toEqual([11000]);
  });
});
