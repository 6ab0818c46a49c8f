/**
 * A worker thread of the ingest pool (src/services/ingest-run.service.ts): reads a chunk of reports
 * into claims and fingerprints, the pure half of ingest. The main thread keeps the store.
 */
import { prepareReport, type PrepareInput, type PreparedReport } from './ingest.service.js';

export default function prepare(inputs: PrepareInput[]): PreparedReport[] {
  return inputs.map((input) => prepareReport(input));
}
