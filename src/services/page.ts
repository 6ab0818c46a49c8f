/** What the faces need to know about a report's bytes before reading it, without loading the readers. */
export { isHtmlPage } from '../ingest/page.js';
