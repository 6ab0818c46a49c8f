/**
 * Reports submitted one at a time (the HTTP API): each is ingested alone, in its own transaction.
 * The same bytes submitted again while the first copy is still being read join it instead of
 * reading it twice; the store's unique content hash keeps them one source across processes too.
 */
import type { Store } from '../storage/index.js';
import { sha256Hex } from './ids.js';
import { ingestReport, type IngestInput, type IngestOutcome } from './ingest.service.js';

/**
 * A writer that waited for the ledger past the store's own attempts fails with LEDGER_BUSY, and
 * nothing of it was stored: running it again is safe, and a submitted report is worth a few more tries.
 */
const RETRIES = 5;

async function ingestWithRetry(store: Store, input: IngestInput, actor: string): Promise<IngestOutcome> {
  for (let attempt = 1; ; attempt++) {
    const outcome = await ingestReport(store, input, { actor });
    if (outcome.status !== 'failed' || outcome.code !== 'LEDGER_BUSY' || attempt >= RETRIES) return outcome;
    await new Promise((r) => setTimeout(r, 20 * attempt + Math.random() * 30));
  }
}

export type Submit = (input: IngestInput, actor: string) => Promise<IngestOutcome>;

export function submitter(store: Store): Submit {
  const inFlight = new Map<string, Promise<IngestOutcome>>();
  return async (input, actor) => {
    const hash = sha256Hex(input.bytes);
    const running = inFlight.get(hash);
    if (running) {
      const first = await running;
      // The first copy stored it: this one is its duplicate, as it would be a moment later.
      return first.sourceId !== null && first.status !== 'failed' ? { ...first, status: 'duplicate', claims: 0, events: [], duplicateOf: first.sourceId } : first;
    }
    const job = ingestWithRetry(store, input, actor).finally(() => inFlight.delete(hash));
    inFlight.set(hash, job);
    return job;
  };
}
