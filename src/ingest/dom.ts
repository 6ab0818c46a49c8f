import { DOMParser, parseHTML } from 'linkedom';

/*
 * The slice of the DOM ingest reads, typed structurally: the project compiles without the DOM lib,
 * and linkedom's own declarations lean on it.
 */

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

const HAS_BODY = /<body[\s>]/i;
const HTML_OPEN = /<html\b([^>]*)>/i;
const HTML_TAGS = /<!doctype[^>]*>|<\/?html\b[^>]*>/gi;

/** An HTML page or fragment as a document that always has an <html> root and a <body> (Readability needs both). */
export function parseHtmlDocument(html: string): DomDocument {
  if (HAS_BODY.test(html)) {
    const document = parse(html);
    if (document.documentElement?.localName === 'html' && document.body) return document;
  }
  // linkedom builds no <html>/<body> around a fragment (and its body getter then invents one in the
  // wrong place); wrap it the way a browser would, keeping the attributes of any <html> tag (lang).
  const attrs = HTML_OPEN.exec(html)?.[1] ?? '';
  return parse(`<!DOCTYPE html><html${attrs}><head></head><body>${html.replace(HTML_TAGS, '')}</body></html>`);
}

function parse(html: string): DomDocument {
  return (parseHTML(html) as unknown as { document: DomDocument }).document;
}

/** An XML document (feeds). */
export function parseXmlDocument(xml: string): DomDocument {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as DomDocument;
}
