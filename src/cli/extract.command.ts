import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import pc from 'picocolors';
import { expandInputs } from '../services/inputs.js';
import { oneLine, shown } from './escape.js';
import { EXIT, setExit } from './exit-codes.js';
import type { ExtractDone, ExtractJob } from './extract-one.js';
import { checkDay, reportIssue } from './ledger-cli.js';
import { pageCapOf, parseMaxBytes, regularFileSize } from './read-input.js';

/** Plain text larger than this is read in pieces (services/extract.service.ts PIECES_FROM_BYTES, the default input cap). */
const PIECES_FROM_BYTES = 16 * 1024 * 1024;

interface ExtractFlags {
  json?: boolean;
  published?: string;
  lang?: string;
  maxBytes?: string;
  threads?: string;
}

/** From this many files a pool of worker threads reads them (each worker loads the extractor, about a second). */
const POOL_MIN_FILES = 24;
/** Files go to a worker in chunks: one message each way per chunk, not per file. */
const CHUNK = 32;
/** Chunks in flight per thread: enough that no worker waits, few enough that memory stays bounded on any folder. */
const CHUNKS_PER_THREAD = 3;
/** A worker's young generation (V8's default is 32–64 MB): smaller keeps a 50 MB text read in pieces under 300 MB. */
const YOUNG_GENERATION_MB = 8;

/**
 * One worker per CPU but one, at least one and at most 4, as ingest: each worker holds its own copy
 * of the extractor (about 140 MB), and on two CPUs a second one took a folder of 20,000 reports from
 * 230 MB to 370 MB for a third more speed (`--threads 2` asks for it).
 */
export function defaultExtractThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print every claim a report makes (HTML or plain text; "-" reads stdin)')
    .argument('<files...>', 'report files, directories (walked for .txt, .html, .htm, .json, .xml), or - for stdin')
    .option('--json', 'one JSON object per file per line (JSON Lines)')
    .option('--published <date>', 'publication date YYYY-MM-DD that anchors relative dates')
    .option('--lang <code>', 'language of the report, overriding detection (en, ru, uk …)')
    .option('--max-bytes <size>', 'largest input read, e.g. 64M, 512k (default 16M, and 6M for an HTML page; at most 512M); a larger one fails alone')
    .option('--threads <n>', `worker threads that read and extract (0: none; default: CPUs - 1, at least 1, at most 4; used from ${POOL_MIN_FILES} files; each takes about 140 MB)`)
    .action(async (files: string[], flags: ExtractFlags) => {
      const bad = checkDay('--published', flags.published);
      if (bad) return reportIssue('extract', bad);
      const maxBytes = parseMaxBytes(flags.maxBytes);
      if (!maxBytes.ok) return reportIssue('extract', { code: 'INPUT_INVALID', message: maxBytes.message });
      const threadsAsked = flags.threads === undefined ? undefined : Number(flags.threads);
      if (threadsAsked !== undefined && !(Number.isInteger(threadsAsked) && threadsAsked >= 0 && threadsAsked <= 64)) {
        return reportIssue('extract', { code: 'INPUT_INVALID', message: `--threads must be a whole number from 0 to 64, got "${flags.threads}"` });
      }
      const template: Omit<ExtractJob, 'path'> = {
        json: flags.json === true,
        color: pc.isColorSupported,
        maxBytes: maxBytes.value,
        pageMax: pageCapOf(flags.maxBytes, maxBytes.value),
        published: flags.published ?? null,
        lang: flags.lang ?? null,
      };
      // A file named is read as it is; a folder is walked in order. Only the paths are kept (a folder
      // of 100,000 reports is 100,000 strings); each job is made when its file is read.
      const items: Item[] = [];
      let large = false;
      for (const arg of files) {
        if (arg === '-' || !(await isFolder(arg))) {
          items.push(arg);
          large ||= arg !== '-' && (regularFileSize(arg) ?? 0) > PIECES_FROM_BYTES;
          continue;
        }
        for (const item of await expandInputs([arg])) {
          if (item.kind === 'file') items.push(item.path);
          else if (item.kind === 'missing') items.push({ path: item.path, error: item.reason });
          else if (item.kind === 'skipped') process.stderr.write(`handover extract: notice: ${shown(item.path)}: skipped, ${item.reason}\n`);
        }
      }
      const jobs = items.filter((i) => typeof i === 'string').length;
      // A text larger than the default cap is read piece by piece on a worker, whose young generation is kept small.
      const pooled = (jobs >= POOL_MIN_FILES || large) && !items.includes('-');
      const threads = pooled ? Math.min(threadsAsked ?? defaultExtractThreads(), large && jobs < POOL_MIN_FILES ? 1 : 64) : 0;
      const failed = await runAll(items, template, threads);
      setExit(failed > 0 ? EXIT.FAILED : EXIT.OK);
    });
}

async function isFolder(path: string): Promise<boolean> {
  const { stat } = await import('node:fs/promises');
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Reads every input and prints what each gives, in input order; returns how many failed. With
 * threads, chunks of files go to a pool of workers and at most a few chunks per thread are in flight,
 * so a folder of any size is printed as it is read, in bounded memory.
 */
/** An input: a path to read, or one that failed already (a folder that could not be listed). */
type Item = string | { path: string; error: string };

const pathOf = (item: Item): string => (typeof item === 'string' ? item : item.path);

async function runAll(items: Item[], template: Omit<ExtractJob, 'path'>, threads: number): Promise<number> {
  let failed = 0;
  const print = (path: string, done: ExtractDone, pending: string[]): void => {
    if ('out' in done) {
      pending.push(done.out);
      return;
    }
    failed++;
    // stdout so far first, so that a terminal shows the error where it belongs.
    flush(pending);
    process.stderr.write(`handover extract: ${shown(path)}: ${oneLine(done.error)}\n`);
  };
  const flush = (pending: string[]): void => {
    if (pending.length > 0) process.stdout.write(pending.join(''));
    pending.length = 0;
  };
  const worker = threads > 0 ? workerFile() : null;
  if (worker === null) {
    const { extractOne } = await import('./extract-one.js');
    for (const item of items) {
      const pending: string[] = [];
      print(pathOf(item), typeof item === 'string' ? await extractOne({ ...template, path: item }) : { error: item.error }, pending);
      flush(pending);
    }
    return failed;
  }
  const { Piscina } = await import('piscina');
  // A small young generation: the garbage of reading is collected early, and a worker's memory stays near what it holds.
  const pool = new Piscina<ExtractJob[], ExtractDone[]>({
    filename: worker,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
    recordTiming: false,
    concurrentTasksPerWorker: 1,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const queue: Array<{ items: typeof items; done: Promise<ExtractDone[]> }> = [];
  let next = 0;
  const dispatch = (): void => {
    const chunk = items.slice(next, next + CHUNK);
    next += chunk.length;
    const jobs = chunk.filter((i): i is string => typeof i === 'string').map((path): ExtractJob => ({ ...template, path }));
    const done = pool.run(jobs).then(
      (out) => {
        // Folders that could not be listed keep their place among the files.
        let k = 0;
        return chunk.map((i): ExtractDone => (typeof i === 'string' ? out[k++]! : { error: i.error }));
      },
      (err: unknown) => chunk.map(() => ({ error: `the extractor failed: ${(err as Error).message}` })),
    );
    queue.push({ items: chunk, done });
  };
  try {
    while (next < items.length || queue.length > 0) {
      while (queue.length < threads * CHUNKS_PER_THREAD && next < items.length) dispatch();
      const head = queue.shift()!;
      const results = await head.done;
      const pending: string[] = [];
      head.items.forEach((item, i) => print(pathOf(item), results[i]!, pending));
      flush(pending);
    }
  } finally {
    await pool.destroy();
  }
  return failed;
}

/** The compiled worker next to this module; none when run from TypeScript sources (tests), and then all runs here. */
function workerFile(): string | null {
  const url = new URL('./extract.worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url.href : null;
}
