/**
 * Answers to reads, kept until the ledger changes. On SQLite the read connection's change counter
 * moves with every commit from anywhere (this server's writes, another process's ingest), so an
 * answer is reused exactly while the data it was made from is unchanged. A script that pulls the
 * same figures every minute, or a public page many people open, costs one query per change.
 * Answers depend only on the address once access is granted, so they are shared between callers.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A JSON read whose answer depends on the address and the ledger only. */
    cacheable?: boolean;
  }
  interface FastifyRequest {
    /** The change counter read before the handler ran: an answer is filed under it. */
    readVersion: number | null;
  }
}

const MAX_ENTRIES = 2000;
/** Answers larger than this are not kept (a month-by-month total is remembered by its service instead). */
const MAX_BYTES = 256 * 1024;

export function registerReadCache(app: FastifyInstance, changeCounter: (() => number) | undefined): void {
  app.decorateRequest('readVersion', null);
  if (changeCounter === undefined) return;
  const answers = new Map<string, { version: number; body: string }>();
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' || request.routeOptions.config?.cacheable !== true) return;
    const version = changeCounter();
    const hit = answers.get(request.url);
    if (hit !== undefined && hit.version === version) {
      // Served from memory: the answer is not filed again.
      request.readVersion = null;
      return reply.type('application/json; charset=utf-8').header('x-handover-cache', 'hit').send(hit.body);
    }
    request.readVersion = version;
  });
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const version = request.readVersion;
    if (version === null || reply.statusCode !== 200 || typeof payload !== 'string' || payload.length > MAX_BYTES) return payload;
    if (answers.size >= MAX_ENTRIES) answers.delete(answers.keys().next().value as string);
    answers.set(request.url, { version, body: payload });
    return payload;
  });
}
