/**
 * Row shapes: what the tables hold, the same on SQLite and PostgreSQL. Domain shapes live in
 * src/domain; rows.ts converts between the two. Booleans are 0/1 integers, dates are ISO text
 * (YYYY-MM-DD) and timestamps ISO text on both engines, so no value changes meaning between them.
 */
import type { Generated } from 'kysely';

/** A report's metadata; its bytes and clean text are in `source_contents`. */
export interface SourceRow {
  id: string;
  content_hash: string;
  title: string | null;
  language: string;
  published_at: string | null;
  outlet: string | null;
  url: string | null;
  path: string | null;
  format: string;
  /** Original source when this is a syndicated near-copy. */
  duplicate_of: string | null;
  /** MinHash signature of the clean text's word shingles (hex). */
  fingerprint: string;
  /** The numerals of the clean text, sorted: a copy keeps them, a different report rarely does. */
  numerals: string;
  ingested_at: string;
  /**
   * The numerals again, on originals that later texts are compared against (null on copies and on
   * texts too short to fingerprint): near-duplicate candidates are looked up by it.
   */
  near_key: string | null;
}

/**
 * A report as received: its bytes and clean text, apart from `sources` so that reads of sources'
 * metadata (every claim read joins them) never step over megabytes (migration 20261207T1710).
 */
export interface SourceContentRow {
  source_id: string;
  raw: Buffer;
  clean_text: string;
}

export interface ClaimRow {
  id: string;
  source_id: string;
  /** Position of the claim in its source's extraction result. */
  ordinal: number;
  kind: string;
  category: string;
  from_party: string | null;
  to_party: string | null;
  count_value: number | null;
  count_qualifier: string | null;
  count_low: number | null;
  count_high: number | null;
  date_start: string | null;
  date_end: string | null;
  date_precision: string | null;
  speaker: string | null;
  speaker_party: string | null;
  agreement: string | null;
  mediator: string | null;
  evidence_sentence: string;
  evidence_start: number;
  evidence_end: number;
  wounded: number;
  part_of: number | null;
  two_way: number;
  confidence: number;
  /** JSON array of strings. */
  flags: string;
  review: string;
  /** Extra fields an extractor adds beyond the stable format, as JSON (null when none). */
  extra: string | null;
  updated_at: string;
}

export interface EventRow {
  id: string;
  exchange_id: string | null;
  category: string;
  wounded: number;
  from_party: string | null;
  to_party: string | null;
  date_start: string | null;
  date_end: string | null;
  date_precision: string | null;
  /** date_start, or '' when undated: a non-null sort key for keyset pages. */
  sort_date: string;
  fig_low: number | null;
  fig_best: number | null;
  fig_high: number | null;
  status: string;
  agreement: string | null;
  mediator: string | null;
  /** JSON array of strings. */
  flags: string;
  review: string;
  locked: number;
  claim_count: number;
  /** 1 while a machine flag (probable cumulative figure) keeps it out of totals until reviewed. */
  held: number;
  updated_at: string;
}

export interface EventClaimRow {
  event_id: string;
  claim_id: string;
  /** Order of the claim within the event. */
  position: number;
}

/** Append-only: the code has no UPDATE or DELETE for it and triggers refuse them on both engines. */
export interface HistoryRow {
  seq: Generated<number>;
  id: string;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  /** JSON of the entity before the change; null when created. */
  before: string | null;
  /** JSON of the entity after the change; null when removed. */
  after: string | null;
  reason: string | null;
}

/**
 * Sums of event figures per period, direction and category, kept in step with events in the same
 * transaction, so totals read a few thousand rows at most whatever the size of the ledger. Each
 * event counts in three rows: its month, its year and all time. The periods follow the ledger's
 * totals rules (src/ledger/totals.ts): an event whose date spans two months is `undated` by month,
 * and so on.
 */
export interface TotalsPeriodRow {
  /** 'month', 'year' or 'all'. */
  by: string;
  /** YYYY-MM, YYYY, 'all', or 'undated'. */
  period: string;
  category: string;
  /** '' for none. */
  from_party: string;
  to_party: string;
  two_way: number;
  events: number;
  /** Sum of low (a figure's low, else its best). */
  low: number;
  best: number;
  /** Sum of the known highs; open_high counts events whose high is open or unknown. */
  high: number;
  open_high: number;
}

/** A plan claim's progress as last computed by the ledger rules. */
export interface PlanRow {
  plan_claim_id: string;
  /** JSON PlanProgress. */
  progress: string;
  updated_at: string;
}

/** A cumulative claim checked against the events it covers, as last computed. */
export interface CumulativeCheckRow {
  claim_id: string;
  /** JSON CumulativeCheck. */
  check_json: string;
  difference: number | null;
  updated_at: string;
}

/** A claim the grouping set aside: to retry (no event to confirm yet) or for a person (matches a locked event). */
export interface PendingClaimRow {
  claim_id: string;
  reason: string;
  event_id: string | null;
  anchor: string | null;
  since: string;
}

/** One row: a number that changes whenever the totals roll-up does. */
export interface LedgerVersionRow {
  id: number;
  totals: number;
}

/** A person who may use the HTTP API: name, role, and an argon2 password hash (null: tokens only). */
export interface UserRow {
  id: string;
  name: string;
  /** 'admin', 'reviewer', 'contributor' or 'reader'. */
  role: string;
  password_hash: string | null;
  disabled: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** A script's API token: only the sha256 of its secret is kept; it is shown once when made. */
export interface ApiTokenRow {
  id: string;
  user_id: string;
  label: string;
  secret_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** A browser session: the cookie's sha256, its CSRF token and when it ends. */
export interface SessionRow {
  id_hash: string;
  user_id: string;
  csrf: string;
  created_at: string;
  expires_at: string;
}

/** A subscription: where to POST, which kinds, the signing secret; removed hooks stay for their log. */
export interface WebhookRow {
  id: string;
  url: string;
  /** Kinds, comma-separated. */
  events: string;
  secret: string;
  created_at: string;
  created_by: string;
  removed_at: string | null;
}

/** One notification for one hook: the outbox and the delivery log in one row. */
export interface WebhookDeliveryRow {
  id: string;
  webhook_id: string;
  kind: string;
  payload: string;
  /** 'pending', 'delivered', 'failed' or 'cancelled'. */
  status: string;
  attempts: number;
  next_attempt_at: string | null;
  last_status: number | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

/** A published release: immutable, numbered, dated, with the hash of its data (append-only). */
export interface ReleaseRow {
  n: number;
  created_at: string;
  created_by: string;
  note: string | null;
  /** The last history entry (seq) the release includes. */
  history_seq: number;
  /** sha256 of the release's JSON export, hex. */
  content_hash: string;
  /** JSON ReleaseManifest: the sha256 of every file the release is rendered as. */
  manifest: string;
  /** JSON ReleaseDiff against the release before. */
  summary: string;
}

/** One frozen record of a release: an event, claim, source (metadata) or set-aside claim, as JSON (append-only). */
export interface ReleaseRecordRow {
  release_n: number;
  /** 'event', 'claim', 'source' or 'pending'. */
  kind: string;
  /** Position in the release's exports. */
  ord: number;
  id: string;
  data: string;
}

/** An Ed25519 signature of a release's manifest (append-only). */
export interface ReleaseSignatureRow {
  release_n: number;
  /** The first 16 hex digits of the sha256 of the public key (DER). */
  key_id: string;
  /** PEM. */
  public_key: string;
  /** base64. */
  signature: string;
  signed_at: string;
  signed_by: string;
}

/** How far `handover changes apply` has read an origin's change feed. */
export interface MirrorOriginRow {
  origin: string;
  cursor: string;
  updated_at: string;
}

/** A job: large work done item by item, by whichever worker takes it (migration 20261207T2000). */
export interface JobRow {
  id: string;
  kind: string;
  /** queued, running, done, failed, cancelled. */
  status: string;
  /** JSON: what the kind needs besides the items. */
  params: string;
  total: number;
  created_at: string;
  created_by: string;
  started_at: string | null;
  finished_at: string | null;
  error: string | null;
}

/** One unit of a job; its result is written in the transaction that stores what it made. */
export interface JobItemRow {
  job_id: string;
  seq: number;
  name: string;
  /** JSON: what the kind needs to do this item. */
  payload: string;
  /** The item's bytes when it carries them (an upload); cleared once it is done. */
  bytes: Buffer | null;
  /** pending, done, failed, cancelled. */
  status: string;
  /** The kind's one-word result (stored, duplicate, …), for counts. */
  outcome: string | null;
  /** JSON: the kind's whole result. */
  result: string | null;
  attempts: number;
  lease_owner: string | null;
  /** ISO timestamp until which lease_owner holds the item. */
  lease_until: string | null;
  finished_at: string | null;
}

/** A followed source: an address polled on a schedule, its validators and counts. */
export interface WatchRow {
  id: string;
  url: string;
  every_seconds: number;
  outlet: string | null;
  channel: string | null;
  title: string | null;
  created_at: string;
  created_by: string;
  next_poll_at: string;
  last_polled_at: string | null;
  last_status: string | null;
  last_error: string | null;
  etag: string | null;
  last_modified: string | null;
  polls: number;
  items_seen: number;
  sources_new: number;
  claims_new: number;
}

/** An item of a followed source already read (a feed's guid, a channel's message): not fetched or stored again. */
export interface WatchItemRow {
  watch_id: string;
  item_key: string;
  link: string | null;
  source_id: string | null;
  seen_at: string;
}

export interface Database {
  releases: ReleaseRow;
  release_records: ReleaseRecordRow;
  release_signatures: ReleaseSignatureRow;
  mirror_origins: MirrorOriginRow;
  sources: SourceRow;
  source_contents: SourceContentRow;
  claims: ClaimRow;
  events: EventRow;
  event_claims: EventClaimRow;
  history: HistoryRow;
  totals_periods: TotalsPeriodRow;
  plans: PlanRow;
  cumulative_checks: CumulativeCheckRow;
  pending_claims: PendingClaimRow;
  ledger_version: LedgerVersionRow;
  users: UserRow;
  api_tokens: ApiTokenRow;
  sessions: SessionRow;
  webhooks: WebhookRow;
  webhook_deliveries: WebhookDeliveryRow;
  jobs: JobRow;
  job_items: JobItemRow;
  watches: WatchRow;
  watch_items: WatchItemRow;
}

