import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import pc from 'picocolors';
import { HandoverError } from '../domain/errors.js';
import type { IngestOutcome } from '../services/ingest.service.js';
import { ingestAll, type IngestJob, type IngestResult } from '../services/ingest-run.service.js';
import { expandInputs, type InputItem } from '../services/inputs.js';
import { fetchReport } from '../services/fetch-report.js';
import { expandInput } from '../services/report-units.js';
import { ALLOW_PRIVATE_HELP, fetchSettings, type FetchFlags, type FetchSettings } from './fetch-flags.js';
import { channelUsername } from '../services/report-units.js';
import { oneLine, shown } from './escape.js';
import { EXIT, setExit } from './exit-codes.js';
import { checkDay, formatInt, reportIssue, table, withDbOption, withStore } from './ledger-cli.js';
import { fetchItem, ingestItem, storeConfigFrom, submitJob, type JobItemInput } from '../services/index.js';
import { openJobSender } from '../services/job-queue.js';
import { checkPageSize, pageCapOf, parseMaxBytes, readInput } from './read-input.js';

interface IngestFlags extends FetchFlags {
  published?: string;
  outlet?: string;
  url?: string;
  db?: string;
  as?: string;
  threads?: string;
  maxBytes?: string;
  channel?: string;
  queue?: boolean;
}


/** A progress bar pays off from this many files even when stderr is not a terminal. */
const MANY_FILES = 200;

export function registerIngest(program: Command): void {
  withDbOption(
    program
      .command('ingest')
      .description('extract claims from reports and store them in the ledger (directories are walked; web addresses fetched; "-" reads stdin)')
      .argument('<inputs...>', 'report files, directories, web addresses (http/https), or - for stdin; a feed or a Telegram export becomes one source per item')
      .option('--published <date>', 'publication date YYYY-MM-DD for every input (anchors relative dates)')
      .option('--outlet <name>', 'who published the reports')
      .option('--url <url>', 'where the report was found (for a single input)')
      .option('--threads <n>', 'worker threads that read and extract while the store writes (0: none; default: CPUs - 1, at most 4; used from 16 reports)')
      .option('--max-bytes <size>', 'largest input read, e.g. 64M, 512k (default 16M, and 6M for an HTML page; at most 512M); a larger one fails alone')
      .option('--timeout <seconds>', 'how long one web address may take, redirects included (default 20)')
      .option('--allow-private [networks]', ALLOW_PRIVATE_HELP)
      .option('--channel <username>', "a Telegram export's public channel username, for t.me links to each message")
      .option('--queue', 'submit the inputs as a job and return at once: files are read here and go with it, web addresses are fetched by the workers (handover worker; on SQLite also handover serve); follow it with handover jobs show ID --wait'),
  ).action(async (inputs: string[], flags: IngestFlags) => {
    const bad = checkDay('--published', flags.published);
    if (bad) return reportIssue('ingest', bad);
    const maxBytes = parseMaxBytes(flags.maxBytes);
    if (!maxBytes.ok) return reportIssue('ingest', { code: 'INPUT_INVALID', message: maxBytes.message });
    const fetching = fetchSettings(flags);
    if (!fetching.ok) return reportIssue('ingest', { code: 'INPUT_INVALID', message: fetching.message });
    if (flags.channel !== undefined && channelUsername(flags.channel) === null) {
      return reportIssue('ingest', { code: 'INPUT_INVALID', message: `--channel must be a Telegram username (5–32 letters, digits, _), got "${flags.channel}"` });
    }
    const threads = flags.threads === undefined ? undefined : Number(flags.threads);
    if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0 && threads <= 64)) {
      return reportIssue('ingest', { code: 'INPUT_INVALID', message: `--threads must be a whole number from 0 to 64, got "${flags.threads}"` });
    }
    const expanded = await expandInputs(inputs);
    for (const s of expanded) if (s.kind === 'skipped') process.stderr.write(`handover ingest: notice: ${shown(s.path)}: skipped, ${s.reason}\n`);
    const items = expanded.filter((i): i is Exclude<InputItem, { kind: 'skipped' }> => i.kind !== 'skipped');
    if (items.length === 0) return reportIssue('ingest', { code: 'INPUT_INVALID', message: 'no report files found in the given directories' });
    if (flags.queue) return queueIngest(items, flags, maxBytes.value, fetching.value);
    await withStore('ingest', flags, async (store) => {
      const showBar = process.stderr.isTTY === true || items.length >= MANY_FILES;
      const bar = showBar
        ? new cliProgress.SingleBar(
            { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} {name}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000, clearOnComplete: true },
            cliProgress.Presets.shades_classic,
          )
        : null;
      bar?.start(items.length, 0, { name: '' });
      // Sources are written in batches (ingestAll's, of 200 sources or 2 s): one savepoint each (a source
      // is stored whole or not at all), one commit per batch. A crash loses at most the open batch, which
      // a rerun stores again.
      const results = await ingestAll(
        store,
        items.map((item) => jobFor(item, flags, maxBytes.value, fetching.value)),
        {
          actor: 'machine',
          onExpand: (name, count) => {
            bar?.setTotal(bar.getTotal() + count - 1);
            if (!bar) process.stderr.write(`handover ingest: ${shown(name)}: ${count} item${count === 1 ? '' : 's'}, each its own source\n`);
          },
          ...(threads !== undefined ? { threads } : {}),
          onResult: (name) => bar?.increment({ name: name.length > 40 ? `…${shown(name.slice(-39))}` : shown(name) }),
        },
      );
      bar?.stop();
      process.stdout.write(formatResults(results));
      const failures = results.filter((r) => r.outcome.status === 'failed');
      // Only when nothing failed but for a busy ledger does a rerun alone fix it: say so with its own code.
      setExit(failures.length === 0 ? EXIT.OK : failures.every((r) => r.outcome.code === 'LEDGER_BUSY') ? EXIT.BUSY : EXIT.FAILED);
    }, 'create');
  });
}

/**
 * `ingest --queue`: files are read here and go with the job as bytes, so a worker on any machine can
 * store them; web addresses go as addresses, fetched by the worker. An input that cannot be read is
 * named here and left out.
 */
async function queueIngest(items: Exclude<InputItem, { kind: 'skipped' }>[], flags: IngestFlags, maxBytes: number, fetching: FetchSettings): Promise<void> {
  const config = storeConfigFrom(flags);
  if (!config.ok) return reportIssue('ingest', config.error);
  await withStore('ingest', flags, async (store) => {
    const jobItems: JobItemInput[] = [];
    let unreadable = 0;
    const meta = { outlet: flags.outlet ?? null, publishedAt: flags.published ?? null };
    for (const item of items) {
      if (item.kind === 'url') {
        jobItems.push(fetchItem(item.url, meta));
        continue;
      }
      const name = item.kind === 'stdin' ? '-' : item.path;
      try {
        if (item.kind === 'missing') throw new HandoverError('INGEST_READ_FAILED', item.reason);
        const bytes = checkPageSize(await readInput(name, maxBytes), item.kind === 'file' ? item.path : null, pageCapOf(flags.maxBytes, maxBytes));
        jobItems.push(ingestItem(name, { bytes, path: item.kind === 'file' ? item.path : null, url: flags.url ?? null, ...meta }));
      } catch (err) {
        unreadable++;
        process.stderr.write(`handover ingest: ${pc.red('failed')}: ${shown(name)}: ${oneLine((err as Error).message)} (not queued)\n`);
      }
    }
    if (jobItems.length === 0) return reportIssue('ingest', { code: 'INGEST_READ_FAILED', message: 'no input could be read: nothing was queued' });
    let queue;
    try {
      queue = await openJobSender(config.value);
    } catch (err) {
      return reportIssue('ingest', { code: 'QUEUE_FAILED', message: `cannot reach the job queue: ${oneLine((err as Error).message)}` });
    }
    try {
      const params = { maxBytes, timeoutMs: fetching.timeoutMs, fetchPrivate: fetching.allowPrivate, ...(flags.channel ? { channel: flags.channel } : {}) };
      const job = await submitJob(store, queue, 'ingest', jobItems, { actor: 'machine', params });
      if (!job.ok) return reportIssue('ingest', job.error);
      const who = store.engine === 'sqlite' ? 'handover worker (or handover serve) on this ledger stores them' : 'handover worker processes store them';
      process.stdout.write(`queued ${job.value.id}: ${formatInt(jobItems.length)} input${jobItems.length === 1 ? '' : 's'}; ${who}\nfollow it: handover jobs show ${job.value.id} --wait\n`);
      setExit(unreadable > 0 ? EXIT.FAILED : EXIT.OK);
    } finally {
      await queue.close();
    }
  }, 'create');
}

/** How the run reads one input; a file that cannot be read, or an address that cannot be fetched, fails alone. */
function jobFor(item: Exclude<InputItem, { kind: 'skipped' }>, flags: IngestFlags, maxBytes: number, fetching: FetchSettings): IngestJob {
  const name = item.kind === 'stdin' ? '-' : item.kind === 'url' ? item.url : item.path;
  const fetchOptions = { allowPrivate: fetching.allowPrivate, timeoutMs: fetching.timeoutMs, maxBytes };
  const fetch = (url: string) => fetchReport(url, fetchOptions);
  const expandCtx = { name, fetch, channelUsername: flags.channel ?? null };
  return {
    name,
    load: async () => {
      if (item.kind === 'missing') throw new HandoverError('INGEST_READ_FAILED', item.reason);
      if (item.kind === 'url') {
        const got = await fetch(item.url);
        if (!got.ok) throw new HandoverError(got.error.code, got.error.message);
        const page = got.value;
        const bytes = checkPageSize(page.bytes, page.url, pageCapOf(flags.maxBytes, maxBytes));
        // The address it ended at after redirects is the source's link; the Content-Type's charset decodes it.
        return expandInput(
          {
            bytes,
            url: page.url,
            outlet: flags.outlet ?? null,
            publishedAt: flags.published ?? null,
            ...(page.contentType && page.mediaType !== 'application/octet-stream' ? { contentType: page.contentType } : {}),
          },
          expandCtx,
        );
      }
      const bytes = checkPageSize(await readInput(item.kind === 'stdin' ? '-' : item.path, maxBytes), item.kind === 'file' ? item.path : null, pageCapOf(flags.maxBytes, maxBytes));
      return expandInput(
        {
          bytes,
          path: item.kind === 'file' ? item.path : null,
          url: flags.url ?? null,
          outlet: flags.outlet ?? null,
          publishedAt: flags.published ?? null,
        },
        expandCtx,
      );
    },
  };
}

export function describeOutcome(o: IngestOutcome): string {
  switch (o.status) {
    case 'stored':
      return (
        pc.green(`stored ${o.claims} claim${o.claims === 1 ? '' : 's'}`) +
        (o.events.length ? pc.dim(` (${o.events.length} event${o.events.length === 1 ? '' : 's'})`) : '') +
        (o.reason ? pc.yellow(` (${oneLine(o.reason)})`) : '')
      );
    case 'duplicate':
      return pc.dim(`duplicate of #${o.duplicateOf}`);
    case 'near-duplicate':
      return pc.yellow(`near-duplicate of #${o.duplicateOf}`) + pc.dim(` (${o.claims} claims kept, not a second witness)`);
    case 'no-claims':
      return pc.dim('no claims (not stored)');
    case 'failed':
      return pc.red(`failed: ${oneLine(o.reason ?? 'unknown reason')}`);
  }
}

function formatResults(results: IngestResult[]): string {
  const rows = results.map((r) => [shown(r.name), r.outcome.sourceId ?? '', describeOutcome(r.outcome)]);
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
