/**
 * npm run openapi: writes openapi.json from the route schemas (the web app's types are made from
 * it; test/e2e/api/openapi.test.ts fails while the committed file is stale).
 */
import { writeFileSync } from 'node:fs';
import { openApiDocument, openApiText } from '../src/http/index.js';

const file = new URL('../openapi.json', import.meta.url);
writeFileSync(file, openApiText(await openApiDocument()));
process.stdout.write(`wrote ${file.pathname}\n`);
