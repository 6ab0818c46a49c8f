/**
 * A linear pre-pass over raw HTML that removes what never carries article text before the page is
 * parsed: scripts, styles, comments, SVG, forms controls, and subtrees that are chrome by tag
 * (nav, aside, footer) or by class/id/role (sidebars, comments, related links, share bars). Parsing
 * and Readability cost grows with the number of nodes; on a typical news page most nodes are chrome.
 *
 * The class/id rule mirrors Readability's own first pass ("unlikely candidates"), so it removes what
 * Readability would have removed anyway. A safety net keeps any pruned subtree that holds a large
 * share of the page's non-link text: then it was probably the article, misnamed.
 */

/** The page without scripts, styles, comments and chrome subtrees, plus the JSON-LD it carried. */
export interface PrunedHtml {
  html: string;
  /** Bodies of `<script type="application/ld+json">` blocks, in document order (also from pruned parts). */
  jsonLd: string[];
}

/** What pruning keeps, as [start, end) offsets into the page: the ranges to read, and the JSON-LD bodies. */
export interface PruneRanges {
  kept: [number, number][];
  jsonLd: [number, number][];
  /** Deepest element nesting seen (an estimate: elements with optional end tags are not counted). */
  maxDepth: number;
  /** Tags seen, start and end. */
  tags: number;
  /** "<" characters that start no tag. */
  strayLt: number;
}

/** `pruneRanges` applied to a page held as a string. */
export function pruneHtml(html: string): PrunedHtml {
  const { kept, jsonLd } = pruneRanges(html);
  return { html: kept.map(([a, b]) => html.slice(a, b)).join(''), jsonLd: jsonLd.map(([a, b]) => html.slice(a, b)) };
}

// Elements whose content is raw text: the scanner jumps to their end tag instead of reading tags inside.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'iframe', 'noembed', 'noframes', 'xmp']);
// Raw-text elements kept in the output (the <title> is metadata).
const RAW_KEPT = new Set(['title']);
// Elements without content, and elements whose end tag may be left out; neither counts towards nesting depth.
const NO_DEPTH = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rt', 'rp',
  'html', 'head', 'body',
]);
// Always chrome, whatever their attributes.
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'dialog', 'svg', 'template', 'button', 'select', 'math']);
// Containers that may be pruned for their class/id/role. Only elements whose end tag is required:
// depth counting on <p> or <li> would miss implied ends.
const CONTAINERS = new Set(['div', 'section', 'ul', 'ol', 'header', 'table', 'form', 'figure']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'dialog', 'alert', 'alertdialog']);

// Readability's unlikely-candidate patterns, plus share/subscribe/cookie widgets.
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing|newsletter|subscri|cookie|consent|promo|recommend|trending|most-?read|outbrain|taboola/i;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;

const ATTR = /([^\s=/"'>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const QUICK_SIGNS = /role|hidden|display|visibility/i;
const LD_JSON = /\btype\s*=\s*["']?application\/ld\+json/i;

/** A chrome subtree is kept when it holds more than this share of the page's non-link text… */
const CONTENT_SHARE = 0.4;
/** …and at least this many non-space characters of it. */
const CONTENT_MIN_CHARS = 150;

/** A subtree that looks like chrome; whether it goes is decided once the whole page has been read. */
interface Candidate {
  name: string;
  start: number;
  /** Offset after its end tag; -1 while open (and for good if it is never closed). */
  end: number;
  /** Open elements of the same name inside it, itself included. */
  depth: number;
  /** Non-space characters of text outside links within it. */
  text: number;
  parent: number;
}

/**
 * One pass over the page. Scripts, styles and comments are cut as they are met; chrome candidates
 * are recorded with their extent and text, nested ones included, and cut afterwards from the
 * outside in — except those holding much of the page's text, whose own chrome children are cut instead.
 */
export function pruneRanges(html: string): PruneRanges {
  const cuts: [number, number][] = [];
  const jsonLd: [number, number][] = [];
  const candidates: Candidate[] = [];
  const open: number[] = [];
  let articleDepth = 0;
  let linkDepth = 0;
  let depth = 0;
  let maxDepth = 0;
  let tags = 0;
  let strayLt = 0;
  let pageText = 0;
  let i = 0;
  const n = html.length;
  for (;;) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (linkDepth === 0 && textEnd > i) {
      const t = countNonSpace(html, i, textEnd);
      pageText += t;
      if (open.length > 0) candidates[open[open.length - 1]!]!.text += t;
    }
    if (lt < 0) break;

    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      const end = close < 0 ? n : close + 3;
      cuts.push([lt, end]);
      i = end;
      continue;
    }
    const closing = html.charCodeAt(lt + 1) === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    while (nameEnd < n && isNameChar(html.charCodeAt(nameEnd), nameEnd === nameStart)) nameEnd++;
    if (nameEnd === nameStart) {
      strayLt++; // "<" in text, or "<!DOCTYPE", "<?xml"
      i = lt + 1;
      continue;
    }
    const gt = tagEnd(html, nameEnd);
    if (gt < 0) break; // no ">" anywhere after: the rest is text
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    tags++;
    i = gt + 1;

    if (closing) {
      if (depth > 0 && !NO_DEPTH.has(name)) depth--;
      if (name === 'a') linkDepth = Math.max(0, linkDepth - 1);
      else if (name === 'article' || name === 'main') articleDepth = Math.max(0, articleDepth - 1);
      closeCandidates(candidates, open, name, gt + 1);
      continue;
    }

    const attrs = html.slice(nameEnd, gt);
    if (RAW_TEXT.has(name)) {
      const [closeStart, closeEnd] = findEndTag(html, name, gt + 1);
      if (name === 'script' && LD_JSON.test(attrs)) jsonLd.push([gt + 1, closeStart]);
      if (!RAW_KEPT.has(name)) cuts.push([lt, closeEnd]);
      i = closeEnd;
      continue;
    }

    if (html.charCodeAt(gt - 1) === 47) continue; // self-closing: nothing inside
    if (!NO_DEPTH.has(name) && ++depth > maxDepth) maxDepth = depth;
    if (name === 'a') linkDepth++;
    else if (name === 'article' || name === 'main') articleDepth++;
    for (const k of open) if (candidates[k]!.name === name) candidates[k]!.depth++;
    if (isChrome(name, attrs, articleDepth)) {
      candidates.push({ name, start: lt, end: -1, depth: 1, text: 0, parent: open.length > 0 ? open[open.length - 1]! : -1 });
      open.push(candidates.length - 1);
    }
  }

  // Outside in: a candidate goes unless it was never closed (it would take the rest of the page) or
  // holds much of the page's text (then it was probably the article, misnamed).
  const gone = new Array<boolean>(candidates.length).fill(false);
  candidates.forEach((c, k) => {
    if (c.parent >= 0 && gone[c.parent]) {
      gone[k] = true;
      return;
    }
    if (c.end < 0 || (c.text >= CONTENT_MIN_CHARS && c.text > pageText * CONTENT_SHARE)) return;
    gone[k] = true;
    cuts.push([c.start, c.end]);
  });
  return { kept: complement(cuts, html.length), jsonLd, maxDepth, tags, strayLt };
}

/** An end tag closes the innermost open candidate of its name once its nesting is undone (and any opened inside it). */
function closeCandidates(candidates: Candidate[], open: number[], name: string, end: number): void {
  for (let j = open.length - 1; j >= 0; j--) {
    const c = candidates[open[j]!]!;
    if (c.name !== name) continue;
    if (--c.depth > 0) continue;
    while (open.length > j) {
      const k = open.pop()!;
      const closed = candidates[k]!;
      closed.end = end;
      if (closed.parent >= 0) candidates[closed.parent]!.text += closed.text;
    }
  }
}

/** The ranges of [0, length) that no cut covers. */
function complement(cuts: [number, number][], length: number): [number, number][] {
  cuts.sort((a, b) => a[0] - b[0]);
  const kept: [number, number][] = [];
  let from = 0;
  for (const [start, end] of cuts) {
    if (start > from) kept.push([from, start]);
    from = Math.max(from, end);
  }
  if (from < length) kept.push([from, length]);
  return kept;
}

function isChrome(name: string, attrs: string, articleDepth: number): boolean {
  if (CHROME_TAGS.has(name)) return true;
  if (!CONTAINERS.has(name)) return false;
  // Most containers carry none of the telling words: settle them without parsing attributes.
  if (!UNLIKELY.test(attrs) && !QUICK_SIGNS.test(attrs)) return name === 'header' && articleDepth === 0 && !MAYBE.test(attrs);
  let classId = '';
  let role = '';
  let hidden = false;
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(attrs); m; m = ATTR.exec(attrs)) {
    const key = m[1]!.toLowerCase();
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    if (key === 'class' || key === 'id') classId += ` ${value}`;
    else if (key === 'role') role = value.toLowerCase();
    else if (key === 'hidden' || (key === 'aria-hidden' && value === 'true')) hidden = true;
    else if (key === 'style' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(value)) hidden = true;
  }
  if (hidden || CHROME_ROLES.has(role)) return true;
  // The page header outside the article: logo, menus, search. An <header> inside <article> holds the headline.
  if (name === 'header') return articleDepth === 0 && !MAYBE.test(classId);
  return classId.length > 0 && UNLIKELY.test(classId) && !MAYBE.test(classId);
}

/** Index of the ">" that ends a tag whose name ends at `from`; quotes may hide ">". -1 when none. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  let afterEquals = false;
  for (let j = from; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 62 /* > */) return j;
    else if (c === 61 /* = */) afterEquals = true;
    else if (afterEquals && (c === 34 || c === 39)) quote = c;
    else if (c > 32) afterEquals = false;
  }
  // An unterminated quote: read the tag as ending at the first ">".
  return html.indexOf('>', from);
}

const END_TAGS = new Map<string, RegExp>();

/** Start and end offsets of the end tag of a raw-text element; the end of the page when it is missing. */
function findEndTag(html: string, name: string, from: number): [number, number] {
  let re = END_TAGS.get(name);
  if (!re) {
    re = new RegExp(`</${name}[\\s/>]`, 'gi');
    END_TAGS.set(name, re);
  }
  re.lastIndex = from;
  const m = re.exec(html);
  if (!m) return [html.length, html.length];
  const gt = html.indexOf('>', m.index);
  return [m.index, gt < 0 ? html.length : gt + 1];
}

function isNameChar(c: number, first: boolean): boolean {
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (first) return letter;
  return letter || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
}

function countNonSpace(s: string, from: number, to: number): number {
  let count = 0;
  for (let j = from; j < to; j++) {
    const c = s.charCodeAt(j);
    if (c > 32) count++;
  }
  return count;
}
