/**
 * The demo ledger: real exchanges from the project's reference facts (`data/demo-ledger.json`, built
 * by `scripts/build-demo.ts` from facts-public.json), turned into sources, claims and events so a
 * newcomer sees a real ledger at once. Facts and source links only: no text of any report.
 *
 * Each source link is a witness: one claim per fact and link, with the link's outlet. The facts do
 * not say who spoke, so claims carry no attribution and events stay `announced`; figures that some
 * outlets gave differently (`alt_counts`) become extra machine claims of the reference facts' own
 * source, so they show in the range and flags but never as best. People checked the facts: link
 * claims and events are accepted, and events locked, so new reports that match them wait for review.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  CATEGORIES,
  type Category,
  type DateSpan,
  type HistoryEntry,
  type LedgerClaim,
  type LedgerEvent,
  type LedgerSource,
  QUALIFIERS,
  type Qualifier,
  type Result,
  failAll,
  countOf,
} from '../domain/index.js';
import { slug } from './claims.js';
import { blankEvent } from './events.js';
import { formatPath } from './export-schema.js';
import { type Actor, historyEntry } from './history.js';
import { eventIdFor, exchangeIdFor, shortHash } from './ids.js';
import { reconcileEvent } from './reconcile.js';

/** One fact: one direction of one exchange, with the links that state it. */
export interface DemoFact {
  /** Stable id: the reference event id, direction and category. */
  id: string;
  /** The reference data's id for the whole exchange (shared by its directions). */
  exchange: string;
  date: DateSpan | null;
  /** How the date was found: `stated`, `inferred`, `source_url_date`, `stated_month` … */
  dateBasis: string | null;
  from: string | null;
  to: string | null;
  /** Both directions in one figure, without direction. */
  twoWay: boolean;
  category: Category;
  wounded: boolean;
  count: number | null;
  qualifier: Qualifier | null;
  /** Figures some outlets gave instead. */
  altCounts: number[];
  agreement: string | null;
  mediators: string[];
  /** Links to the public reports that state it. */
  sources: string[];
}

/** The committed demo file. */
export interface DemoLedgerFile {
  format: 'handover-demo';
  version: 1;
  /** Where the facts came from. */
  origin: string;
  facts: DemoFact[];
}

// ---- From the reference data (facts-public.json) to demo facts --------------------------------

const publicRowSchema = z.object({
  event_id: z.string().min(1),
  date: z.string().nullable(),
  date_basis: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  category: z.enum([...CATEGORIES, 'wounded_pow']),
  count: z.number().int().nonnegative().nullable(),
  qualifier: z.enum(QUALIFIERS).nullable(),
  agreement: z.string().nullable(),
  mediator: z.string().nullable(),
  sources: z.array(z.url()),
  alt_counts: z.array(z.number().int().nonnegative()).optional(),
});

/** Party names in the reference data → slugs. The coalition side of Yemen is folded into `yemeni-government`. */
const PARTIES: Record<string, string> = {
  Russia: 'russia',
  Ukraine: 'ukraine',
  Israel: 'israel',
  Hamas: 'hamas',
  ELN: 'eln',
  Colombia: 'colombia',
  Armenia: 'armenia',
  Azerbaijan: 'azerbaijan',
  RSF: 'rsf',
  SAF: 'saf',
  Houthis: 'houthis',
  'Yemeni government / Saudi-led coalition': 'yemeni-government',
};

/** Agreement labels → slugs; the three Istanbul rounds of 2025 are one framework. */
const AGREEMENTS: [RegExp, string][] = [
  [/istanbul/i, 'istanbul-2025'],
  [/geneva 2026/i, 'geneva-2026'],
  [/gaza ceasefire.*jan 2025/i, 'gaza-ceasefire-2025-01'],
  [/gaza ceasefire.*oct 2025/i, 'gaza-ceasefire-2025-10'],
  [/bern agreement/i, 'bern-2023'],
  [/nov 2020 ceasefire/i, 'karabakh-ceasefire-2020'],
  [/7 dec 2023/i, 'armenia-azerbaijan-2023-12'],
];

const MEDIATORS: Record<string, string> = { "UN envoy's office": 'un', 'United States': 'united-states' };

function partyOf(name: string | null): string | null {
  if (name === null || name === 'both') return null;
  return PARTIES[name] ?? slug(name);
}

function agreementOf(label: string | null): string | null {
  if (label === null) return null;
  return AGREEMENTS.find(([re]) => re.test(label))?.[1] ?? slug(label);
}

function mediatorsOf(label: string | null): string[] {
  if (label === null) return [];
  return label
    .split(';')
    .map((m) => m.replace(/\(.*?\)/g, '').trim())
    .filter((m) => m.length > 0)
    .map((m) => MEDIATORS[m] ?? slug(m))
    .filter((m, i, all) => all.indexOf(m) === i);
}

function lastDay(ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  return `${ym}-${String(new Date(Date.UTC(y!, m!, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** `2025-06-11` (a day), `2022-06` (a month), `2023-04-14/2023-04-16` (a range of days). */
export function dateOfFact(value: string | null): DateSpan | null {
  if (value === null) return null;
  const range = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (range) return { start: range[1]!, end: range[2]!, precision: 'day' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { start: value, end: value, precision: 'day' };
  if (/^\d{4}-\d{2}$/.test(value)) return { start: `${value}-01`, end: lastDay(value), precision: 'month' };
  if (/^\d{4}$/.test(value)) return { start: `${value}-01-01`, end: `${value}-12-31`, precision: 'year' };
  return null;
}

/**
 * Converts the reference rows into demo facts: one row per direction; `both` rows become two-way
 * facts; `wounded_pow` becomes pow with the wounded flag. Notes are left out (they are prose, and one
 * names a person). Fails with every bad row and its path.
 */
export function factsFromPublic(rows: unknown, origin = 'facts-public.json'): Result<DemoLedgerFile> {
  const parsed = z.array(publicRowSchema).safeParse(rows);
  if (!parsed.success) {
    return failAll(parsed.error.issues.map((i) => ({ code: 'DEMO_INVALID', message: `${formatPath(i.path)}: ${i.message}`, path: formatPath(i.path) })));
  }
  const seen = new Map<string, number>();
  const facts = parsed.data.map((r): DemoFact => {
    const wounded = r.category === 'wounded_pow';
    const category: Category = wounded ? 'pow' : (r.category as Category);
    const from = partyOf(r.from);
    const to = partyOf(r.to);
    const twoWay = r.from === 'both' || r.to === 'both';
    const base = `${r.event_id}:${twoWay ? 'both' : `${from ?? 'unknown'}>${to ?? 'unknown'}`}:${category}${wounded ? '+wounded' : ''}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      id: n === 1 ? base : `${base}#${n}`,
      exchange: r.event_id,
      date: dateOfFact(r.date),
      dateBasis: r.date_basis,
      from,
      to,
      twoWay,
      category,
      wounded,
      count: r.count,
      qualifier: r.count === null ? null : (r.qualifier ?? 'exact'),
      altCounts: r.alt_counts ?? [],
      agreement: agreementOf(r.agreement),
      mediators: mediatorsOf(r.mediator),
      sources: [...new Set(r.sources)],
    };
  });
  return { ok: true, value: { format: 'handover-demo', version: 1, origin, facts } };
}

// ---- From demo facts to a ledger ---------------------------------------------------------------

const dateSpanSchema = z.object({ start: z.iso.date(), end: z.iso.date(), precision: z.enum(['day', 'week', 'month', 'year']) });

/** The schema of `data/demo-ledger.json`. */
export const demoLedgerFileSchema = z.object({
  format: z.literal('handover-demo'),
  version: z.literal(1),
  origin: z.string(),
  facts: z.array(
    z.object({
      id: z.string().min(1),
      exchange: z.string().min(1),
      date: dateSpanSchema.nullable(),
      dateBasis: z.string().nullable(),
      from: z.string().nullable(),
      to: z.string().nullable(),
      twoWay: z.boolean(),
      category: z.enum(CATEGORIES),
      wounded: z.boolean(),
      count: z.number().int().nonnegative().nullable(),
      qualifier: z.enum(QUALIFIERS).nullable(),
      altCounts: z.array(z.number().int().nonnegative()),
      agreement: z.string().nullable(),
      mediators: z.array(z.string()),
      sources: z.array(z.string().min(1)),
    }),
  ),
});

/** Reads the demo file, reporting every problem with its path. */
export function parseDemoLedgerFile(input: unknown): Result<DemoLedgerFile> {
  const parsed = demoLedgerFileSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return failAll(parsed.error.issues.map((i) => ({ code: 'DEMO_INVALID', message: `${formatPath(i.path)}: ${i.message}`, path: formatPath(i.path) })));
}

export interface DemoLedger {
  sources: LedgerSource[];
  claims: LedgerClaim[];
  events: LedgerEvent[];
  /** One `import` entry per source, claim and event. */
  history: HistoryEntry[];
}

function outletOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

const FACTS_SOURCE_KEY = 'handover-reference-facts';

function factsSource(file: DemoLedgerFile, at: string): LedgerSource {
  return {
    id: `src_${shortHash(FACTS_SOURCE_KEY)}`,
    contentHash: createHash('sha256').update(FACTS_SOURCE_KEY).digest('hex'),
    title: 'Handover reference facts: figures some outlets gave differently',
    language: 'en',
    publishedAt: null,
    outlet: file.origin,
    url: null,
    path: 'data/demo-ledger.json',
    format: 'facts',
    duplicateOf: null,
    ingestedAt: at,
  };
}

/**
 * Turns demo facts into a ledger: a source per link (no bytes, so its content hash is the hash of
 * the URL), a claim per fact and link, an event per fact reconciled from its claims, and the two
 * directions of each reference exchange linked by one exchange id.
 */
export function demoLedger(file: DemoLedgerFile, who: Actor): DemoLedger {
  const at = who.at;
  const sources = new Map<string, LedgerSource>();
  const claims: LedgerClaim[] = [];
  const events: LedgerEvent[] = [];
  const perExchange = new Map<string, number>();
  for (const f of file.facts) perExchange.set(f.exchange, (perExchange.get(f.exchange) ?? 0) + 1);

  for (const fact of file.facts) {
    const own: LedgerClaim[] = [];
    const base = {
      kind: 'event' as const,
      category: fact.category,
      from: fact.twoWay ? null : fact.from,
      to: fact.twoWay ? null : fact.to,
      date: fact.date,
      attribution: { speaker: null, party: null },
      agreement: fact.agreement,
      mediator: fact.mediators.length > 0 ? fact.mediators.join(', ') : null,
      evidence: { sentence: '', start: 0, end: 0 },
      wounded: fact.wounded,
      partOf: null,
      twoWay: fact.twoWay,
      publishedAt: null,
      duplicateOf: null,
    };
    const flags = ['demo', ...(fact.dateBasis && fact.dateBasis !== 'stated' ? [`date-${fact.dateBasis.replace(/_/g, '-')}`] : [])];
    for (const url of fact.sources) {
      if (!sources.has(url)) {
        sources.set(url, {
          id: `src_${shortHash(url)}`,
          contentHash: createHash('sha256').update(url).digest('hex'),
          title: null,
          language: 'und',
          publishedAt: null,
          outlet: outletOf(url),
          url,
          path: null,
          format: 'facts',
          duplicateOf: null,
          ingestedAt: at,
        });
      }
      own.push({
        ...base,
        id: `cl_${shortHash(`${fact.id}|${url}`)}`,
        sourceId: sources.get(url)!.id,
        review: 'accepted',
        outlet: outletOf(url),
        count: fact.count === null ? null : countOf(fact.count, fact.qualifier ?? 'exact'),
        confidence: 1,
        flags,
      });
    }
    for (const alt of fact.altCounts) {
      const src = factsSource(file, at);
      sources.set(FACTS_SOURCE_KEY, src);
      own.push({
        ...base,
        id: `cl_${shortHash(`${fact.id}|alt|${alt}`)}`,
        sourceId: src.id,
        review: 'machine',
        outlet: file.origin,
        count: countOf(alt, 'exact'),
        confidence: 0.5,
        flags: [...flags, 'alternative-figure'],
      });
    }
    if (own.length === 0) continue;
    claims.push(...own);
    const founder = own[0]!;
    const shared = (perExchange.get(fact.exchange) ?? 0) > 1 || fact.twoWay;
    // The reference facts were checked by people: their events are accepted and locked.
    const event = reconcileEvent(
      {
        ...blankEvent(eventIdFor(founder.id), founder),
        claimIds: own.map((c) => c.id),
        exchangeId: shared ? exchangeIdFor(fact.exchange) : null,
        review: 'accepted',
        locked: true,
      },
      own,
    );
    events.push(event);
  }
  const history = [
    ...[...sources.values()].map((s) => historyEntry(who, 'import', 'source', s.id, null, s)),
    ...claims.map((c) => historyEntry(who, 'import', 'claim', c.id, null, c)),
    ...events.map((e) => historyEntry(who, 'import', 'event', e.id, null, e)),
  ];
  return { sources: [...sources.values()], claims, events, history };
}
