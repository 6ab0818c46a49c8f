/** Reading the ledger: the events timeline, one event with its witnesses, totals — now or as known at a date. */
import type { Category, LedgerClaim, LedgerEvent, LedgerSource } from '../domain/index.js';
import { CATEGORIES, EVENT_STATUSES } from '../domain/index.js';
import { totals as ledgerTotals, totalsFromSums, type Totals, type TotalsPeriod } from '../ledger/totals.js';
import type { EventCursor, EventFilter, Store, TotalsBucket } from '../storage/index.js';
import { compareInOrder, orderKey } from '../storage/index.js';
import { asOfCutoff, claimsAsOf, eventsAsOf } from './as-of.js';
import { checkParty } from './parties.js';
import { releaseClaims, releaseEvents, releaseSources } from './release.service.js';
import { fail, failAll, ok, type Issue, type Result } from '../domain/errors.js';

export interface EventQuery extends EventFilter {
  /** YYYY-MM-DD or ISO timestamp: the ledger as known then. */
  asOf?: string | undefined;
  /** A published release's number: the ledger as that release froze it. */
  release?: number | undefined;
}

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day (2025-02-30 is not). */
const DAY = { test: (s: string) => DAY_SHAPE.test(s) && !Number.isNaN(Date.parse(s)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s) };

/** Checks the filters a face passes in; every bad one is an issue naming its field (the CLI shows its flag). */
export function checkEventQuery(q: EventQuery): Result<EventQuery> {
  const issues: Issue[] = [];
  const bad = (path: string, message: string) => issues.push({ code: 'INPUT_INVALID', path, message });
  if (q.from !== undefined && !DAY.test(q.from)) bad('from', `from must be a real day as YYYY-MM-DD, got "${q.from}"`);
  if (q.to !== undefined && !DAY.test(q.to)) bad('to', `to must be a real day as YYYY-MM-DD, got "${q.to}"`);
  if (q.category !== undefined && !(CATEGORIES as readonly string[]).includes(q.category)) bad('category', `category must be one of ${CATEGORIES.join(', ')}, got "${q.category}"`);
  if (q.status !== undefined && !(EVENT_STATUSES as readonly string[]).includes(q.status)) bad('status', `status must be one of ${EVENT_STATUSES.join(', ')}, got "${q.status}"`);
  let party = q.party;
  if (q.party !== undefined) {
    const found = checkParty('party', q.party);
    if (found.ok) party = found.value;
    else issues.push(found.error);
  }
  if (q.asOf !== undefined) {
    const cut = asOfCutoff(q.asOf);
    if (!cut.ok) bad('asOf', cut.error.message);
  }
  if (q.release !== undefined && (!Number.isSafeInteger(q.release) || q.release < 1)) bad('release', Number.isNaN(q.release) ? 'release must be a release number (1, 2, …)' : `release must be a release number (1, 2, …), got "${q.release}"`);
  if (q.release !== undefined && q.asOf !== undefined) bad('release', 'release and asOf cannot be given together: a release is the ledger as published at its date');
  return issues.length > 0 ? failAll(issues) : ok(party === undefined ? q : { ...q, party });
}

/** Whether an event passes the filters (the same rules the store applies in SQL). */
export function matchesFilter(e: LedgerEvent, f: EventFilter): boolean {
  const day = e.date?.start ?? '';
  if (f.from !== undefined && day < f.from) return false;
  if (f.to !== undefined && (day === '' || day > f.to)) return false;
  if (f.category !== undefined && e.category !== f.category) return false;
  if (f.status !== undefined && e.status !== f.status) return false;
  if (f.review !== undefined && !f.review.includes(e.review)) return false;
  if (f.party !== undefined && e.from !== f.party && e.to !== f.party) return false;
  if (f.agreement !== undefined && e.agreement !== f.agreement) return false;
  if (f.mediator !== undefined && e.mediator !== f.mediator) return false;
  return true;
}

/** Whether the words are in the event's id, agreement, mediator, or one of its claims' quote or speaker (as the store's `text` filter). */
export function matchesText(e: LedgerEvent, claims: readonly LedgerClaim[], text: string): boolean {
  const t = text.trim().toLowerCase();
  const has = (s: string | null | undefined) => s !== null && s !== undefined && s.toLowerCase().includes(t);
  return has(e.id) || has(e.agreement) || has(e.mediator) || claims.some((c) => has(c.evidence.sentence) || has(c.attribution.speaker));
}

const keyOf = (e: LedgerEvent) => ({ sortDate: e.date?.start ?? '', figure: e.figure.best ?? -1, id: e.id });

/** Newest first, as the store orders the timeline. */
export function timelineOrder(a: LedgerEvent, b: LedgerEvent): number {
  const da = a.date?.start ?? '';
  const db = b.date?.start ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export interface EventPage {
  events: LedgerEvent[];
  /** Where the next page starts; null at the end. */
  next: EventCursor | null;
}

export async function listEvents(store: Store, query: EventQuery, limit = 100, after: EventCursor | null = null): Promise<Result<EventPage>> {
  const checked = checkEventQuery(query);
  if (!checked.ok) return checked;
  query = checked.value;
  const { asOf, release, ...filter } = query;
  let events: LedgerEvent[];
  if (asOf !== undefined || release !== undefined) {
    let claimsOf: (ids: string[]) => Promise<Map<string, LedgerClaim>>;
    const order = filter.order ?? 'newest';
    if (release !== undefined) {
      const frozen = await releaseEvents(store, release);
      if (!frozen.ok) return frozen;
      events = frozen.value.filter((e) => matchesFilter(e, filter));
      claimsOf = (ids) => releaseClaims(store, release, ids);
    } else {
      const cut = asOfCutoff(asOf!);
      if (!cut.ok) return cut;
      events = (await eventsAsOf(store, cut.value)).filter((e) => matchesFilter(e, filter));
      claimsOf = (ids) => claimsAsOf(store, ids, cut.value);
    }
    if (filter.text !== undefined && filter.text.trim() !== '') {
      const claims = await claimsOf(events.flatMap((e) => e.claimIds));
      events = events.filter((e) => matchesText(e, e.claimIds.flatMap((c) => claims.get(c) ?? []), filter.text!));
    }
    events.sort((a, b) => compareInOrder(order, orderKey(order, keyOf(a)), orderKey(order, keyOf(b))));
    if (after !== null) {
      const from = orderKey(order, { sortDate: after.sortDate, figure: after.figure ?? -1, id: after.id });
      events = events.filter((e) => compareInOrder(order, orderKey(order, keyOf(e)), from) > 0);
    }
    events = events.slice(0, limit);
  } else {
    events = await store.events.list(filter, limit, after);
  }
  const last = events.at(-1);
  const byFigure = query.order === 'largest' || query.order === 'smallest';
  return ok({ events, next: events.length === limit && last ? { sortDate: last.date?.start ?? '', id: last.id, ...(byFigure ? { figure: last.figure.best ?? -1 } : {}) } : null });
}

/** Every event passing the filters, page by page, without holding them all. */
export async function* iterateEvents(store: Store, query: EventQuery, pageSize = 500): AsyncGenerator<LedgerEvent> {
  let after: EventCursor | null = null;
  for (;;) {
    const page = await listEvents(store, query, pageSize, after);
    if (!page.ok) throw new Error(page.error.message);
    yield* page.value.events;
    if (page.value.next === null) return;
    after = page.value.next;
  }
}

export interface Witness {
  claim: LedgerClaim;
  source: LedgerSource | null;
}

export interface EventDetail {
  event: LedgerEvent;
  /** Each claim with the source it came from: the figure side by side with its quote. */
  witnesses: Witness[];
  /** The other direction(s) of the same exchange. */
  exchange: LedgerEvent[];
}

export async function eventDetail(store: Store, id: string, asOf?: string, release?: number): Promise<Result<EventDetail>> {
  let event: LedgerEvent | undefined;
  let claims: LedgerClaim[];
  let exchange: LedgerEvent[] = [];
  if (release !== undefined) {
    if (asOf !== undefined) return fail('INPUT_INVALID', 'release and asOf cannot be given together: a release is the ledger as published at its date', { path: 'release' });
    const frozen = await releaseEvents(store, release);
    if (!frozen.ok) return frozen;
    const found = frozen.value.find((e) => e.id === id);
    if (!found) return fail('NOT_FOUND', `no event ${id} in release ${release}`);
    const { sources: _s, ...plain } = found;
    event = plain;
    const known = await releaseClaims(store, release, event.claimIds);
    const cs = event.claimIds.flatMap((c) => known.get(c) ?? []);
    const sources = await releaseSources(store, release, cs.map((c) => c.sourceId));
    if (event.exchangeId) exchange = frozen.value.filter((e) => e.exchangeId === event!.exchangeId && e.id !== id).map(({ sources: _x, ...e }) => e).sort(timelineOrder);
    return ok({ event, witnesses: cs.map((claim) => ({ claim, source: sources.get(claim.sourceId) ?? null })), exchange });
  }
  if (asOf !== undefined) {
    const cut = asOfCutoff(asOf);
    if (!cut.ok) return cut;
    const entries = (await store.history.forEntity('event', id)).filter((e) => e.at < cut.value);
    const last = entries.at(-1);
    event = last?.after ? (last.after as LedgerEvent) : undefined;
    if (!event) return fail('NOT_FOUND', `no event ${id} as of ${asOf}`);
    const known = await claimsAsOf(store, event.claimIds, cut.value);
    claims = event.claimIds.flatMap((c) => known.get(c) ?? []);
    if (event.exchangeId) exchange = (await eventsAsOf(store, cut.value)).filter((e) => e.exchangeId === event!.exchangeId && e.id !== id).sort(timelineOrder);
  } else {
    event = await store.events.get(id);
    if (!event) {
      const gone = (await store.history.forEntity('event', id)).at(-1);
      if (gone && gone.after === null) return fail('NOT_FOUND', `${id} was withdrawn on ${gone.at.slice(0, 10)} by ${gone.actor}${gone.reason ? ` (“${gone.reason}”)` : ''}: it no longer counts; handover history ${id} shows what it was`);
      return fail('NOT_FOUND', `no event ${id}`);
    }
    // The engines return an exchange's rows in storage order, which a restore or import changes.
    if (event.exchangeId) exchange = (await store.events.byExchange(event.exchangeId)).filter((e) => e.id !== id).sort(timelineOrder);
    const witnesses = await store.claims.withSources(event.claimIds);
    return ok({ event, witnesses, exchange });
  }
  const sources = new Map((await store.sources.getMany(claims.map((c) => c.sourceId))).map((s) => [s.id, s]));
  return ok({ event, witnesses: claims.map((claim) => ({ claim, source: sources.get(claim.sourceId) ?? null })), exchange });
}

export interface TotalsQuery {
  by: TotalsPeriod;
  category?: Category | undefined;
  asOf?: string | undefined;
  /** Only events where this party (slug, name or alias) hands over or receives. */
  party?: string | undefined;
  /** Only events on or after this day (YYYY-MM-DD). */
  from?: string | undefined;
  /** Only events on or before this day (YYYY-MM-DD). */
  to?: string | undefined;
  /** Only announced, confirmed or disputed events. */
  status?: string | undefined;
  /** The totals of a published release. */
  release?: number | undefined;
}

const totalsMemo = new Map<string, Totals>();

/** Forgets remembered totals (benchmarks measure the uncached cost with it). */
export function forgetTotals(): void {
  totalsMemo.clear();
}

/**
 * Running totals per direction and category with low / best / high and the ratio between the two
 * directions. The result may be shared with later calls: treat it as read-only. Now: from the roll-up the store keeps in step with events (a few hundred rows at
 * any ledger size). As of a date: from the events rebuilt out of history.
 */
export async function ledgerTotalsOf(store: Store, query: TotalsQuery): Promise<Result<Totals>> {
  if (query.category !== undefined && !(CATEGORIES as readonly string[]).includes(query.category)) {
    return fail('INPUT_INVALID', `category must be one of ${CATEGORIES.join(', ')}, got "${query.category}"`, { path: 'category' });
  }
  const opts = query.category === undefined ? { by: query.by } : { by: query.by, category: query.category };
  if (query.release !== undefined) {
    // A release's totals are summed from its frozen events, as the events list selects them.
    const checked = checkEventQuery({ party: query.party, from: query.from, to: query.to, status: query.status, category: query.category, asOf: query.asOf, release: query.release });
    if (!checked.ok) return checked;
    const { asOf: _a, release, ...filter } = checked.value;
    const frozen = await releaseEvents(store, release!);
    if (!frozen.ok) return frozen;
    return ok(ledgerTotals(frozen.value.filter((e) => matchesFilter(e, filter)), opts));
  }
  if (query.party !== undefined || query.from !== undefined || query.to !== undefined || query.status !== undefined) {
    // Narrowed totals are summed from the events that pass, as the events list selects them.
    const checked = checkEventQuery({ party: query.party, from: query.from, to: query.to, status: query.status, category: query.category, asOf: query.asOf });
    if (!checked.ok) return checked;
    const { asOf, ...filter } = checked.value;
    if (asOf !== undefined) {
      const cut = asOfCutoff(asOf);
      if (!cut.ok) return cut;
      return ok(ledgerTotals((await eventsAsOf(store, cut.value)).filter((e) => matchesFilter(e, filter)), opts));
    }
    const events: LedgerEvent[] = [];
    for await (const e of iterateEvents(store, filter)) events.push(e);
    return ok(ledgerTotals(events, opts));
  }
  if (query.asOf !== undefined) {
    const cut = asOfCutoff(query.asOf);
    if (!cut.ok) return cut;
    return ok(ledgerTotals(await eventsAsOf(store, cut.value), opts));
  }
  // Totals are a pure function of the roll-up, which carries a version number: a result is reused
  // until the ledger changes (a month-by-month ledger has thousands of buckets to sum and rank).
  const key = JSON.stringify([store.description, await store.totals.version(), opts]);
  const remembered = totalsMemo.get(key);
  if (remembered) return ok(remembered);
  // The roll-up holds the sums of counted events per period, category and direction: the ledger's
  // rules order them and add the running sums and ratios; no event is read or summed again.
  const buckets = await store.totals.query(query.by, query.category);
  let held = await store.totals.heldEventIds();
  if (query.category !== undefined) held = (await store.events.getMany(held)).filter((e) => e.category === query.category).map((e) => e.id).sort();
  const value = totalsFromSums(query.by, buckets, held);
  if (totalsMemo.size >= 16) totalsMemo.delete(totalsMemo.keys().next().value as string);
  totalsMemo.set(key, value);
  return ok(value);
}
