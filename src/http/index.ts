/** The HTTP face: `buildServer` for tests and tools, `startServer` for `handover serve`. */
export { buildServer, API_VERSION, DEFAULT_RATE_LIMIT, type ServerOptions } from './app.js';
export { STATUS_OF } from './errors.js';
export { startServer, type RunningServer, type StartOptions } from './serve.js';
export { openApiDocument, openApiText } from './openapi.js';
