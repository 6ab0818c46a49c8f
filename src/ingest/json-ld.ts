import { parseDateValue } from './published-date.js';

// Types whose datePublished is the page's own, best first; anything else (a video, a review) comes last.
const ARTICLE_TYPES = /^(?:NewsArticle|ReportageNews|AnalysisNewsArticle|Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ScholarlyArticle)$/;
const PAGE_TYPES = /^(?:WebPage|ItemPage|CollectionPage)$/;
const MAX_DEPTH = 8;
const LOOSE_DATE = /"datePublished"\s*:\s*"([^"]+)"/;

interface Candidate {
  rank: number;
  value: string;
}

/**
 * `datePublished` from the page's JSON-LD blocks (top level, arrays, `@graph`, nested entities),
 * preferring article types over web pages over anything else. Blocks that are not valid JSON — common
 * in the wild — are searched for the property textually.
 */
export function jsonLdDatePublished(blocks: readonly string[]): string | null {
  const found: Candidate[] = [];
  for (const block of blocks) {
    const text = block.trim().replace(/^(?:\/\*\s*)?<!\[CDATA\[(?:\s*\*\/)?|(?:\/\*\s*)?\]\]>(?:\s*\*\/)?$/g, '');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      const loose = LOOSE_DATE.exec(text)?.[1];
      if (loose) found.push({ rank: 3, value: loose });
      continue;
    }
    collect(parsed, found, 0);
  }
  found.sort((a, b) => a.rank - b.rank); // stable: document order within a rank
  for (const c of found) {
    const day = parseDateValue(c.value);
    if (day) return day;
  }
  return null;
}

function collect(node: unknown, found: Candidate[], depth: number): void {
  if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, found, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  const value = dateString(obj['datePublished']);
  if (value) found.push({ rank: rankOf(obj['@type']), value });
  for (const [key, child] of Object.entries(obj)) {
    if (key !== 'datePublished' && typeof child === 'object') collect(child, found, depth + 1);
  }
}

function dateString(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return dateString(v[0]);
  if (v && typeof v === 'object' && '@value' in v) return dateString((v as { '@value': unknown })['@value']);
  return null;
}

function rankOf(type: unknown): number {
  const types = (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
  if (types.some((t) => ARTICLE_TYPES.test(t.replace(/^schema:/, '')))) return 0;
  if (types.some((t) => PAGE_TYPES.test(t.replace(/^schema:/, '')))) return 1;
  return 2;
}
