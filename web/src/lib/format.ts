/** How figures, dates and parties read on the page. Every function returns plain text. */
import type { Count, Figure, LedgerEvent, Party } from '../api/client';

const INT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export const formatInt = (n: number): string => INT.format(n);

const QUALIFIER_WORDS: Record<string, string> = {
  exact: '',
  at_least: 'at least ',
  more_than: 'more than ',
  about: 'about ',
  nearly: 'nearly ',
  up_to: 'up to ',
};

/** A source's figure as it said it: "more than 11,000", "about 1,200", "38"; "no figure" when it gave none. */
export function formatCount(c: Count | null | undefined): string {
  if (!c) return 'no figure';
  return `${QUALIFIER_WORDS[c.qualifier] ?? ''}${formatInt(c.value)}`;
}

/** A reconciled figure: its best value, with the low–high band when the sources disagree. */
export function formatFigure(f: Figure): string {
  if (f.best === null) return 'no figure';
  const best = formatInt(f.best);
  const low = f.low ?? f.best;
  if (f.high === null) return low === f.best ? `${best} or more` : `${best} (${formatInt(low)} or more)`;
  if (low === f.best && f.high === f.best) return best;
  return `${best} (${formatInt(low)}–${formatInt(f.high)})`;
}

let partyNames = new Map<string, string>();

export function setParties(parties: readonly Party[]): void {
  partyNames = new Map(parties.map((p) => [p.slug, p.name]));
}

/** A party's name ("Russia") from its slug; unknown slugs are shown as they are. */
export function partyName(slug: string | null | undefined): string {
  if (slug === null || slug === undefined) return 'either side';
  return partyNames.get(slug) ?? slug;
}

export function direction(e: { from: string | null; to: string | null; twoWay?: boolean }): string {
  if (e.from === null && e.to === null) return 'both ways';
  return `${partyName(e.from)} → ${partyName(e.to)}`;
}

const CATEGORY_WORDS: Record<string, string> = {
  remains: 'remains',
  pow: 'prisoners of war',
  civilians: 'civilians',
  children: 'children',
  hostages: 'hostages',
  detainees: 'detainees',
  mixed: 'people (mixed)',
};

export const categoryName = (c: string): string => CATEGORY_WORDS[c] ?? c;

export function formatDate(d: LedgerEvent['date']): string {
  if (!d) return 'undated';
  if (d.precision === 'day' && d.start === d.end) return d.start;
  if (d.precision === 'month') return d.start.slice(0, 7);
  if (d.precision === 'year') return d.start.slice(0, 4);
  return d.start === d.end ? d.start : `${d.start} – ${d.end}`;
}

/** "2026-12-07 16:05" from an ISO timestamp, in UTC (what the ledger stores). */
export const formatStamp = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
