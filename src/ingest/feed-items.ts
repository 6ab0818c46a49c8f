/**
 * A feed (RSS 2.0, RSS 1.0, Atom, JSON Feed) as its items, each to become a source of its own with
 * its own link, title and date, and the feed's title as outlet. A feed that is not well-formed is
 * refused whole (INGEST_FEED_INVALID, with the line), so no poll stores half of a cut-off feed.
 *
 * Each item keeps the bytes it came in, wrapped in a one-item feed of the same kind (`document`):
 * what ingest reads and stores as the item's source, byte for byte the same on every poll while the
 * item does not change.
 */
import { fail, ok, type Result } from '../domain/errors.js';
import { parseHtmlDocument, parseXmlDocument, type DomElement } from './dom.js';
import { blockText } from './dom-text.js';
import { normaliseLanguageTag } from './language.js';
import { parseDateValue } from './published-date.js';
import { checkXml } from './xml-check.js';

export type FeedKind = 'rss' | 'atom' | 'rdf' | 'json';

export interface FeedItem {
  /** What identifies the item across polls: its guid / id, else its link, else its title and date. */
  key: string;
  link: string | null;
  title: string | null;
  /** YYYY-MM-DD as the item gives it. */
  publishedAt: string | null;
  /** Only a summary with a link to the article: the article is what to read. */
  teaser: boolean;
  /** The item as a one-item feed: the bytes ingest reads and stores. */
  document: string;
  /** The media type of `document`. */
  contentType: string;
}

export interface FeedDocument {
  kind: FeedKind;
  title: string | null;
  /** The site the feed belongs to. */
  link: string | null;
  language: string | null;
  items: FeedItem[];
}

/** Below this many characters of text, an item with a link and no full content is a teaser. */
export const TEASER_CHARS = 1200;

const ITEM_NAMES = new Set(['item', 'entry']);
const JSON_FEED_VERSION = /^https?:\/\/jsonfeed\.org\/version\//;

/** Whether parsed JSON is a JSON Feed. */
export function isJsonFeed(data: unknown): data is Record<string, unknown> {
  return isRecord(data) && typeof data['version'] === 'string' && JSON_FEED_VERSION.test(data['version']) && Array.isArray(data['items']);
}

/** Reads a feed's text (already decoded) into its items; `json` when it is JSON. */
export function readFeedItems(text: string, base?: string | null): Result<FeedDocument> {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trimStart().startsWith('{')) return readJsonFeedItems(body, base);
  return readXmlFeedItems(body, base);
}

function readXmlFeedItems(xml: string, base: string | null | undefined): Result<FeedDocument> {
  const check = checkXml(xml, ITEM_NAMES);
  if (!check.ok) return fail('INGEST_FEED_INVALID', `the feed is not well-formed XML (${check.message}): nothing of it was stored`);
  const rootName = check.root.toLowerCase();
  const kind: FeedKind | null = rootName === 'rss' ? 'rss' : rootName === 'feed' ? 'atom' : rootName === 'rdf:rdf' ? 'rdf' : null;
  if (kind === null) return fail('INGEST_FEED_INVALID', `<${check.root}> is not the root of an RSS or Atom feed: nothing of it was stored`);
  const root = parseXmlDocument(xml).documentElement;
  if (!root) return fail('INGEST_FEED_INVALID', 'the feed has no root element: nothing of it was stored');
  const channel = childrenByName(root, 'channel')[0] ?? root;
  const title = childText(channel, ['title']);
  const link = kind === 'atom' ? atomLink(channel) : childText(channel, ['link']);
  const language = normaliseLanguageTag(childText(channel, ['language', 'dc:language']) ?? root.getAttribute('xml:lang'));
  const elements = descendants(root, (name) => ITEM_NAMES.has(name));
  const spans = check.items;
  const envelope = (raw: string): string => {
    const head = `<?xml version="1.0" encoding="utf-8"?>\n${check.rootOpenTag}`;
    const meta = `<title>${escapeXml(title ?? '')}</title>${language ? (kind === 'atom' ? '' : `<language>${escapeXml(language)}</language>`) : ''}`;
    return kind === 'rss' ? `${head}<channel>${meta}${raw}</channel></${check.root}>` : `${head}${meta}${raw}</${check.root}>`;
  };
  const items: FeedItem[] = [];
  elements.forEach((el, index) => {
    const span = spans.length === elements.length ? spans[index]! : null;
    const raw = span ? xml.slice(span.start, span.end) : ((el as unknown as { toString(): string }).toString() ?? '');
    const itemTitle = childText(el, ['title']);
    const itemLink = absolute(kind === 'atom' ? atomLink(el) : (childText(el, ['link']) ?? el.getAttribute('rdf:about') ?? guidLink(el)), base ?? link);
    const full = childText(el, kind === 'atom' ? ['content'] : ['content:encoded', 'content']);
    const summary = childText(el, ['description', 'summary']);
    // Only a summary beside a link is read as text here, to tell a teaser: full content is read by ingest.
    const teaser = itemLink !== null && full === null && htmlOrText(summary ?? '').length < TEASER_CHARS;
    const id = childText(el, ['guid', 'id']) ?? el.getAttribute('rdf:about');
    const publishedAt = parseDateValue(childText(el, ['pubdate', 'published', 'dc:date', 'updated', 'date']));
    items.push({
      key: id ?? itemLink ?? `${itemTitle ?? ''}|${publishedAt ?? ''}|${index}`,
      link: itemLink,
      title: itemTitle ? htmlOrText(itemTitle) : null,
      publishedAt,
      teaser,
      document: envelope(raw),
      contentType: kind === 'atom' ? 'application/atom+xml' : 'application/rss+xml',
    });
  });
  return ok({ kind, title: title ? htmlOrText(title) : null, link, language, items });
}

function readJsonFeedItems(json: string, base: string | null | undefined): Result<FeedDocument> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    return fail('INGEST_FEED_INVALID', `the JSON Feed is not valid JSON (${(err as Error).message}): nothing of it was stored`);
  }
  if (!isJsonFeed(data)) return fail('INGEST_FEED_INVALID', 'the JSON has no "version" of https://jsonfeed.org and no "items" list: not a JSON Feed');
  const title = str(data['title']);
  const link = str(data['home_page_url']);
  const language = normaliseLanguageTag(str(data['language']));
  const items: FeedItem[] = [];
  const list = data['items'] as unknown[];
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    if (!isRecord(item)) return fail('INGEST_FEED_INVALID', `items[${index}] is not an object: nothing of the feed was stored`);
    const id = str(item['id']);
    if (id === null) return fail('INGEST_FEED_INVALID', `items[${index}] has no "id" (JSON Feed requires one): nothing of the feed was stored`);
    const itemLink = absolute(str(item['url']) ?? str(item['external_url']), base ?? link);
    const full = str(item['content_html']) ?? str(item['content_text']);
    const summary = str(item['summary']);
    // A JSON Feed item carries its content; it is a teaser only when that content is no more than its summary.
    const teaser = itemLink !== null && (full === null || full === summary) && htmlOrText(full ?? summary ?? '').length < TEASER_CHARS;
    const itemTitle = str(item['title']);
    const envelope = { version: data['version'], title, ...(link ? { home_page_url: link } : {}), ...(language ? { language } : {}), items: [item] };
    items.push({
      key: id,
      link: itemLink,
      title: itemTitle,
      publishedAt: parseDateValue(str(item['date_published']) ?? str(item['date_modified'])),
      teaser,
      document: JSON.stringify(envelope),
      contentType: 'application/feed+json',
    });
  }
  return ok({ kind: 'json', title, link, language, items });
}

/** A JSON Feed read as one text (each item's title and content in turn), for ingest's single-document path. */
export function jsonFeedText(data: Record<string, unknown>): { text: string; title: string | null; language: string | null; publishedAt: string | null } {
  const lines: string[] = [];
  let publishedAt: string | null = null;
  for (const item of data['items'] as unknown[]) {
    if (!isRecord(item)) continue;
    const title = str(item['title']);
    if (title) lines.push(title);
    const body = str(item['content_html']) ?? str(item['content_text']) ?? str(item['summary']);
    if (body) lines.push(htmlOrText(body));
    publishedAt ??= parseDateValue(str(item['date_published']) ?? str(item['date_modified']));
  }
  return { text: lines.join('\n'), title: str(data['title']), language: normaliseLanguageTag(str(data['language'])), publishedAt };
}

function atomLink(el: DomElement): string | null {
  const links = childrenByName(el, 'link');
  const chosen = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return chosen?.getAttribute('href')?.trim() || null;
}

/** An RSS guid that is a permalink (the default) serves as the link when there is none. */
function guidLink(el: DomElement): string | null {
  const guid = childrenByName(el, 'guid')[0];
  const value = guid?.textContent?.trim();
  if (!value || guid!.getAttribute('isPermaLink') === 'false') return null;
  return /^https?:\/\//.test(value) ? value : null;
}

function absolute(href: string | null, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Feed fields often carry escaped HTML; read it as HTML when it looks like markup. */
function htmlOrText(value: string): string {
  if (!/<[a-z!/]/i.test(value)) return value.trim();
  const body = parseHtmlDocument(`<!DOCTYPE html><html><head></head><body>${value}</body></html>`).body;
  return (body ? blockText(body) : value).trim();
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const nameOf = (el: DomElement): string => el.nodeName.toLowerCase();

export function childrenByName(el: DomElement, name: string): DomElement[] {
  const out: DomElement[] = [];
  // linkedom builds `children` anew on every read: read it once.
  const kids = el.children;
  for (let i = 0; i < kids.length; i++) if (nameOf(kids[i]!) === name) out.push(kids[i]!);
  return out;
}

/** The text of the first child named any of `names`, in the order of `names`. */
export function childText(el: DomElement, names: readonly string[]): string | null {
  for (const name of names) {
    const child = childrenByName(el, name)[0];
    const text = child?.textContent?.trim();
    if (text) return text;
  }
  return null;
}

export function descendants(root: DomElement, match: (name: string) => boolean): DomElement[] {
  const out: DomElement[] = [];
  const stack: DomElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (match(nameOf(el))) {
      out.push(el);
      continue;
    }
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
