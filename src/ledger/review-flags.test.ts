import { describe, expect, it } from 'vitest';
import { countOf } from '../domain/index.js';
import { checkReviewFlags, claimReviewFlags, eventReviewFlags } from './review-flags.js';
import { claim } from './testing/claims.js';
import { event } from './testing/events.js';

describe('review flags', () => {
  it('explains flagged machine events and is silent once reviewed', () => {
    const e = event({ best: 195, flags: ['disputed-figures', 'disputed:ukraine=207;russia=195'] });
    expect(eventReviewFlags(e)).toEqual([
      { entity: 'event', entityId: e.id, code: 'disputed-figures', message: 'the parties give different figures: ukraine=207, russia=195' },
    ]);
    expect(eventReviewFlags({ ...e, review: 'accepted' })).toEqual([]);
    expect(eventReviewFlags(event({ best: 11000, flags: ['probable-cumulative'] }))[0]!.message).toMatch(/^11,000 is far above/);
  });

  it('flags unsure claims, mismatching totals and outstanding plans', () => {
    const unsure = claim({ confidence: 0.3 });
    expect(claimReviewFlags([unsure, claim({ confidence: 0.9 })]).map((f) => f.entityId)).toEqual([unsure.id]);
    const flags = checkReviewFlags(
      [
        { claimId: 'cl_c1', reported: countOf(11000, 'more_than'), asOf: null, since: null, eventIds: [], ledgerSum: { low: 0, best: 0, high: 0 }, difference: 11000, sentence: 'reported more than 11,000; the ledger holds 0 in 0 events: about 11,000 unaccounted' },
        { claimId: 'cl_c2', reported: countOf(10, 'exact'), asOf: null, since: null, eventIds: [], ledgerSum: { low: 10, best: 10, high: 10 }, difference: 0, sentence: 'reported 10; the ledger holds 10 in 1 event: consistent' },
      ],
      [{ planClaimId: 'cl_p1', eventIds: ['ev_1'], planned: countOf(6000, 'exact'), delivered: 4812, outstanding: 1188 }],
    );
    expect(flags.map((f) => [f.entityId, f.code])).toEqual([
      ['cl_c1', 'cumulative-mismatch'],
      ['cl_p1', 'plan-outstanding'],
    ]);
    expect(flags[1]!.message).toBe('planned 6,000, delivered 4,812 in 1 event: 1,188 outstanding');
  });
});
