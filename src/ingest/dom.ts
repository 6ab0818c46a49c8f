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

/** An HTML page or fragment as a document that always has a <body> (Readability needs one). */
export function parseHtmlDocument(html: string): DomDocument {
  const first = (parseHTML(html) as unknown as { document: DomDocument }).document;
  if (first.body) return first;
  // linkedom builds no <html>/<body> around a fragment; wrap it the way a browser would.
  return (parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`) as unknown as { document: DomDocument })
    .document;
}

/** An XML document (feeds). */
export function parseXmlDocument(xml: string): DomDocument {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as DomDocument;
}
