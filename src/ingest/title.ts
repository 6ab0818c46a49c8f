import { datelineDate } from './published-date.js';

// Separators between a headline and the site name: "Headline | Outlet", "Headline - Outlet", "Headline — Outlet".
const SUFFIX = /^(.*\S)\s+(?:\||-{1,2}|–|—|·|•|::|»)\s+([^|–—·•»]+)$/;
const MAX_SUFFIX_WORDS = 4;
const MAX_SUFFIX_CHARS = 40;
const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A page title without the site name after it. The last segment goes when it is the declared site
 * name, or when it is obviously one: short, capitalised, and much shorter than the headline.
 */
export function stripSiteSuffix(title: string, siteName: string | null = null): string {
  const t = title.trim();
  const m = SUFFIX.exec(t);
  if (!m) return t;
  const head = m[1]!.trim();
  const suffix = m[2]!.trim();
  if (siteName) {
    const site = fold(siteName);
    const tail = fold(suffix);
    if (site && tail && (site === tail || site.includes(tail) || tail.includes(site))) return head;
  }
  const words = suffix.split(/\s+/).length;
  const obvious =
    words <= MAX_SUFFIX_WORDS &&
    suffix.length <= MAX_SUFFIX_CHARS &&
    /^[\p{Lu}\p{N}]/u.test(suffix) &&
    !/[.!?:]$/.test(suffix) &&
    head.length >= 20 &&
    head.length >= suffix.length * 2;
  return obvious ? head : t;
}

export interface TitleSources {
  ogTitle?: string | null;
  title?: string | null;
  h1?: string | null;
  siteName?: string | null;
}

/** og:title, else <title>, else the first <h1>; site suffix stripped; null when all are empty. */
export function pickTitle(sources: TitleSources): string | null {
  for (const raw of [sources.ogTitle, sources.title, sources.h1]) {
    const t = raw?.replace(/\s+/g, ' ').trim();
    if (t) return stripSiteSuffix(t, sources.siteName ?? null);
  }
  return null;
}

const MAX_TEXT_TITLE = 150;
const MAX_TEXT_TITLE_WORDS = 25;

/**
 * The title of a plain text: its first paragraph when that reads as a headline (short, not ending
 * like a sentence, not a dateline) and more text follows. Otherwise null.
 */
export function plainTextTitle(paragraphs: readonly string[]): string | null {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 2) return null;
  if (first.length > MAX_TEXT_TITLE || first.split(' ').length > MAX_TEXT_TITLE_WORDS) return null;
  if (/[.,;:…]$/.test(first) || !/\p{L}/u.test(first)) return null;
  if (datelineDate([first])) return null;
  return first;
}
