import { parseHtmlDocument, parseXmlDocument } from './dom.js';
import { childrenByName, childText, descendants } from './feed-items.js';
import { blockText } from './dom-text.js';
import { normaliseLanguageTag } from './language.js';
import { parseDateValue } from './published-date.js';

/** A feed read as one document: each item's title and text in turn. */
export interface FeedContent {
  text: string;
  title: string | null;
  language: string | null;
  /** The first item's date. */
  publishedAt: string | null;
}

const BODY_TAGS = ['content:encoded', 'content', 'description', 'summary'];
const DATE_TAGS = ['pubdate', 'published', 'dc:date', 'updated', 'date'];

/** RSS 2.0, RSS 1.0 (RDF) or Atom to text: items in feed order, each its title then its text. */
export function readFeed(xml: string): FeedContent {
  const document = parseXmlDocument(xml);
  const root = document.documentElement;
  if (!root) return { text: '', title: null, language: null, publishedAt: null };
  const items = descendants(root, (name) => name === 'item' || name === 'entry');
  const channel = childrenByName(root, 'channel')[0] ?? root;
  const lines: string[] = [];
  let publishedAt: string | null = null;
  for (const item of items) {
    const title = childText(item, ['title']);
    if (title) lines.push(htmlOrText(title));
    const body = childText(item, BODY_TAGS);
    if (body) lines.push(htmlOrText(body));
    if (lines.length > 0 && publishedAt === null) publishedAt = parseDateValue(childText(item, DATE_TAGS));
  }
  return {
    text: lines.join('\n'),
    title: childText(channel, ['title'])?.trim() || null,
    language: normaliseLanguageTag(childText(channel, ['language', 'dc:language']) ?? root.getAttribute('xml:lang')),
    publishedAt,
  };
}

/** Feed fields often carry escaped HTML; read it as HTML when it looks like markup. */
function htmlOrText(value: string): string {
  if (!/<[a-z!/]/i.test(value)) return value;
  const body = parseHtmlDocument(`<!DOCTYPE html><html><head></head><body>${value}</body></html>`).body;
  return body ? blockText(body) : value;
}
