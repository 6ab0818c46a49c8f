/** Jobs and their items: created whole, taken item by item under a lease, finished with a result. */
import { sql } from 'kysely';
import type { Job, JobItem, JobItemStatus, JobProgress, JobStatus, JsonValue } from '../domain/index.js';
import type { Capabilities } from './capabilities.js';
import { chunksFor, type Db } from './query-helpers.js';
import type { JobItemRow, JobRow } from './schema.js';

export interface NewJobItem {
  name: string;
  payload: JsonValue;
  bytes?: Uint8Array | null;
}

/** An item a worker holds: what it needs to do it. */
export interface ClaimedJobItem {
  jobId: string;
  seq: number;
  name: string;
  payload: JsonValue;
  bytes: Uint8Array | null;
  attempts: number;
}

export interface JobListQuery {
  status?: JobStatus;
  kind?: string;
  /** Jobs created before this one (created_at, id), for paging. */
  before?: { createdAt: string; id: string } | null;
  limit: number;
}

export interface ItemResultRow {
  status: Exclude<JobItemStatus, 'pending'>;
  outcome: string | null;
  result: JsonValue;
}

export interface JobRepository {
  create(job: { id: string; kind: string; params: Record<string, JsonValue>; createdAt: string; createdBy: string }, items: readonly NewJobItem[]): Promise<void>;
  get(id: string): Promise<Job | undefined>;
  list(query: JobListQuery): Promise<Job[]>;
  /** A page of items in order (without their bytes). */
  items(jobId: string, query: { afterSeq: number; limit: number; status?: JobItemStatus }): Promise<JobItem[]>;
  /**
   * Takes the first run of consecutive pending items of `jobId` with seq in [from, to] that no live
   * lease holds (at most `limit`): each gets
   * `owner` and a lease until `until`, and one more attempt. Two callers never get the same item:
   * the update re-reads each row after a concurrent one commits, and skips what that one took.
   */
  claim(jobId: string, range: { from: number; to: number }, owner: string, now: string, until: string, limit: number): Promise<ClaimedJobItem[]>;
  /** Extends the leases `owner` still holds on these items. */
  extendLeases(jobId: string, seqs: readonly number[], owner: string, until: string): Promise<void>;
  /** Gives back the items `owner` holds and has not finished (a worker stopping early). */
  releaseLeases(jobId: string, seqs: readonly number[], owner: string): Promise<void>;
  /** Records an item's result; false when it had one already (another worker finished it). */
  finishItem(jobId: string, seq: number, result: ItemResultRow, at: string): Promise<boolean>;
  /** Pending items in [from, to], and the earliest time one of them is free to take (null: one is free now or none is held). */
  pendingIn(jobId: string, range: { from: number; to: number }, now: string): Promise<{ pending: number; heldUntil: string | null }>;
  /** Jobs that have pending items free to take, oldest first. */
  claimable(now: string, limit: number): Promise<{ id: string; kind: string }[]>;
  /** Moves a job from one of `from` to `to`; false when it was in none of them. */
  setStatus(id: string, from: readonly JobStatus[], to: JobStatus, fields?: { startedAt?: string; finishedAt?: string; error?: string | null }): Promise<boolean>;
  /** Cancels a job that has not finished, and its pending items; false when it had finished. */
  cancel(id: string, at: string): Promise<boolean>;
}

const parse = (text: string | null): JsonValue | null => (text === null ? null : (JSON.parse(text) as JsonValue));

const emptyProgress = (total: number): JobProgress => ({ total, finished: 0, pending: total, done: 0, failed: 0, cancelled: 0, outcomes: {} });

function jobFromRow(r: JobRow, progress: JobProgress): Job {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status as JobStatus,
    params: JSON.parse(r.params) as Record<string, JsonValue>,
    createdAt: r.created_at,
    createdBy: r.created_by,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    error: r.error,
    progress,
  };
}

const itemFromRow = (r: Omit<JobItemRow, 'bytes' | 'payload' | 'lease_owner' | 'lease_until' | 'job_id'>): JobItem => ({
  seq: Number(r.seq),
  name: r.name,
  status: r.status as JobItemStatus,
  outcome: r.outcome,
  result: parse(r.result),
  attempts: Number(r.attempts),
  finishedAt: r.finished_at,
});

const toBuffer = (b: Uint8Array | null | undefined): Buffer | null => (b == null ? null : Buffer.from(b.buffer, b.byteOffset, b.byteLength));

export function jobRepository(db: Db, caps: Capabilities): JobRepository {
  /** Counts of each job's items by status and outcome: progress is read from the items, so it never drifts from them. */
  async function progressOf(jobs: readonly JobRow[]): Promise<Map<string, JobProgress>> {
    const out = new Map(jobs.map((j) => [j.id, emptyProgress(Number(j.total))]));
    if (jobs.length === 0) return out;
    const rows = await db
      .selectFrom('job_items')
      .select(['job_id', 'status', 'outcome', (eb) => eb.fn.countAll().as('n')])
      .where('job_id', 'in', jobs.map((j) => j.id))
      .groupBy(['job_id', 'status', 'outcome'])
      .execute();
    for (const r of rows) {
      const p = out.get(r.job_id)!;
      const n = Number(r.n);
      if (r.status === 'pending') continue;
      p.pending -= n;
      p.finished += n;
      if (r.status === 'done') p.done += n;
      else if (r.status === 'failed') p.failed += n;
      else if (r.status === 'cancelled') p.cancelled += n;
      if (r.outcome !== null) p.outcomes[r.outcome] = (p.outcomes[r.outcome] ?? 0) + n;
    }
    return out;
  }

  return {
    async create(job, items) {
      await db
        .insertInto('jobs')
        .values({ id: job.id, kind: job.kind, status: 'queued', params: JSON.stringify(job.params), total: items.length, created_at: job.createdAt, created_by: job.createdBy, started_at: null, finished_at: null, error: null })
        .execute();
      const rows = items.map((it, seq) => ({ job_id: job.id, seq, name: it.name, payload: JSON.stringify(it.payload), bytes: toBuffer(it.bytes), status: 'pending', attempts: 0 }));
      // Items with bytes are inserted a few at a time: a statement of thousands of reports would hold them all at once.
      const perStatement = items.some((i) => i.bytes) ? 200 : Number.MAX_SAFE_INTEGER;
      for (const part of chunksFor(rows, 7, caps)) {
        for (let i = 0; i < part.length; i += perStatement) await db.insertInto('job_items').values(part.slice(i, i + perStatement)).execute();
      }
    },

    async get(id) {
      const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      return jobFromRow(row, (await progressOf([row])).get(id)!);
    },

    async list(query) {
      let q = db.selectFrom('jobs').selectAll();
      if (query.status) q = q.where('status', '=', query.status);
      if (query.kind) q = q.where('kind', '=', query.kind);
      if (query.before) {
        const { createdAt, id } = query.before;
        q = q.where((eb) => eb.or([eb('created_at', '<', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)])]));
      }
      const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(query.limit).execute();
      const progress = await progressOf(rows);
      return rows.map((r) => jobFromRow(r, progress.get(r.id)!));
    },

    async items(jobId, query) {
      let q = db
        .selectFrom('job_items')
        .select(['seq', 'name', 'status', 'outcome', 'result', 'attempts', 'finished_at'])
        .where('job_id', '=', jobId)
        .where('seq', '>', query.afterSeq);
      if (query.status) q = q.where('status', '=', query.status);
      const rows = await q.orderBy('seq').limit(query.limit).execute();
      return rows.map(itemFromRow);
    },

    async claim(jobId, range, owner, now, until, limit) {
      // The seqs first (a plain read), then one update that re-checks every condition: on PostgreSQL
      // a row another worker took meanwhile no longer matches once its update commits, and is skipped.
      const free = await db
        .selectFrom('job_items')
        .select('seq')
        .where('job_id', '=', jobId)
        .where('seq', '>=', range.from)
        .where('seq', '<=', range.to)
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
        .orderBy('seq')
        .limit(limit)
        .execute();
      if (free.length === 0) return [];
      // A run of consecutive items only: an ordered job's chunk is stored after every item before its
      // first, so it must not reach past an item another worker holds.
      let run = 1;
      while (run < free.length && Number(free[run]!.seq) === Number(free[run - 1]!.seq) + 1) run++;
      free.length = run;
      const rows = await db
        .updateTable('job_items')
        .set((eb) => ({ lease_owner: owner, lease_until: until, attempts: eb('attempts', '+', 1) }))
        .where('job_id', '=', jobId)
        .where('seq', 'in', free.map((f) => Number(f.seq)))
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
        .returning(['seq', 'name', 'payload', 'bytes', 'attempts'])
        .execute();
      const got = rows
        .map((r) => ({ jobId, seq: Number(r.seq), name: r.name, payload: JSON.parse(r.payload) as JsonValue, bytes: r.bytes === null ? null : new Uint8Array(r.bytes), attempts: Number(r.attempts) }))
        .sort((a, b) => a.seq - b.seq);
      // Another worker took one in the middle meanwhile: keep the run up to it, give the rest back untouched.
      let keep = got.length === 0 ? 0 : 1;
      while (keep < got.length && got[keep]!.seq === got[keep - 1]!.seq + 1) keep++;
      const back = got.slice(keep).map((g) => g.seq);
      if (back.length > 0) {
        await db
          .updateTable('job_items')
          .set((eb) => ({ lease_owner: null, lease_until: null, attempts: eb('attempts', '-', 1) }))
          .where('job_id', '=', jobId)
          .where('seq', 'in', back)
          .where('lease_owner', '=', owner)
          .where('status', '=', 'pending')
          .execute();
      }
      return got.slice(0, keep);
    },

    async extendLeases(jobId, seqs, owner, until) {
      if (seqs.length === 0) return;
      for (const part of chunksFor([...seqs], 1, caps)) {
        await db.updateTable('job_items').set({ lease_until: until }).where('job_id', '=', jobId).where('seq', 'in', part).where('lease_owner', '=', owner).where('status', '=', 'pending').execute();
      }
    },

    async releaseLeases(jobId, seqs, owner) {
      if (seqs.length === 0) return;
      for (const part of chunksFor([...seqs], 1, caps)) {
        await db.updateTable('job_items').set({ lease_owner: null, lease_until: null }).where('job_id', '=', jobId).where('seq', 'in', part).where('lease_owner', '=', owner).where('status', '=', 'pending').execute();
      }
    },

    async finishItem(jobId, seq, result, at) {
      // The bytes have done their work once the item is done (what was stored keeps its own copy); a failed item keeps them.
      const r = await db
        .updateTable('job_items')
        .set({ status: result.status, outcome: result.outcome, result: JSON.stringify(result.result), finished_at: at, lease_until: null, ...(result.status === 'done' ? { bytes: null } : {}) })
        .where('job_id', '=', jobId)
        .where('seq', '=', seq)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    async pendingIn(jobId, range, now) {
      const row = await db
        .selectFrom('job_items')
        .select([
          (eb) => eb.fn.countAll().as('n'),
          sql<string | null>`min(case when lease_until is null or lease_until < ${now} then '' else lease_until end)`.as('held'),
        ])
        .where('job_id', '=', jobId)
        .where('seq', '>=', range.from)
        .where('seq', '<=', range.to)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      const pending = Number(row?.n ?? 0);
      const held = row?.held ?? null;
      return { pending, heldUntil: pending === 0 || held === '' ? null : held };
    },

    async claimable(now, limit) {
      const rows = await db
        .selectFrom('jobs')
        .select(['id', 'kind'])
        .where('status', 'in', ['queued', 'running'])
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('job_items')
              .select(sql`1`.as('one'))
              .whereRef('job_items.job_id', '=', 'jobs.id')
              .where('job_items.status', '=', 'pending')
              .where((e) => e.or([e('lease_until', 'is', null), e('lease_until', '<', now)])),
          ),
        )
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows;
    },

    async setStatus(id, from, to, fields = {}) {
      const r = await db
        .updateTable('jobs')
        .set({
          status: to,
          ...(fields.startedAt !== undefined ? { started_at: fields.startedAt } : {}),
          ...(fields.finishedAt !== undefined ? { finished_at: fields.finishedAt } : {}),
          ...(fields.error !== undefined ? { error: fields.error } : {}),
        })
        .where('id', '=', id)
        .where('status', 'in', [...from])
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    async cancel(id, at) {
      const r = await db.updateTable('jobs').set({ status: 'cancelled', finished_at: at }).where('id', '=', id).where('status', 'in', ['queued', 'running']).executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) return false;
      await db.updateTable('job_items').set({ status: 'cancelled', finished_at: at, lease_owner: null, lease_until: null }).where('job_id', '=', id).where('status', '=', 'pending').execute();
      return true;
    },
  };
}
