/**
 * The one table of exit codes. Every command ends through it: `reportIssue` picks the code from the
 * issue's catalogue code, a batch command picks `FAILED` when some inputs failed, and `handover
 * --help` prints the table, so scripts can rely on it.
 */
import type { ErrorCode } from '../domain/errors.js';

export const EXIT = {
  /** Everything asked was done. */
  OK: 0,
  /** Some inputs failed (the others were processed), or the command could not do what was asked (not found, conflict, refused). */
  FAILED: 1,
  /** The command as typed cannot run: an unknown option, a bad value, an invalid input file, an output that exists already. */
  USAGE: 2,
  /** The ledger is missing or cannot be opened (mistyped --db, database down, failed migration). */
  UNAVAILABLE: 3,
  /** The ledger is busy with another process's write: try again. */
  BUSY: 4,
  /** A bug in Handover: the message says what failed (HANDOVER_DEBUG=1 prints the stack). */
  INTERNAL: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const MEANING: Record<ExitCode, string> = {
  [EXIT.OK]: 'ok',
  [EXIT.FAILED]: 'some inputs failed (the others were processed), or what was named is not there / the action was refused',
  [EXIT.USAGE]: 'usage: an unknown option, a bad value, an invalid input file, an output that exists (--force)',
  [EXIT.UNAVAILABLE]: 'the ledger is missing or cannot be opened (check --db, DATABASE_URL, HANDOVER_DB)',
  [EXIT.BUSY]: 'the ledger is busy with another process: try again',
  [EXIT.INTERNAL]: 'internal error (a bug: HANDOVER_DEBUG=1 shows where)',
};

/** Every catalogue code has its exit code, chosen here; the compiler refuses a code left out (as http/errors.ts's STATUS_OF). */
const EXIT_OF: Record<ErrorCode, ExitCode> = {
  STORAGE_URL_INVALID: EXIT.USAGE,
  STORAGE_OPEN_FAILED: EXIT.UNAVAILABLE,
  STORAGE_MIGRATION_FAILED: EXIT.UNAVAILABLE,
  STORAGE_UNSUPPORTED: EXIT.USAGE,
  STORAGE_BACKUP_FAILED: EXIT.FAILED,
  STORAGE_RESTORE_INVALID: EXIT.USAGE,
  LEDGER_BUSY: EXIT.BUSY,
  STORAGE_MISSING: EXIT.UNAVAILABLE,
  OUTPUT_EXISTS: EXIT.USAGE,
  OUTPUT_UNWRITABLE: EXIT.USAGE,
  INPUT_INVALID: EXIT.USAGE,
  INGEST_READ_FAILED: EXIT.FAILED,
  INGEST_TOO_LARGE: EXIT.FAILED,
  INGEST_PARSE_FAILED: EXIT.FAILED,
  INGEST_STORE_FAILED: EXIT.FAILED,
  INGEST_FETCH_FAILED: EXIT.FAILED,
  INGEST_FETCH_REFUSED: EXIT.FAILED,
  INGEST_FEED_INVALID: EXIT.FAILED,
  INGEST_CHANNEL_INVALID: EXIT.FAILED,
  NOT_FOUND: EXIT.FAILED,
  REVIEW_NOT_FOUND: EXIT.FAILED,
  REVIEW_INVALID_CORRECTION: EXIT.USAGE,
  REVIEW_MERGE_INVALID: EXIT.FAILED,
  REVIEW_SPLIT_INVALID: EXIT.FAILED,
  REVIEW_ATTACH_INVALID: EXIT.FAILED,
  REVIEW_NOTHING_TO_DO: EXIT.FAILED,
  IMPORT_READ_FAILED: EXIT.FAILED,
  IMPORT_INVALID: EXIT.USAGE,
  IMPORT_CONFLICT: EXIT.FAILED,
  EXPORT_FAILED: EXIT.FAILED,
  DEMO_DATA_MISSING: EXIT.UNAVAILABLE,
  DEMO_INVALID: EXIT.FAILED,
  INGEST_EMPTY: EXIT.FAILED,
  INGEST_NO_TEXT: EXIT.FAILED,
  INGEST_UNSUPPORTED_JSON: EXIT.FAILED,
  IMPORT_UNSUPPORTED_VERSION: EXIT.USAGE,
  IMPORT_DUPLICATE_ID: EXIT.USAGE,
  IMPORT_HASH_MISMATCH: EXIT.USAGE,
  IMPORT_MISSING_REF: EXIT.USAGE,
  LEDGER_MERGE_TOO_FEW: EXIT.FAILED,
  LEDGER_MERGE_DUPLICATE: EXIT.FAILED,
  LEDGER_MERGE_DIRECTION: EXIT.FAILED,
  LEDGER_CLAIMS_MISSING: EXIT.FAILED,
  LEDGER_SPLIT_EMPTY: EXIT.FAILED,
  LEDGER_SPLIT_UNKNOWN_CLAIM: EXIT.FAILED,
  LEDGER_SPLIT_OVERLAP: EXIT.FAILED,
  AUTH_REQUIRED: EXIT.FAILED,
  AUTH_FAILED: EXIT.FAILED,
  AUTH_FORBIDDEN: EXIT.FAILED,
  AUTH_CSRF: EXIT.FAILED,
  USER_EXISTS: EXIT.FAILED,
  USER_NOT_FOUND: EXIT.FAILED,
  VERSION_CONFLICT: EXIT.FAILED,
  VERSION_REQUIRED: EXIT.FAILED,
  RATE_LIMITED: EXIT.FAILED,
  BODY_TOO_LARGE: EXIT.FAILED,
  MEDIA_TYPE_UNSUPPORTED: EXIT.FAILED,
  ROUTE_NOT_FOUND: EXIT.FAILED,
  INTERNAL: EXIT.INTERNAL,
  RELEASE_FAILED: EXIT.FAILED,
  RELEASE_TAMPERED: EXIT.FAILED,
  FEED_INVALID: EXIT.FAILED,
  SERVER_LISTEN_FAILED: EXIT.UNAVAILABLE,
  JOB_KIND_UNKNOWN: EXIT.USAGE,
  JOB_FINISHED: EXIT.FAILED,
  QUEUE_FAILED: EXIT.UNAVAILABLE,
};

/** The exit code for a failure with this catalogue code. */
export function exitCodeOf(code: ErrorCode): ExitCode {
  return EXIT_OF[code] ?? EXIT.FAILED;
}

/** Ends the running command with this code (main returns it; nothing else sets process.exitCode). */
export function setExit(code: ExitCode): void {
  process.exitCode = code;
}

/** The table as `handover --help` shows it. */
export function exitCodesHelp(): string {
  const rows = Object.entries(MEANING).map(([code, meaning]) => `  ${code.padStart(2)}  ${meaning}`);
  return `\nExit codes:\n${rows.join('\n')}\n`;
}
