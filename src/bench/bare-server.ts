/** Child process of bench:api: the bare Fastify route on a free loopback port; prints where. */
import { bareServer } from '../http/bare.js';

const app = await bareServer();
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`open http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
