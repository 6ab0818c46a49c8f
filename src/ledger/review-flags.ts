import type { CumulativeCheck, LedgerClaim, LedgerEvent, PlanProgress, ReviewFlag } from '../domain/index.js';
import { formatNumber } from './figures.js';

/** Why an event waits for a person, as stable codes with one sentence each; none once a person reviewed it. */
export function eventReviewFlags(e: LedgerEvent): ReviewFlag[] {
  if (e.review !== 'machine') return [];
  const out: ReviewFlag[] = [];
  const flag = (code: string, message: string): void => {
    out.push({ entity: 'event', entityId: e.id, code, message });
  };
  if (e.flags.includes('probable-cumulative')) {
    flag('probable-cumulative', `${formatNumber(e.figure.best ?? 0)} is far above every other handover of its kind: probably a running total; kept out of totals`);
  }
  const disputed = e.flags.find((f) => f.startsWith('disputed:'));
  if (disputed) flag('disputed-figures', `the parties give different figures: ${disputed.slice('disputed:'.length).replace(/;/g, ', ')}`);
  const differ = e.flags.find((f) => f.startsWith('figures-differ:'));
  if (differ) flag('figures-differ', `reports give different figures: ${differ.slice('figures-differ:'.length).replace(/;/g, ', ')}`);
  if (e.flags.includes('no-figure')) flag('no-figure', 'no report gives a figure');
  if (e.flags.includes('date-from-publication')) flag('date-from-publication', 'dated by publication: no report says when it happened');
  return out;
}

/** Review flags for claims: low extractor confidence (below `threshold`, default 0.5) on machine claims. */
export function claimReviewFlags(claims: readonly LedgerClaim[], threshold = 0.5): ReviewFlag[] {
  return claims
    .filter((c) => c.review === 'machine' && c.confidence < threshold)
    .map((c) => ({ entity: 'claim', entityId: c.id, code: 'low-confidence', message: `the extractor is unsure (${c.confidence.toFixed(2)})` }));
}

/** A cumulative claim the ledger does not match, and a plan not yet delivered, as review flags on their claims. */
export function checkReviewFlags(checks: readonly CumulativeCheck[], plans: readonly PlanProgress[]): ReviewFlag[] {
  return [
    ...checks
      .filter((c) => c.difference !== null && !c.sentence.endsWith(': consistent'))
      .map((c) => ({ entity: 'claim' as const, entityId: c.claimId, code: 'cumulative-mismatch', message: c.sentence })),
    ...plans
      .filter((p) => p.outstanding !== null && p.outstanding > 0)
      .map((p) => ({
        entity: 'claim' as const,
        entityId: p.planClaimId,
        code: 'plan-outstanding',
        message: `planned ${formatNumber(p.planned?.value ?? 0)}, delivered ${formatNumber(p.delivered)} in ${p.eventIds.length} event${p.eventIds.length === 1 ? '' : 's'}: ${formatNumber(p.outstanding ?? 0)} outstanding`,
      })),
  ];
}
