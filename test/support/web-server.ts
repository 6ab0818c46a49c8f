/**
 * A small web server on 127.0.0.1 for fetch, feed and webhook tests: routes are set per test, and
 * every request is counted and kept (method, path, headers, body).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export type Route = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void | Promise<void>;

export interface WebServer {
  base: string;
  port: number;
  routes: Map<string, Route>;
  seen: Seen[];
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startWebServer(): Promise<WebServer> {
  const routes = new Map<string, Route>();
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const path = (req.url ?? '/').replace(/\?.*$/, '');
      seen.push({ method: req.method ?? 'GET', path, headers: req.headers, body });
      const route = routes.get(path);
      if (!route) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('no such page');
      void Promise.resolve(route(req, res, body)).catch(() => res.destroy());
    });
  });
  server.keepAliveTimeout = 100;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    routes,
    seen,
    hits: (path) => seen.filter((s) => s.path === path).length,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
