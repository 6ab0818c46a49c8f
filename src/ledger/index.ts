/** The ledger's pure rules: grouping, reconciliation, exchanges, plans, cumulative checks, totals, exports, demo. */
export { assignClaims, assignmentWindow, DEFAULT_GROUPING } from './grouping.js';
export type { AssignOptions, AssignResult, GroupingOptions, SkippedClaim, SkipReason } from './grouping.js';
export {
  reconcileEvent,
  reconcileFigure,
  reconcileStatus,
  reconcileDate,
  reconcileCategory,
  rankFigureClaims,
  figureConflicts,
  witnessClaims,
} from './reconcile.js';
export type { ReconcileOptions } from './reconcile.js';
export { countsCompatible, DEFAULT_TOLERANCE, sumFigures, formatCount } from './figures.js';
export type { Tolerance } from './figures.js';
export { linkExchanges } from './exchanges.js';
export type { ExchangeOptions } from './exchanges.js';
export { mergeEvents, splitEvent } from './merge-split.js';
export type { MergeResult, SplitResult } from './merge-split.js';
export { planProgress, planWindow } from './plans.js';
export type { PlanOptions } from './plans.js';
export { cumulativeChecks, cumulativePeriod, coveredEvents, flagProbableCumulative } from './cumulative.js';
export type { CumulativePeriod, ProbableCumulativeOptions } from './cumulative.js';
export { totals, eventPeriod } from './totals.js';
export type { DirectionTotal, PairRatio, Totals, TotalsOptions, TotalsPeriod } from './totals.js';
export { csvCell, csvLine, eventsToCsv, EVENT_COLUMNS } from './csv.js';
export type { CsvOptions, EventStream, ExportableEvent } from './csv.js';
export { ledgerToJson } from './export-json.js';
export type { LedgerExportInput } from './export-json.js';
export { ledgerExportSchema, parseLedgerExport, formatPath } from './export-schema.js';
export { demoLedger, demoLedgerFileSchema, factsFromPublic, parseDemoLedgerFile, dateOfFact } from './demo.js';
export type { DemoFact, DemoLedger, DemoLedgerFile } from './demo.js';
export { historyEntry } from './history.js';
export type { Actor } from './history.js';
export { eventIdFor, exchangeIdFor, shortHash } from './ids.js';
export { isCredible, isTwoWay, KNOWN_MEDIATORS, PUBLICATION_LOOKBACK_DAYS, slug } from './claims.js';
export { eventReviewFlags, claimReviewFlags, checkReviewFlags } from './review-flags.js';
