import type { LedgerClaim, LedgerEvent, PartySlug } from '../domain/index.js';
import { type DayRange, addDays, rangeOf } from './dates.js';

/** A claim reported only with its publication date happened at most this many days before publication. */
export const PUBLICATION_LOOKBACK_DAYS = 3;

/** Rejected claims are ignored everywhere; corrected claims carry their corrected values in place. */
export function isCredible(claim: LedgerClaim): boolean {
  return claim.review !== 'rejected';
}

/** A total of both directions ("372 came home"): it belongs to the exchange, not to one direction. */
export function isTwoWay(claim: Pick<LedgerClaim, 'twoWay' | 'from' | 'to' | 'flags'>): boolean {
  return claim.twoWay || (claim.from === null && claim.to === null && claim.flags.includes('two-way'));
}

/** When a claim says it happened: its own date, else a window ending on its source's publication date; null when neither. */
export function claimAnchor(claim: LedgerClaim, lookbackDays = PUBLICATION_LOOKBACK_DAYS): DayRange | null {
  if (claim.date) return rangeOf(claim.date);
  if (claim.publishedAt) {
    const r = rangeOf({ start: addDays(claim.publishedAt, -lookbackDays), end: claim.publishedAt, precision: 'day' });
    return { ...r, exact: false };
  }
  return null;
}

/** When an event happened, as a range; a date taken from publication is a window, not a day. */
export function eventAnchor(event: LedgerEvent, lookbackDays = PUBLICATION_LOOKBACK_DAYS): DayRange | null {
  if (!event.date) return null;
  if (event.flags.includes('date-from-publication')) {
    const r = rangeOf({ start: addDays(event.date.start, -lookbackDays), end: event.date.end, precision: 'day' });
    return { ...r, exact: false };
  }
  return rangeOf(event.date);
}

/** Mediators and third parties commonly named as brokers; a claim's own `mediator` adds to these. */
export const KNOWN_MEDIATORS: ReadonlySet<string> = new Set([
  'icrc', 'red-cross', 'uae', 'qatar', 'turkey', 'turkiye', 'vatican', 'holy-see', 'saudi-arabia',
  'united-states', 'usa', 'egypt', 'un', 'united-nations', 'oman', 'switzerland',
]);

/** Lowercase slug of a free name: "United Arab Emirates" → "united-arab-emirates". */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Every mediator named by these claims, as slugs ("UAE; ICRC" → uae, icrc). */
export function mediatorsNamed(claims: readonly LedgerClaim[]): Set<string> {
  const out = new Set<string>();
  for (const c of claims) {
    if (!c.mediator) continue;
    for (const part of c.mediator.split(/[;,]/)) {
      const s = slug(part);
      if (s) out.add(s);
    }
  }
  return out;
}

/** Whether a claim speaks for a third party that brokered the handover (not one of the two sides). */
export function speaksAsMediator(
  claim: LedgerClaim,
  sides: ReadonlySet<PartySlug>,
  mediators: ReadonlySet<string>,
): boolean {
  const party = claim.attribution.party;
  if (party !== null && sides.has(party)) return false;
  const names = [party, claim.attribution.speaker].filter((x): x is string => x !== null).map(slug);
  return names.some((n) => KNOWN_MEDIATORS.has(n) || mediators.has(n));
}

/** Claims ordered for a stable reading: by id. */
export function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
