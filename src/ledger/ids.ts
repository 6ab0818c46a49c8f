import { createHash } from 'node:crypto';

/** A short, stable hex hash: ids derived from content, so re-running on the same input gives the same ids. */
export function shortHash(text: string, length = 12): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Event id: `ev_` + a short hash of the claim that founded it (and of the event it was split from, if any). */
export function eventIdFor(firstClaimId: string, splitFrom?: string): string {
  return `ev_${shortHash(splitFrom === undefined ? firstClaimId : `split:${splitFrom}:${firstClaimId}`)}`;
}

/** Exchange id: `ex_` + a short hash of a founding key (the smallest event id of the exchange). */
export function exchangeIdFor(key: string): string {
  return `ex_${shortHash(`exchange:${key}`)}`;
}
