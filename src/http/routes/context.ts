import type { JobQueue, Store } from '../../services/index.js';

/** What every group of routes is given. */
export interface RouteContext {
  /** The store that writes (and reads what must be read inside a write). */
  store: Store;
  /** Where reads go: on SQLite a second, read-only connection, so an ingest batch never holds them up. */
  reads: Store;
  /** Where submitted jobs go: the in-process runner (SQLite), or pg-boss (PostgreSQL). */
  jobs: JobQueue;
  /** Whether anonymous reading is on. */
  public: boolean;
}
