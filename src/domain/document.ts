/** A report after ingest: clean text with the metadata the extractor needs. */
export interface CleanDocument {
  /** Clean text; every claim's evidence offsets point into it. Paragraphs are separated by "\n\n". */
  text: string;
  title: string | null;
  /** ISO 639-1 code ("en", "ru", "uk" …) or "und". */
  language: string;
  /** YYYY-MM-DD when the page says when it was published. */
  publishedAt: string | null;
  /** What the bytes were. */
  format: 'html' | 'text' | 'feed' | 'channel';
  /** sha256 of the raw bytes, hex. */
  contentHash: string;
  /**
   * Set when the screen (src/extract/screen.ts) found no word about an exchange in any language: the
   * report was not read further, and holds no claim. Its language was then not detected ("und", or
   * what the page declares), and a page's text was not taken out of its markup (`text` is empty).
   */
  screened?: boolean;
}
