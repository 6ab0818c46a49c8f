/**
 * The repositories over one executor (a connection or a transaction), one file each. Queries are
 * written once for both engines.
 */
import { accountRepository, type AccountRepository } from './account.repository.js';
import { analysisRepository, type AnalysisRepository } from './analysis.repository.js';
import type { Capabilities } from './capabilities.js';
import { claimRepository, type ClaimRepository } from './claim.repository.js';
import { eventRepository, type EventRepository } from './event.repository.js';
import { historyRepository, type HistoryRepository } from './history.repository.js';
import { jobRepository, type JobRepository } from './job.repository.js';
import { lockRepository, type LockRepository } from './lock.repository.js';
import type { Db } from './query-helpers.js';
import { sourceRepository, type SourceRepository } from './source.repository.js';
import { totalsRepository, type TotalsRepository } from './totals.repository.js';
import { webhookRepository, type WebhookRepository } from './webhook.repository.js';
import { releaseRepository, type ReleaseRepository } from './release.repository.js';

export type { ReleaseRepository, NewRelease, ReleaseRecordKind } from './release.repository.js';
export type { SourceRepository, ClaimRepository, EventRepository, TotalsRepository, HistoryRepository, AnalysisRepository, LockRepository, AccountRepository, WebhookRepository, WatchRepository };
import { watchRepository, type WatchRepository } from './watch.repository.js';
export type { PollRecord, WatchItem } from './watch.repository.js';
export type { DueDelivery, DeliveryFilter, DeliveryUpdate } from './webhook.repository.js';
export type { JobRepository };
export type { NewJobItem, ClaimedJobItem, JobListQuery, ItemResultRow } from './job.repository.js';
export type { NewUser, UserChange } from './account.repository.js';
export type { ClaimFilter, PendingEntry } from './claim.repository.js';
export type { EventFilter, EventCursor, EventOrder, CoverQuery } from './event.repository.js';
export { EVENT_ORDERS, compareInOrder, orderKey } from './event.repository.js';
export type { TotalsBucket } from './totals.repository.js';
export type { StoredSourceText } from './source.repository.js';

export interface Repositories {
  sources: SourceRepository;
  claims: ClaimRepository;
  events: EventRepository;
  totals: TotalsRepository;
  history: HistoryRepository;
  analysis: AnalysisRepository;
  locks: LockRepository;
  accounts: AccountRepository;
  webhooks: WebhookRepository;
  releases: ReleaseRepository;
  jobs: JobRepository;
  watches: WatchRepository;
}

export function repositories(db: Db, caps: Capabilities): Repositories {
  return {
    sources: sourceRepository(db, caps),
    claims: claimRepository(db, caps),
    events: eventRepository(db, caps),
    totals: totalsRepository(db),
    history: historyRepository(db, caps),
    analysis: analysisRepository(db),
    locks: lockRepository(db, caps),
    accounts: accountRepository(db),
    webhooks: webhookRepository(db),
    releases: releaseRepository(db, caps),
    jobs: jobRepository(db, caps),
    watches: watchRepository(db, caps),
  };
}
