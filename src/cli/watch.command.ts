import type { Command } from 'commander';
import pc from 'picocolors';
import type { Watch } from '../domain/index.js';
import { addWatch, everyText, listWatches, parseEvery, pollDue, pollWatch, removeWatch, type PollResult } from '../services/watch.service.js';
import { describeOutcome } from './ingest.command.js';
import { json, oneLine, shown } from './escape.js';
import { EXIT, setExit } from './exit-codes.js';
import { fetchSettings, withFetchOptions, type FetchFlags } from './fetch-flags.js';
import { reportIssue, table, withDbOption, withStore } from './ledger-cli.js';

interface WatchFlags extends FetchFlags {
  db?: string;
  every?: string;
  outlet?: string;
  channel?: string;
  json?: boolean;
  all?: boolean;
}

const cliActor = () => `cli:${process.env.USER ?? process.env.USERNAME ?? 'unknown'}`;
const when = (iso: string | null) => (iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '—');

export function registerWatch(program: Command): void {
  const watch = program.command('watch').description('follow sources: feeds, channel exports and pages polled on a schedule, each new item stored as its own source');

  withDbOption(
    watch
      .command('add')
      .description('follow an address (RSS, Atom, JSON Feed, a Telegram export, or a page); the first poll is due at once')
      .argument('<url>', 'http or https address')
      .option('--every <interval>', 'how often to poll: 15m, 1h, 1h30m, 1d (at least 1m)', '15m')
      .option('--outlet <name>', "who publishes it (default: a feed's own title)")
      .option('--channel <username>', "a Telegram export's public channel username, for t.me links"),
  ).action(async (url: string, flags: WatchFlags) => {
    const every = parseEvery(flags.every ?? '15m');
    if (every === null) return reportIssue('watch add', { code: 'INPUT_INVALID', message: `--every must be an interval such as 15m, 1h or 1d, got "${flags.every}"` });
    await withStore(
      'watch add',
      flags,
      async (store) => {
        const added = await addWatch(store, { url, everySeconds: every, outlet: flags.outlet ?? null, channel: flags.channel ?? null, actor: cliActor() });
        if (!added.ok) return reportIssue('watch add', added.error);
        process.stdout.write(`${pc.green('following')} ${shown(added.value.url)} every ${everyText(every)} as ${pc.bold(added.value.id)}\n`);
        process.stdout.write(`poll now with ${pc.bold(`handover watch run ${added.value.id}`)}, or let ${pc.bold('handover serve')} poll on schedule\n`);
      },
      'create',
    );
  });

  withDbOption(
    watch
      .command('list')
      .description('the followed sources: schedule, last poll, last error, items read, sources and claims stored')
      .option('--json', 'as JSON'),
  ).action(async (flags: WatchFlags) => {
    await withStore('watch list', flags, async (store) => {
      const watches = await listWatches(store);
      if (flags.json) return void process.stdout.write(json(watches, 2) + '\n');
      if (watches.length === 0) return void process.stdout.write(`no followed sources: ${pc.bold('handover watch add URL --every 15m')}\n`);
      process.stdout.write(formatWatches(watches));
    });
  });

  withDbOption(watch.command('remove').description('stop following a source (what it stored stays in the ledger)').argument('<id>', 'w_… (see watch list)')).action(async (id: string, flags: WatchFlags) => {
    await withStore('watch remove', flags, async (store) => {
      const removed = await removeWatch(store, id);
      if (!removed.ok) return reportIssue('watch remove', removed.error);
      process.stdout.write(`${pc.green('removed')} ${id}\n`);
    });
  });

  withDbOption(
    withFetchOptions(
      watch
        .command('run')
        .description('poll now: the watch named, else every watch that is due (--all: every watch)')
        .argument('[id]', 'w_… (see watch list)')
        .option('--all', 'poll every watch, due or not')
        .option('--json', 'per-item results as JSON'),
    ),
  ).action(async (id: string | undefined, flags: WatchFlags) => {
    const fetching = fetchSettings(flags);
    if (!fetching.ok) return reportIssue('watch run', { code: 'INPUT_INVALID', message: fetching.message });
    if (id !== undefined && flags.all) return reportIssue('watch run', { code: 'INPUT_INVALID', message: 'name one watch or give --all, not both' });
    await withStore('watch run', flags, async (store) => {
      const opts = { allowPrivate: fetching.value.allowPrivate, timeoutMs: fetching.value.timeoutMs, actor: 'machine' };
      let results: PollResult[];
      if (id !== undefined) {
        const polled = await pollWatch(store, id, { ...opts, force: true });
        if (!polled.ok) return reportIssue('watch run', polled.error);
        results = [polled.value];
      } else {
        results = await pollDue(store, { ...opts, all: flags.all ?? false, onPolled: (r) => (flags.json ? undefined : process.stdout.write(formatPoll(r))) });
        if (results.length === 0 && !flags.json) process.stdout.write(flags.all ? 'no followed sources\n' : 'no watch is due (--all polls every one)\n');
      }
      if (flags.json) process.stdout.write(json(results, 2) + '\n');
      else if (id !== undefined) process.stdout.write(formatPoll(results[0]!));
      const failed = results.some((r) => r.status === 'failed' || r.items.some((i) => i.outcome.status === 'failed'));
      setExit(failed ? EXIT.FAILED : EXIT.OK);
    });
  });
}

function formatWatches(watches: Watch[]): string {
  const rows = watches.map((w) => [
    w.id,
    shown(w.url),
    everyText(w.everySeconds),
    when(w.lastPolledAt),
    w.lastStatus === null ? pc.dim('never polled') : w.lastStatus === 'failed' ? pc.red(`failed: ${oneLine(w.lastError ?? '')}`) : w.lastError ? pc.yellow(oneLine(w.lastError)) : w.lastStatus,
    String(w.itemsSeen),
    String(w.sourcesNew),
    String(w.claimsNew),
    when(w.nextPollAt),
  ]);
  return table([['id', 'url', 'every', 'last poll', 'last result', 'items', 'sources', 'claims', 'next poll'].map((h) => pc.bold(h)), ...rows]);
}

export function formatPoll(r: PollResult): string {
  const head = `${pc.bold(r.watchId)} ${shown(r.url)}: `;
  if (r.status === 'failed') return `${head}${pc.red(`failed: ${oneLine(r.error ?? '')}`)}\n`;
  if (r.status === 'skipped') return `${head}${pc.dim('skipped: another poller has it')}\n`;
  if (r.status === 'not-modified') return `${head}${pc.dim('not modified since the last poll')}\n`;
  const summary = `${r.itemsFound} item${r.itemsFound === 1 ? '' : 's'}, ${r.itemsKnown} read before, ${r.items.length} new: ${r.sourcesNew} source${r.sourcesNew === 1 ? '' : 's'} stored with ${r.claimsNew} claim${r.claimsNew === 1 ? '' : 's'}`;
  const rows = r.items.map((i) => [`  ${shown(i.name)}`, i.outcome.sourceId ?? '', describeOutcome(i.outcome)]);
  return `${head}${summary}\n${rows.length ? table(rows) : ''}`;
}
