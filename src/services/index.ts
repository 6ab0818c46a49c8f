/** The ledger's service functions: what the CLI (and a future HTTP API) call. */
export * from '../domain/errors.js';
export { openLedger, openLedgerWithReader, ledgerFileOf, storeConfigFrom, type StoreFlags } from './ledger-store.js';
export { migrateDatabase, backupDatabase, restoreDatabase } from './db.service.js';
export { ingestReport, type IngestInput, type IngestOutcome, type IngestStatus, type IngestContext } from './ingest.service.js';
export { expandInputs, REPORT_EXTENSIONS, type InputItem } from './inputs.js';
export {
  listEvents,
  iterateEvents,
  eventDetail,
  ledgerTotalsOf,
  checkEventQuery,
  forgetTotals,
  type EventQuery,
  type EventPage,
  type EventDetail,
  type Witness,
  type TotalsQuery,
} from './read.service.js';
export {
  reviewQueue,
  reviewList,
  attachItem,
  cumulativeItem,
  acceptItem,
  rejectItem,
  correctItem,
  mergeItems,
  splitItem,
  historyOf,
  checkCorrection,
  type Reviewer,
  type ReviewItem,
  type ReviewList,
  type ReviewQuery,
  type ReviewChange,
  type Correction,
} from './review.service.js';
export { refreshChecks, checksView, type LedgerChecks, type CheckView } from './checks.service.js';
export { listClaims, listSources, sourcesOfEvents, sourcesOfItems, type ClaimRow, type SourceRow, type SourceRef, type SourceQuery } from './sources.service.js';
export { checkParty } from './parties.js';
export type { LedgerFileInput } from './ledger-file.js';
export { undoChange, type UndoRequest } from './undo.service.js';
export { exportLedger, exportRelease, importLedger, loadDemo, EXPORT_FORMATS, DEMO_FILE, type ExportFormat, type ImportReport } from './transfer.service.js';
export { asOfCutoff } from './as-of.js';
export { fingerprintText, isNearDuplicate, similarity, NEAR_DUPLICATE_THRESHOLD } from './near-duplicate.js';
export { extractReport, isHtmlPage, readReport, type ExtractInput, type ReadReport } from './extract.service.js';
export type { Store, EventCursor, EventOrder } from '../storage/index.js';
export { EVENT_ORDERS } from '../storage/index.js';
export type { Totals } from '../ledger/totals.js';
export { versionOf, checkVersions } from './versions.js';
export { submitter, type Submit } from './submit.service.js';
export {
  addUser,
  listUsers,
  userNamed,
  updateUser,
  createToken,
  tokensOf,
  revokeToken,
  authenticateToken,
  signIn,
  sessionPrincipal,
  signOut,
  countUsers,
  type Principal,
  type NewUserInput,
  type UserUpdate,
} from './accounts.service.js';
export {
  registerJobKind,
  jobKind,
  jobKinds,
  submitJob,
  getJob,
  listJobs,
  jobItems,
  cancelJob,
  runJobRange,
  startInProcessRunner,
  workerIdFor,
  tableOnlyQueue,
  type JobKind,
  type JobQueue,
  type JobRunContext,
  type ItemOutcome,
  type JobItemInput,
  type InProcessRunner,
  type ClaimedJobItem,
} from './jobs.service.js';
export { ingestItem, fetchItem, type IngestItemPayload, type IngestJobParams } from './job-kinds.js';
export {
  createRelease,
  listReleases,
  getRelease,
  releaseDiff,
  releaseFile,
  releaseEvents,
  signRelease,
  verifyRelease,
  verifyReleaseFolder,
  generateReleaseKeys,
  checkReleaseNumber,
  canonicalJson,
  RELEASE_FILES,
  type ReleaseFile,
  type ReleaseOptions,
  type VerifyReport,
  type KeyPair,
} from './release.service.js';
export { changesSince, applyChanges, checkChangeRecord, checkCursor, mirrorCursor, newlyConfirmed, CHANGES_LIMIT, type ChangesPage, type ApplyReport } from './changes.service.js';
