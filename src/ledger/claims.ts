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

/**
 * Whether a claim's date is only its source's publication day (the text gives none): the handover
 * happened on or before it. Claims stored before the extractor said so carry `date-from-context`
 * and exactly the publication day.
 */
export function datedByPublication(claim: Pick<LedgerClaim, 'date' | 'flags' | 'publishedAt'>): boolean {
  if (claim.date === null) return false;
  if (claim.flags.includes('date-from-publication')) return true;
  const d = claim.date;
  return claim.flags.includes('date-from-context') && claim.publishedAt !== null && d.precision === 'day' && d.start === claim.publishedAt && d.end === claim.publishedAt;
}

/** The days up to and including a publication day: a handover reported without a date of its own happened in them. */
function onOrBefore(day: string, lookbackDays: number): DayRange {
  const r = rangeOf({ start: addDays(day, -lookbackDays), end: day, precision: 'day' });
  return { ...r, exact: false, onOrBefore: true };
}

/** When a claim says it happened: its own date, else a window ending on its source's publication date; null when neither. */
export function claimAnchor(claim: LedgerClaim, lookbackDays = PUBLICATION_LOOKBACK_DAYS): DayRange | null {
  if (claim.date && !datedByPublication(claim)) return rangeOf(claim.date);
  const published = claim.publishedAt ?? claim.date?.end ?? null;
  return published === null ? null : onOrBefore(published, lookbackDays);
}

/** When an event happened, as a range; a date taken from publication is a window, not a day. */
export function eventAnchor(event: LedgerEvent, lookbackDays = PUBLICATION_LOOKBACK_DAYS): DayRange | null {
  if (!event.date) return null;
  if (event.flags.includes('date-from-publication')) return onOrBefore(event.date.end, lookbackDays);
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
