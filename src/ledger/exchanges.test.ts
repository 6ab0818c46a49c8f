import { describe, expect, it } from 'vitest';
import { linkExchanges } from './exchanges.js';
import { event } from './testing/events.js';

describe('exchanges', () => {
  it('links the two directions of a swap on the same day, with the same-day parts', () => {
    const there = event({ category: 'pow', best: 270 });
    const civ = event({ category: 'civilians', best: 120 });
    const back = event({ category: 'pow', best: 270, from: 'ukraine', to: 'russia' });
    const otherDay = event({ category: 'pow', best: 307, date: '2025-06-12', from: 'ukraine', to: 'russia' });
    const out = linkExchanges([there, civ, back, otherDay]);
    const [a, b, c, d] = out.map((e) => e.exchangeId);
    expect(a).toMatch(/^ex_/);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(d).toBeNull();
  });

  it('leaves one-way handovers unlinked and different agreements apart', () => {
    const release = event({ from: 'eln', to: 'colombia', category: 'hostages', best: 4 });
    const a = event({ agreement: 'istanbul-2025' });
    const b = event({ from: 'ukraine', to: 'russia', agreement: 'geneva-2026' });
    expect(linkExchanges([release, a, b]).map((e) => e.exchangeId)).toEqual([null, null, null]);
  });

  it('is stable: keeps an existing exchange id and never changes a locked event’s', () => {
    const a = event({ exchangeId: 'ex_kept' });
    const b = event({ from: 'ukraine', to: 'russia' });
    expect(linkExchanges([a, b]).map((e) => e.exchangeId)).toEqual(['ex_kept', 'ex_kept']);
    const locked = event({ exchangeId: 'ex_person', locked: true, review: 'accepted' });
    const other = event({ from: 'ukraine', to: 'russia', exchangeId: 'ex_machine' });
    expect(linkExchanges([locked, other]).map((e) => e.exchangeId)).toEqual(['ex_person', 'ex_person']);
    const once = linkExchanges([event(), event({ from: 'ukraine', to: 'russia' })]);
    expect(linkExchanges(once)).toEqual(once);
  });

  it('does not link month-dated events', () => {
    const june = { start: '2022-06-01', end: '2022-06-30', precision: 'month' as const };
    expect(linkExchanges([event({ date: june }), event({ date: june, from: 'ukraine', to: 'russia' })]).map((e) => e.exchangeId)).toEqual([
      null,
      null,
    ]);
  });

  it('links undated events only when one source reports both under one agreement', () => {
    const a = event({ date: null, agreement: 'istanbul-2025' });
    const b = event({ date: null, agreement: 'istanbul-2025', from: 'ukraine', to: 'russia' });
    const c = event({ date: null, from: 'ukraine', to: 'russia' });
    const same = new Map([[a.id, ['src_1']], [b.id, ['src_1']], [c.id, ['src_1']]]);
    expect(linkExchanges([a, b, c], { sourcesOf: same }).map((e) => e.exchangeId !== null)).toEqual([true, true, false]);
    const apart = new Map([[a.id, ['src_1']], [b.id, ['src_2']]]);
    expect(linkExchanges([a, b], { sourcesOf: apart }).map((e) => e.exchangeId)).toEqual([null, null]);
  });

  it('gives a lone two-way total an exchange of its own', () => {
    const total = event({ from: null, to: null, flags: ['two-way'], best: null, category: 'pow' });
    const [out] = linkExchanges([total]);
    expect(out!.exchangeId).toMatch(/^ex_/);
  });
});
