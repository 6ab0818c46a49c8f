import type { Claim, CleanDocument } from '../domain/index.js';

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD) that anchors relative dates; overrides the document's own. */
  publishedAt?: string | null;
  /** Language code that overrides detection. */
  language?: string;
}

/** Every claim a clean document makes about an exchange. Pure; never throws on any text. */
export function extractClaims(_doc: CleanDocument, _opts: ExtractOptions = {}): Claim[] {
  return [];
}
