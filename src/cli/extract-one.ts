/**
 * One report through `handover extract`: read (with the size caps), extracted, and printed as the
 * command prints it. Runs on the main thread or in a worker (extract.worker.ts): the job is plain data.
 */
import pc from 'picocolors';
import { HandoverError } from '../domain/errors.js';
import type { Claim, ExtractionResult } from '../domain/index.js';
import { extractInPieces, extractReport, isPlainText, PIECES_FROM_BYTES } from '../services/extract.service.js';
import { json, oneLine, shown } from './escape.js';
import { checkPageSize, fileChunks, readInput, readRegularFile, regularFileSize } from './read-input.js';

export interface ExtractJob {
  /** A file, or "-" for stdin (main thread only). */
  path: string;
  json: boolean;
  /** Colours in the table (the main thread's terminal decides; a worker has none). */
  color: boolean;
  maxBytes: number;
  pageMax: number;
  published: string | null;
  lang: string | null;
}

/** What to print: the report's output, or the reason it failed. */
export type ExtractDone = { out: string } | { error: string };

export async function extractOne(job: ExtractJob): Promise<ExtractDone> {
  // A large plain text (allowed by --max-bytes) is read from the file a piece at a time, never whole.
  const size = job.path === '-' ? null : regularFileSize(job.path);
  if (size !== null && size > PIECES_FROM_BYTES && size <= job.maxBytes) {
    const head = readHead(job.path);
    if (head && isPlainText(head, job.path)) {
      const result = extractInPieces({ path: job.path, publishedAt: job.published, language: job.lang }, fileChunks(job.path));
      if (!result.ok) return { error: result.error.message };
      return { out: job.json ? `${json(result.value)}\n` : formatTable(result.value, pc.createColors(job.color)) };
    }
  }
  let bytes: Buffer;
  try {
    const read = job.path === '-' ? null : readRegularFile(job.path, job.maxBytes);
    bytes = checkPageSize(read ?? (await readInput(job.path, job.maxBytes)), job.path === '-' ? null : job.path, job.pageMax);
  } catch (err) {
    return { error: err instanceof HandoverError ? err.message : `cannot read: ${(err as Error).message}` };
  }
  const result = extractReport({ bytes, path: job.path, publishedAt: job.published, language: job.lang });
  if (!result.ok) return { error: result.error.message };
  return { out: job.json ? `${json(result.value)}\n` : formatTable(result.value, pc.createColors(job.color)) };
}

type Colors = ReturnType<typeof pc.createColors>;

function formatCount(c: Claim): string {
  if (!c.count) return 'no figure';
  const q = c.count.qualifier === 'exact' ? '' : `${c.count.qualifier.replace('_', ' ')} `;
  return `${q}${c.count.value.toLocaleString('en-US')}`;
}

export function formatTable(result: ExtractionResult, colors: Colors = pc): string {
  const { source, claims } = result;
  const read =
    source.reading === 'screened-out'
      ? '\n  no word about an exchange in any language: not read further'
      : source.reading === 'unreadable'
        ? `\n  language ${source.language}: no table reads it, so nothing could be read from this report`
        : source.reading === 'related-tables'
          ? `\n  language ${source.language}: no table of its own; claims are read with related languages' words, for review`
          : '';
  const head = `${colors.bold(shown(source.path ?? ''))}  ${oneLine(source.title ?? '')} [${source.language}] published ${source.publishedAt ?? 'unknown'}${read}\n`;
  if (claims.length === 0) return `${head}  no claims\n\n`;
  const rows = claims.map((c, i) => {
    const dir = `${c.from ?? '?'} → ${c.to ?? '?'}`;
    const date = c.date ? c.date.start + (c.date.precision === 'day' ? '' : ` (${c.date.precision})`) : 'undated';
    const who = c.attribution.speaker ? `${c.attribution.speaker}${c.attribution.party ? ` (${c.attribution.party})` : ''}` : '';
    const extra = [c.agreement, c.mediator && `via ${c.mediator}`, c.partOf !== null && `part of #${c.partOf + 1}`]
      .filter(Boolean)
      .join(', ');
    return `  ${String(i + 1).padStart(2)}. ${colors.cyan(c.kind.padEnd(12))} ${c.category.padEnd(9)}${c.wounded ? '+wounded ' : ''} ${dir.padEnd(20)} ${colors.bold(formatCount(c)).padEnd(14)} ${date.padEnd(16)} ${who}${extra ? `  [${extra}]` : ''}\n      ${colors.dim(`“${truncate(c.evidence.sentence, 140)}”`)}\n`;
  });
  return `${head}${rows.join('')}\n`;
}

const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The first 8 KB of a file, or null when it cannot be read. */
function readHead(path: string): Uint8Array | null {
  const chunks = fileChunks(path, 8192);
  try {
    const chunk = chunks.next();
    return chunk.done ? null : chunk.value;
  } catch {
    return null;
  } finally {
    chunks.return(undefined);
  }
}
