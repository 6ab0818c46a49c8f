/** What the faces need to know about a report's bytes before reading it, without loading the readers. */
export { isHtmlPage, isPlainText } from '../ingest/page.js';
