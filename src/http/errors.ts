/**
 * The one place where the catalogue's codes become HTTP statuses, and where everything else a
 * request can go wrong with (bad JSON, a body too large, a failed schema) becomes the same
 * `{ code, message, details }` body. A status of 500 means a bug: it is logged with its stack.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_CATALOGUE, type ErrorCode, type HandoverIssue, type Result } from '../domain/errors.js';
import { issuesFrom } from './validation.js';

/** Every code has a status, chosen here; the compiler refuses a code left out. */
export const STATUS_OF: Record<ErrorCode, number> = {
  STORAGE_URL_INVALID: 500,
  STORAGE_OPEN_FAILED: 503,
  STORAGE_MIGRATION_FAILED: 500,
  STORAGE_UNSUPPORTED: 501,
  STORAGE_BACKUP_FAILED: 500,
  STORAGE_RESTORE_INVALID: 400,
  LEDGER_BUSY: 503,
  STORAGE_MISSING: 503,
  OUTPUT_EXISTS: 409,
  OUTPUT_UNWRITABLE: 500,
  INPUT_INVALID: 400,
  INGEST_READ_FAILED: 400,
  INGEST_TOO_LARGE: 413,
  INGEST_PARSE_FAILED: 422,
  INGEST_STORE_FAILED: 503,
  INGEST_FETCH_FAILED: 502,
  INGEST_FETCH_REFUSED: 422,
  INGEST_FEED_INVALID: 422,
  INGEST_CHANNEL_INVALID: 422,
  NOT_FOUND: 404,
  REVIEW_NOT_FOUND: 404,
  REVIEW_INVALID_CORRECTION: 400,
  REVIEW_MERGE_INVALID: 422,
  REVIEW_SPLIT_INVALID: 422,
  REVIEW_NOTHING_TO_DO: 422,
  REVIEW_ATTACH_INVALID: 422,
  IMPORT_READ_FAILED: 400,
  IMPORT_INVALID: 400,
  IMPORT_CONFLICT: 409,
  EXPORT_FAILED: 500,
  DEMO_DATA_MISSING: 500,
  DEMO_INVALID: 500,
  INGEST_EMPTY: 400,
  INGEST_NO_TEXT: 422,
  INGEST_UNSUPPORTED_JSON: 415,
  IMPORT_UNSUPPORTED_VERSION: 400,
  IMPORT_DUPLICATE_ID: 400,
  IMPORT_HASH_MISMATCH: 400,
  IMPORT_MISSING_REF: 400,
  LEDGER_MERGE_TOO_FEW: 400,
  LEDGER_MERGE_DUPLICATE: 400,
  LEDGER_MERGE_DIRECTION: 422,
  LEDGER_CLAIMS_MISSING: 422,
  LEDGER_SPLIT_EMPTY: 400,
  LEDGER_SPLIT_UNKNOWN_CLAIM: 422,
  LEDGER_SPLIT_OVERLAP: 400,
  AUTH_REQUIRED: 401,
  AUTH_FAILED: 401,
  AUTH_FORBIDDEN: 403,
  AUTH_CSRF: 403,
  USER_EXISTS: 409,
  USER_NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  VERSION_REQUIRED: 428,
  RATE_LIMITED: 429,
  BODY_TOO_LARGE: 413,
  MEDIA_TYPE_UNSUPPORTED: 415,
  ROUTE_NOT_FOUND: 404,
  INTERNAL: 500,
  RELEASE_FAILED: 503,
  RELEASE_TAMPERED: 409,
  FEED_INVALID: 422,
  SERVER_LISTEN_FAILED: 500,
  JOB_KIND_UNKNOWN: 400,
  JOB_FINISHED: 409,
  QUEUE_FAILED: 503,
};

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export function bodyOf(issue: HandoverIssue): ErrorBody {
  const details: Record<string, unknown> = { ...(issue.details ?? {}) };
  if (issue.path !== undefined) details.path = issue.path;
  if (issue.issues !== undefined && issue.issues.length > 1) details.issues = issue.issues;
  return Object.keys(details).length > 0 ? { code: issue.code, message: issue.message, details } : { code: issue.code, message: issue.message };
}

export function sendIssue(reply: FastifyReply, issue: HandoverIssue): FastifyReply {
  return reply.code(STATUS_OF[issue.code] ?? 500).type('application/json; charset=utf-8').send(bodyOf(issue));
}

/** A service's result: its value with `status`, or its failure with the status of its code. */
export function sendResult<T>(reply: FastifyReply, result: Result<T>, status = 200): FastifyReply {
  return result.ok ? reply.code(status).send(result.value) : sendIssue(reply, result.error);
}

/** Fastify's own error codes, in the catalogue's words. */
function frameworkIssue(err: FastifyError, request: FastifyRequest): HandoverIssue | null {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return { code: 'BODY_TOO_LARGE', message: `${ERROR_CATALOGUE.BODY_TOO_LARGE} (${err.message})` };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return { code: 'MEDIA_TYPE_UNSUPPORTED', message: `${ERROR_CATALOGUE.MEDIA_TYPE_UNSUPPORTED}: "${request.headers['content-type'] ?? 'none'}" (this route reads application/json)` };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { code: 'INPUT_INVALID', path: 'body', message: 'the body is empty but its Content-Type says JSON' };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { code: 'INPUT_INVALID', path: 'body', message: `the body is not valid JSON: ${err.message}` };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { code: 'INPUT_INVALID', message: 'the Content-Length does not match the body' };
    default:
      return null;
  }
}

/** What every route answers when something is thrown. */
export function errorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (err.validation) {
    const context = (err as { validationContext?: string }).validationContext ?? 'body';
    const issues = issuesFrom(err.validation as never, context === 'querystring' ? 'query' : context);
    return sendIssue(reply, { code: 'INPUT_INVALID', path: issues[0]?.path ?? 'body', message: issues.map((i) => i.message).join('; '), issues });
  }
  const known = frameworkIssue(err, request);
  if (known) return sendIssue(reply, known);
  if (err instanceof SyntaxError) return sendIssue(reply, { code: 'INPUT_INVALID', path: 'body', message: `the body is not valid JSON: ${err.message}` });
  const status = err.statusCode ?? 500;
  if (status === 429) return sendIssue(reply, { code: 'RATE_LIMITED', message: err.message || ERROR_CATALOGUE.RATE_LIMITED });
  if (status >= 400 && status < 500) {
    // A framework or plugin refusal this file does not know by name: still a client error with a code.
    const code: ErrorCode = status === 413 ? 'BODY_TOO_LARGE' : status === 415 ? 'MEDIA_TYPE_UNSUPPORTED' : status === 404 ? 'ROUTE_NOT_FOUND' : 'INPUT_INVALID';
    return reply.code(status).send({ code, message: err.message });
  }
  request.log.error({ err }, 'unexpected failure');
  return sendIssue(reply, { code: 'INTERNAL', message: ERROR_CATALOGUE.INTERNAL });
}
