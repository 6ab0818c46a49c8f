/**
 * Every command of `handover`, known without loading it: its name, how the command list shows it and
 * which module registers it. `handover --version` and `--help` load none of them; `handover NAME …`
 * loads only NAME's module (test/cli/lazy-commands.test.ts checks this list against the modules).
 */
import type { Command } from 'commander';

type Register = (program: Command) => void;

/** The modules that register commands, each loaded only when one of its commands runs. */
const MODULES = {
  extract: () => import('./extract.command.js').then((m) => m.registerExtract),
  db: () => import('./db.command.js').then((m) => m.registerDb),
  ingest: () => import('./ingest.command.js').then((m) => m.registerIngest),
  events: () => import('./events.command.js').then((m) => m.registerEvents),
  review: () => import('./review.command.js').then((m) => m.registerReview),
  transfer: () => import('./transfer.command.js').then((m) => m.registerTransfer),
  parties: () => import('./parties.command.js').then((m) => m.registerParties),
  sources: () => import('./sources.command.js').then((m) => m.registerSources),
  serve: () => import('./serve.command.js').then((m) => m.registerServe),
  user: () => import('./user.command.js').then((m) => m.registerUser),
  watch: () => import('./watch.command.js').then((m) => m.registerWatch),
  release: () => import('./release.command.js').then((m) => m.registerRelease),
  changes: () => import('./changes.command.js').then((m) => m.registerChanges),
  jobs: () => import('./jobs.command.js').then((m) => m.registerJobsCommands),
  webhook: () => import('./webhook.command.js').then((m) => m.registerWebhook),
} satisfies Record<string, () => Promise<Register>>;

export type CommandModule = keyof typeof MODULES;

export interface CommandEntry {
  name: string;
  /** The command as the list in `handover --help` shows it: name, "[options]", arguments. */
  term: string;
  description: string;
  module: CommandModule;
}

/** In the order `handover --help` lists them (each module registers its commands in this order). */
export const COMMANDS: readonly CommandEntry[] = [
  { module: 'extract', name: 'extract', term: 'extract [options] <files...>', description: 'print every claim a report makes (HTML or plain text; "-" reads stdin)' },
  { module: 'db', name: 'db', term: 'db', description: 'database housekeeping: migrate, backup, restore' },
  { module: 'ingest', name: 'ingest', term: 'ingest [options] <inputs...>', description: 'extract claims from reports and store them in the ledger (directories are walked; web addresses fetched; "-" reads stdin)' },
  { module: 'events', name: 'events', term: 'events [options]', description: 'the timeline of events, newest first' },
  { module: 'events', name: 'event', term: 'event [options] <id>', description: 'one event: every claim with its source, outlet and quote, side by side' },
  { module: 'events', name: 'totals', term: 'totals [options]', description: 'running totals per direction and category with low / best / high, and the ratio between directions' },
  { module: 'review', name: 'review', term: 'review [options]', description: 'what waits for review, and acting on it' },
  { module: 'review', name: 'history', term: 'history [options] <id>', description: 'every change to an event, claim or source: who, when, before, after, why' },
  { module: 'review', name: 'checks', term: 'checks [options]', description: 'plans against what was delivered, and running totals against the events they cover' },
  { module: 'transfer', name: 'export', term: 'export [options]', description: 'write the ledger as CSV, HXL-tagged CSV or JSON, streaming' },
  {
    module: 'transfer',
    name: 'import',
    term: 'import [options] <file>',
    description: 'read a JSON export back into the ledger: every record is checked first, then written in one transaction; records stored already with other values are kept as stored and named (exit code 1)',
  },
  { module: 'transfer', name: 'demo', term: 'demo [options]', description: 'load the demo ledger (real exchanges with their public source links) into the database' },
  { module: 'parties', name: 'parties', term: 'parties [options]', description: 'the known parties: the slugs --party, --from and --to take, with the names and aliases that stand for them' },
  { module: 'sources', name: 'sources', term: 'sources [options]', description: 'the reports behind the ledger: title, outlet, date, link, and the events their claims count in' },
  { module: 'sources', name: 'claims', term: 'claims [options]', description: 'every claim with its figure, who said it, its quote, its source and the event that counts it' },
  { module: 'serve', name: 'serve', term: 'serve [options]', description: 'serve the ledger over HTTP: the API under /api, its docs at /docs, the web app at /' },
  { module: 'user', name: 'user', term: 'user', description: 'accounts for the HTTP API (handover serve): add, list, disable, tokens' },
  { module: 'release', name: 'release', term: 'release', description: 'publish the ledger as numbered, immutable releases others can cite, fetch again, compare and verify' },
  {
    module: 'changes',
    name: 'changes',
    term: 'changes [options]',
    description: 'the change feed: every source, claim and event created, corrected, merged, split or withdrawn, in order, from a cursor that stays valid across restarts',
  },
  { module: 'watch', name: 'watch', term: 'watch', description: 'follow sources: feeds, channel exports and pages polled on a schedule, each new item stored as its own source' },
  { module: 'jobs', name: 'jobs', term: 'jobs', description: 'large work (a folder, an upload of many reports, a list of addresses, a feed poll) as jobs: list, show progress and per-item results, cancel' },
  {
    module: 'jobs',
    name: 'worker',
    term: 'worker [options]',
    description: 'do jobs until stopped: on PostgreSQL take them from the queue (run as many as you like, on any machines); on SQLite, as the one process that writes',
  },
  { module: 'webhook', name: 'webhook', term: 'webhook', description: 'subscriptions: signed POSTs to an address when events are created, change status, or a release is made' },
];

/** The module's register function, loaded now. */
export function loadCommands(module: CommandModule): Promise<Register> {
  return MODULES[module]();
}

/** Every module, in the order of COMMANDS. */
export const COMMAND_MODULES: readonly CommandModule[] = [...new Set(COMMANDS.map((c) => c.module))];

/**
 * The command that `argv` (as process.argv) runs: its first word that is no option, or the word after
 * `help`. Null for `handover --help`, `--version` and nothing at all.
 */
export function commandNamed(argv: readonly string[]): CommandEntry | null {
  const words = argv.slice(2).filter((a) => !a.startsWith('-'));
  const name = words[0] === 'help' ? words[1] : words[0];
  return COMMANDS.find((c) => c.name === name) ?? null;
}
