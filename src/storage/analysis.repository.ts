/** The last computed plan progress and cumulative checks. */
import type { Db } from './query-helpers.js';

export interface AnalysisRepository {
  savePlan(planClaimId: string, progress: unknown, at: string): Promise<void>;
  plans(): Promise<unknown[]>;
  saveCheck(claimId: string, check: unknown, difference: number | null, at: string): Promise<void>;
  checks(): Promise<unknown[]>;
}

export function analysisRepository(db: Db): AnalysisRepository {
  return {
    async savePlan(planClaimId: string, progress: unknown, at: string): Promise<void> {
      const value = { plan_claim_id: planClaimId, progress: JSON.stringify(progress), updated_at: at };
      await db
        .insertInto('plans')
        .values(value)
        .onConflict((oc) => oc.column('plan_claim_id').doUpdateSet({ progress: value.progress, updated_at: at }))
        .execute();
    },
    async plans(): Promise<unknown[]> {
      const rows = await db.selectFrom('plans').select('progress').orderBy('plan_claim_id').execute();
      return rows.map((r) => JSON.parse(r.progress) as unknown);
    },
    async saveCheck(claimId: string, check: unknown, difference: number | null, at: string): Promise<void> {
      const value = { claim_id: claimId, check_json: JSON.stringify(check), difference, updated_at: at };
      await db
        .insertInto('cumulative_checks')
        .values(value)
        .onConflict((oc) => oc.column('claim_id').doUpdateSet({ check_json: value.check_json, difference, updated_at: at }))
        .execute();
    },
    async checks(): Promise<unknown[]> {
      const rows = await db.selectFrom('cumulative_checks').select('check_json').orderBy('claim_id').execute();
      return rows.map((r) => JSON.parse(r.check_json) as unknown);
    },
  };
}
