import { describe, expect, it } from 'vitest';
import type { HistoryEntry, LedgerEvent } from '../domain/index.js';
import { diffReleases, eventLabel } from './release-diff.js';

const ev = (id: string, over: Partial<LedgerEvent> = {}): LedgerEvent => ({
  id,
  exchangeId: null,
  category: 'remains',
  wounded: false,
  from: 'russia',
  to: 'ukraine',
  date: { start: '2025-06-11', end: '2025-06-11', precision: 'day' },
  figure: { low: 1000, best: 1000, high: 1000 },
  status: 'announced',
  claimIds: [`cl_${id}`],
  agreement: null,
  mediator: null,
  flags: [],
  review: 'machine',
  locked: false,
  ...over,
});

const h = (entityId: string, action: HistoryEntry['action'], before: unknown, after: unknown, reason: string | null = null): HistoryEntry => ({
  id: `h_${entityId}_${action}`,
  at: '2025-07-01T10:00:00.000Z',
  actor: 'ana',
  action,
  entity: 'event',
  entityId,
  before,
  after,
  reason,
});

const byId = (...events: LedgerEvent[]) => new Map(events.map((e) => [e.id, e]));

describe('diffReleases', () => {
  it('names each change by what the history did, and leaves untouched events out', () => {
    const a = ev('a');
    const b = ev('b', { figure: { low: 38, best: 38, high: 38 }, from: 'ukraine', to: 'russia' });
    const c = ev('c');
    const d = ev('d', { date: { start: '2025-06-12', end: '2025-06-12', precision: 'day' } });
    const e = ev('e');
    const older = byId(a, b, c, d, e);
    const a2 = { ...a, figure: { low: 1200, best: 1200, high: 1200 }, review: 'corrected' as const, locked: true };
    const c2 = { ...c, claimIds: [...c.claimIds, ...d.claimIds], locked: true };
    const e2 = { ...e, claimIds: [] as string[], locked: true };
    const f = ev('f', { claimIds: ['cl_e'], locked: true });
    const g = ev('g', { date: { start: '2025-08-01', end: '2025-08-01', precision: 'day' } });
    const newer = byId(a2, c2, e2, f, g);
    const history = [
      h('a', 'correct', a, a2, 'the ministry gave 1,200'),
      h('b', 'reject', b, null, 'retracted'),
      h('c', 'merge', c, c2, 'one handover'),
      h('d', 'merge', d, null, 'one handover'),
      h('e', 'split', e, e2, 'two convoys'),
      h('f', 'split', null, f, 'two convoys'),
      h('g', 'create', null, g),
    ];
    const diff = diffReleases(1, older, 2, newer, history);
    expect(diff.changes.map((x) => [x.kind, x.eventId])).toEqual([
      ['added', 'g'],
      ['corrected', 'a'],
      ['merged', 'c'],
      ['merged', 'd'],
      ['split', 'e'],
      ['split', 'f'],
      ['withdrawn', 'b'],
    ]);
    expect(diff.counts).toEqual({ added: 1, corrected: 1, merged: 2, split: 2, withdrawn: 1 });
    expect(diff.changes.find((x) => x.eventId === 'a')).toMatchObject({ fields: ['figure', 'review', 'locked'], because: [{ action: 'correct', actor: 'ana', reason: 'the ministry gave 1,200' }] });
    expect(diff.changes.find((x) => x.eventId === 'b')!.label).toBe('2025-06-11 ukraine → russia remains 38');
  });

  it('counts a rejected event kept in the ledger as withdrawn, and a first release as all added', () => {
    const a = ev('a');
    const rejected = { ...a, review: 'rejected' as const };
    expect(diffReleases(1, byId(a), 2, byId(rejected), [h('a', 'reject', a, rejected)]).changes.map((x) => x.kind)).toEqual(['withdrawn']);
    const first = diffReleases(null, null, 1, byId(a, ev('b')), []);
    expect(first).toMatchObject({ from: null, to: 1, counts: { added: 2, corrected: 0 } });
    // A claim list in another order is the same event.
    const two = ev('t', { claimIds: ['cl_1', 'cl_2'] });
    expect(diffReleases(1, byId(two), 2, byId({ ...two, claimIds: ['cl_2', 'cl_1'] }), []).changes).toEqual([]);
    expect(eventLabel(ev('n', { figure: { low: null, best: null, high: null }, date: null }))).toBe('undated russia → ukraine remains no figure');
  });
});
