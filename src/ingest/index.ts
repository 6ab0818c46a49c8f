import { createHash } from 'node:crypto';
import type { CleanDocument, ErrorCode, Result } from '../domain/index.js';
import { fail, ok } from '../domain/index.js';
import { readChannel } from './channel.js';
import { cleanText, paragraphsOf } from './clean-text.js';
import { chooseEncoding, decodeAs, headString, isUtf16 } from './decode.js';
import { readFeed } from './feed.js';
import { isJsonFeed, jsonFeedText } from './feed-items.js';
import { sniffFormat } from './format.js';
import { readHtml, readHtmlBytes } from './html.js';
import { detectLanguage } from './language.js';
import { datelineDate } from './published-date.js';
import { plainTextTitle } from './title.js';

export { preloadLanguageModel } from './language.js';
export { readFeedItems, isJsonFeed, TEASER_CHARS, type FeedDocument, type FeedItem, type FeedKind } from './feed-items.js';
export { readChannelMessages, isChannelExport, channelUsername, type ChannelDocument, type ChannelMessage, type ChannelReadOptions } from './channel-messages.js';
export { sniffFormat } from './format.js';
export { chooseEncoding, decodeAs, headString } from './decode.js';

export interface IngestOptions {
  /** File name or URL, used to guess the format and in error messages. */
  path?: string;
  /** A declared content type ("text/html; charset=windows-1251"), when known. */
  contentType?: string;
  /**
   * A screen that says whether a report can hold a claim, before language detection (and, for a page,
   * before its DOM is built): false makes a document marked `screened`, not read further. It gets the
   * clean text, or a page's text straight from its markup, and a way to detect the language when it
   * needs it (null for a page, whose clean text is not known yet).
   */
  screen?: (text: string, language: (() => string) | null) => boolean;
}

/** What a format reader hands to the shared cleaning: raw lines and the metadata it found. */
interface Extracted {
  raw: string;
  title: string | null;
  language: string | null;
  publishedAt: string | null;
}

export { isHtmlPage } from './page.js';

/**
 * Bytes of a report (HTML, plain text, RSS/Atom feed, channel export JSON) to clean text with
 * metadata. Expected failures are values (`INGEST_*` codes); no byte sequence makes it throw.
 * The returned text is final: claim evidence offsets point into it.
 */
export function ingestBytes(bytes: Uint8Array, opts: IngestOptions = {}): Result<CleanDocument> {
  if (bytes.length === 0) return failWith('INGEST_EMPTY');
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  let format = sniffFormat(headString(bytes), opts);
  const { encoding, bomLength } = chooseEncoding(bytes, { contentType: opts.contentType, markup: format === 'html' || format === 'feed' });
  const body = bytes.subarray(bomLength);
  if (isBlank(body, encoding)) return failWith('INGEST_EMPTY');

  let extracted: Extracted;
  if (format === 'html') {
    // UTF-16 has no ASCII view to prune on; every other encoding does.
    const screen = opts.screen ? (text: string) => opts.screen!(text, null) : undefined;
    const html = isUtf16(encoding) ? readHtml(decodeAs(body, encoding), screen) : readHtmlBytes(body, encoding, screen);
    if (html.screened) return ok({ text: '', title: html.title, language: html.language ?? 'und', publishedAt: html.publishedAt, format, contentHash, screened: true });
    extracted = { raw: html.text, title: html.title, language: html.language, publishedAt: html.publishedAt };
  } else if (format === 'feed') {
    const feed = readFeed(decodeAs(body, encoding));
    extracted = { raw: feed.text, title: feed.title, language: feed.language, publishedAt: feed.publishedAt };
  } else if (format === 'channel') {
    const decoded = decodeAs(body, encoding);
    const read = readChannel(decoded);
    const jsonFeed = read.kind === 'not-channel' ? jsonFeedOf(decoded) : null;
    if (read.kind === 'not-channel' && jsonFeed === null) return failWith('INGEST_UNSUPPORTED_JSON');
    if (read.kind === 'not-json') format = 'text';
    if (jsonFeed !== null) {
      format = 'feed';
      extracted = { raw: jsonFeed.text, title: jsonFeed.title, language: jsonFeed.language, publishedAt: jsonFeed.publishedAt };
    } else
      extracted =
        read.kind === 'channel'
          ? { raw: read.value.text, title: read.value.title, language: null, publishedAt: read.value.publishedAt }
          : plain(decoded);
  } else {
    extracted = plain(decodeAs(body, encoding));
  }

  const text = cleanText(extracted.raw);
  if (!/\p{L}/u.test(text)) return failWith('INGEST_NO_TEXT');
  const paragraphs = paragraphsOf(text);
  let detected: string | undefined;
  const language = (): string => (detected ??= detectLanguage(text, extracted.language));
  const screened = opts.screen !== undefined && !opts.screen(text, language);
  return ok({
    text,
    title: extracted.title ?? (format === 'text' ? plainTextTitle(paragraphs) : null),
    language: screened ? (detected ?? extracted.language ?? 'und') : language(),
    // A dateline is read from plain text only: in pages and feeds the top lines can be tables or lists of events.
    publishedAt: extracted.publishedAt ?? (format === 'text' ? datelineDate(paragraphs) : null),
    format,
    contentHash,
    ...(screened ? { screened } : {}),
  });
}

/** A JSON Feed read as one text, or null when the JSON is not one. */
function jsonFeedOf(json: string): ReturnType<typeof jsonFeedText> | null {
  try {
    const data: unknown = JSON.parse(json);
    return isJsonFeed(data) ? jsonFeedText(data) : null;
  } catch {
    return null;
  }
}

/** Nothing but whitespace (and byte-order marks). */
function isBlank(bytes: Uint8Array, encoding: string): boolean {
  if (isUtf16(encoding)) return !/[^\s\uFEFF]/.test(decodeAs(bytes, encoding));
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0x0c) return false;
  }
  return true;
}

const plain = (raw: string): Extracted => ({ raw, title: null, language: null, publishedAt: null });

const failWith = (code: Extract<ErrorCode, `INGEST_${string}`>): Result<CleanDocument> => fail(code);
