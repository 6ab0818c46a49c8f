/**
 * The brief's seed report, as claims an extractor returns for it (written here from the facts the
 * brief lists), through the ledger: two directions linked, the 11,000 flagged, the confirmation placed.
 */
import { describe, expect, it } from 'vitest';
import { assignClaims } from './grouping.js';
import { totals } from './totals.js';
import { claim } from './testing/claims.js';

const medinsky = { speaker: 'Vladimir Medinsky', party: 'russia' };
const lavrov = { speaker: 'Sergey Lavrov', party: 'russia' };

function seedClaims() {
  const common = { sourceId: 'src_seed', date: null, publishedAt: null, agreement: 'istanbul-2025' };
  return [
    claim({ ...common, id: 'cl_seed_1', count: 1000, ...medinsky, party: 'russia', speaker: medinsky.speaker }),
    claim({ ...common, id: 'cl_seed_2', count: 38, from: 'ukraine', to: 'russia', party: 'russia', speaker: medinsky.speaker }),
    claim({ ...common, id: 'cl_seed_3', count: [11000, 'more_than'], agreement: null, party: 'russia', speaker: lavrov.speaker }),
    claim({ ...common, id: 'cl_seed_4', count: 201, from: 'ukraine', to: 'russia', agreement: null, party: 'russia', speaker: lavrov.speaker }),
    claim({
      ...common,
      id: 'cl_seed_5',
      kind: 'confirmation',
      count: null,
      from: null,
      to: null,
      agreement: null,
      party: 'ukraine',
      speaker: 'Coordination Headquarters for the Treatment of Prisoners of War',
    }),
  ];
}

describe('the seed report through the ledger', () => {
  const r = assignClaims([], seedClaims());
  const of = (id: string) => r.created.find((e) => e.claimIds.includes(id))!;

  it('makes four events and places the confirmation on the 1,000 handed to Ukraine', () => {
    expect(r.created).toHaveLength(4);
    expect(r.skipped).toEqual([]);
    expect(of('cl_seed_1').claimIds).toEqual(['cl_seed_1', 'cl_seed_5']);
    expect(of('cl_seed_1').status).toBe('confirmed');
    expect(of('cl_seed_2').status).toBe('announced');
  });

  it('flags the 11,000 as a probable cumulative figure and keeps it out of totals', () => {
    expect(of('cl_seed_3').flags).toContain('probable-cumulative');
    expect(of('cl_seed_1').flags).not.toContain('probable-cumulative');
    const t = totals(r.created, { by: 'all', category: 'remains' });
    expect(t.excludedEventIds).toEqual([of('cl_seed_3').id]);
    expect(t.rows.find((row) => row.from === 'russia')!.sum.best).toBe(1000);
  });

  it('links the two directions of the Istanbul handover as one exchange', () => {
    expect(of('cl_seed_1').exchangeId).not.toBeNull();
    expect(of('cl_seed_1').exchangeId).toBe(of('cl_seed_2').exchangeId);
  });
});
