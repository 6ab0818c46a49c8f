/**
 * The yardstick of `npm run bench:api`: Fastify with one route and nothing else (no auth, no
 * database, no rate limit), so the API's rates read as a share of what the framework alone does
 * on the same machine at the same moment.
 */
import Fastify, { type FastifyInstance } from 'fastify';

export async function bareServer(): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get('/', async () => ({ hello: 'world' }));
  return app;
}
