import { describe, expect, it } from 'vitest';
import { planProgress } from './plans.js';
import { claim } from './testing/claims.js';
import { event } from './testing/events.js';

describe('plans versus outcomes', () => {
  const plan = claim({ kind: 'plan', count: 6000, date: { start: '2025-06-09', end: '2025-06-15', precision: 'week' }, publishedAt: '2025-06-07' });
  const events = [
    event({ best: 500, date: '2025-06-01' }),
    event({ best: 1212, date: '2025-06-11' }),
    event({ best: 1200, date: '2025-06-13' }),
    event({ best: 1200, date: '2025-06-14', from: 'ukraine', to: 'russia' }),
    event({ best: 1200, date: '2025-06-16', category: 'pow' }),
    event({ best: 1200, date: '2025-07-20' }),
    event({ best: 1000, date: '2025-09-30' }),
  ];

  it('links a plan to the later events of its direction and category and computes what is outstanding', () => {
    const [p] = planProgress([plan], events);
    expect(p!.eventIds).toEqual([events[1]!.id, events[2]!.id, events[5]!.id]);
    expect(p!.delivered).toBe(3612);
    expect(p!.outstanding).toBe(2388);
    expect(p!.planned).toEqual(plan.count);
  });

  it('is never negative, and null without a planned figure', () => {
    const small = claim({ kind: 'plan', count: 1000, date: null, publishedAt: '2025-06-10' });
    const vague = claim({ kind: 'plan', count: null, date: null, publishedAt: '2025-06-10' });
    const [a, b] = planProgress([small, vague], events).sort((x, y) => (x.planClaimId === small.id ? -1 : y.planClaimId === small.id ? 1 : 0));
    expect(a!.outstanding).toBe(0);
    expect(b!.outstanding).toBeNull();
    expect(b!.delivered).toBe(3612);
  });

  it('honours the horizon and the agreement', () => {
    const [short] = planProgress([plan], events, { horizonDays: 10 });
    expect(short!.delivered).toBe(2412);
    const istanbul = { ...plan, agreement: 'istanbul-2025' };
    const [p] = planProgress([istanbul], events.map((e, i) => (i === 2 ? { ...e, agreement: 'other-deal' } : e)));
    expect(p!.delivered).toBe(2412);
  });
});
