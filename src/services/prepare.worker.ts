/**
 * A worker thread of the ingest pool (src/services/ingest-run.service.ts): reads one report into
 * claims and a fingerprint, the pure half of ingest. The main thread keeps the store.
 */
import { prepareReport, type PrepareInput, type PreparedReport } from './ingest.service.js';

export default function prepare(input: PrepareInput): PreparedReport {
  return prepareReport(input);
}
