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
  LEDGER_BUSY: 'the ledger is busy (another process is writing); try again',
  STORAGE_MISSING: 'no ledger at that address: ingest, demo, import or db migrate creates one',
  OUTPUT_EXISTS: 'the output file exists already (--force replaces it) or is the ledger itself',
  OUTPUT_UNWRITABLE: 'the output file cannot be written there',
  INPUT_INVALID: 'an option or argument is not valid',
  INGEST_READ_FAILED: 'the report could not be read',
  INGEST_TOO_LARGE: 'the report is larger than the size cap (--max-bytes)',
  INGEST_PARSE_FAILED: 'the report could not be turned into text',
  INGEST_STORE_FAILED: 'the report could not be stored',
  INGEST_FETCH_FAILED: 'the report could not be fetched from its address',
  INGEST_FETCH_REFUSED: 'the address is not fetched: not http(s), or on a local, private or reserved network (an administrator can allow such networks)',
  INGEST_FEED_INVALID: 'the feed is not well-formed RSS, Atom or JSON Feed: nothing of it was stored',
  INGEST_CHANNEL_INVALID: 'the channel export is not a well-formed Telegram result.json: nothing of it was stored',
  NOT_FOUND: 'no such entity',
  REVIEW_NOT_FOUND: 'nothing with that id waits in the ledger',
  REVIEW_INVALID_CORRECTION: 'the correction is not valid',
  REVIEW_MERGE_INVALID: 'these events cannot be merged',
  REVIEW_SPLIT_INVALID: 'this split is not valid',
  REVIEW_NOTHING_TO_DO: 'the change would not change anything',
  REVIEW_ATTACH_INVALID: 'this claim cannot be attached to that event',
  IMPORT_READ_FAILED: 'the import file could not be read',
  IMPORT_INVALID: 'the import file is not a Handover JSON export',
  IMPORT_CONFLICT: 'the import file disagrees with what is already stored',
  EXPORT_FAILED: 'the export could not be written',
  DEMO_DATA_MISSING: 'the demo ledger data file is missing or not valid',
  DEMO_INVALID: 'a demo ledger record is not valid',
  INGEST_EMPTY: 'the file is empty',
  INGEST_NO_TEXT: 'the file contains no text (no letters at all)',
  INGEST_UNSUPPORTED_JSON: 'JSON that is not a channel export ({"messages": [...]})',
  IMPORT_UNSUPPORTED_VERSION: 'the import file has a format version this reader does not know',
  IMPORT_DUPLICATE_ID: 'the import file holds the same id twice',
  IMPORT_HASH_MISMATCH: "a source's bytes do not match their sha256",
  IMPORT_MISSING_REF: 'a record refers to another that is not in the file',
  LEDGER_MERGE_TOO_FEW: 'a merge needs at least two events',
  LEDGER_MERGE_DUPLICATE: 'the same event is named twice',
  LEDGER_MERGE_DIRECTION: 'events in different directions or categories cannot be merged',
  LEDGER_CLAIMS_MISSING: 'claims of the events were not given',
  LEDGER_SPLIT_EMPTY: 'a split group or what stays is empty',
  LEDGER_SPLIT_UNKNOWN_CLAIM: 'a claim named in a split is not in the event',
  LEDGER_SPLIT_OVERLAP: 'a claim is named in two split groups',
  AUTH_REQUIRED: 'this needs an account: sign in, or send an API token as "Authorization: Bearer …"',
  AUTH_FAILED: 'the name and password, the token or the session is not valid',
  AUTH_FORBIDDEN: 'your role does not allow this',
  AUTH_CSRF: 'a write from a browser session needs the session\'s CSRF token in the X-CSRF-Token header',
  USER_EXISTS: 'an account with that name exists already',
  USER_NOT_FOUND: 'no account with that name',
  VERSION_CONFLICT: 'the record changed since the version you acted on: read it again and decide on what it is now',
  VERSION_REQUIRED: 'a review action names the version of the record it was made against',
  RATE_LIMITED: 'too many requests: wait and try again',
  BODY_TOO_LARGE: 'the request body is larger than this server accepts',
  MEDIA_TYPE_UNSUPPORTED: 'the request body is in a format this route does not read',
  ROUTE_NOT_FOUND: 'no such route',
  INTERNAL: 'an unexpected failure on the server; it was logged',
  RELEASE_FAILED: 'the release could not be written; nothing of it was stored',
  RELEASE_TAMPERED: 'the release does not match its manifest or signature: it was altered',
  FEED_INVALID: 'the change feed could not be read or does not follow on from what this ledger holds',
  SERVER_LISTEN_FAILED: 'the server could not listen on that address and port',
  JOB_KIND_UNKNOWN: 'no job kind of that name is registered',
  JOB_FINISHED: 'the job has finished already (done, failed or cancelled)',
  QUEUE_FAILED: 'the job queue could not be reached',
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** One thing wrong: a stable code, a message naming what and where, and the field it is about. */
export interface Issue {
  code: ErrorCode;
  message: string;
  /** The field or record the issue is about (`groups[0]`, `sources[12].content.sha256`, `asOf`). */
  path?: string;
}

/** An expected failure as a value; `issues` lists every problem when a parser found several. */
export interface HandoverIssue extends Issue {
  details?: Record<string, unknown>;
  issues?: Issue[];
}

/** Expected failures are values: every parser and service returns one of these. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: HandoverIssue };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export interface FailureExtra {
  path?: string;
  details?: Record<string, unknown>;
  issues?: readonly Issue[];
}

export function fail<T = never>(code: ErrorCode, message?: string, extra: FailureExtra = {}): Result<T> {
  const error: HandoverIssue = { code, message: message ?? ERROR_CATALOGUE[code] };
  if (extra.path !== undefined) error.path = extra.path;
  if (extra.details !== undefined) error.details = extra.details;
  if (extra.issues !== undefined) error.issues = [...extra.issues];
  return { ok: false, error };
}

/** A failure made of several issues (a parser's findings): the first gives the code and path, all are kept. */
export function failAll<T = never>(issues: readonly Issue[], message?: string): Result<T> {
  const first = issues[0];
  if (first === undefined) throw new Error('failAll needs at least one issue');
  const error: HandoverIssue = { ...first, message: message ?? issues.map((i) => i.message).join('; '), issues: [...issues] };
  return { ok: false, error };
}

/** Every issue of a failure: its list, or the failure itself. */
export const issuesOf = (error: HandoverIssue): Issue[] => error.issues ?? [error];

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
