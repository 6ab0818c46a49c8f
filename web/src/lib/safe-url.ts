/**
 * A report's own address is text from outside: it becomes a link only when it is plain http(s),
 * so a stored "javascript:" address can never run in the page.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
