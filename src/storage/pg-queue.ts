/**
 * The job queue on PostgreSQL: pg-boss, in a schema of its own beside the ledger's. A message names
 * a range of a job's items; pg-boss hands each message to one worker at a time (SELECT … FOR UPDATE
 * SKIP LOCKED), and a message whose worker died is handed out again once it expires. The items
 * themselves are guarded by their leases in `job_items` (job.repository.ts), so a message handed out
 * twice never does an item twice.
 */
import PgBoss from 'pg-boss';
import pg from 'pg';
import type { StoreConfig } from './config.js';

/** One message: items [from, to] of a job. */
export interface ChunkMessage {
  jobId: string;
  from: number;
  to: number;
}

export interface ChunkQueueOptions {
  /** A message not finished within this time is handed to another worker (default 900 s). */
  expireInSeconds?: number;
  /** How often expired messages are looked for (default 30 s). */
  maintenanceIntervalSeconds?: number;
  /** How often an idle worker asks for a message (default 1 s). */
  pollingIntervalSeconds?: number;
  /** Report pg-boss's own errors (a lost connection); it keeps trying. */
  onError?: (err: Error) => void;
}

export interface ChunkQueue {
  send(messages: readonly ChunkMessage[]): Promise<void>;
  /** Takes messages one at a time, `concurrency` at once, until stop(); a throw hands the message out again later. */
  work(concurrency: number, handler: (message: ChunkMessage) => Promise<void>): Promise<void>;
  /** Stops taking messages; graceful waits for those in hand. */
  stop(graceful?: boolean): Promise<void>;
  /** Messages not yet finished (created, retry or active). */
  backlog(): Promise<number>;
}

export const CHUNK_QUEUE = 'handover-job-chunks';

/** pg-boss's schema for a ledger: beside the ledger's own (`<schema>_boss`), `handover_boss` for the default. */
export const bossSchemaOf = (config: Extract<StoreConfig, { engine: 'postgres' }>): string => (config.schema ? `${config.schema}_boss` : 'handover_boss');

export async function openChunkQueue(config: Extract<StoreConfig, { engine: 'postgres' }>, opts: ChunkQueueOptions = {}): Promise<ChunkQueue> {
  const boss = new PgBoss({
    connectionString: config.url,
    schema: bossSchemaOf(config),
    max: 3,
    application_name: 'handover-queue',
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds ?? 30,
  } as PgBoss.ConstructorOptions);
  boss.on('error', (err: Error) => opts.onError?.(err));
  // pg-boss installs its schema and queue on start; two processes starting on a new ledger at once
  // (two servers, or workers started together) deadlock there, so the first start is taken in turn.
  await inTurn(config.url, bossSchemaOf(config), async () => {
    await boss.start();
    // Retried without end: a message only says where items are; what they did is in job_items.
    await boss.createQueue(CHUNK_QUEUE, { name: CHUNK_QUEUE, policy: 'standard', retryLimit: 1_000_000, retryDelay: 1, expireInSeconds: opts.expireInSeconds ?? 900 } as PgBoss.Queue);
  });
  const polling = Math.max(0.5, opts.pollingIntervalSeconds ?? 1);
  return {
    async send(messages) {
      const CHUNK = 1000;
      for (let i = 0; i < messages.length; i += CHUNK) {
        await boss.insert(messages.slice(i, i + CHUNK).map((m) => ({ name: CHUNK_QUEUE, data: { ...m } })));
      }
    },
    async work(concurrency, handler) {
      for (let i = 0; i < concurrency; i++) {
        await boss.work<ChunkMessage>(CHUNK_QUEUE, { batchSize: 1, pollingIntervalSeconds: polling }, async ([job]) => {
          if (job) await handler(job.data);
        });
      }
    },
    async stop(graceful = true) {
      await boss.stop({ graceful, wait: true, timeout: 30_000 });
    },
    async backlog() {
      return boss.getQueueSize(CHUNK_QUEUE, { before: 'completed' });
    },
  };
}

/** Runs `fn` while holding a session advisory lock named after the queue's schema. */
async function inTurn(url: string, schema: string, fn: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: 'handover-queue-start' });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [`handover-queue-start:${schema}`]);
    await fn();
  } finally {
    await client.end().catch(() => undefined);
  }
}
