import { readFile } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import pc from 'picocolors';
import { ingestReport, type IngestOutcome } from '../services/ingest.service.js';
import { expandInputs, type InputItem } from '../services/inputs.js';
import type { ErrorCode } from '../services/errors.js';
import type { Batch } from '../storage/index.js';
import { checkDay, reportIssue, table, withDbOption, withStore } from './ledger-cli.js';

interface IngestFlags {
  published?: string;
  outlet?: string;
  url?: string;
  db?: string;
  as?: string;
}

/** A progress bar pays off from this many files even when stderr is not a terminal. */
const MANY_FILES = 200;
/** Commit after this many sources or this long, whichever comes first. */
const BATCH_SOURCES = 200;
const BATCH_MS = 2000;

export function registerIngest(program: Command): void {
  withDbOption(
    program
      .command('ingest')
      .description('extract claims from reports and store them in the ledger (directories are walked; "-" reads stdin)')
      .argument('<inputs...>', 'report files, directories, or - for stdin')
      .option('--published <date>', 'publication date YYYY-MM-DD for every input (anchors relative dates)')
      .option('--outlet <name>', 'who published the reports')
      .option('--url <url>', 'where the report was found (for a single input)'),
  ).action(async (inputs: string[], flags: IngestFlags) => {
    const bad = checkDay('--published', flags.published);
    if (bad) return reportIssue('ingest', bad, 2);
    const items = await expandInputs(inputs);
    if (items.length === 0) return reportIssue('ingest', { code: 'INPUT_INVALID', message: 'no report files found in the given directories' }, 2);
    await withStore('ingest', flags, async (store) => {
      const results: { name: string; outcome: IngestOutcome }[] = [];
      const showBar = process.stderr.isTTY === true || items.length >= MANY_FILES;
      const bar = showBar
        ? new cliProgress.SingleBar(
            { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} {name}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000, clearOnComplete: true },
            cliProgress.Presets.shades_classic,
          )
        : null;
      bar?.start(items.length, 0, { name: '' });
      // Sources are written in batches: one savepoint each (a source is stored whole or not at all),
      // one commit per batch. A crash loses at most the open batch, which a rerun stores again.
      let batch: Batch | null = null;
      let inBatch: { name: string; outcome: IngestOutcome }[] = [];
      let opened = 0;
      const commit = async () => {
        if (!batch) return;
        try {
          await batch.commit();
        } catch (err) {
          for (const r of inBatch) if (r.outcome.status !== 'failed' && r.outcome.status !== 'duplicate') r.outcome = failed(`not stored: the batch could not be committed (${(err as Error).message})`, 'INGEST_STORE_FAILED');
        }
        batch = null;
        inBatch = [];
      };
      for (const item of items) {
        const name = item.kind === 'stdin' ? '-' : item.path;
        bar?.update({ name: name.length > 40 ? `…${name.slice(-39)}` : name });
        if (!batch) {
          batch = await store.startBatch();
          opened = Date.now();
        }
        const result = { name, outcome: await ingestItem(store, batch, item, flags) };
        results.push(result);
        inBatch.push(result);
        bar?.increment();
        if (inBatch.length >= BATCH_SOURCES || Date.now() - opened >= BATCH_MS) await commit();
      }
      await commit();
      bar?.stop();
      process.stdout.write(formatResults(results));
      process.exitCode = results.some((r) => r.outcome.status === 'failed') ? 1 : 0;
    });
  });
}

async function ingestItem(store: Parameters<typeof ingestReport>[0], batch: Batch, item: InputItem, flags: IngestFlags): Promise<IngestOutcome> {
  if (item.kind === 'missing') return failed(`cannot read: ${item.reason}`);
  let bytes: Buffer;
  try {
    bytes = item.kind === 'stdin' ? await readStdin() : await readFile(item.path);
  } catch (err) {
    return failed(`cannot read: ${(err as Error).message}`);
  }
  return ingestReport(
    store,
    {
      bytes,
      path: item.kind === 'file' ? item.path : null,
      url: flags.url ?? null,
      outlet: flags.outlet ?? null,
      publishedAt: flags.published ?? null,
    },
    { actor: 'machine', batch },
  );
}

const failed = (reason: string, code: ErrorCode = 'INGEST_READ_FAILED'): IngestOutcome => ({ status: 'failed', sourceId: null, claims: 0, events: [], duplicateOf: null, reason, code });

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function describeOutcome(o: IngestOutcome): string {
  switch (o.status) {
    case 'stored':
      return pc.green(`stored ${o.claims} claim${o.claims === 1 ? '' : 's'}`) + (o.events.length ? pc.dim(` (${o.events.length} event${o.events.length === 1 ? '' : 's'})`) : '');
    case 'duplicate':
      return pc.dim(`duplicate of #${o.duplicateOf}`);
    case 'near-duplicate':
      return pc.yellow(`near-duplicate of #${o.duplicateOf}`) + pc.dim(` (${o.claims} claims kept, not a second witness)`);
    case 'no-claims':
      return pc.dim('no claims (not stored)');
    case 'failed':
      return pc.red(`failed: ${o.reason ?? 'unknown reason'}`);
  }
}

function formatResults(results: { name: string; outcome: IngestOutcome }[]): string {
  const rows = results.map((r) => [r.name, r.outcome.sourceId ?? '', describeOutcome(r.outcome)]);
  const count = (s: IngestOutcome['status']) => results.filter((r) => r.outcome.status === s).length;
  const summary = [
    `${count('stored')} stored`,
    `${count('duplicate')} duplicate`,
    `${count('near-duplicate')} near-duplicate`,
    `${count('no-claims')} without claims (not stored)`,
    `${count('failed')} failed`,
  ].join(', ');
  return table([[pc.bold('input'), pc.bold('source'), pc.bold('result')], ...rows]) + `${summary}\n`;
}
