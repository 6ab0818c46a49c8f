/** Stable codes for the failures ingest reports as values (never thrown). */
export const INGEST_ERRORS = {
  INGEST_EMPTY: 'the file is empty',
  INGEST_NO_TEXT: 'the file contains no text (no letters at all)',
  INGEST_UNSUPPORTED_JSON: 'JSON that is not a channel export ({"messages": [...]})',
} as const;

export type IngestErrorCode = keyof typeof INGEST_ERRORS;
