/** Parties as people type them: a slug, a name or an alias in any language, checked against the known parties. */
import { fail, ok, type Result } from '../domain/errors.js';
import { resolvePartyInput } from '../domain/parties.js';

/** The slug a typed party stands for ("Moscow", "Россия", "russia" → russia), or an issue naming the field and the nearest known parties. */
export function checkParty(path: string, typed: string): Result<string> {
  const found = resolvePartyInput(path, typed);
  return found.ok ? ok(found.slug) : fail('INPUT_INVALID', found.message, { path });
}
