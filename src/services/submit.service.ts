/**
 * Reports submitted one at a time (the HTTP API): each is ingested alone, in its own transaction.
 * The same bytes submitted again while the first copy is still being read join it instead of
 * reading it twice; the store's unique content hash keeps them one source across processes too.
 */
import type { Store } from '../storage/index.js';
import { sha256Hex } from './ids.js';
import { ingestReport, type IngestInput, type IngestOutcome } from './ingest.service.js';

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
    const job = ingestReport(store, input, { actor }).finally(() => inFlight.delete(hash));
    inFlight.set(hash, job);
    return job;
  };
}
