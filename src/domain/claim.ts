/**
 * The claim: one statement a report makes about a handover. This is the stable,
 * machine-readable format of BRIEF.md; extra fields may be added, none may change meaning.
 */

/** What was handed over. */
export const CATEGORIES = ['remains', 'pow', 'civilians', 'children', 'hostages', 'detainees', 'mixed'] as const;
export type Category = (typeof CATEGORIES)[number];

/** event: it happened; cumulative: a total up to a date; plan: agreed or announced for later; confirmation: confirmed without figures. */
export const CLAIM_KINDS = ['event', 'cumulative', 'plan', 'confirmation'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** How the source qualifies its figure. */
export const QUALIFIERS = ['exact', 'at_least', 'more_than', 'about', 'nearly', 'up_to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A party slug: `russia`, `ukraine`, `hamas` … (see parties.ts). */
export type PartySlug = string;

/** A count kept as an interval: `high` is null when open-ended ("more than 11,000"). */
export interface Count {
  value: number;
  qualifier: Qualifier;
  low: number;
  high: number | null;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** A resolved date as an inclusive ISO range with its precision. */
export interface DateSpan {
  start: string;
  end: string;
  precision: DatePrecision;
}

/** Who said it: a person or body, and the party they speak for. */
export interface Attribution {
  speaker: string | null;
  party: PartySlug | null;
}

/** The sentence a claim came from, with offsets into the clean text (UTF-16 code units). */
export interface Evidence {
  sentence: string;
  start: number;
  end: number;
}

export interface Claim {
  kind: ClaimKind;
  category: Category;
  /** Party that handed over; null when the text names none (or a two-way total). */
  from: PartySlug | null;
  /** Party that received; null when the text names none (or a two-way total). */
  to: PartySlug | null;
  count: Count | null;
  date: DateSpan | null;
  attribution: Attribution;
  agreement: string | null;
  mediator: string | null;
  evidence: Evidence;
  /** Seriously wounded or sick prisoners (category pow). */
  wounded: boolean;
  /** Index (in the same result) of the total this figure is a part of ("including 120 civilians"). */
  partOf: number | null;
  /** Both directions summed into one figure ("372 return home"), from/to null. */
  twoWay: boolean;
  /** 0..1: how sure the extractor is; reviewers look at low values first. */
  confidence: number;
  /** Machine notes for reviewers, e.g. `headline`, `probable-cumulative`. */
  flags: string[];
}

/** What the extractor knows about the document a claim came from. */
export interface SourceInfo {
  title: string | null;
  language: string;
  /**
   * How the extractor read the language: with its own table, with the tables of related languages or
   * of its script (every claim then a low-confidence proposal for review), or not at all (no table
   * reads its script: the report says nothing to the extractor, whatever it holds), or not past the
   * screen (`screened-out`: no word about an exchange in any language's table, so the report holds
   * no claim; its language was not detected, and is "und" or what the page declares).
   */
  reading?: 'own-table' | 'related-tables' | 'unreadable' | 'screened-out';
  publishedAt: string | null;
  path?: string;
  url?: string;
}

/** One JSON object per source: the format other tools score. */
export interface ExtractionResult {
  source: SourceInfo;
  claims: Claim[];
}

/** Interval bounds for a figure with its qualifier. */
export function countOf(value: number, qualifier: Qualifier): Count {
  switch (qualifier) {
    case 'exact':
      return { value, qualifier, low: value, high: value };
    case 'at_least':
    case 'more_than':
      // BRIEF.md keeps "more than 11,000" as [11000, –]: the stated figure is the floor a reader can cite.
      return { value, qualifier, low: value, high: null };
    case 'about':
      // "about 1,200": kept as the figure; a tenth either way is the usual reading of a rounded count.
      return { value, qualifier, low: Math.floor(value * 0.9), high: Math.ceil(value * 1.1) };
    case 'nearly':
      return { value, qualifier, low: Math.floor(value * 0.9), high: value };
    case 'up_to':
      return { value, qualifier, low: 0, high: value };
  }
}
