/**
 * Plans versus outcomes and cumulative checks: each plan or cumulative claim is compared with the
 * events it covers by the ledger's rules (src/ledger), and the result is kept in the store so a
 * face can list it without recomputing.
 */
import type { CumulativeCheck, LedgerClaim, LedgerEvent, PlanProgress, ReviewFlag } from '../domain/index.js';
import { checkReviewFlags, cumulativeChecks, cumulativePeriod, planProgress, planWindow } from '../ledger/index.js';
import type { Repositories, Store } from '../storage/index.js';

const PAGE = 500;
/** More events than any real war's ledger holds for one direction and category. */
const COVER_LIMIT = 50_000;
const LIVING = ['pow', 'civilians', 'children', 'hostages', 'detainees', 'mixed'];

const categoriesOf = (c: LedgerClaim) => (c.category === 'mixed' ? LIVING : [c.category]);
const partyOf = (c: LedgerClaim) => (c.from === null && c.to === null ? c.attribution.party : null);

async function coveredBy(tx: Repositories, claim: LedgerClaim, start: string | null, end: string | null): Promise<LedgerEvent[]> {
  return tx.events.covering({ categories: categoriesOf(claim), from: claim.from, to: claim.to, party: partyOf(claim), start, end }, COVER_LIMIT);
}

export interface LedgerChecks {
  cumulative: CumulativeCheck[];
  plans: PlanProgress[];
  /** The checks that want a person's eye: mismatched totals, outstanding plans. */
  flags: ReviewFlag[];
}

async function* claimsOfKind(tx: Repositories, kind: 'plan' | 'cumulative'): AsyncGenerator<LedgerClaim> {
  for (let after: string | null = null; ; ) {
    const page = await tx.claims.byKind(kind, PAGE, after);
    yield* page;
    if (page.length < PAGE) return;
    after = page.at(-1)!.id;
  }
}

/**
 * Recomputes every plan's progress and every cumulative check against the events stored now, and
 * stores them (unless `save` is false: a reader on a read-only connection computes without keeping).
 */
export async function refreshChecks(store: Store, now = () => new Date().toISOString(), save = true): Promise<LedgerChecks> {
  const at = now();
  const cumulative: CumulativeCheck[] = [];
  const plans: PlanProgress[] = [];
  for await (const claim of claimsOfKind(store, 'cumulative')) {
    const period = cumulativePeriod(claim);
    const [check] = cumulativeChecks([claim], await coveredBy(store, claim, period.since, period.asOf));
    if (!check) continue;
    cumulative.push(check);
    if (save) await store.analysis.saveCheck(claim.id, check, check.difference, at);
  }
  for await (const claim of claimsOfKind(store, 'plan')) {
    const window = planWindow(claim);
    const [progress] = planProgress([claim], window ? await coveredBy(store, claim, window.start, window.end) : []);
    if (!progress) continue;
    plans.push(progress);
    if (save) await store.analysis.savePlan(claim.id, progress, at);
  }
  return { cumulative, plans, flags: checkReviewFlags(cumulative, plans) };
}
