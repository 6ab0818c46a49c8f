/**
 * The JSON export as a streaming writer: sources (with their bodies), claims, events, history and
 * the claims set aside are read from (async) iterables and written out one record per line, so
 * storage never holds the whole ledger.
 */
import type { ExportedSource, HistoryEntry, LedgerClaim, LedgerEvent, PendingClaim } from '../domain/index.js';

type Stream<T> = AsyncIterable<T> | Iterable<T>;

/** The version `ledgerToJson` writes. */
export const LEDGER_EXPORT_VERSION = 2;

export interface LedgerExportInput {
  /** ISO timestamp written into the file. */
  exportedAt: string;
  sources: Stream<ExportedSource>;
  claims: Stream<LedgerClaim>;
  events: Stream<LedgerEvent>;
  history: Stream<HistoryEntry>;
  pending?: Stream<PendingClaim>;
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

/**
 * Streams a LedgerExport (version 2) as JSON text, one record per line, sections in the order the
 * importer reads them: a source before the claims that cite it, a claim before its event.
 */
export async function* ledgerToJson(input: LedgerExportInput): AsyncGenerator<string> {
  yield `{"format":"handover-ledger","version":${LEDGER_EXPORT_VERSION},"exportedAt":${JSON.stringify(input.exportedAt)},\n`;
  yield* array('sources', input.sources, false);
  yield '\n';
  yield* array('claims', input.claims, false);
  yield '\n';
  yield* array('events', input.events, false);
  yield '\n';
  yield* array('history', input.history, false);
  yield '\n';
  yield* array('pending', input.pending ?? [], true);
  yield '}\n';
}
