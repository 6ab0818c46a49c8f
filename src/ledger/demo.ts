/**
 * The demo ledger: real exchanges from the project's reference facts (`data/demo-ledger.json`, built
 * by `scripts/build-demo.ts` from facts-public.json), turned into sources, claims and events so a
 * newcomer sees a real ledger at once. Facts and source links only: no text of any report.
 *
 * Each source link is a witness: one claim per fact and link, with the link's outlet. Where the
 * reference data says who gave a figure (a side, a mediator, an official), the claim carries that
 * speaker and party and, where the sides disagree, each side's own figure, so some events are
 * confirmed and some disputed; elsewhere the outlet is the speaker and no party is named. Every claim
 * carries a paraphrase, in our words, of what was said (flag `paraphrase`), never a report's text.
 * Running totals and plans the reference data records are claims too, checked against the events.
 * People checked the facts: link claims are accepted, and events accepted and locked, except where
 * the figures disagree: those wait for review, as do the running totals and plans.
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
import { partyBySlug } from '../domain/parties.js';
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

/** Who gave a fact's figure (or the other side's figure for it), and what they said, in our words. */
export interface DemoStatement {
  /** The fact's id. */
  fact: string;
  /** The fact's link that carries the statement; null: only the reference data records it. */
  source: string | null;
  speaker: string;
  party: string | null;
  /** The figure this speaker gave; absent: the fact's own. */
  count?: number | null;
  qualifier?: Qualifier;
  /** A paraphrase of what was said, written for the demo. */
  said: string;
}

/** A running total or a plan the reference data records beside the exchanges. */
export interface DemoExtra {
  id: string;
  kind: 'cumulative' | 'plan';
  category: Category;
  from: string | null;
  to: string | null;
  twoWay: boolean;
  count: number | null;
  qualifier: Qualifier;
  /** As the reference data writes dates: a day, a month, or `start/end`; for a running total, the day it runs to. */
  date: string | null;
  /** Where a running total starts (YYYY, YYYY-MM or YYYY-MM-DD); null: the whole war. */
  since: string | null;
  /** When it was said. */
  publishedAt: string;
  speaker: string;
  party: string | null;
  /** A link that carries it, or null: the reference data records it. */
  source: string | null;
  agreement: string | null;
  mediator: string | null;
  said: string;
}

/** The committed demo file. */
export interface DemoLedgerFile {
  format: 'handover-demo';
  version: 1;
  /** Where the facts came from. */
  origin: string;
  facts: DemoFact[];
  /** Who said what about the facts (absent in files written before statements). */
  statements?: DemoStatement[];
  /** Running totals and plans. */
  extra?: DemoExtra[];
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
  statements: z
    .array(
      z.object({
        fact: z.string().min(1),
        source: z.string().min(1).nullable(),
        speaker: z.string().min(1),
        party: z.string().min(1).nullable(),
        count: z.number().int().nonnegative().nullable().optional(),
        qualifier: z.enum(QUALIFIERS).optional(),
        said: z.string().min(1),
      }),
    )
    .optional(),
  extra: z
    .array(
      z.object({
        id: z.string().min(1),
        kind: z.enum(['cumulative', 'plan']),
        category: z.enum(CATEGORIES),
        from: z.string().nullable(),
        to: z.string().nullable(),
        twoWay: z.boolean(),
        count: z.number().int().nonnegative().nullable(),
        qualifier: z.enum(QUALIFIERS),
        date: z.string().nullable(),
        since: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
        publishedAt: z.iso.date(),
        speaker: z.string().min(1),
        party: z.string().min(1).nullable(),
        source: z.string().min(1).nullable(),
        agreement: z.string().nullable(),
        mediator: z.string().nullable(),
        said: z.string().min(1),
      }),
    )
    .optional(),
});

/** Reads the demo file, reporting every problem with its path. */
export function parseDemoLedgerFile(input: unknown): Result<DemoLedgerFile> {
  const parsed = demoLedgerFileSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data as DemoLedgerFile };
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

/** How readers know the outlets the reference data links to most; the others by their address. */
const OUTLET_NAMES: Record<string, string> = {
  'tass.com': 'TASS',
  'pravda.com.ua': 'Ukrainska Pravda',
  'japannews.yomiuri.co.jp': 'The Japan News (Reuters)',
  'aljazeera.com': 'Al Jazeera',
  'apnews.com': 'AP',
  'english.alarabiya.net': 'Al Arabiya',
  'english.alaraby.co.uk': 'The New Arab',
  'en.interfax.com.ua': 'Interfax-Ukraine',
  'newsukraine.rbc.ua': 'RBC-Ukraine',
  'rbc.ua': 'RBC-Ukraine',
  'gazeta.ru': 'Gazeta.ru',
  'tvzvezda.ru': 'Zvezda TV',
  'tvc.ru': 'TV Centre',
  'riamo.ru': 'RIAMO',
  'wam.ae': 'WAM (Emirates News Agency)',
  'euronews.com': 'Euronews',
  'politico.eu': 'Politico Europe',
  'trtworld.com': 'TRT World',
  'hurriyetdailynews.com': 'Hürriyet Daily News',
  'icrc.org': 'ICRC',
  'avarchives.icrc.org': 'ICRC archives',
  'middleeastmonitor.com': 'Middle East Monitor',
  'news.liga.net': 'LIGA.net',
  'babel.ua': 'Babel',
  'censor.net': 'Censor.net',
  'unn.ua': 'UNN',
  'ukranews.com': 'Ukrainian News',
  'news.online.ua': 'Online.ua',
  'news.ru': 'News.ru',
  'm24.ru': 'M24',
  'news.by': 'News.by',
  'zawya.com': 'Zawya',
  'devdiscourse.com': 'Devdiscourse',
  'outlookindia.com': 'Outlook India',
  'geo.tv': 'Geo News',
  'fbcnews.com.fj': 'FBC News',
};

const outletName = (url: string): string | null => {
  const host = outletOf(url);
  return host === null ? null : (OUTLET_NAMES[host] ?? host);
};

const NOUNS: Record<Category, string> = {
  remains: 'bodies of the fallen',
  pow: 'prisoners of war',
  civilians: 'civilians',
  children: 'children',
  hostages: 'hostages',
  detainees: 'detainees',
  mixed: 'people, soldiers and civilians together',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayText = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

function whenText(d: DateSpan | null): string {
  if (d === null) return ' (the reports give no date)';
  if (d.precision === 'month') return ` in ${MONTHS[Number(d.start.slice(5, 7)) - 1]} ${d.start.slice(0, 4)}`;
  if (d.precision === 'year') return ` in ${d.start.slice(0, 4)}`;
  return d.start === d.end ? ` on ${dayText(d.start)}` : ` between ${dayText(d.start)} and ${dayText(d.end)}`;
}

function figureWords(count: number | null, qualifier: Qualifier | null): string {
  if (count === null) return 'an undisclosed number of';
  const n = count.toLocaleString('en-US');
  const q = qualifier ?? 'exact';
  return q === 'exact' ? n : `${{ at_least: 'at least', more_than: 'more than', about: 'about', nearly: 'nearly', up_to: 'up to' }[q]} ${n}`;
}

/** A plain restatement of a fact, for a link whose speaker the reference data does not name. */
export function paraphraseOf(fact: DemoFact): string {
  const noun = fact.wounded ? 'seriously wounded prisoners of war' : NOUNS[fact.category];
  // "the" before bodies and unions named as such: the International Committee of the Red Cross, the United Arab Emirates.
  const withArticle = (name: string) => (/^(International|United|African)\b/.test(name) ? `the ${name}` : name);
  const mediated = fact.mediators.length > 0 ? `, with ${fact.mediators.map((m) => withArticle(partyBySlug(m)?.name ?? m)).join(' and ')} mediating` : '';
  const what = `${figureWords(fact.count, fact.qualifier)} ${noun}`;
  if (fact.twoWay || fact.from === null || fact.to === null) {
    return fact.twoWay ? `Both sides freed ${what} in a swap${whenText(fact.date)}${mediated}.` : `${what[0]!.toUpperCase()}${what.slice(1)} were handed over${whenText(fact.date)}${mediated}; the report does not say by whom.`;
  }
  const name = (p: string) => partyBySlug(p)?.name ?? p;
  return `The report says ${name(fact.from)} handed ${what} to ${name(fact.to)}${whenText(fact.date)}${mediated}.`;
}

const FACTS_SOURCE_KEY = 'handover-reference-facts';

function factsSource(file: DemoLedgerFile, at: string): LedgerSource {
  return {
    id: `src_${shortHash(FACTS_SOURCE_KEY)}`,
    contentHash: createHash('sha256').update(FACTS_SOURCE_KEY).digest('hex'),
    title: 'Handover reference facts: figures, who gave them and where outlets differ',
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

/** The reference data's record of one running total or plan, dated the day it was said. */
const extraSource = (x: DemoExtra, at: string): LedgerSource => ({
  id: `src_${shortHash(`${FACTS_SOURCE_KEY}|${x.id}`)}`,
  contentHash: createHash('sha256').update(`${FACTS_SOURCE_KEY}|${x.id}`).digest('hex'),
  title: `Handover reference facts: ${x.kind === 'plan' ? 'a plan' : 'a running total'} stated on ${dayText(x.publishedAt)}`,
  language: 'en',
  publishedAt: x.publishedAt,
  outlet: 'facts-public.json',
  url: null,
  path: 'data/demo-ledger.json',
  format: 'facts',
  duplicateOf: null,
  ingestedAt: at,
});

const linkSource = (url: string, at: string, publishedAt: string | null): LedgerSource => ({
  id: `src_${shortHash(url)}`,
  contentHash: createHash('sha256').update(url).digest('hex'),
  title: null,
  language: 'und',
  publishedAt,
  outlet: outletName(url),
  url,
  path: null,
  format: 'facts',
  duplicateOf: null,
  ingestedAt: at,
});

/**
 * Turns demo facts into a ledger: a source per link (no bytes, so its content hash is the hash of
 * the URL), a claim per fact and link (or per statement the link carries), an event per fact
 * reconciled from its claims, the two directions of each reference exchange linked by one exchange
 * id, and a claim per running total and plan.
 */
export function demoLedger(file: DemoLedgerFile, who: Actor): DemoLedger {
  const at = who.at;
  const sources = new Map<string, LedgerSource>();
  const claims: LedgerClaim[] = [];
  const events: LedgerEvent[] = [];
  const perExchange = new Map<string, number>();
  for (const f of file.facts) perExchange.set(f.exchange, (perExchange.get(f.exchange) ?? 0) + 1);
  const statementsOf = new Map<string, DemoStatement[]>();
  for (const st of file.statements ?? []) statementsOf.set(st.fact, [...(statementsOf.get(st.fact) ?? []), st]);
  const reference = () => {
    const src = factsSource(file, at);
    sources.set(FACTS_SOURCE_KEY, src);
    return src;
  };
  // A link that states a running total or plan is dated the day it was said; other links carry no date.
  const saidOn = new Map((file.extra ?? []).flatMap((x) => (x.source === null ? [] : [[x.source, x.publishedAt] as const])));
  const sourceFor = (url: string) => {
    if (!sources.has(url)) sources.set(url, linkSource(url, at, saidOn.get(url) ?? null));
    return sources.get(url)!;
  };

  for (const fact of file.facts) {
    const own: LedgerClaim[] = [];
    const base = {
      kind: 'event' as const,
      category: fact.category,
      from: fact.twoWay ? null : fact.from,
      to: fact.twoWay ? null : fact.to,
      date: fact.date,
      agreement: fact.agreement,
      mediator: fact.mediators.length > 0 ? fact.mediators.join(', ') : null,
      wounded: fact.wounded,
      partOf: null,
      twoWay: fact.twoWay,
      publishedAt: null,
      duplicateOf: null,
      review: 'accepted' as const,
      confidence: 1,
    };
    const flags = ['demo', 'paraphrase', ...(fact.dateBasis && fact.dateBasis !== 'stated' ? [`date-${fact.dateBasis.replace(/_/g, '-')}`] : [])];
    const said = (text: string) => ({ sentence: text, start: 0, end: 0 });
    const statements = statementsOf.get(fact.id) ?? [];
    for (const url of fact.sources) {
      const src = sourceFor(url);
      const carried = statements.filter((st) => st.source === url);
      if (carried.length === 0) {
        own.push({
          ...base,
          id: `cl_${shortHash(`${fact.id}|${url}`)}`,
          sourceId: src.id,
          outlet: src.outlet,
          publishedAt: src.publishedAt,
          attribution: { speaker: src.outlet, party: null },
          evidence: said(paraphraseOf(fact)),
          count: fact.count === null ? null : countOf(fact.count, fact.qualifier ?? 'exact'),
          flags,
        });
      }
      carried.forEach((st, i) => {
        const count = st.count === undefined ? fact.count : st.count;
        own.push({
          ...base,
          id: `cl_${shortHash(`${fact.id}|${url}${i === 0 ? '' : `|${i}`}`)}`,
          sourceId: src.id,
          outlet: src.outlet,
          publishedAt: src.publishedAt,
          attribution: { speaker: st.speaker, party: st.party },
          evidence: said(st.said),
          count: count === null ? null : countOf(count, st.qualifier ?? (st.count === undefined ? (fact.qualifier ?? 'exact') : 'exact')),
          flags,
        });
      });
    }
    statements
      .filter((st) => st.source === null)
      .forEach((st, i) => {
        const src = reference();
        const count = st.count === undefined ? fact.count : st.count;
        own.push({
          ...base,
          id: `cl_${shortHash(`${fact.id}|said|${i}`)}`,
          sourceId: src.id,
          outlet: src.outlet,
          attribution: { speaker: st.speaker, party: st.party },
          evidence: said(st.said),
          count: count === null ? null : countOf(count, st.qualifier ?? (st.count === undefined ? (fact.qualifier ?? 'exact') : 'exact')),
          flags,
        });
      });
    const given = new Set(own.map((c) => c.count?.value));
    for (const alt of fact.altCounts.filter((a) => !given.has(a))) {
      const src = reference();
      own.push({
        ...base,
        id: `cl_${shortHash(`${fact.id}|alt|${alt}`)}`,
        sourceId: src.id,
        review: 'machine',
        outlet: file.origin,
        attribution: { speaker: 'another outlet', party: null },
        evidence: said(`Another outlet gave ${alt.toLocaleString('en-US')} for the same handover.`),
        count: countOf(alt, 'exact'),
        confidence: 0.5,
        flags: [...flags, 'alternative-figure'],
      });
    }
    if (own.length === 0) continue;
    claims.push(...own);
    const founder = own[0]!;
    const shared = (perExchange.get(fact.exchange) ?? 0) > 1 || fact.twoWay;
    const event = reconcileEvent(
      { ...blankEvent(eventIdFor(founder.id), founder), claimIds: own.map((c) => c.id), exchangeId: shared ? exchangeIdFor(fact.exchange) : null },
      own,
    );
    // The reference facts were checked by people: their events are accepted and locked, except
    // where the figures disagree, which a person should see in review.
    const disagree = event.status === 'disputed' || event.flags.some((f) => f.startsWith('figures-differ:'));
    events.push(disagree ? event : { ...event, review: 'accepted', locked: true });
  }

  for (const x of file.extra ?? []) {
    // A running total or plan is read as of the day it was said: its source carries that day.
    const src = x.source === null ? extraSource(x, at) : sourceFor(x.source);
    sources.set(x.source ?? `extra|${x.id}`, src);
    const date = dateOfFact(x.date);
    claims.push({
      id: `cl_${shortHash(`extra|${x.id}`)}`,
      sourceId: src.id,
      kind: x.kind,
      category: x.category,
      from: x.from,
      to: x.to,
      count: x.count === null ? null : countOf(x.count, x.qualifier),
      date,
      attribution: { speaker: x.speaker, party: x.party },
      agreement: x.agreement,
      mediator: x.mediator,
      evidence: { sentence: x.said, start: 0, end: 0 },
      wounded: false,
      partOf: null,
      twoWay: x.twoWay,
      confidence: 1,
      flags: ['demo', 'paraphrase', ...(x.twoWay ? ['two-way'] : []), ...(x.since === null ? [] : [`since:${x.since}`])],
      // A person should look at whether the ledger matches what was said.
      review: 'machine',
      publishedAt: src.publishedAt,
      outlet: src.outlet,
      duplicateOf: null,
    });
  }
  const history = [
    ...[...sources.values()].map((s) => historyEntry(who, 'import', 'source', s.id, null, s)),
    ...claims.map((c) => historyEntry(who, 'import', 'claim', c.id, null, c)),
    ...events.map((e) => historyEntry(who, 'import', 'event', e.id, null, e)),
  ];
  return { sources: [...sources.values()], claims, events, history };
}
