/**
 * The one catalogue of expected failures. Codes are stable: scripts and the HTTP API may match on
 * them. Domain and service code knows nothing of HTTP; a face maps codes to its own status.
 */
export const ERROR_CATALOGUE = {
  STORAGE_URL_INVALID: 'the database address is not a SQLite path or a postgres:// URL',
  STORAGE_OPEN_FAILED: 'the database could not be opened',
  STORAGE_MIGRATION_FAILED: 'a schema migration failed; nothing after it was applied',
  STORAGE_UNSUPPORTED: 'this operation is not available on this database engine',
  STORAGE_BACKUP_FAILED: 'the backup could not be written',
  STORAGE_RESTORE_INVALID: 'the file to restore is not a Handover SQLite database',
  INPUT_INVALID: 'an option or argument is not valid',
  INGEST_READ_FAILED: 'the report could not be read',
  INGEST_PARSE_FAILED: 'the report could not be turned into text',
  INGEST_STORE_FAILED: 'the report could not be stored',
  NOT_FOUND: 'no such entity',
  REVIEW_NOT_FOUND: 'nothing with that id waits in the ledger',
  REVIEW_INVALID_CORRECTION: 'the correction is not valid',
  REVIEW_MERGE_INVALID: 'these events cannot be merged',
  REVIEW_SPLIT_INVALID: 'this split is not valid',
  REVIEW_NOTHING_TO_DO: 'the change would not change anything',
  IMPORT_READ_FAILED: 'the import file could not be read',
  IMPORT_INVALID: 'the import file is not a Handover JSON export',
  IMPORT_CONFLICT: 'the import file disagrees with what is already stored',
  EXPORT_FAILED: 'the export could not be written',
  DEMO_DATA_MISSING: 'the demo ledger data file is missing or not valid',
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** An expected failure as a value: a stable code, a message naming what and where, and details for machines. */
export interface HandoverIssue {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: HandoverIssue };

export const success = <T>(value: T): Outcome<T> => ({ ok: true, value });

export function failure<T = never>(code: ErrorCode, message?: string, details?: Record<string, unknown>): Outcome<T> {
  const error: HandoverIssue = { code, message: message ?? ERROR_CATALOGUE[code] };
  if (details !== undefined) error.details = details;
  return { ok: false, error };
}

/**
 * Thrown only across layers that cannot return a value (a transaction body that must roll back,
 * a driver that fails to open); services catch it and hand back an Outcome.
 */
export class HandoverError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;
  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? ERROR_CATALOGUE[code]);
    this.name = 'HandoverError';
    this.code = code;
    this.details = details;
  }

  toIssue(): HandoverIssue {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** Turns anything thrown into an issue, keeping codes of our own errors. */
export function issueOf(err: unknown, fallback: ErrorCode): HandoverIssue {
  if (err instanceof HandoverError) return err.toIssue();
  const message = err instanceof Error ? err.message : String(err);
  return { code: fallback, message: `${ERROR_CATALOGUE[fallback]}: ${message}` };
}
