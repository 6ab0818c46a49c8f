/** Small explicit conversions between row shapes (schema.ts) and domain shapes (src/domain). */
import type {
  Category,
  ClaimKind,
  Count,
  DatePrecision,
  DateSpan,
  LedgerClaim,
  LedgerEvent,
  LedgerSource,
  EventStatus,
  HistoryAction,
  HistoryEntry,
  Qualifier,
  ReviewState,
} from '../domain/index.js';
import { isHeld } from '../domain/index.js';
import { snapshotText } from '../domain/snapshot.js';
import type { ClaimRow, EventRow, HistoryRow, SourceContentRow, SourceRow } from './schema.js';

/** The source's own fields that claims read through a join. */
export interface ClaimSourceFields {
  published_at: string | null;
  outlet: string | null;
  duplicate_of: string | null;
}

export type SourceMeta = Omit<SourceRow, 'fingerprint' | 'numerals' | 'near_key'>;

export function sourceFromRow(row: SourceMeta): LedgerSource {
  return {
    id: row.id,
    contentHash: row.content_hash,
    title: row.title,
    language: row.language,
    publishedAt: row.published_at,
    outlet: row.outlet,
    url: row.url,
    path: row.path,
    format: row.format as LedgerSource['format'],
    duplicateOf: row.duplicate_of,
    ingestedAt: row.ingested_at,
  };
}

export interface SourceContent {
  raw: Uint8Array;
  cleanText: string;
  fingerprint: string;
  numerals: string;
  /** What later texts look this one up by as a possible original (near-duplicate.ts), or null when none should. */
  nearKey: string | null;
}

export function sourceContentToRow(sourceId: string, content: Pick<SourceContent, 'raw' | 'cleanText'>): SourceContentRow {
  return { source_id: sourceId, raw: Buffer.from(content.raw.buffer, content.raw.byteOffset, content.raw.byteLength), clean_text: content.cleanText };
}

export function sourceToRow(source: LedgerSource, content: Omit<SourceContent, 'raw' | 'cleanText'>): SourceRow {
  return {
    id: source.id,
    content_hash: source.contentHash,
    title: source.title,
    language: source.language,
    published_at: source.publishedAt,
    outlet: source.outlet,
    url: source.url,
    path: source.path,
    format: source.format,
    duplicate_of: source.duplicateOf,
    fingerprint: content.fingerprint,
    numerals: content.numerals,
    ingested_at: source.ingestedAt,
    near_key: content.nearKey,
  };
}

const STABLE_CLAIM_KEYS = new Set<string>([
  'id', 'sourceId', 'review', 'publishedAt', 'outlet', 'duplicateOf', 'kind', 'category', 'from', 'to', 'count',
  'date', 'attribution', 'agreement', 'mediator', 'evidence', 'wounded', 'partOf', 'twoWay', 'confidence', 'flags',
]);

/** Every column of a row type, in a fixed order (the compiler checks none is missing). */
function columnsOf<T>() {
  return <const C extends readonly (keyof T & string)[]>(columns: C & ([Exclude<keyof T, C[number]>] extends [never] ? unknown : never)): C => columns;
}

/** A row read as its values in the order of `columns` (a row packed into one JSON array). */
export function rowFromValues<T>(columns: readonly (keyof T & string)[], values: readonly unknown[]): T {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i];
  return row as T;
}

export const CLAIM_COLUMNS = columnsOf<ClaimRow>()([
  'id', 'source_id', 'ordinal', 'kind', 'category', 'from_party', 'to_party', 'count_value', 'count_qualifier', 'count_low',
  'count_high', 'date_start', 'date_end', 'date_precision', 'speaker', 'speaker_party', 'agreement', 'mediator',
  'evidence_sentence', 'evidence_start', 'evidence_end', 'wounded', 'part_of', 'two_way', 'confidence', 'flags', 'review',
  'extra', 'updated_at',
]);

export const CLAIM_SOURCE_COLUMNS = columnsOf<ClaimSourceFields>()(['published_at', 'outlet', 'duplicate_of']);

export const EVENT_COLUMNS = columnsOf<EventRow>()([
  'id', 'exchange_id', 'category', 'wounded', 'from_party', 'to_party', 'date_start', 'date_end', 'date_precision', 'sort_date',
  'fig_low', 'fig_best', 'fig_high', 'status', 'agreement', 'mediator', 'flags', 'review', 'locked', 'claim_count', 'held',
  'updated_at',
]);

export function claimToRow(claim: LedgerClaim, ordinal: number, updatedAt: string): ClaimRow {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(claim)) if (!STABLE_CLAIM_KEYS.has(key)) extra[key] = value;
  return {
    id: claim.id,
    source_id: claim.sourceId,
    ordinal,
    kind: claim.kind,
    category: claim.category,
    from_party: claim.from,
    to_party: claim.to,
    count_value: claim.count?.value ?? null,
    count_qualifier: claim.count?.qualifier ?? null,
    count_low: claim.count?.low ?? null,
    count_high: claim.count?.high ?? null,
    date_start: claim.date?.start ?? null,
    date_end: claim.date?.end ?? null,
    date_precision: claim.date?.precision ?? null,
    speaker: claim.attribution.speaker,
    speaker_party: claim.attribution.party,
    agreement: claim.agreement,
    mediator: claim.mediator,
    evidence_sentence: claim.evidence.sentence,
    evidence_start: claim.evidence.start,
    evidence_end: claim.evidence.end,
    wounded: claim.wounded ? 1 : 0,
    part_of: claim.partOf,
    two_way: claim.twoWay ? 1 : 0,
    confidence: claim.confidence,
    flags: JSON.stringify(claim.flags),
    review: claim.review,
    extra: Object.keys(extra).length > 0 ? JSON.stringify(extra) : null,
    updated_at: updatedAt,
  };
}

export function claimFromRow(row: ClaimRow & ClaimSourceFields): LedgerClaim {
  const count: Count | null =
    row.count_value === null || row.count_qualifier === null || row.count_low === null
      ? null
      : { value: row.count_value, qualifier: row.count_qualifier as Qualifier, low: row.count_low, high: row.count_high };
  const date: DateSpan | null =
    row.date_start === null || row.date_end === null || row.date_precision === null
      ? null
      : { start: row.date_start, end: row.date_end, precision: row.date_precision as DatePrecision };
  const extra = row.extra === null ? {} : (JSON.parse(row.extra) as Record<string, unknown>);
  return {
    ...extra,
    id: row.id,
    sourceId: row.source_id,
    review: row.review as ReviewState,
    publishedAt: row.published_at,
    outlet: row.outlet,
    duplicateOf: row.duplicate_of,
    kind: row.kind as ClaimKind,
    category: row.category as Category,
    from: row.from_party,
    to: row.to_party,
    count,
    date,
    attribution: { speaker: row.speaker, party: row.speaker_party },
    agreement: row.agreement,
    mediator: row.mediator,
    evidence: { sentence: row.evidence_sentence, start: row.evidence_start, end: row.evidence_end },
    wounded: row.wounded !== 0,
    partOf: row.part_of,
    twoWay: row.two_way !== 0,
    confidence: row.confidence,
    flags: JSON.parse(row.flags) as string[],
  };
}

export function eventToRow(event: LedgerEvent, updatedAt: string): EventRow {
  return {
    id: event.id,
    exchange_id: event.exchangeId,
    category: event.category,
    wounded: event.wounded ? 1 : 0,
    from_party: event.from,
    to_party: event.to,
    date_start: event.date?.start ?? null,
    date_end: event.date?.end ?? null,
    date_precision: event.date?.precision ?? null,
    sort_date: event.date?.start ?? '',
    fig_low: event.figure.low,
    fig_best: event.figure.best,
    fig_high: event.figure.high,
    status: event.status,
    agreement: event.agreement,
    mediator: event.mediator,
    flags: JSON.stringify(event.flags),
    review: event.review,
    locked: event.locked ? 1 : 0,
    claim_count: event.claimIds.length,
    held: isHeld(event) ? 1 : 0,
    updated_at: updatedAt,
  };
}

export function eventFromRow(row: EventRow, claimIds: string[]): LedgerEvent {
  const date: DateSpan | null =
    row.date_start === null || row.date_end === null || row.date_precision === null
      ? null
      : { start: row.date_start, end: row.date_end, precision: row.date_precision as DatePrecision };
  return {
    id: row.id,
    exchangeId: row.exchange_id,
    category: row.category as Category,
    wounded: row.wounded !== 0,
    from: row.from_party,
    to: row.to_party,
    date,
    figure: { low: row.fig_low, best: row.fig_best, high: row.fig_high },
    status: row.status as EventStatus,
    claimIds,
    agreement: row.agreement,
    mediator: row.mediator,
    flags: JSON.parse(row.flags) as string[],
    review: row.review as ReviewState,
    locked: row.locked !== 0,
  };
}

export function historyToRow(entry: HistoryEntry): Omit<HistoryRow, 'seq'> {
  return {
    id: entry.id,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    before: snapshotText(entry.before),
    after: snapshotText(entry.after),
    reason: entry.reason,
  };
}

export function historyFromRow(row: Pick<HistoryRow, 'id' | 'at' | 'actor' | 'action' | 'entity' | 'entity_id' | 'before' | 'after' | 'reason'>): HistoryEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action as HistoryAction,
    entity: row.entity as HistoryEntry['entity'],
    entityId: row.entity_id,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    reason: row.reason,
  };
}
