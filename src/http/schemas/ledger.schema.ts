/** The ledger's records as the API returns them: the domain's shapes plus a version where a person acts on them. */
import { Type } from '@sinclair/typebox';
import { CATEGORIES, CLAIM_KINDS, EVENT_STATUSES, HISTORY_ACTIONS, QUALIFIERS, REVIEW_STATES } from '../../domain/index.js';
import { Nullable, Open, Version } from './common.schema.js';

/** A string from a fixed list: an `enum` in the schema, a union of literals in TypeScript. */
export const Enum = <T extends readonly string[]>(values: T, description: string) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });

export const Category = Enum(CATEGORIES, 'what was handed over');
export const ClaimKind = Enum(CLAIM_KINDS, 'event, cumulative, plan or confirmation');
export const Qualifier = Enum(QUALIFIERS, "how the source qualifies its figure");
export const Review = Enum(REVIEW_STATES, 'who has looked at it: the machine only, or a person');
export const Status = Enum(EVENT_STATUSES, 'announced: one side; confirmed: both sides or a mediator; disputed: the figures disagree');
const Party = Nullable(Type.String({ description: 'party slug' }));

export const Count = Open({ value: Type.Number(), qualifier: Qualifier, low: Type.Number(), high: Nullable(Type.Number({ description: 'null: open-ended' })) }, { $id: 'Count' });
export const DateSpan = Open({ start: Type.String(), end: Type.String(), precision: Enum(['day', 'week', 'month', 'year'] as const, 'how precise') }, { $id: 'DateSpan' });
export const Figure = Open({ low: Nullable(Type.Number()), best: Nullable(Type.Number()), high: Nullable(Type.Number()) }, { $id: 'Figure' });

export const Claim = Open(
  {
    id: Type.String({ description: 'cl_…' }),
    sourceId: Type.String({ description: 'src_…: the report it was read from' }),
    kind: Enum(CLAIM_KINDS, 'event, cumulative, plan or confirmation'),
    category: Category,
    from: Party,
    to: Party,
    count: Nullable(Type.Ref('Count')),
    date: Nullable(Type.Ref('DateSpan')),
    attribution: Open({ speaker: Nullable(Type.String()), party: Party }),
    agreement: Nullable(Type.String()),
    mediator: Nullable(Type.String()),
    evidence: Open({ sentence: Type.String({ description: 'the sentence the figure came from' }), start: Type.Integer(), end: Type.Integer() }),
    wounded: Type.Boolean(),
    partOf: Nullable(Type.Integer()),
    twoWay: Type.Boolean(),
    confidence: Type.Number(),
    flags: Type.Array(Type.String()),
    review: Review,
    publishedAt: Nullable(Type.String()),
    outlet: Nullable(Type.String()),
    duplicateOf: Nullable(Type.String()),
    version: Type.Optional(Version),
  },
  { $id: 'Claim', description: 'One statement of a report, with the sentence it came from.' },
);

export const Event = Open(
  {
    id: Type.String({ description: 'ev_…' }),
    exchangeId: Nullable(Type.String({ description: 'shared by the two directions of one swap' })),
    category: Category,
    wounded: Type.Boolean(),
    from: Party,
    to: Party,
    date: Nullable(Type.Ref('DateSpan')),
    figure: Type.Ref('Figure'),
    status: Status,
    claimIds: Type.Array(Type.String()),
    agreement: Nullable(Type.String()),
    mediator: Nullable(Type.String()),
    flags: Type.Array(Type.String()),
    review: Review,
    locked: Type.Boolean({ description: 'a person decided on it: the machine no longer regroups it' }),
    version: Type.Optional(Version),
  },
  { $id: 'Event', description: 'One real handover in one direction on one date, built from one or more claims.' },
);

export const Source = Open(
  {
    id: Type.String({ description: 'src_…' }),
    contentHash: Type.String({ description: 'sha256 of the bytes as received' }),
    title: Nullable(Type.String()),
    language: Type.String(),
    publishedAt: Nullable(Type.String()),
    outlet: Nullable(Type.String()),
    url: Nullable(Type.String()),
    path: Nullable(Type.String()),
    format: Type.String(),
    duplicateOf: Nullable(Type.String({ description: 'the original, when this is a syndicated copy' })),
    ingestedAt: Type.String(),
  },
  { $id: 'Source', description: 'One report as received, stored once.' },
);

export const Witness = Open({ claim: Type.Ref('Claim'), source: Nullable(Type.Ref('Source')), link: Nullable(Type.String({ description: 'the API path of the source' })) }, { $id: 'Witness' });

export const EventDetail = Open(
  {
    event: Type.Ref('Event'),
    witnesses: Type.Array(Type.Ref('Witness'), { description: 'each claim with its source: the figures side by side with their quotes' }),
    exchange: Type.Array(Type.Ref('Event'), { description: 'the other direction(s) of the same exchange' }),
  },
  { $id: 'EventDetail' },
);

export const EventsPage = Open(
  { events: Type.Array(Type.Ref('Event')), next: Nullable(Type.String({ description: 'pass as `cursor` for the next page; null at the end' })) },
  { $id: 'EventsPage' },
);

export const ClaimsPage = Open({ claims: Type.Array(Type.Ref('Claim')), next: Nullable(Type.String()) }, { $id: 'ClaimsPage' });
export const SourcesPage = Open({ sources: Type.Array(Type.Ref('Source')), next: Nullable(Type.String()) }, { $id: 'SourcesPage' });

export const SourceDetail = Open(
  {
    source: Type.Ref('Source'),
    claims: Type.Array(Type.Intersect([Type.Ref('Claim'), Type.Object({ eventId: Nullable(Type.String({ description: 'the event the claim belongs to (ev_…); null when in none' })) })])),
    links: Open({ text: Type.String({ description: 'the clean text' }), raw: Type.String({ description: 'the bytes as received' }) }),
  },
  { $id: 'SourceDetail' },
);

const Cell = {
  period: Type.String({ description: 'YYYY-MM, YYYY, all, or undated' }),
  category: Category,
  from: Party,
  to: Party,
  twoWay: Type.Boolean(),
  events: Type.Integer(),
};

export const Totals = Open(
  {
    by: Enum(['month', 'year', 'all'] as const, 'the period'),
    rows: Type.Array(Open({ ...Cell, sum: Type.Ref('Figure'), running: Type.Ref('Figure') })),
    ratios: Type.Array(
      Open({
        period: Type.String(),
        category: Category,
        a: Type.String(),
        b: Type.String(),
        aToB: Type.Number(),
        bToA: Type.Number(),
        ratio: Nullable(Type.Number()),
        runningAToB: Type.Number(),
        runningBToA: Type.Number(),
        runningRatio: Nullable(Type.Number()),
      }),
    ),
    excludedEventIds: Type.Array(Type.String(), { description: 'held out of totals until reviewed' }),
  },
  { $id: 'Totals', description: 'Running totals per direction and category with low / best / high; a month-by-month reading is the timeline.' },
);

export const Checks = Open(
  {
    cumulative: Type.Array(
      Open({
        claimId: Type.String(),
        reported: Nullable(Type.Ref('Count')),
        asOf: Nullable(Type.String()),
        since: Nullable(Type.String()),
        eventIds: Type.Array(Type.String()),
        ledgerSum: Type.Ref('Figure'),
        difference: Nullable(Type.Number()),
        sentence: Type.String(),
      }),
    ),
    plans: Type.Array(
      Open({
        planClaimId: Type.String(),
        eventIds: Type.Array(Type.String()),
        planned: Nullable(Type.Ref('Count')),
        delivered: Type.Number(),
        outstanding: Nullable(Type.Number({ description: 'planned − delivered; null when the plan has no figure' })),
      }),
    ),
    flags: Type.Array(Open({ entity: Type.String(), entityId: Type.String(), code: Type.String(), message: Type.String() })),
  },
  { $id: 'Checks', description: 'Plans against what was delivered, and cumulative figures against the sum of the events they cover.' },
);

export const HistoryEntry = Open(
  {
    id: Type.String(),
    at: Type.String({ description: 'ISO timestamp' }),
    actor: Type.String({ description: "'machine' or the account that acted" }),
    action: Enum(HISTORY_ACTIONS, 'what was done'),
    entity: Type.String(),
    entityId: Type.String(),
    before: Type.Unknown({ description: 'the record before; null when created' }),
    after: Type.Unknown({ description: 'the record after; null when removed' }),
    reason: Nullable(Type.String()),
  },
  { $id: 'HistoryEntry' },
);

export const ReviewItem = Open(
  {
    entity: Enum(['event', 'claim'] as const, 'what waits'),
    id: Type.String(),
    why: Type.String(),
    version: Version,
    event: Type.Optional(Type.Ref('Event')),
    claim: Type.Optional(Type.Ref('Claim')),
  },
  { $id: 'ReviewItem' },
);

export const ReviewChange = Open(
  {
    changed: Type.Array(Type.String(), { description: 'ids changed, first the one acted on' }),
    history: Type.Array(Type.Ref('HistoryEntry')),
    versions: Type.Record(Type.String(), Version),
    notes: Type.Optional(Type.Array(Type.String(), { description: 'what the change did beyond the record acted on (an event withdrawn or made), or why a decided claim counts in no event' })),
  },
  { $id: 'ReviewChange' },
);

export const Party_ = Open(
  { slug: Type.String(), name: Type.String(), kind: Enum(['side', 'mediator'] as const, 'a side hands over or receives; a mediator brokers'), aliases: Type.Array(Type.String()) },
  { $id: 'Party' },
);

export const IngestOutcome = Open(
  {
    status: Enum(['stored', 'duplicate', 'near-duplicate', 'no-claims', 'failed'] as const, 'what became of the report'),
    sourceId: Nullable(Type.String()),
    claims: Type.Integer(),
    events: Type.Array(Type.String()),
    duplicateOf: Nullable(Type.String()),
    reason: Nullable(Type.String()),
    code: Nullable(Type.String()),
  },
  { $id: 'IngestOutcome' },
);

/** Every shared schema, registered once so routes and the OpenAPI document refer to them by name. */
export const LEDGER_SCHEMAS = [Count, DateSpan, Figure, Claim, Event, Source, Witness, EventDetail, EventsPage, ClaimsPage, SourcesPage, SourceDetail, Totals, Checks, HistoryEntry, ReviewItem, ReviewChange, Party_, IngestOutcome];
