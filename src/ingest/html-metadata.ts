import type { DomDocument } from './dom.js';
import { jsonLdDatePublished } from './json-ld.js';
import { normaliseLanguageTag } from './language.js';
import { parseDateValue } from './published-date.js';
import { pickTitle } from './title.js';

/** What a page says about itself. */
export interface HtmlMetadata {
  title: string | null;
  /** The language the page declares (normalised), or null. */
  language: string | null;
  publishedAt: string | null;
}

/** Meta names and properties that carry the publication date, best first. */
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
  'article_date_original',
  'original-publish-date',
  'cxenseparse:recs:publishtime',
] as const;

const LANGUAGE_META = ['og:locale', 'content-language', 'dc.language', 'language'] as const;

/**
 * Title, declared language and publication date from the page's <head> and markup. Dates: meta tags
 * first (in DATE_META order), then JSON-LD `datePublished`, then a <time> element.
 * Reads the document before Readability rewrites it.
 */
export function readHtmlMetadata(document: DomDocument, jsonLd: readonly string[]): HtmlMetadata {
  const meta = metaValues(document);
  const title = pickTitle({
    ogTitle: meta.get('og:title') ?? null,
    title: document.querySelector('title')?.textContent ?? null,
    h1: document.querySelector('h1')?.textContent ?? null,
    siteName: meta.get('og:site_name') ?? meta.get('application-name') ?? null,
  });
  const root = document.documentElement;
  let language = normaliseLanguageTag(root?.getAttribute('lang') ?? root?.getAttribute('xml:lang'));
  for (const key of LANGUAGE_META) language ??= normaliseLanguageTag(meta.get(key));

  let publishedAt: string | null = null;
  for (const key of DATE_META) {
    publishedAt = parseDateValue(meta.get(key));
    if (publishedAt) break;
  }
  publishedAt ??= jsonLdDatePublished(jsonLd) ?? timeElementDate(document);
  return { title, language, publishedAt };
}

/** Every <meta> keyed by its lowercased name, property, itemprop or http-equiv; the first value wins. */
function metaValues(document: DomDocument): Map<string, string> {
  const values = new Map<string, string>();
  const metas = document.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i]!;
    const content = el.getAttribute('content');
    if (content === null || content.trim() === '') continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content.trim());
    }
  }
  return values;
}

/**
 * A <time> or itemprop element that marks the publication: one flagged `pubdate` or
 * `itemprop="datePublished"` first, else the first <time datetime> left after pruning.
 */
function timeElementDate(document: DomDocument): string | null {
  const elements = document.querySelectorAll('time, [itemprop="datePublished"]');
  let first: string | null = null;
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    const value = el.getAttribute('datetime') ?? el.getAttribute('content');
    const day = parseDateValue(value);
    if (!day) continue;
    if (el.hasAttribute('pubdate') || el.getAttribute('itemprop')?.toLowerCase() === 'datepublished') return day;
    first ??= day;
  }
  return first;
}
