/** `handover serve`: open the ledger, build the server, listen, and close everything on the way out. */
import { fail, ok, type Result } from '../domain/errors.js';
import { openLedgerWithReader, type Store, type StoreFlags } from '../services/index.js';
import { buildServer, type ServerOptions } from './app.js';

export interface StartOptions extends Omit<ServerOptions, 'store' | 'reads'>, StoreFlags {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Make the ledger when --db names none yet (default false: a mistyped path is an error, not an empty ledger). */
  create?: boolean;
}

export interface RunningServer {
  /** Where to open it, e.g. http://127.0.0.1:7070/ */
  url: string;
  store: Store;
  close(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<Result<RunningServer>> {
  const { db, host, port, create, ...server } = options;
  const opened = await openLedgerWithReader({ db }, process.env, { create: create ?? false });
  if (!opened.ok) return opened;
  const { store, reads } = opened.value;
  const closeStores = async () => {
    if (reads !== store) await reads.close();
    await store.close();
  };
  let app;
  try {
    app = await buildServer({ ...server, store, reads });
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
  return ok({
    url: `http://${shown}:${actualPort}/`,
    store,
    async close() {
      await app.close();
      await closeStores();
    },
  });
}
