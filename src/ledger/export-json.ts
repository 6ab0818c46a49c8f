/**
 * The JSON export as a streaming writer: sources, claims, events and history are read from (async)
 * iterables and written out one record at a time, so storage never holds the whole ledger.
 */
import type { HistoryEntry, LedgerClaim, LedgerEvent, LedgerSource } from '../domain/index.js';

type Stream<T> = AsyncIterable<T> | Iterable<T>;

export interface LedgerExportInput {
  /** ISO timestamp written into the file. */
  exportedAt: string;
  sources: Stream<LedgerSource>;
  claims: Stream<LedgerClaim>;
  events: Stream<LedgerEvent>;
  history: Stream<HistoryEntry>;
}

async function* array<T>(name: string, items: Stream<T>, last: boolean): AsyncGenerator<string> {
  yield `${JSON.stringify(name)}:[`;
  let first = true;
  for await (const item of items) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(item)}`;
    first = false;
  }
  yield first ? `]${last ? '' : ','}` : `\n]${last ? '' : ','}`;
}

/** Streams a LedgerExport as JSON text, one record per line; `parseLedgerExport(JSON.parse(text))` reads it back. */
export async function* ledgerToJson(input: LedgerExportInput): AsyncGenerator<string> {
  yield `{"format":"handover-ledger","version":1,"exportedAt":${JSON.stringify(input.exportedAt)},\n`;
  yield* array('sources', input.sources, false);
  yield '\n';
  yield* array('claims', input.claims, false);
  yield '\n';
  yield* array('events', input.events, false);
  yield '\n';
  yield* array('history', input.history, true);
  yield '}\n';
}
