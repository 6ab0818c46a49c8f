import { Readability } from '@mozilla/readability';
import { parseHtmlDocument, type DomDocument, type DomNode } from './dom.js';
import { blockText } from './dom-text.js';
import { readHtmlMetadata } from './html-metadata.js';
import { byteString, decodeAs } from './decode.js';
import { pruneRanges } from './html-prune.js';

/** An HTML page read: its main text (one block per line, not yet cleaned) and what it says about itself. */
export interface HtmlContent {
  text: string;
  title: string | null;
  /** Declared language, normalised; detection on the text decides in the end. */
  language: string | null;
  publishedAt: string | null;
}

/** Below this many letters, Readability's article is suspect and the body text is considered too. */
const MIN_ARTICLE_LETTERS = 200;

/**
 * Main text through Readability on linkedom, after a pre-pass that drops scripts and chrome
 * subtrees (html-prune.ts). When Readability finds no article, or a much smaller one than the page
 * holds, the text of the whole (pruned) body is used instead.
 */
export function readHtml(html: string): HtmlContent {
  const { kept, jsonLd } = pruneRanges(html);
  return readPruned(
    kept.map(([a, b]) => html.slice(a, b)).join(''),
    jsonLd.map(([a, b]) => html.slice(a, b)),
  );
}

/**
 * `readHtml` for undecoded bytes in an ASCII-compatible encoding (UTF-8, windows-1251, KOI8 …).
 * Markup is ASCII in all of them, so the page is pruned on a one-byte-per-character view and only
 * the kept bytes — typically a fifth of a news page — are decoded.
 */
export function readHtmlBytes(bytes: Uint8Array, encoding: string): HtmlContent {
  const { kept, jsonLd } = pruneRanges(byteString(bytes));
  const keptBytes = Buffer.concat(kept.map(([a, b]) => bytes.subarray(a, b)));
  return readPruned(
    decodeAs(keptBytes, encoding),
    jsonLd.map(([a, b]) => decodeAs(bytes.subarray(a, b), encoding)),
  );
}

function readPruned(html: string, jsonLd: string[]): HtmlContent {
  const document = parseHtmlDocument(html);
  const meta = readHtmlMetadata(document, jsonLd);
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
