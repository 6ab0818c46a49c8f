/**
 * Sources in view: which reports stand behind an event, a review item or a claim, and the lists of
 * sources and claims with their filters. Every figure has a witness; these say who.
 */
import type { LedgerClaim, LedgerEvent, LedgerSource } from '../domain/index.js';
import { CLAIM_KINDS } from '../domain/index.js';
import { failAll, ok, type Issue, type Result } from '../domain/errors.js';
import type { Store } from '../storage/index.js';
import { checkParty } from './parties.js';

/** A source as a reader needs it beside a figure: what it is called, who published it, where to read it. */
export interface SourceRef {
  id: string;
  title: string | null;
  outlet: string | null;
  /** The web address; the file it was read from when it has none. */
  link: string | null;
  publishedAt: string | null;
  /** The original when this is a syndicated copy. */
  duplicateOf: string | null;
}

export const sourceRef = (s: LedgerSource): SourceRef => ({ id: s.id, title: s.title, outlet: s.outlet, link: s.url ?? s.path, publishedAt: s.publishedAt, duplicateOf: s.duplicateOf });

const PAGE = 500;

async function sourcesById(store: Store, ids: Iterable<string>): Promise<Map<string, SourceRef>> {
  const wanted = [...new Set(ids)];
  const out = new Map<string, SourceRef>();
  for (let i = 0; i < wanted.length; i += PAGE) for (const s of await store.sources.getMany(wanted.slice(i, i + PAGE))) out.set(s.id, sourceRef(s));
  return out;
}

/** The sources behind each event, in the order of its claims, each once. */
export async function sourcesOfEvents(store: Store, events: readonly LedgerEvent[]): Promise<Map<string, SourceRef[]>> {
  const claims = new Map<string, LedgerClaim>();
  const ids = events.flatMap((e) => e.claimIds);
  for (let i = 0; i < ids.length; i += PAGE) for (const c of await store.claims.getMany(ids.slice(i, i + PAGE))) claims.set(c.id, c);
  const sources = await sourcesById(store, [...claims.values()].map((c) => c.sourceId));
  const out = new Map<string, SourceRef[]>();
  for (const e of events) {
    const own = [...new Set(e.claimIds.map((c) => claims.get(c)?.sourceId).filter((s): s is string => s !== undefined))];
    out.set(e.id, own.map((s) => sources.get(s)).filter((s): s is SourceRef => s !== undefined));
  }
  return out;
}

/** The sources behind each review item: an event's sources, or a claim's own. */
export async function sourcesOfItems(store: Store, items: readonly { id: string; event?: LedgerEvent; claim?: LedgerClaim }[]): Promise<Map<string, SourceRef[]>> {
  const byEvent = await sourcesOfEvents(store, items.flatMap((i) => (i.event ? [i.event] : [])));
  const byClaim = await sourcesById(store, items.flatMap((i) => (i.claim ? [i.claim.sourceId] : [])));
  const out = new Map<string, SourceRef[]>();
  for (const i of items) {
    if (i.event) out.set(i.id, byEvent.get(i.event.id) ?? []);
    else if (i.claim) out.set(i.id, [byClaim.get(i.claim.sourceId)].filter((s): s is SourceRef => s !== undefined));
  }
  return out;
}

/** What the lists of sources and claims may be narrowed to. */
export interface SourceQuery {
  /** Words in the outlet's name (case ignored). */
  outlet?: string | undefined;
  /** A party (slug, name or alias) a claim names as giver, receiver or speaker. */
  party?: string | undefined;
  /** A claim kind: event, cumulative, plan, confirmation. */
  kind?: string | undefined;
  /** YYYY-MM-DD: claims dated (sources published) on or after. */
  from?: string | undefined;
  /** YYYY-MM-DD: claims dated (sources published) on or before. */
  to?: string | undefined;
  /** Only the claims of this event (ev_…), or the sources behind it. */
  event?: string | undefined;
  /** At most this many (default: all). */
  limit?: number | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (d: string) => DAY.test(d) && !Number.isNaN(Date.parse(d)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

function checkSourceQuery(q: SourceQuery): Result<SourceQuery> {
  const issues: Issue[] = [];
  const bad = (path: string, message: string) => issues.push({ code: 'INPUT_INVALID', path, message });
  const out = { ...q };
  if (q.kind !== undefined && !(CLAIM_KINDS as readonly string[]).includes(q.kind)) bad('kind', `kind must be one of ${CLAIM_KINDS.join(', ')}, got "${q.kind}"`);
  if (q.from !== undefined && !realDay(q.from)) bad('from', `from must be a real day as YYYY-MM-DD, got "${q.from}"`);
  if (q.to !== undefined && !realDay(q.to)) bad('to', `to must be a real day as YYYY-MM-DD, got "${q.to}"`);
  if (q.event !== undefined && !/^ev_[A-Za-z0-9_-]{1,64}$/.test(q.event)) bad('event', `event must be an event id (ev_…), got "${q.event}"`);
  if (q.limit !== undefined && (!Number.isInteger(q.limit) || q.limit < 0)) bad('limit', `limit must be a whole number, got ${q.limit}`);
  if (q.party !== undefined) {
    const found = checkParty('party', q.party);
    if (found.ok) out.party = found.value;
    else issues.push(found.error);
  }
  return issues.length > 0 ? failAll(issues) : ok(out);
}

/** A claim as the claims list shows it: the claim, its source and the event that counts it. */
export interface ClaimRow {
  claim: LedgerClaim;
  source: SourceRef | null;
  /** The event holding it; null for running totals, plans and claims set aside. */
  eventId: string | null;
}

/** A source as the sources list shows it, with how many of its claims pass the filters. */
export interface SourceRow extends SourceRef {
  language: string;
  format: LedgerSource['format'];
  ingestedAt: string;
  claims: number;
  /** The events its claims are counted in. */
  eventIds: string[];
}

const dayOf = (c: LedgerClaim) => c.date?.start ?? c.publishedAt ?? null;

async function* claimsOf(store: Store, q: SourceQuery): AsyncGenerator<LedgerClaim> {
  if (q.event !== undefined) {
    const event = await store.events.get(q.event);
    if (!event) return;
    yield* await store.claims.getMany(event.claimIds);
    return;
  }
  for (let after: string | null = null; ; ) {
    const page: LedgerClaim[] = await store.claims.page(after, PAGE);
    yield* page;
    if (page.length < PAGE) return;
    after = page.at(-1)!.id;
  }
}

function claimPasses(c: LedgerClaim, q: SourceQuery): boolean {
  if (q.kind !== undefined && c.kind !== q.kind) return false;
  if (q.party !== undefined && c.from !== q.party && c.to !== q.party && c.attribution.party !== q.party) return false;
  if (q.outlet !== undefined && !(c.outlet ?? '').toLowerCase().includes(q.outlet.toLowerCase())) return false;
  const day = dayOf(c);
  if (q.from !== undefined && (day === null || (c.date?.end ?? day) < q.from)) return false;
  if (q.to !== undefined && (day === null || day > q.to)) return false;
  return true;
}

/** Claims passing the filters, in id order, each with its source and event. */
export async function listClaims(store: Store, query: SourceQuery = {}): Promise<Result<ClaimRow[]>> {
  const checked = checkSourceQuery(query);
  if (!checked.ok) return checked;
  const q = checked.value;
  const claims: LedgerClaim[] = [];
  for await (const c of claimsOf(store, q)) {
    if (!claimPasses(c, q)) continue;
    claims.push(c);
    if (q.limit !== undefined && q.limit > 0 && claims.length >= q.limit) break;
  }
  claims.sort((a, b) => (dayOf(a) ?? '') .localeCompare(dayOf(b) ?? '') || a.id.localeCompare(b.id));
  const sources = await sourcesById(store, claims.map((c) => c.sourceId));
  const events = await eventsOfClaims(store, claims.map((c) => c.id));
  return ok(claims.map((claim) => ({ claim, source: sources.get(claim.sourceId) ?? null, eventId: events.get(claim.id) ?? null })));
}

async function eventsOfClaims(store: Store, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += PAGE) for (const [c, e] of await store.events.idsOfClaims(ids.slice(i, i + PAGE))) out.set(c, e);
  return out;
}

/**
 * Sources with at least one claim passing the filters (every source when none is given but the
 * outlet), newest publication first. Dates filter on the source's claims' dates, as the claims list does.
 */
export async function listSources(store: Store, query: SourceQuery = {}): Promise<Result<SourceRow[]>> {
  const checked = checkSourceQuery(query);
  if (!checked.ok) return checked;
  const q = checked.value;
  const perSource = new Map<string, LedgerClaim[]>();
  for await (const c of claimsOf(store, q)) {
    if (!claimPasses(c, q)) continue;
    const list = perSource.get(c.sourceId);
    if (list) list.push(c);
    else perSource.set(c.sourceId, [c]);
  }
  const claimFilters = q.party !== undefined || q.kind !== undefined || q.from !== undefined || q.to !== undefined || q.event !== undefined;
  const rows: SourceRow[] = [];
  const events = await eventsOfClaims(store, [...perSource.values()].flat().map((c) => c.id));
  const add = (s: LedgerSource) => {
    const own = perSource.get(s.id) ?? [];
    if (claimFilters && own.length === 0) return;
    if (q.outlet !== undefined && !(s.outlet ?? '').toLowerCase().includes(q.outlet.toLowerCase())) return;
    const eventIds = [...new Set(own.map((c) => events.get(c.id)).filter((e): e is string => e !== undefined))].sort();
    rows.push({ ...sourceRef(s), language: s.language, format: s.format, ingestedAt: s.ingestedAt, claims: own.length, eventIds });
  };
  if (claimFilters) {
    const ids = [...perSource.keys()];
    for (let i = 0; i < ids.length; i += PAGE) for (const s of await store.sources.getMany(ids.slice(i, i + PAGE))) add(s);
  } else {
    for (let after: { ingestedAt: string; id: string } | null = null; ; ) {
      const page: LedgerSource[] = await store.sources.list(after, PAGE);
      for (const s of page) add(s);
      if (page.length < PAGE) break;
      after = { ingestedAt: page.at(-1)!.ingestedAt, id: page.at(-1)!.id };
    }
  }
  rows.sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.id.localeCompare(b.id));
  return ok(q.limit !== undefined && q.limit > 0 ? rows.slice(0, q.limit) : rows);
}
