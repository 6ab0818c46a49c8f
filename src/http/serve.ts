/** `handover serve`: open the ledger, build the server, listen, and close everything on the way out. */
import { fail, ok, type Result } from '../domain/errors.js';
import { openLedgerWithReader, storeConfigFrom, type Store, type StoreFlags } from '../services/index.js';
import { openJobQueue, type RunningWorker } from '../services/job-queue.js';
import { buildServer, type ServerOptions } from './app.js';
import { startFollowing } from '../services/follow.service.js';

export interface StartOptions extends Omit<ServerOptions, 'store' | 'reads'>, StoreFlags {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Make the ledger when --db names none yet (default false: a mistyped path is an error, not an empty ledger). */
  create?: boolean;
  /** On PostgreSQL, also do jobs in this process (on SQLite the server always does them). */
  work?: boolean;
  /** Between looks for due polls of followed sources and due webhook deliveries (default 30 s); 0: never. */
  followIntervalMs?: number;
}

export interface RunningServer {
  /** Where to open it, e.g. http://127.0.0.1:7070/ */
  url: string;
  store: Store;
  /** Where jobs go: "in-process" (SQLite) or "pg-boss" (PostgreSQL). */
  queue: string;
  /** The worker in this process, if any. */
  worker: RunningWorker | null;
  close(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<Result<RunningServer>> {
  const { db, host, port, create, work, followIntervalMs, ...server } = options;
  const config = storeConfigFrom({ db });
  if (!config.ok) return config;
  const opened = await openLedgerWithReader({ db }, process.env, { create: create ?? false });
  if (!opened.ok) return opened;
  const { store, reads } = opened.value;
  let jobs: Awaited<ReturnType<typeof openJobQueue>>;
  try {
    jobs = await openJobQueue(store, config.value, { work: work ?? false, onError: (err) => process.stderr.write(`handover serve: job queue: ${(err as Error).message}\n`) });
  } catch (err) {
    if (reads !== store) await reads.close();
    await store.close();
    return fail('QUEUE_FAILED', `cannot open the job queue: ${(err as Error).message}`);
  }
  const closeStores = async () => {
    await jobs.close();
    if (reads !== store) await reads.close();
    await store.close();
  };
  let app;
  try {
    app = await buildServer({ ...server, store, reads, jobs });
    await app.listen({ host, port });
  } catch (err) {
    await app?.close().catch(() => undefined);
    await closeStores();
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'EADDRINUSE' ? 'the port is in use (pick another with --port)' : code === 'EADDRNOTAVAIL' ? 'this machine has no such address' : code === 'EACCES' ? 'not allowed to use that port' : (err as Error).message;
    return fail('SERVER_LISTEN_FAILED', `cannot listen on ${host}:${port}: ${why}`, { details: { host, port } });
  }
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  // Followed sources are polled, and webhooks sent, on a timer while the server runs.
  const follower =
    followIntervalMs === 0
      ? null
      : startFollowing(store, {
          queue: jobs,
          ...(followIntervalMs !== undefined ? { intervalMs: followIntervalMs } : {}),
          ...(server.fetchPrivate !== undefined ? { allowPrivate: server.fetchPrivate } : {}),
          onError: (err) => app.log.error({ err }, 'following sources or sending webhooks failed'),
        });
  return ok({
    url: `http://${shown}:${actualPort}/`,
    store,
    queue: jobs.name,
    worker: jobs.worker,
    async close() {
      await follower?.stop();
      await app.close();
      await closeStores();
    },
  });
}
