/** Storage: one query layer over embedded SQLite and PostgreSQL. Only this folder imports drivers. */
export { resolveStoreConfig, describeConfig, redact, type StoreConfig, type StoreConfigInput } from './config.js';
export { openStore, openReadStore, restoreStore, type Store, type Batch, type MigrationReport, type OpenOptions } from './store.js';
export { dropPostgresSchema } from './connect.js';
export { ledgerExists } from './exists.js';
export type { Capabilities, EngineName } from './capabilities.js';
export type { ReleaseRepository, NewRelease, ReleaseRecordKind } from './repositories.js';
export type { Repositories, EventFilter, EventCursor, EventOrder, TotalsBucket, ClaimFilter, DueDelivery, DeliveryFilter, DeliveryUpdate, PollRecord, WatchItem } from './repositories.js';
export type { NewJobItem, ClaimedJobItem, JobListQuery, ItemResultRow } from './repositories.js';
export { EVENT_ORDERS, compareInOrder, orderKey } from './repositories.js';
export { rowCountsInTotals } from './totals-rollup.js';
export { eventToRow } from './rows.js';
export type { SourceContent } from './rows.js';
export type * from './schema.js';
export { bulkInsert, bulkLoadLedger, writeRollup, analyze } from './bulk.js';
export { checkIntegrity, ledgerContent, type IntegrityReport } from './integrity.js';
export { openChunkQueue, bossSchemaOf, CHUNK_QUEUE, type ChunkQueue, type ChunkMessage, type ChunkQueueOptions } from './pg-queue.js';
