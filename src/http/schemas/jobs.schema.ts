/** Jobs in the API: large work with progress and per-item results. */
import { Type } from '@sinclair/typebox';
import { JOB_ITEM_STATUSES, JOB_STATUSES } from '../../domain/index.js';
import { Nullable, Open } from './common.schema.js';

const Enum = <T extends readonly string[]>(values: T, description: string) => Type.Union(values.map((v) => Type.Literal(v)), { description });

export const JobStatus = Enum(JOB_STATUSES, 'queued: waiting for a worker; running: a worker has taken items; done: every item has a result; failed: the job could not run; cancelled');
export const JobItemStatus = Enum(JOB_ITEM_STATUSES, 'pending: not done yet; done; failed (the result says why); cancelled');

export const JobProgress = Open(
  {
    total: Type.Integer(),
    finished: Type.Integer({ description: 'items with a result, failed or not' }),
    pending: Type.Integer(),
    done: Type.Integer(),
    failed: Type.Integer(),
    cancelled: Type.Integer(),
    outcomes: Type.Record(Type.String(), Type.Integer(), { description: "finished items by the kind's outcome (stored, duplicate, no-claims, failed …)" }),
  },
  { $id: 'JobProgress' },
);

export const Job = Open(
  {
    id: Type.String({ description: 'job_…' }),
    kind: Type.String({ description: 'what the job does: ingest, or a kind another part registers (a feed poll)' }),
    status: JobStatus,
    params: Type.Record(Type.String(), Type.Unknown()),
    createdAt: Type.String(),
    createdBy: Type.String(),
    startedAt: Nullable(Type.String()),
    finishedAt: Nullable(Type.String()),
    error: Nullable(Type.String({ description: 'why the job as a whole failed; an item says why it failed in its result' })),
    progress: Type.Ref('JobProgress'),
  },
  { $id: 'Job' },
);

export const JobItem = Open(
  {
    seq: Type.Integer({ description: 'position in the job, from 0' }),
    name: Type.String({ description: 'a file name or an address' }),
    status: JobItemStatus,
    outcome: Nullable(Type.String({ description: "the kind's one word: stored, duplicate, near-duplicate, no-claims, failed …" })),
    result: Type.Unknown({ description: "the kind's whole result: for ingest, the IngestOutcome" }),
    attempts: Type.Integer({ description: 'how many times a worker took it (more than 1 after a worker died or the ledger was busy)' }),
    finishedAt: Nullable(Type.String()),
  },
  { $id: 'JobItem' },
);

export const JobsPage = Open({ jobs: Type.Array(Type.Ref('Job')), next: Nullable(Type.String()) }, { $id: 'JobsPage' });

export const JobDetail = Open(
  {
    job: Type.Ref('Job'),
    items: Type.Array(Type.Ref('JobItem')),
    next: Nullable(Type.Integer({ description: 'pass as `after` for the next page of items; null on the last' })),
    links: Open({ self: Type.String(), cancel: Type.String() }),
  },
  { $id: 'JobDetail' },
);

export const JobAccepted = Open(
  { job: Type.Ref('Job'), links: Open({ self: Type.String({ description: 'follow the job here' }) }) },
  { $id: 'JobAccepted', description: 'The work was accepted as a job: follow it at links.self.' },
);

export const JOB_SCHEMAS = [JobProgress, Job, JobItem, JobsPage, JobDetail, JobAccepted];
