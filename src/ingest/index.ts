import { createHash } from 'node:crypto';
import type { CleanDocument, Result } from '../domain/index.js';
import { fail, ok } from '../domain/index.js';
import { readChannel } from './channel.js';
import { cleanText, paragraphsOf } from './clean-text.js';
import { decodeBytes, headString } from './decode.js';
import { INGEST_ERRORS, type IngestErrorCode } from './errors.js';
import { readFeed } from './feed.js';
import { sniffFormat, type SourceFormat } from './format.js';
import { readHtml } from './html.js';
import { detectLanguage } from './language.js';
import { datelineDate } from './published-date.js';
import { plainTextTitle } from './title.js';

export { INGEST_ERRORS, type IngestErrorCode } from './errors.js';
export { preloadLanguageModel } from './language.js';

export interface IngestOptions {
  /** File name or URL, used to guess the format and in error messages. */
  path?: string;
  /** A declared content type ("text/html; charset=windows-1251"), when known. */
  contentType?: string;
}

/** What a format reader hands to the shared cleaning: raw lines and the metadata it found. */
interface Extracted {
  raw: string;
  title: string | null;
  language: string | null;
  publishedAt: string | null;
}

/**
 * Bytes of a report (HTML, plain text, RSS/Atom feed, channel export JSON) to clean text with
 * metadata. Expected failures are values (`INGEST_*` codes); no byte sequence makes it throw.
 * The returned text is final: claim evidence offsets point into it.
 */
export function ingestBytes(bytes: Uint8Array, opts: IngestOptions = {}): Result<CleanDocument> {
  if (bytes.length === 0) return failWith('INGEST_EMPTY');
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  let format = sniffFormat(headString(bytes), opts);
  const decoded = decodeBytes(bytes, { contentType: opts.contentType, markup: format === 'html' || format === 'feed' });
  if (!/\S/.test(decoded.text.replace(/\uFEFF/g, ''))) return failWith('INGEST_EMPTY');

  let extracted: Extracted;
  if (format === 'channel') {
    const read = readChannel(decoded.text);
    if (read.kind === 'not-channel') return failWith('INGEST_UNSUPPORTED_JSON');
    if (read.kind === 'not-json') format = 'text';
    extracted =
      read.kind === 'channel'
        ? { raw: read.value.text, title: read.value.title, language: null, publishedAt: read.value.publishedAt }
        : plain(decoded.text);
  } else {
    extracted = extract(format, decoded.text);
  }

  const text = cleanText(extracted.raw);
  if (!/\p{L}/u.test(text)) return failWith('INGEST_NO_TEXT');
  const paragraphs = paragraphsOf(text);
  return ok({
    text,
    title: extracted.title ?? (format === 'text' ? plainTextTitle(paragraphs) : null),
    language: detectLanguage(text, extracted.language),
    publishedAt: extracted.publishedAt ?? datelineDate(paragraphs),
    format,
    contentHash,
  });
}

function extract(format: Exclude<SourceFormat, 'channel'>, decoded: string): Extracted {
  switch (format) {
    case 'html': {
      const html = readHtml(decoded);
      return { raw: html.text, title: html.title, language: html.language, publishedAt: html.publishedAt };
    }
    case 'feed': {
      const feed = readFeed(decoded);
      return { raw: feed.text, title: feed.title, language: feed.language, publishedAt: feed.publishedAt };
    }
    case 'text':
      return plain(decoded);
  }
}

const plain = (raw: string): Extracted => ({ raw, title: null, language: null, publishedAt: null });

const failWith = (code: IngestErrorCode): Result<CleanDocument> => fail(code, INGEST_ERRORS[code]);
