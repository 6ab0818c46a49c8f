import { ingestBytes } from './index.js';
import { samplePage } from './testing/sample-page.js';
const page = new TextEncoder().encode(samplePage({ targetBytes: 150_000 }));
for (let i = 0; i < 600; i++) ingestBytes(page, { path: 'p.html' });
