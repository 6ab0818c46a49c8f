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
}
