import { createHash } from 'node:crypto';
import type { CleanDocument, Result } from '../domain/index.js';
import { ok } from '../domain/index.js';

export interface IngestOptions {
  /** File name or URL, used to guess the format and in error messages. */
  path?: string;
  /** A declared content type ("text/html; charset=windows-1251"), when known. */
  contentType?: string;
}

/** Bytes of a report to clean text with metadata. Placeholder until the ingest stage lands. */
export function ingestBytes(bytes: Uint8Array, _opts: IngestOptions = {}): Result<CleanDocument> {
  const text = new TextDecoder('utf-8').decode(bytes);
  return ok({
    text,
    title: null,
    language: 'en',
    publishedAt: null,
    format: 'text',
    contentHash: createHash('sha256').update(bytes).digest('hex'),
  });
}
