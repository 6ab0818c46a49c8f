/**
 * CSV exports as streaming writers: they read events one at a time from an (async) iterable and
 * yield one line at a time, so storage can stream a ledger of any size. Lines end with CRLF (RFC 4180).
 */
import type { LedgerEvent } from '../domain/index.js';

/** An event as exported, with the URLs (or ids) of the sources behind its claims when storage has them. */
export type ExportableEvent = LedgerEvent & { sources?: readonly string[] };

/** Anything events can be read from, one at a time. */
export type EventStream = AsyncIterable<ExportableEvent> | Iterable<ExportableEvent>;

const EOL = '\r\n';

/**
 * One CSV cell. Quoted when it holds a comma, quote, line break or edge space, with quotes doubled;
 * a text starting with = + - @ (or a tab / CR) is prefixed with ' so spreadsheets do not run it as a formula.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line, with its line ending. */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return values.map(csvCell).join(',') + EOL;
}

interface Column {
  header: string;
  /** The HXL hashtag with attributes (HXL 1.1 core hashtags; attributes refine them). */
  hxl: string;
  value: (e: ExportableEvent) => string | number | boolean | null;
}

/**
 * The columns, in order. Tags follow the HXL 1.1 dictionary and the conflict-data convention
 * (ACLED on HDX): #date+occurred for when, #group+name for the parties (as actors), #event+type for
 * what was handed over, #affected+num with +min / +max for the figure, #status, #org+name for the
 * mediator, #meta for identifiers, sources and notes.
 */
export const EVENT_COLUMNS: readonly Column[] = [
  { header: 'id', hxl: '#meta+id', value: (e) => e.id },
  { header: 'exchange_id', hxl: '#meta+id+exchange', value: (e) => e.exchangeId },
  { header: 'date', hxl: '#date+occurred', value: (e) => e.date?.start ?? null },
  { header: 'date_end', hxl: '#date+occurred+end', value: (e) => e.date?.end ?? null },
  { header: 'date_precision', hxl: '#meta+date+precision', value: (e) => e.date?.precision ?? null },
  { header: 'from', hxl: '#group+name+from', value: (e) => e.from },
  { header: 'to', hxl: '#group+name+to', value: (e) => e.to },
  { header: 'category', hxl: '#event+type', value: (e) => e.category },
  { header: 'wounded', hxl: '#event+type+wounded', value: (e) => e.wounded },
  { header: 'low', hxl: '#affected+num+min', value: (e) => e.figure.low },
  { header: 'best', hxl: '#affected+num', value: (e) => e.figure.best },
  { header: 'high', hxl: '#affected+num+max', value: (e) => e.figure.high },
  { header: 'status', hxl: '#status', value: (e) => e.status },
  { header: 'agreement', hxl: '#meta+agreement', value: (e) => e.agreement },
  { header: 'mediator', hxl: '#org+name+mediator', value: (e) => e.mediator },
  { header: 'claims', hxl: '#meta+claims+num', value: (e) => e.claimIds.length },
  { header: 'flags', hxl: '#meta+flags', value: (e) => e.flags.join(' ') },
  { header: 'review', hxl: '#meta+review', value: (e) => e.review },
  { header: 'locked', hxl: '#meta+locked', value: (e) => e.locked },
  { header: 'sources', hxl: '#meta+source', value: (e) => (e.sources ?? []).join(' ') },
];

export interface CsvOptions {
  /** Add the HXL hashtag row under the header row. */
  hxl?: boolean;
}

/** Streams events as CSV: the header, the HXL hashtag row when asked, then one line per event. */
export async function* eventsToCsv(events: EventStream, opts: CsvOptions = {}): AsyncGenerator<string> {
  yield csvLine(EVENT_COLUMNS.map((c) => c.header));
  if (opts.hxl) yield csvLine(EVENT_COLUMNS.map((c) => c.hxl));
  for await (const e of events) yield csvLine(EVENT_COLUMNS.map((c) => c.value(e)));
}
