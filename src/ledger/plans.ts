import type { Category, LedgerClaim, LedgerEvent, PlanProgress } from '../domain/index.js';
import { byId, isCredible, isTwoWay } from './claims.js';
import { addDays } from './dates.js';

export interface PlanOptions {
  /** Events up to this many days after the plan (or after its own date, if later) count as delivering it (default 60). */
  horizonDays?: number;
}

function categories(category: Category): ReadonlySet<Category> {
  if (category === 'mixed') return new Set<Category>(['pow', 'civilians', 'children', 'hostages', 'detainees', 'mixed']);
  return new Set<Category>([category]);
}

function directionMatches(plan: LedgerClaim, e: LedgerEvent): boolean {
  if (e.from === null || e.to === null) return false;
  if (isTwoWay(plan) || (plan.from === null && plan.to === null)) {
    const p = plan.attribution.party;
    return p !== null && (e.from === p || e.to === p);
  }
  return (plan.from === null || plan.from === e.from) && (plan.to === null || plan.to === e.to);
}

/** A plan that names its day (or days) is delivered then or within this many days, not weeks later. */
export const DAY_PLAN_SLACK_DAYS = 7;

/**
 * The days a plan's deliveries are looked for in: from its announcement to `horizonDays` after its
 * own date; a plan dated to the day gets at most a week's slack (a later handover is another one).
 */
export function planWindow(plan: LedgerClaim, horizonDays = 60): { start: string; end: string } | null {
  const announced = [plan.publishedAt, plan.date?.start].filter((d): d is string => d !== null && d !== undefined).sort();
  const start = announced[0];
  if (!start) return null;
  const due = [start, plan.date?.end].filter((d): d is string => d !== null && d !== undefined).sort().at(-1)!;
  const slack = plan.date?.precision === 'day' ? Math.min(horizonDays, DAY_PLAN_SLACK_DAYS) : horizonDays;
  return { start, end: addDays(due, slack) };
}

/**
 * Plans versus outcomes: each plan ("Russia will transfer 6,000 bodies") is linked to the later
 * events of the same direction and category inside its window, under the same agreement when both
 * name one; delivered is the sum of their best figures, outstanding what remains of the plan (never
 * below zero; null when the plan gives no figure). Probable cumulative and rejected events do not count.
 */
export function planProgress(claims: readonly LedgerClaim[], events: readonly LedgerEvent[], opts: PlanOptions = {}): PlanProgress[] {
  const horizon = opts.horizonDays ?? 60;
  return claims
    .filter((c) => c.kind === 'plan' && isCredible(c))
    .sort(byId)
    .map((plan) => {
      const window = planWindow(plan, horizon);
      const cats = categories(plan.category);
      const delivering = window
        ? events
            .filter(
              (e) =>
                e.review !== 'rejected' &&
                !e.flags.includes('probable-cumulative') &&
                cats.has(e.category) &&
                directionMatches(plan, e) &&
                e.date !== null &&
                e.date.start >= window.start &&
                e.date.start <= window.end &&
                (plan.agreement === null || e.agreement === null || plan.agreement === e.agreement),
            )
            .sort((a, b) => (a.date!.start < b.date!.start ? -1 : a.date!.start > b.date!.start ? 1 : byId(a, b)))
        : [];
      const delivered = delivering.reduce((sum, e) => sum + (e.figure.best ?? 0), 0);
      return {
        planClaimId: plan.id,
        eventIds: delivering.map((e) => e.id),
        planned: plan.count,
        delivered,
        outstanding: plan.count === null ? null : Math.max(0, plan.count.value - delivered),
      };
    });
}
