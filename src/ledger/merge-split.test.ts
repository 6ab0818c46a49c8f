import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../domain/index.js';
import { assignClaims } from './grouping.js';
import { eventIdFor } from './ids.js';
import { mergeEvents, splitEvent } from './merge-split.js';
import { claim } from './testing/claims.js';

const who = { at: '2026-02-01T09:00:00.000Z', actor: 'Olena', reason: 'same handover, reported a day apart' };

describe('merge', () => {
  const a = claim({ id: 'cl_m1', count: 1000, date: '2025-06-11', party: 'russia' });
  const b = claim({ id: 'cl_m2', count: 1000, date: '2025-06-12', party: 'ukraine' });
  const claims = [a, b];
  const events = assignClaims([], claims).created;

  it('merges into the first event, locks it, reconciles and records history', () => {
    expect(events).toHaveLength(2);
    const first = events.find((e) => e.claimIds.includes('cl_m1'))!;
    const second = events.find((e) => e.claimIds.includes('cl_m2'))!;
    const r = mergeEvents([first, second], claims, who);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.event).toMatchObject({ id: first.id, claimIds: ['cl_m1', 'cl_m2'], locked: true, review: 'accepted', status: 'confirmed' });
    expect(r.value.removed.map((e) => e.id)).toEqual([second.id]);
    expect(r.value.history.map((h) => [h.action, h.entityId, h.after === null])).toEqual([
      ['merge', first.id, false],
      ['merge', second.id, true],
    ]);
    expect(r.value.history[0]).toMatchObject({ actor: 'Olena', reason: who.reason, before: first });
  });

  it('refuses opposite directions, a single event, and missing claims', () => {
    const back = { ...events[1]!, from: 'ukraine', to: 'russia' } as LedgerEvent;
    const r = mergeEvents([events[0]!, back], claims, who);
    expect(r.ok ? null : r.error.code).toBe('LEDGER_MERGE_DIRECTION');
    const one = mergeEvents([events[0]!], claims, who);
    expect(one.ok ? null : one.error.code).toBe('LEDGER_MERGE_TOO_FEW');
    const missing = mergeEvents(events, [a], who);
    expect(missing.ok ? null : missing.error.code).toBe('LEDGER_CLAIMS_MISSING');
  });
});

describe('split', () => {
  const c1 = claim({ id: 'cl_s1', category: 'pow', count: 175, party: 'ukraine' });
  const c2 = claim({ id: 'cl_s2', category: 'pow', count: 175 });
  const c3 = claim({ id: 'cl_s3', category: 'pow', count: 22, wounded: true });
  const claims = [c1, c2, c3];
  const merged: LedgerEvent = {
    ...assignClaims([], [c1]).created[0]!,
    claimIds: ['cl_s1', 'cl_s2', 'cl_s3'],
    exchangeId: 'ex_swap',
  };

  it('splits claims out into a new locked event with a stable id and history', () => {
    const r = splitEvent(merged, claims, [['cl_s3']], who);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.kept).toMatchObject({ id: merged.id, claimIds: ['cl_s1', 'cl_s2'], locked: true, figure: { best: 175 } });
    const [created] = r.value.created;
    expect(created).toMatchObject({
      id: eventIdFor('cl_s3', merged.id),
      claimIds: ['cl_s3'],
      wounded: true,
      exchangeId: 'ex_swap',
      locked: true,
      figure: { low: 22, best: 22, high: 22 },
    });
    expect(r.value.history.map((h) => [h.action, h.entityId, h.before === null])).toEqual([
      ['split', merged.id, false],
      ['split', created!.id, true],
    ]);
    const again = splitEvent(merged, claims, [['cl_s3']], who);
    expect(again).toEqual(r);
  });

  it('refuses unknown or repeated claims and an empty remainder, saying where', () => {
    const unknown = splitEvent(merged, claims, [['cl_nope']], who);
    expect(unknown.ok ? null : unknown.error).toMatchObject({ code: 'LEDGER_SPLIT_UNKNOWN_CLAIM', path: 'groups[0]' });
    const twice = splitEvent(merged, claims, [['cl_s2'], ['cl_s2']], who);
    expect(twice.ok ? null : twice.error.code).toBe('LEDGER_SPLIT_OVERLAP');
    const all = splitEvent(merged, claims, [['cl_s1', 'cl_s2', 'cl_s3']], who);
    expect(all.ok ? null : all.error.code).toBe('LEDGER_SPLIT_EMPTY');
  });

  it('a locked split is left alone by the machine afterwards', () => {
    const r = splitEvent(merged, claims, [['cl_s3']], who);
    if (!r.ok) throw new Error('split failed');
    const late = claim({ id: 'cl_s4', category: 'pow', count: 22, wounded: true });
    const next = assignClaims([r.value.kept, ...r.value.created], [late], { existingClaims: claims });
    expect(next.updated).toEqual([]);
    expect(next.skipped).toEqual([{ claimId: 'cl_s4', reason: 'matches-locked-event', eventId: r.value.created[0]!.id }]);
  });
});
