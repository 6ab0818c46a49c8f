/** The committed openapi.json is what the route schemas generate: the web app's types never drift from the API. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApiDocument, openApiText } from '../../../src/http/index.js';

describe('openapi.json', () => {
  it('is the document the routes generate (run `npm run openapi` after changing a route)', async () => {
    const committed = readFileSync(new URL('../../../openapi.json', import.meta.url), 'utf8');
    const generated = openApiText(await openApiDocument());
    if (committed !== generated) {
      const a = JSON.parse(committed) as { paths: Record<string, unknown> };
      const b = JSON.parse(generated) as { paths: Record<string, unknown> };
      const changed = [...new Set([...Object.keys(a.paths), ...Object.keys(b.paths)])].filter((p) => JSON.stringify(a.paths[p]) !== JSON.stringify(b.paths[p]));
      expect.fail(`openapi.json is stale${changed.length > 0 ? ` (paths that differ: ${changed.join(', ')})` : ''}: run \`npm run openapi\` and commit it`);
    }
  });

  it('describes every route under /api with its access, and every error with the catalogue', async () => {
    const doc = (await openApiDocument()) as { paths: Record<string, Record<string, { 'x-access'?: string; responses: Record<string, unknown> }>> };
    for (const [path, methods] of Object.entries(doc.paths)) {
      expect(path.startsWith('/api/'), path).toBe(true);
      for (const [method, op] of Object.entries(methods)) expect(op['x-access'], `${method} ${path}`).toBeDefined();
    }
  });
});
