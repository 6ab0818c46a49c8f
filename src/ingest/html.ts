import { Readability } from '@mozilla/readability';
import { parseHtmlDocument, type DomDocument, type DomNode } from './dom.js';
import { blockText } from './dom-text.js';
import { readHtmlMetadata } from './html-metadata.js';
import { byteString, decodeAs } from './decode.js';
import { pruneRanges, type PruneRanges } from './html-prune.js';
import { decodeEntities, markupText } from './markup-text.js';
import { normaliseLines } from './clean-text.js';

/** An HTML page read: its main text (one block per line, not yet cleaned) and what it says about itself. */
export interface HtmlContent {
  text: string;
  title: string | null;
  /** Declared language, normalised; detection on the text decides in the end. */
  language: string | null;
  publishedAt: string | null;
  /** The screen found nothing: no DOM was built, `text` is empty and the metadata is the head's. */
  screened?: boolean;
}

/**
 * A screen on a page's text before its DOM is built: false when the page cannot hold a claim. It is
 * given the text of the pruned markup twice, blocks as lines with other tags gone (as the DOM reads
 * them) and every tag as a space, so that no word the DOM's text holds is missing from it.
 */
export type HtmlScreen = (text: string) => boolean;

/**
 * Markup that linkedom and Readability cannot handle in reasonable time — nesting deeper than real
 * pages ever go (unclosed inline tags), floods of tags or of stray "<" — is read without a DOM.
 */
const DOM_LIMITS = { maxDepth: 200, tags: 40_000, strayLt: 5_000 };
/**
 * Readability's cost grows faster than the page (it retries, re-parsing, and walks ancestors per
 * node): above this many elements the body text is read instead. Pruned news pages hold a few
 * hundred. (Readability's own maxElemsToParse counts with getElementsByTagName("*"), which linkedom
 * does not support, so the elements are counted here.)
 */
const READABILITY_MAX_ELEMENTS = 2_500;

/** Below this many letters, Readability's article is suspect and the body text is considered too. */
const MIN_ARTICLE_LETTERS = 200;

/**
 * Main text through Readability on linkedom, after a pre-pass that drops scripts and chrome
 * subtrees (html-prune.ts). When Readability finds no article, or a much smaller one than the page
 * holds, the text of the whole (pruned) body is used instead.
 */
export function readHtml(html: string, screen?: HtmlScreen): HtmlContent {
  const pruned = pruneRanges(html);
  return readPruned(
    pruned.kept.map(([a, b]) => html.slice(a, b)).join(''),
    pruned.jsonLd.map(([a, b]) => html.slice(a, b)),
    isPathological(pruned),
    screen,
  );
}

/**
 * `readHtml` for undecoded bytes in an ASCII-compatible encoding (UTF-8, windows-1251, KOI8 …).
 * Markup is ASCII in all of them, so the page is pruned on a one-byte-per-character view and only
 * the kept bytes — typically a fifth of a news page — are decoded.
 */
export function readHtmlBytes(bytes: Uint8Array, encoding: string, screen?: HtmlScreen): HtmlContent {
  const pruned = pruneRanges(byteString(bytes));
  const keptBytes = Buffer.concat(pruned.kept.map(([a, b]) => bytes.subarray(a, b)));
  return readPruned(
    decodeAs(keptBytes, encoding),
    pruned.jsonLd.map(([a, b]) => decodeAs(bytes.subarray(a, b), encoding)),
    isPathological(pruned),
    screen,
  );
}

const isPathological = (p: PruneRanges): boolean =>
  p.maxDepth > DOM_LIMITS.maxDepth || p.tags > DOM_LIMITS.tags || p.strayLt > DOM_LIMITS.strayLt;

function readPruned(html: string, jsonLd: string[], pathological: boolean, screen?: HtmlScreen): HtmlContent {
  if (screen) {
    const text = screenTextOf(html);
    // A page whose markup holds no letter, or a name of a character this cannot decode, is read in full.
    if (text !== null && !screen(text)) return { ...readHead(html, jsonLd), text: '', screened: true };
  }
  if (pathological) return readWithoutDom(html, jsonLd);
  const document = parseHtmlDocument(html);
  const meta = readHtmlMetadata(document, jsonLd);
  if (countStartTags(html, READABILITY_MAX_ELEMENTS + 1) > READABILITY_MAX_ELEMENTS) {
    return { text: document.body ? blockText(document.body) : '', title: meta.title, language: meta.language, publishedAt: meta.publishedAt };
  }
  let text = articleText(document);
  const articleLetters = countLetters(text, MIN_ARTICLE_LETTERS);
  if (articleLetters < MIN_ARTICLE_LETTERS) {
    // Readability rewrote the first document; parse again for the untouched body.
    const body = parseHtmlDocument(html).body;
    const bodyText = body ? blockText(body) : '';
    if (countLetters(bodyText, Infinity) > articleLetters * 2) text = bodyText;
  }
  return { text, title: meta.title, language: meta.language, publishedAt: meta.publishedAt };
}

const HEAD_END = /<\/head\s*>|<body[\s>]/i;
const HEAD_MAX = 65_536;

/** Metadata from the <head> alone (parsed when it is of sane size), text by regular expressions. */
function readWithoutDom(html: string, jsonLd: string[]): HtmlContent {
  const headEnd = HEAD_END.exec(html.slice(0, HEAD_MAX))?.index ?? 0;
  return { ...readHead(html, jsonLd), text: markupText(html.slice(headEnd)) };
}

/** Title, declared language and date from the <head> alone (parsed when it is of sane size). */
function readHead(html: string, jsonLd: string[]): Omit<HtmlContent, 'text'> {
  const headEnd = HEAD_END.exec(html.slice(0, HEAD_MAX))?.index ?? 0;
  const head = parseHtmlDocument(`${html.slice(0, headEnd)}</head><body></body></html>`);
  const meta = readHtmlMetadata(head, jsonLd);
  return { title: meta.title, language: meta.language, publishedAt: meta.publishedAt };
}

const WHITESPACE = /[ \t\n\r\f]+/g;
const ANY_TAG = /<\/?[a-zA-Z][a-zA-Z0-9:-]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const UNDECODED = /&[a-zA-Z][a-zA-Z0-9]{1,31};/;

/**
 * The text a screen reads in pruned markup, or null when it should not be trusted: no letter at all
 * (the DOM decides whether the page has text), or a named character this does not decode.
 * Whitespace runs are one space, as in the DOM's text.
 */
export function screenTextOf(html: string): string | null {
  const flat = html.replace(WHITESPACE, ' ');
  const asBlocks = markupText(flat);
  if (!/\p{L}/u.test(asBlocks) || UNDECODED.test(asBlocks)) return null;
  const asSpaces = decodeEntities(flat.replace(ANY_TAG, ' '));
  return normaliseLines(`${asBlocks}\n${asSpaces}`).join('\n');
}

function articleText(document: DomDocument): string {
  try {
    const reader = new Readability<DomNode>(document as never, {
      serializer: (node: unknown) => node as DomNode,
      disableJSONLD: true, // read by html-metadata.ts with our own priorities
      keepClasses: true, // class names never reach the text; skipping the cleanup saves a walk
    });
    const article = reader.parse();
    return article?.content ? blockText(article.content) : '';
  } catch {
    // Readability on malformed or very deep markup is not worth failing a document for.
    return '';
  }
}

/** Start tags in `html` (elements the parser will build), counting stops at `enough`. */
function countStartTags(html: string, enough: number): number {
  let n = 0;
  for (let i = html.indexOf('<'); i >= 0 && n < enough; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
  }
  return n;
}

/** Letters in `text`, counting stops at `enough`. */
function countLetters(text: string, enough: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < enough; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !isSpaceOrPunct(c))) n++;
  }
  return n;
}

// Above Latin-1 most code points in running text are letters; spaces and common punctuation are not.
function isSpaceOrPunct(c: number): boolean {
  return (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}
