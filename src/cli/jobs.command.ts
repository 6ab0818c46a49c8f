/** `handover jobs list|show|cancel` and `handover worker`: large work as jobs, and the processes that do them. */
import type { Command } from 'commander';
import pc from 'picocolors';
import { JOB_ITEM_STATUSES, JOB_STATUSES, isFinishedJob, type Job, type JobItem, type JobItemStatus, type JobStatus } from '../domain/index.js';
import { cancelJob, getJob, jobItems, listJobs, storeConfigFrom } from '../services/index.js';
import { startWorker } from '../services/job-queue.js';
import { oneLine, shown } from './escape.js';
import { EXIT, setExit } from './exit-codes.js';
import { formatInt, reportIssue, table, withDbOption, withStore } from './ledger-cli.js';
import { untilStopped } from './stop-signal.js';

const percent = (j: Job) => (j.progress.total === 0 ? 100 : Math.floor((100 * j.progress.finished) / j.progress.total));

function outcomesText(j: Job): string {
  return Object.entries(j.progress.outcomes)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${formatInt(n)} ${k}`)
    .join(', ');
}

const statusColour = (s: JobStatus) => (s === 'done' ? pc.green(s) : s === 'failed' ? pc.red(s) : s === 'cancelled' ? pc.yellow(s) : s === 'running' ? pc.cyan(s) : s);

export function jobLine(j: Job): string {
  return `${j.id}  ${j.kind}  ${statusColour(j.status)}  ${formatInt(j.progress.finished)}/${formatInt(j.progress.total)} (${percent(j)}%)${outcomesText(j) ? `  ${outcomesText(j)}` : ''}`;
}

function jobsTable(jobs: Job[]): string {
  const rows = jobs.map((j) => [j.id, j.kind, statusColour(j.status), `${formatInt(j.progress.finished)}/${formatInt(j.progress.total)}`, `${percent(j)}%`, j.createdAt.slice(0, 19).replace('T', ' '), j.createdBy, outcomesText(j)]);
  return table([[pc.bold('id'), pc.bold('kind'), pc.bold('status'), pc.bold('items'), pc.bold('done'), pc.bold('submitted (UTC)'), pc.bold('by'), pc.bold('outcomes')], ...rows]);
}

function itemDetail(i: JobItem): string {
  const r = i.result as Record<string, unknown> | null;
  if (r === null) return '';
  if (typeof r.reason === 'string') return oneLine(r.reason);
  if (typeof r.error === 'string') return oneLine(r.error);
  if (typeof r.sourceId === 'string') return `${r.sourceId}${typeof r.claims === 'number' && r.claims > 0 ? ` (${r.claims} claim${r.claims === 1 ? "" : "s"})` : ''}`;
  return '';
}

function describeJob(j: Job): string {
  const p = j.progress;
  return [
    `${pc.bold(j.id)}  ${j.kind}  ${statusColour(j.status)}`,
    `items ${formatInt(p.total)}: ${formatInt(p.done)} done, ${formatInt(p.failed)} failed, ${formatInt(p.pending)} pending${p.cancelled ? `, ${formatInt(p.cancelled)} cancelled` : ''} (${percent(j)}%)`,
    outcomesText(j) ? `outcomes: ${outcomesText(j)}` : null,
    `submitted ${j.createdAt} by ${j.createdBy}${j.startedAt ? `, started ${j.startedAt}` : ''}${j.finishedAt ? `, finished ${j.finishedAt}` : ''}`,
    j.error ? pc.red(`error: ${oneLine(j.error)}`) : null,
  ]
    .filter((l) => l !== null)
    .join('\n') + '\n';
}

const positiveInt = (text: string | undefined, flag: string, min = 1, max = 100_000): number | string | undefined => {
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : `${flag} must be a whole number from ${min} to ${max}, got "${text}"`;
};

export function registerJobs(program: Command): void {
  const jobs = program.command('jobs').description('large work (a folder, an upload of many reports, a list of addresses, a feed poll) as jobs: list, show progress and per-item results, cancel');

  withDbOption(jobs.command('list', { isDefault: true }).description('the latest jobs, newest first'))
    .option('--status <status>', `only jobs in this state (${JOB_STATUSES.join(', ')})`)
    .option('--limit <n>', 'at most this many (default 20)')
    .option('--json', 'one JSON object per job (JSON Lines)')
    .action(async (flags: { db?: string; status?: string; limit?: string; json?: boolean }) => {
      if (flags.status !== undefined && !(JOB_STATUSES as readonly string[]).includes(flags.status)) return reportIssue('jobs', { code: 'INPUT_INVALID', message: `--status must be one of ${JOB_STATUSES.join(', ')}, got "${flags.status}"` });
      const limit = positiveInt(flags.limit, '--limit', 1, 1000);
      if (typeof limit === 'string') return reportIssue('jobs', { code: 'INPUT_INVALID', message: limit });
      await withStore('jobs', flags, async (store) => {
        const list = await listJobs(store, { limit: limit ?? 20, ...(flags.status ? { status: flags.status as JobStatus } : {}) });
        if (flags.json) return void process.stdout.write(list.map((j) => JSON.stringify(j) + '\n').join(''));
        process.stdout.write(list.length === 0 ? 'no jobs yet (handover ingest --queue, or the API\'s bulk upload, makes one)\n' : jobsTable(list));
      });
    });

  withDbOption(jobs.command('show').description("one job's progress and its items' results").argument('<id>', 'the job id (job_…)'))
    .option('--items <status>', `list the items in this state (${JOB_ITEM_STATUSES.join(', ')}, or all)`)
    .option('--after <seq>', 'items after this position (paging)')
    .option('--limit <n>', 'at most this many items (default 100)')
    .option('--wait', 'follow the job until it finishes, printing its progress')
    .option('--json', 'the job as one JSON object (with the items asked for)')
    .action(async (id: string, flags: { db?: string; items?: string; after?: string; limit?: string; wait?: boolean; json?: boolean }) => {
      if (flags.items !== undefined && flags.items !== 'all' && !(JOB_ITEM_STATUSES as readonly string[]).includes(flags.items)) {
        return reportIssue('jobs', { code: 'INPUT_INVALID', message: `--items must be all or one of ${JOB_ITEM_STATUSES.join(', ')}, got "${flags.items}"` });
      }
      const limit = positiveInt(flags.limit, '--limit', 1, 10_000);
      const after = positiveInt(flags.after, '--after', 0, 2_000_000_000);
      if (typeof limit === 'string') return reportIssue('jobs', { code: 'INPUT_INVALID', message: limit });
      if (typeof after === 'string') return reportIssue('jobs', { code: 'INPUT_INVALID', message: after });
      await withStore('jobs', flags, async (store) => {
        let job = await getJob(store, id);
        if (!job.ok) return reportIssue('jobs', job.error);
        if (flags.wait) {
          let last = '';
          while (!isFinishedJob(job.value.status)) {
            const line = jobLine(job.value);
            if (line !== last) process.stderr.write(`${line}\n`);
            last = line;
            await new Promise((r) => setTimeout(r, 1000));
            job = await getJob(store, id);
            if (!job.ok) return reportIssue('jobs', job.error);
          }
        }
        const status = flags.items === undefined || flags.items === 'all' ? undefined : (flags.items as JobItemStatus);
        const page = flags.items === undefined ? null : await jobItems(store, id, { limit: limit ?? 100, afterSeq: after ?? -1, ...(status ? { status } : {}) });
        if (page && !page.ok) return reportIssue('jobs', page.error);
        if (flags.json) {
          process.stdout.write(JSON.stringify(page ? { ...job.value, items: page.value.items, next: page.value.next } : job.value) + '\n');
        } else {
          process.stdout.write(describeJob(job.value));
          if (page) {
            const rows = page.value.items.map((i) => [String(i.seq), shown(i.name), i.status, i.outcome ?? '', itemDetail(i)]);
            process.stdout.write('\n' + (rows.length ? table([[pc.bold('#'), pc.bold('item'), pc.bold('status'), pc.bold('outcome'), pc.bold('detail')], ...rows]) : 'no items in that state\n'));
            if (page.value.next !== null) process.stdout.write(pc.dim(`more: handover jobs show ${id} --items ${flags.items} --after ${page.value.next}\n`));
          } else if (job.value.progress.failed > 0) {
            process.stdout.write(pc.dim(`the failed items: handover jobs show ${id} --items failed\n`));
          }
        }
        if (job.value.status === 'failed' || (flags.wait && job.value.progress.failed > 0)) setExit(EXIT.FAILED);
      });
    });

  withDbOption(jobs.command('cancel').description('cancel a job: items not yet taken are cancelled, those in a worker\'s hands finish').argument('<id>', 'the job id (job_…)'))
    .option('--json', 'the job as one JSON object')
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      await withStore('jobs', flags, async (store) => {
        const job = await cancelJob(store, id);
        if (!job.ok) return reportIssue('jobs', job.error);
        process.stdout.write(flags.json ? JSON.stringify(job.value) + '\n' : `cancelled ${jobLine(job.value)}\n`);
      });
    });
}

export function registerWorker(program: Command): void {
  withDbOption(
    program
      .command('worker')
      .description('do jobs until stopped: on PostgreSQL take them from the queue (run as many as you like, on any machines); on SQLite, as the one process that writes'),
  )
    .option('--concurrency <n>', 'jobs chunks worked on at once in this process (PostgreSQL; default 1)')
    .option('--lease <seconds>', "how long an item stays this worker's without renewal: a worker that dies has its items taken by another after this (default 60)")
    .option('--quiet', 'print nothing but errors')
    .action(async (flags: { db?: string; concurrency?: string; lease?: string; quiet?: boolean }) => {
      const concurrency = positiveInt(flags.concurrency, '--concurrency', 1, 64);
      const lease = positiveInt(flags.lease, '--lease', 2, 86_400);
      for (const v of [concurrency, lease]) if (typeof v === 'string') return reportIssue('worker', { code: 'INPUT_INVALID', message: v });
      const config = storeConfigFrom(flags);
      if (!config.ok) return reportIssue('worker', config.error);
      await withStore(
        'worker',
        flags,
        async (store) => {
          const stopped = untilStopped();
          const say = (line: string) => (flags.quiet ? undefined : process.stderr.write(`${line}\n`));
          let worker;
          try {
            worker = await startWorker(store, config.value, {
              ...(typeof concurrency === 'number' ? { concurrency } : {}),
              ...(typeof lease === 'number' ? { leaseMs: lease * 1000 } : {}),
              onChunk: (job, finished) => say(`${job.id} ${job.kind}: +${finished}`),
              onError: (err) => process.stderr.write(`handover worker: ${pc.red('error')}: ${oneLine((err as Error).message ?? String(err))}\n`),
            });
          } catch (err) {
            return reportIssue('worker', { code: 'QUEUE_FAILED', message: `cannot start the worker: ${oneLine((err as Error).message)}` });
          }
          process.stdout.write(`worker ${worker.workerId} takes jobs (${worker.mode}) from ${store.description}; stop with Ctrl-C\n`);
          // The worker's own timers do not keep the process alive; it runs until told to stop.
          const alive = setInterval(() => undefined, 1 << 30);
          await stopped;
          clearInterval(alive);
          say('stopping: finishing what is in hand');
          await worker.stop();
          process.stderr.write('stopped\n');
        },
        'create',
      );
    });
}

/** Both commands of this module, as commands.ts loads them. */
export function registerJobsCommands(program: Command): void {
  registerJobs(program);
  registerWorker(program);
}
