/**
 * Plans versus outcomes and cumulative checks: each plan or cumulative claim is compared with the
 * events it covers by the ledger's rules (src/ledger), and the result is kept in the store so a
 * face can list it without recomputing.
 */
import type { CumulativeCheck, LedgerClaim, LedgerEvent, PlanProgress, ReviewFlag } from '../domain/index.js';
import { checkReviewFlags, cumulativeChecks, cumulativePeriod, planProgress, planWindow } from '../ledger/index.js';
import type { Repositories, Store } from '../storage/index.js';
import { partyBySlug } from '../domain/parties.js';
import { fail, ok, type Result } from '../domain/errors.js';
import { asOfCutoff, claimsOfKindAsOf, eventsAsOf } from './as-of.js';
import { releaseClaimsOfKinds, releaseEvents } from './release.service.js';

const PAGE = 500;
/** More events than any real war's ledger holds for one direction and category. */
const COVER_LIMIT = 50_000;
const LIVING = ['pow', 'civilians', 'children', 'hostages', 'detainees', 'mixed'];

const categoriesOf = (c: LedgerClaim) => (c.category === 'mixed' ? LIVING : [c.category]);
/** A side's total covers its own handovers; a mediator's covers those it mediated (the ledger's rule picks them), so every direction is read. */
const partyOf = (c: LedgerClaim) => {
  const p = c.from === null && c.to === null ? c.attribution.party : null;
  return p !== null && partyBySlug(p)?.kind === 'mediator' ? null : p;
};

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

/** A check with the claim it is about, so a reader sees who said what about which direction. */
export interface CheckView {
  cumulative: (CumulativeCheck & { claim: LedgerClaim })[];
  plans: (PlanProgress & { claim: LedgerClaim })[];
}

/**
 * The checks as a reader sees them, now (refreshed and stored) or as the ledger was known at the end
 * of a day (rebuilt from history, nothing stored).
 */
export async function checksView(store: Store, asOf?: string, release?: number): Promise<Result<CheckView>> {
  if (release !== undefined) {
    if (asOf !== undefined) return fail('INPUT_INVALID', 'release and asOf cannot be given together: a release is the ledger as published at its date', { path: 'release' });
    // A release's checks: its own running totals and plans against its own events, computed again.
    const frozen = await releaseEvents(store, release);
    if (!frozen.ok) return frozen;
    const events = frozen.value.map(({ sources: _s, ...e }) => e);
    const claims = await releaseClaimsOfKinds(store, release, ['cumulative', 'plan']);
    const byId = new Map(claims.map((c) => [c.id, c]));
    return ok({
      cumulative: cumulativeChecks(claims.filter((c) => c.kind === 'cumulative'), events).map((c) => ({ ...c, claim: byId.get(c.claimId)! })),
      plans: planProgress(claims.filter((c) => c.kind === 'plan'), events).map((p) => ({ ...p, claim: byId.get(p.planClaimId)! })),
    });
  }
  if (asOf === undefined) {
    const checks = await refreshChecks(store);
    const claims = new Map((await store.claims.getMany([...checks.cumulative.map((c) => c.claimId), ...checks.plans.map((p) => p.planClaimId)])).map((c) => [c.id, c]));
    return ok({
      cumulative: checks.cumulative.flatMap((c) => (claims.has(c.claimId) ? [{ ...c, claim: claims.get(c.claimId)! }] : [])),
      plans: checks.plans.flatMap((p) => (claims.has(p.planClaimId) ? [{ ...p, claim: claims.get(p.planClaimId)! }] : [])),
    });
  }
  const cut = asOfCutoff(asOf);
  if (!cut.ok) return cut;
  const events = await eventsAsOf(store, cut.value);
  const totals = await claimsOfKindAsOf(store, 'cumulative', cut.value);
  const plans = await claimsOfKindAsOf(store, 'plan', cut.value);
  const byId = new Map([...totals, ...plans].map((c) => [c.id, c]));
  return ok({
    cumulative: cumulativeChecks(totals, events).map((c) => ({ ...c, claim: byId.get(c.claimId)! })),
    plans: planProgress(plans, events).map((p) => ({ ...p, claim: byId.get(p.planClaimId)! })),
  });
}
