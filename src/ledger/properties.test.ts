import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerClaim } from '../domain/index.js';
import { assignClaims } from './grouping.js';
import { claim } from './testing/claims.js';

const arbClaim = fc.record({
  n: fc.nat(9999),
  count: fc.option(fc.constantFrom(0, 19, 27, 38, 84, 195, 207, 1000, 1003, 1200, 1212, 11000), { nil: null }),
  day: fc.integer({ min: 10, max: 16 }),
  dated: fc.boolean(),
  back: fc.boolean(),
  category: fc.constantFrom('remains' as const, 'pow' as const, 'mixed' as const),
  kind: fc.constantFrom('event' as const, 'event' as const, 'confirmation' as const, 'cumulative' as const),
  party: fc.constantFrom(null, 'russia', 'ukraine', 'uae'),
});

type Spec = typeof arbClaim extends fc.Arbitrary<infer T> ? T : never;

function build(specs: Spec[]): LedgerClaim[] {
  return specs.map((s, i) =>
    claim({
      id: `cl_p${i}_${s.n}`,
      kind: s.kind,
      category: s.category,
      count: s.kind === 'confirmation' ? null : s.count,
      date: s.dated ? `2025-06-${s.day}` : null,
      publishedAt: `2025-06-${s.day + 1}`,
      from: s.back ? 'ukraine' : 'russia',
      to: s.back ? 'russia' : 'ukraine',
      party: s.party,
    }),
  );
}

describe('grouping properties', () => {
  it('places every claim once, whatever the input order, with the same result', () => {
    fc.assert(
      fc.property(
        fc.array(arbClaim, { maxLength: 25 }).chain((specs) => {
          const claims = build(specs);
          return fc.tuple(fc.constant(claims), fc.shuffledSubarray(claims, { minLength: claims.length, maxLength: claims.length }));
        }),
        ([claims, shuffled]) => {
        const a = assignClaims([], claims);
        const b = assignClaims([], shuffled);
        expect(b.created).toEqual(a.created);
        const placed = a.created.flatMap((e) => e.claimIds);
        expect(new Set(placed).size).toBe(placed.length);
        expect(placed.length + a.skipped.length).toBe(claims.length);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('gives the same ledger when fed in two batches as in one, for claims of distinct days', () => {
    fc.assert(
      fc.property(fc.array(arbClaim, { maxLength: 20 }), (specs) => {
        const claims = build(specs.map((s) => ({ ...s, kind: 'event' as const, dated: true })));
        const first = claims.filter((c) => c.date!.start < '2025-06-13');
        const second = claims.filter((c) => c.date!.start >= '2025-06-13');
        const once = assignClaims([], claims);
        const one = assignClaims([], first);
        const two = assignClaims(one.created, second, { existingClaims: first });
        const byId = new Map([...one.created, ...two.created].map((e) => [e.id, e]));
        for (const e of two.updated) byId.set(e.id, e);
        const incremental = [...byId.values()].map((e) => e.claimIds.slice().sort().join(' ')).sort();
        expect(incremental).toEqual(once.created.map((e) => e.claimIds.slice().sort().join(' ')).sort());
      }),
      { numRuns: 100 },
    );
  });
});
