import { headString } from './decode.js';
import { sniffFormat } from './format.js';

/** Whether these bytes would be read as an HTML page (the costly path: a page's DOM takes tens of times its size). */
export function isHtmlPage(bytes: Uint8Array, path?: string | null): boolean {
  return sniffFormat(headString(bytes.subarray(0, 8192)), path ? { path } : {}) === 'html';
}

/** Whether these bytes would be read as plain text (not a page, a feed or a channel export). */
export function isPlainText(bytes: Uint8Array, path?: string | null): boolean {
  return sniffFormat(headString(bytes.subarray(0, 8192)), path ? { path } : {}) === 'text';
}
