import { dropChrome } from './boilerplate.js';

const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085\u000B\u000C]/g;
// Zero-width and invisible formatting characters. ZWNJ is kept between Arabic-script letters,
// where it is part of the spelling (Persian).
const INVISIBLE = /[\u200B\u200D\u2060\uFEFF\u00AD\u180E\u200E\u200F\u202A-\u202E\u2066-\u2069]|(?<![\u0600-\u06FF])\u200C|\u200C(?![\u0600-\u06FF])/g;
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
// Runs of spaces other than one plain space (matching every single space made this the costliest step).
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000][ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]*| [ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Anything the replacements below would change: odd line breaks, invisible or control characters, runs of spaces. */
const NEEDS_WORK = /[\r\u2028\u2029\u0085\u000B\u000C\u200B-\u200F\u2060\uFEFF\u00AD\u180E\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000E-\u001F\u007F-\u009F\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]| {2}/;

/** Text with one normalised line per element: NFC, "\n" line ends, no invisible characters, single spaces, trimmed. */
export function normaliseLines(raw: string): string[] {
  // Most text has nothing to replace: one scan tells, and spares five passes that copy it.
  if (!NEEDS_WORK.test(raw)) return raw.normalize('NFC').split('\n').map((line) => line.trim());
  const text = raw
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .replace(SPACES, ' ');
  return text.split('\n').map((line) => line.trim());
}

/**
 * The clean text of a document: every non-empty line is a paragraph; page chrome goes, and so does
 * any paragraph that repeats an earlier one verbatim; paragraphs are joined with "\n\n".
 */
export function cleanText(raw: string): string {
  const lines = normaliseLines(raw).filter((line) => line.length > 0);
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  for (const line of dropChrome(lines)) {
    if (seen.has(line)) continue;
    seen.add(line);
    paragraphs.push(line);
  }
  return paragraphs.join('\n\n');
}

/** The paragraphs of a clean text. */
export function paragraphsOf(text: string): string[] {
  return text.length === 0 ? [] : text.split('\n\n');
}
