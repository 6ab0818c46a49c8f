/**
 * Names and messages as a terminal shows them. A file name may hold a newline (one result would
 * read as two), a carriage return or escape sequence (it would rewrite what is on screen) or a bidi
 * control (`report\u202Etxt.exe` reads as `reportexe.txt`); such names are printed quoted with those
 * characters escaped, and every other name as it is.
 */

// C0 and C1 controls, DEL, the line and paragraph separators, and every bidi control.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_ONE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
// What JSON.stringify leaves raw among those (it escapes C0 controls itself).
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const JSON_UNSAFE_ONE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const escapeChar = (c: string): string => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A file name to print: as it is when harmless, else in double quotes with the unsafe characters (and `"` and `\`) escaped. */
export function shown(name: string): string {
  if (!UNSAFE_ONE.test(name)) return name;
  return `"${name.replace(/["\\]/g, (c) => `\\${c}`).replace(UNSAFE, escapeChar)}"`;
}

/** A message on one line: unsafe characters escaped in place (messages may quote names the system gave back). */
export function oneLine(text: string): string {
  return UNSAFE_ONE.test(text) ? text.replace(UNSAFE, escapeChar) : text;
}

/**
 * A JSON text with the characters JSON.stringify leaves raw but a terminal acts on (bidi controls,
 * C1 controls, line separators) written as \u escapes: the same JSON value, safe to print.
 */
export function terminalSafeJson(json: string): string {
  // JSON.stringify escapes C0 controls itself; raw newlines left are the layout of indented JSON.
  return JSON_UNSAFE_ONE.test(json) ? json.replace(JSON_UNSAFE, escapeChar) : json;
}


/** A value as JSON to print (`indent` for the indented form): JSON.stringify, then terminalSafeJson. */
export function json(value: unknown, indent?: number): string {
  return terminalSafeJson(JSON.stringify(value, null, indent));
}
