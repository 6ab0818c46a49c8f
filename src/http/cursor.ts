/** Page cursors: opaque to clients, checked when they come back (a bad one is a 400, never a 500). */
import type { HandoverIssue } from '../domain/errors.js';

export function encodeCursor(parts: readonly string[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/** The parts of a cursor made by encodeCursor with `arity` parts, or an issue naming the field. */
export function decodeCursor(cursor: string, arity: number): string[] | HandoverIssue {
  const bad: HandoverIssue = { code: 'INPUT_INVALID', path: 'query.cursor', message: 'query.cursor is not a cursor this API gave out: pass the `next` of the previous page as it was' };
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return bad;
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && parts.length === arity && parts.every((p) => typeof p === 'string' && p.length <= 200)) return parts as string[];
  } catch {
    // Falls through to the same answer as any other bad cursor.
  }
  return bad;
}

export const isIssue = (v: unknown): v is HandoverIssue => typeof v === 'object' && v !== null && 'code' in v && 'message' in v;
