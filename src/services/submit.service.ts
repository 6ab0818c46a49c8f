/**
 * Reports submitted one at a time (the HTTP API): each is ingested alone, in its own transaction.
 * The same bytes submitted again while the first copy is still being read join it instead of
 * reading it twice; the store's unique content hash keeps them one source across processes too.
 */
import type { Store } from '../storage/index.js';
import { sha256Hex } from './ids.js';
import { ingestReport, type IngestInput, type IngestOutcome } from './ingest.service.js';
import type { ErrorCode, HandoverError } from '../domain/errors.js';
import { expandInput, type UnitContext } from './report-units.js';

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

/** At most this many items of a feed are read in one request; following it reads the rest. */
export const SUBMIT_FEED_ITEMS = 50;

/**
 * An input submitted the ordinary way that turns out to hold many reports (a feed, a channel export):
 * each is submitted as its own source, and one outcome sums them up (`reason` says how many were
 * stored, repeated, without claims or failed). An input that is one report is submitted as it is.
 */
export async function submitExpanded(submit: Submit, input: IngestInput, actor: string, fetch: UnitContext['fetch']): Promise<IngestOutcome> {
  let expanded;
  try {
    expanded = expandInput(input, { name: input.url ?? 'report', fetch });
  } catch (err) {
    const e = err as HandoverError;
    return { status: 'failed', sourceId: null, claims: 0, events: [], duplicateOf: null, reason: e.message, code: e.code ?? 'INGEST_PARSE_FAILED' };
  }
  if (!Array.isArray(expanded)) return submit(expanded, actor);
  const outcomes: IngestOutcome[] = [];
  for (const unit of expanded.slice(0, SUBMIT_FEED_ITEMS)) {
    try {
      const loaded = await unit.load();
      outcomes.push(Array.isArray(loaded) ? failedOutcome('an item holds more items', 'INGEST_PARSE_FAILED') : await submit(loaded, actor));
    } catch (err) {
      const e = err as HandoverError;
      outcomes.push(failedOutcome(e.message, e.code ?? 'INGEST_READ_FAILED'));
    }
  }
  return summed(outcomes, expanded.length);
}

const failedOutcome = (reason: string, code: ErrorCode): IngestOutcome => ({ status: 'failed', sourceId: null, claims: 0, events: [], duplicateOf: null, reason, code });

function summed(outcomes: IngestOutcome[], total: number): IngestOutcome {
  const of = (s: IngestOutcome['status']) => outcomes.filter((o) => o.status === s);
  const stored = [...of('stored'), ...of('near-duplicate')];
  const status: IngestOutcome['status'] =
    of('stored').length > 0 ? 'stored' : of('near-duplicate').length > 0 ? 'near-duplicate' : of('duplicate').length > 0 ? 'duplicate' : of('failed').length === outcomes.length && outcomes.length > 0 ? 'failed' : 'no-claims';
  const first = stored[0] ?? of('duplicate')[0] ?? null;
  const failures = of('failed');
  const parts = [`${stored.length} stored`, `${of('duplicate').length} stored before`, `${of('no-claims').length} without claims`, `${failures.length} failed${failures[0] ? ` (${failures[0].reason})` : ''}`];
  const more = total > outcomes.length ? `; the first ${outcomes.length} only: follow the address (POST /api/watches) to read them all` : '';
  return {
    status,
    sourceId: first?.sourceId ?? null,
    claims: stored.reduce((n, o) => n + o.claims, 0),
    events: [...new Set(outcomes.flatMap((o) => o.events))],
    duplicateOf: status === 'duplicate' ? (first?.duplicateOf ?? null) : null,
    reason: `a feed or channel of ${total} item${total === 1 ? '' : 's'}, each its own source: ${parts.join(', ')}${more}`,
    code: status === 'failed' ? (failures[0]?.code ?? null) : null,
  };
}
