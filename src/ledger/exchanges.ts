import type { LedgerEvent } from '../domain/index.js';
import { PUBLICATION_LOOKBACK_DAYS, eventAnchor } from './claims.js';
import { type DayRange, gapDays } from './dates.js';
import { exchangeIdFor } from './ids.js';

export interface ExchangeOptions {
  /** Events dated by a window (a week, a publication date) link when at most this many days apart. */
  nearDays?: number;
  /** Source ids behind each event: undated events link when one source reports both under one named agreement. */
  sourcesOf?: ReadonlyMap<string, readonly string[]>;
}

/** Spans wider than this (months, years) never link on their own: too vague to tell swaps apart. */
const MAX_LINK_SPAN_DAYS = 7;

function linkable(a: DayRange | null, b: DayRange | null, nearDays: number): boolean {
  if (!a || !b) return false;
  if (a.exact && b.exact) return a.start === b.start;
  if (a.end - a.start > MAX_LINK_SPAN_DAYS || b.end - b.start > MAX_LINK_SPAN_DAYS) return false;
  return gapDays(a, b) <= nearDays;
}

function agreementsAgree(a: LedgerEvent, b: LedgerEvent): boolean {
  return a.agreement === null || b.agreement === null || a.agreement === b.agreement;
}

/** Picks the id for a group of events: a locked member's, else the most used, else a hash of the smallest event id. */
function chooseExchangeId(members: readonly LedgerEvent[]): string {
  const locked = members.filter((e) => e.locked && e.exchangeId).map((e) => e.exchangeId!).sort();
  if (locked[0]) return locked[0];
  const counts = new Map<string, number>();
  for (const e of members) if (e.exchangeId) counts.set(e.exchangeId, (counts.get(e.exchangeId) ?? 0) + 1);
  const used = [...counts.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0];
  if (used) return used[0];
  return exchangeIdFor([...members.map((e) => e.id)].sort()[0]!);
}

/**
 * Links the two directions of a swap: events between the same two parties, in opposite or the same
 * direction, on the same day (or within a few days when one is dated by a short window), under the
 * same agreement when both name one, share one exchangeId — provided the group holds both directions.
 * Undated events link only when one source reports both under the same named agreement.
 * A two-way total joins the only exchange of its day, or forms its own. The machine never clears an
 * exchangeId and never changes a locked event's. Returns every event, changed or not, in input order.
 */
export function linkExchanges(events: readonly LedgerEvent[], opts: ExchangeOptions = {}): LedgerEvent[] {
  const nearDays = opts.nearDays ?? PUBLICATION_LOOKBACK_DAYS;
  const live = events.filter((e) => e.review !== 'rejected');
  const assigned = new Map<string, string>();

  // Union-find over events of one pair of parties, compared with neighbours in date order.
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };

  const byPair = new Map<string, { event: LedgerEvent; anchor: DayRange | null }[]>();
  for (const e of live) {
    if (e.from === null || e.to === null) continue;
    const key = [e.from, e.to].sort().join('|');
    const list = byPair.get(key) ?? [];
    list.push({ event: e, anchor: eventAnchor(e) });
    byPair.set(key, list);
    parent.set(e.id, e.id);
  }
  const groups: LedgerEvent[][] = [];
  for (const list of byPair.values()) {
    const dated = list.filter((x) => x.anchor !== null).sort((a, b) => a.anchor!.start - b.anchor!.start || (a.event.id < b.event.id ? -1 : 1));
    for (let i = 0; i < dated.length; i++) {
      const a = dated[i]!;
      for (let j = i + 1; j < dated.length; j++) {
        const b = dated[j]!;
        if (b.anchor!.start > a.anchor!.end + nearDays + MAX_LINK_SPAN_DAYS) break;
        if (linkable(a.anchor, b.anchor, nearDays) && agreementsAgree(a.event, b.event)) union(a.event.id, b.event.id);
      }
    }
    // Undated: only the two directions one report gives under one named agreement.
    const undated = list.filter((x) => x.anchor === null && x.event.agreement !== null);
    for (let i = 0; i < undated.length; i++) {
      for (let j = i + 1; j < undated.length; j++) {
        const a = undated[i]!.event;
        const b = undated[j]!.event;
        const sa = new Set(opts.sourcesOf?.get(a.id) ?? []);
        if (a.agreement === b.agreement && (opts.sourcesOf?.get(b.id) ?? []).some((id) => sa.has(id))) union(a.id, b.id);
      }
    }
    const components = new Map<string, LedgerEvent[]>();
    for (const { event } of list) {
      const root = find(event.id);
      const members = components.get(root);
      if (members) members.push(event);
      else components.set(root, [event]);
    }
    for (const members of components.values()) {
      const directions = new Set(members.map((e) => `${e.from}>${e.to}`));
      if (directions.size >= 2) groups.push(members);
    }
  }
  for (const members of groups) {
    const id = chooseExchangeId(members);
    for (const e of members) assigned.set(e.id, id);
  }

  // Two-way totals: the single exchange of their day, else an exchange of their own.
  const exchangesByDay = new Map<number, Set<string>>();
  for (const members of groups) {
    for (const e of members) {
      const a = eventAnchor(e);
      if (!a?.exact) continue;
      const set = exchangesByDay.get(a.start) ?? new Set();
      set.add(assigned.get(e.id)!);
      exchangesByDay.set(a.start, set);
    }
  }
  for (const e of live) {
    if (!(e.from === null && e.to === null && e.flags.includes('two-way'))) continue;
    const a = eventAnchor(e);
    const candidates = a?.exact ? exchangesByDay.get(a.start) : undefined;
    if (candidates && candidates.size === 1) assigned.set(e.id, [...candidates][0]!);
    else if (e.exchangeId === null) assigned.set(e.id, exchangeIdFor(e.id));
  }

  return events.map((e) => {
    const id = assigned.get(e.id);
    if (id === undefined || id === e.exchangeId) return e;
    if (e.locked && e.exchangeId !== null) return e;
    return { ...e, exchangeId: id };
  });
}
