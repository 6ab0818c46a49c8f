/**
 * Throughput of ingest on a generated 150 KB news page and a 3 KB plain text.
 * Run: npx tsx src/ingest/ingest.bench.ts   (target: 150 KB HTML at ≥ 100 pages/s on one core)
 */
import { ingestBytes } from './index.js';
import { SAMPLE_ARTICLE, samplePage } from './testing/sample-page.js';

function measure(label: string, bytes: Uint8Array, opts: { path: string }, batch: number): void {
  for (let i = 0; i < 20; i++) ingestBytes(bytes, opts); // warm-up, and loads the language model
  // CPU time of this process, not wall time: the figure that matters is per core, and shared
  // machines make wall time noisy.
  const times: number[] = [];
  for (let b = 0; b < 15; b++) {
    const start = process.cpuUsage();
    for (let i = 0; i < batch; i++) ingestBytes(bytes, opts);
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000 / batch);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `${label}: ${(bytes.length / 1024).toFixed(0)} KB, median ${median.toFixed(2)} ms CPU (best ${times[0]!.toFixed(2)} ms), ${Math.round(1000 / median)} docs/s per core`,
  );
}

const page = new TextEncoder().encode(samplePage({ targetBytes: 150_000 }));
measure('html', page, { path: 'page.html' }, 20);

let text = '';
while (text.length < 3000) text += `${SAMPLE_ARTICLE.join('\n')}\nAdvertisement\n`;
measure('text', new TextEncoder().encode(text.slice(0, 3000)), { path: 'report.txt' }, 200);
