/** Jobs: large work (a folder, an upload of many reports, a list of addresses, a feed poll) done item by item. */

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
/** queued: waiting for a worker; running: a worker has taken items; done: every item has a result; failed: the job could not run; cancelled: stopped by a person. */
export type JobStatus = (typeof JOB_STATUSES)[number];

export const JOB_ITEM_STATUSES = ['pending', 'done', 'failed', 'cancelled'] as const;
export type JobItemStatus = (typeof JOB_ITEM_STATUSES)[number];

/** A JSON value as stored in a job's params and an item's payload and result. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface JobProgress {
  total: number;
  /** Items with a result, failed or not. */
  finished: number;
  pending: number;
  done: number;
  failed: number;
  cancelled: number;
  /** Finished items by the kind's one-word outcome (stored, duplicate, no-claims …). */
  outcomes: Record<string, number>;
}

export interface Job {
  id: string;
  kind: string;
  status: JobStatus;
  params: Record<string, JsonValue>;
  createdAt: string;
  createdBy: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Why the job as a whole failed (an item's failure is in its result). */
  error: string | null;
  progress: JobProgress;
}

export interface JobItem {
  seq: number;
  name: string;
  status: JobItemStatus;
  /** The kind's one-word outcome (stored, duplicate …), null while pending. */
  outcome: string | null;
  /** The kind's whole result, null while pending. */
  result: JsonValue | null;
  attempts: number;
  finishedAt: string | null;
}

export const isFinishedJob = (status: JobStatus): boolean => status === 'done' || status === 'failed' || status === 'cancelled';
