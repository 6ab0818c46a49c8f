/**
 * The API description as committed in openapi.json: generated from the route schemas, so the
 * document, the validation and the types cannot drift apart (a test fails when the file is stale).
 */
import { openLedger } from '../services/index.js';
import { buildServer } from './app.js';

export async function openApiDocument(): Promise<Record<string, unknown>> {
  // The routes need a store to be built, not to be described: an empty one in memory will do.
  const opened = await openLedger({ db: ':memory:' }, {});
  if (!opened.ok) throw new Error(opened.error.message);
  const store = opened.value;
  try {
    const app = await buildServer({ store, webRoot: null });
    await app.ready();
    const doc = app.swagger() as unknown as Record<string, unknown>;
    await app.close();
    return doc;
  } finally {
    await store.close();
  }
}

/** The document as the file holds it. */
export const openApiText = (doc: Record<string, unknown>) => `${JSON.stringify(doc, null, 2)}\n`;
