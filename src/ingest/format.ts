import type { CleanDocument } from '../domain/index.js';

export type SourceFormat = CleanDocument['format'];

/** What the caller knows about the bytes besides the bytes themselves. */
export interface FormatHints {
  path?: string | undefined;
  contentType?: string | undefined;
}

const HTML_EXT = /\.(?:s?html?|xhtml|php|aspx?|jsp)$/i;
const FEED_EXT = /\.(?:rss|atom)$/i;
const XML_EXT = /\.xml$/i;
const JSON_EXT = /\.json$/i;
const TEXT_EXT = /\.(?:txt|text|md)$/i;

// Prolog that may precede the root element: XML declaration, doctype, comments, processing instructions.
const PROLOG = /^(?:\s+|<\?[^>]*\?>|<!--[\s\S]*?-->|<!doctype[^>]*>)*/i;
const FEED_ROOT = /^<(?:rss|feed|rdf:rdf)[\s>]/i;
const HTML_START = /^<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|main|h[1-6]|span|table|ul|a|br|script|style|link)[\s>/]/i;
const HTML_INSIDE = /<(?:html|body|head)[\s>]|<\/(?:p|div|html|body)>/i;

/**
 * Guesses the format from the first few kilobytes (already decoded, or read as latin1 — only ASCII
 * matters here), the declared content type and the file extension. Content wins over the extension
 * when it is unambiguous, so a `.txt` that is really a saved web page is still read as HTML.
 */
export function sniffFormat(head: string, hints: FormatHints = {}): SourceFormat {
  const start = head.replace(/^\uFEFF/, '');
  const afterProlog = start.slice(PROLOG.exec(start)?.[0].length ?? 0);
  if (FEED_ROOT.test(afterProlog)) return 'feed';
  const trimmed = start.trimStart();
  // Any JSON object is offered to the channel reader, which falls back to text when it is not JSON.
  if (trimmed.startsWith('{')) return 'channel';
  if (HTML_START.test(afterProlog)) return 'html';

  const type = (hints.contentType ?? '').toLowerCase();
  const path = (hints.path ?? '').replace(/[?#].*$/, '');
  if (/\b(?:rss|atom)\+xml\b/.test(type) || FEED_EXT.test(path)) return 'feed';
  if (type.includes('json') || JSON_EXT.test(path)) return trimmed.startsWith('{') || trimmed.startsWith('[') ? 'channel' : 'text';
  if (type.includes('html') || HTML_EXT.test(path)) return 'html';
  if (XML_EXT.test(path) && /<(?:rss|feed|rdf:rdf)[\s>]/i.test(head)) return 'feed';
  if (type.startsWith('text/plain') || TEXT_EXT.test(path)) {
    // A saved page with a .txt name still starts with markup.
    return afterProlog.startsWith('<') && HTML_INSIDE.test(head) ? 'html' : 'text';
  }
  return afterProlog.startsWith('<') && HTML_INSIDE.test(head) ? 'html' : 'text';
}
