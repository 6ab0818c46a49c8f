/**
 * The ledger: sources, claims as stored, events reconciled from them, and the history of
 * every change. Pure types; the rules live in `src/ledger/`, the rows in `src/storage/`.
 */
import type { Category, Claim, Count, DateSpan, PartySlug } from './claim.js';

/** Who has looked at a claim or event: the machine only, or a person who accepted, corrected or rejected it. */
export const REVIEW_STATES = ['machine', 'accepted', 'corrected', 'rejected'] as const;
/** The review states of events that count: what a timeline shows unless it is asked for the rejected too. */
export const COUNTED_REVIEW_STATES: readonly ReviewState[] = ['machine', 'accepted', 'corrected'];
export type ReviewState = (typeof REVIEW_STATES)[number];

/** announced: one side's claims only; confirmed: both parties or a mediator; disputed: parties' figures disagree beyond rounding. */
export const EVENT_STATUSES = ['announced', 'confirmed', 'disputed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** One document as received, stored once. */
export interface LedgerSource {
  /** Stable id, e.g. `src_` + a prefix of the content hash. */
  id: string;
  /** sha256 of the raw bytes, hex: the same bytes are never stored twice. */
  contentHash: string;
  /** Title from the page metadata or first line, when there is one. */
  title: string | null;
  /** ISO 639-1 code or "und". */
  language: string;
  /** YYYY-MM-DD publication date, when known. */
  publishedAt: string | null;
  /** Who published it (agency, channel, ministry site …). */
  outlet: string | null;
  /** Where it was found on the web. */
  url: string | null;
  /** Where it was read from on disk, when ingested from a file. */
  path: string | null;
  /** What the bytes were. */
  format: 'html' | 'text' | 'feed' | 'channel' | 'facts';
  /** Id of the original when this is a syndicated near-copy: it is not a second witness. */
  duplicateOf: string | null;
  /** ISO timestamp of ingest. */
  ingestedAt: string;
}

/** A claim as stored in the ledger: the extractor's claim plus identity, review state and the source fields reconciliation needs. */
export interface LedgerClaim extends Claim {
  /** Stable id, e.g. `cl_` + a short hash of source id and claim index. */
  id: string;
  /** The source it was read from. */
  sourceId: string;
  /** Review state; a corrected claim carries its corrected values in place (the originals stay in history). */
  review: ReviewState;
  /** The source's publication date (stands in for `date` when the claim has none). */
  publishedAt: string | null;
  /** The source's outlet. */
  outlet: string | null;
  /** The source's `duplicateOf`: a syndicated copy does not count as another witness. */
  duplicateOf: string | null;
}

/** A reconciled figure: null where the claims give no basis for it; `high` null also when open-ended. */
export interface Figure {
  low: number | null;
  best: number | null;
  high: number | null;
}

/**
 * Machine notes on an event for reviewers. Besides these, two flags carry values:
 * `disputed:PARTY=N;PARTY=N` (the conflicting figures) and `figures-differ:N;N` (unattributed reports disagree).
 */
export const EVENT_FLAGS = [
  'probable-cumulative',
  'disputed-figures',
  'no-figure',
  'single-source',
  'date-from-publication',
  'two-way',
] as const;
export type EventFlag = (typeof EVENT_FLAGS)[number];

/** One real handover in one direction on one date, built from one or more claims. */
export interface LedgerEvent {
  /** Stable id: `ev_` + a short hash of the first claim id. */
  id: string;
  /** Shared by the two directions of one swap (`ex_` + hash); null until paired or when one-way. */
  exchangeId: string | null;
  category: Category;
  /** Seriously wounded POWs. */
  wounded: boolean;
  /** Party that handed over. */
  from: PartySlug | null;
  /** Party that received. */
  to: PartySlug | null;
  /** When it happened, as precise as the claims allow. */
  date: DateSpan | null;
  /** Reconciled low / best / high. */
  figure: Figure;
  status: EventStatus;
  /** Claims that describe this event, events and confirmations alike. */
  claimIds: string[];
  /** Framework it belongs to (`istanbul-2025`), when any claim names one. */
  agreement: string | null;
  /** Third party that brokered or carried it out, when any claim names one. */
  mediator: string | null;
  /** Machine notes: `probable-cumulative`, `disputed-figures`, `no-figure`, `disputed:ukraine=1000,russia=900` … */
  flags: string[];
  review: ReviewState;
  /** True once a person accepted, corrected, merged or split it: the machine no longer regroups it. */
  locked: boolean;
}

/** Flags that keep a machine-made event out of totals until a person looks at it. */
export const HOLDING_FLAGS: readonly string[] = ['probable-cumulative'];

/** Whether a machine-made event waits out of totals for a person (a probable running total). */
export function isHeld(event: Pick<LedgerEvent, 'review' | 'flags'>): boolean {
  return event.review === 'machine' && event.flags.some((f) => HOLDING_FLAGS.includes(f));
}

/**
 * The one rule of what counts in totals: an event neither rejected nor held. The roll-up in storage
 * stores `isHeld` in its `held` column and applies this same rule to rows (a test proves they agree).
 */
export function countsInTotals(event: Pick<LedgerEvent, 'review' | 'flags'>): boolean {
  return event.review !== 'rejected' && !isHeld(event);
}

/** A plan ("will transfer 6,000 bodies") against the events that delivered it. */
export interface PlanProgress {
  /** The plan claim. */
  planClaimId: string;
  /** Events of the same direction and category within the horizon after the plan. */
  eventIds: string[];
  /** What was planned. */
  planned: Count | null;
  /** Sum of the delivering events' best figures. */
  delivered: number;
  /** planned - delivered, never below zero; null when the plan has no figure. */
  outstanding: number | null;
}

/** A cumulative claim ("more than 11,000 this year") checked against the sum of events it covers. */
export interface CumulativeCheck {
  /** The cumulative claim. */
  claimId: string;
  /** What the claim reports. */
  reported: Count | null;
  /** YYYY-MM-DD up to which the total runs. */
  asOf: string | null;
  /** YYYY-MM-DD from which the total runs; null for the whole war. */
  since: string | null;
  /** Events inside the window, same direction and category. */
  eventIds: string[];
  /** Sum of those events' figures. */
  ledgerSum: Figure;
  /** reported value - ledger best sum: positive means the ledger misses events. */
  difference: number | null;
  /** e.g. "reported more than 11,000 by December 2025; the ledger holds 9,212 in 11 events: about 1,800 unaccounted". */
  sentence: string;
}

/** Something waiting for a person: an entity with a reason. */
export interface ReviewFlag {
  entity: 'claim' | 'event';
  entityId: string;
  /** Stable code, e.g. `probable-cumulative`, `disputed-figures`, `low-confidence`. */
  code: string;
  /** One human sentence. */
  message: string;
}

/** What a history entry did. */
export const HISTORY_ACTIONS = [
  'ingest',
  'create',
  'update',
  'attach',
  'detach',
  'accept',
  'reject',
  'correct',
  'merge',
  'split',
  'import',
  'undo',
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/** One append-only entry: who changed what, when, from what to what, and why. */
export interface HistoryEntry {
  /** Stable id (`h_` + …). */
  id: string;
  /** ISO timestamp. */
  at: string;
  /** 'machine' or a person's name. */
  actor: string;
  action: HistoryAction;
  entity: 'source' | 'claim' | 'event';
  entityId: string;
  /** The entity before the change; null when it was created. */
  before: unknown | null;
  /** The entity after the change; null when it was removed. */
  after: unknown | null;
  /** Why, in the actor's words; null for machine routine. */
  reason: string | null;
}

/** A source's body as the JSON export carries it. */
export interface SourceBody {
  /** sha256 of the raw bytes, hex: the importer refuses bytes that do not hash to it. */
  sha256: string;
  /** The raw bytes as received, base64. */
  base64: string;
  /** The clean text the claims' evidence offsets point into. */
  text: string;
}

/** A source in the JSON export: its metadata and, from version 2 on, its body. */
export interface ExportedSource extends LedgerSource {
  /** The body; null when the ledger keeps none (demo facts, sources imported from a version 1 file). Absent in version 1 files. */
  content?: SourceBody | null;
}

/** A claim the grouping set aside, waiting for an event or a person. */
export interface PendingClaim {
  claimId: string;
  /** `no-event-to-confirm` or `matches-locked-event`. */
  reason: string;
  /** The locked event it matched, if any. */
  eventId: string | null;
  /** The date it is retried around (its date's start or its publication date). */
  anchor: string | null;
  /** ISO timestamp of when it was set aside. */
  since: string;
}

/** The JSON export: everything `handover import` needs to rebuild the ledger losslessly. */
export interface LedgerExport {
  /** Always `handover-ledger`. */
  format: 'handover-ledger';
  /** Format version: 2 carries source bodies and claims set aside; 1 (metadata only) is still read. */
  version: 1 | 2;
  /** ISO timestamp of the export. */
  exportedAt: string;
  sources: ExportedSource[];
  claims: LedgerClaim[];
  events: LedgerEvent[];
  history: HistoryEntry[];
  /** Claims set aside (version 2). */
  pending?: PendingClaim[];
}

/** One period, category and direction of the totals, and how many events are counted in it. */
export interface PeriodCell {
  /** YYYY-MM, YYYY, 'all' or 'undated' (events without a date precise enough for the period). */
  period: string;
  category: Category;
  from: string | null;
  to: string | null;
  /** A two-way total (both directions in one figure). */
  twoWay: boolean;
  events: number;
}

/**
 * The sums of one period, category and direction: a store's roll-up of the counted events, from
 * which the ledger's totals are made without reading the events again.
 */
export interface PeriodSums extends PeriodCell {
  low: number;
  best: number;
  high: number;
  /** How many of the events have an open or unknown high: then the sum's high is open (null). */
  openHigh: number;
}
