/**
 * A worker thread of `handover extract` over many files (extract.command.ts): reads and extracts a
 * chunk of files and gives back what to print for each, in order.
 */
import { extractOne, type ExtractDone, type ExtractJob } from './extract-one.js';

export default async function extractChunk(jobs: ExtractJob[]): Promise<ExtractDone[]> {
  const out: ExtractDone[] = [];
  for (const job of jobs) out.push(await extractOne(job));
  return out;
}
