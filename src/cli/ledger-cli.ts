/** What the ledger's commands share: the --db option, opening the store, printing errors with their codes. */
import type { Command } from 'commander';
import pc from 'picocolors';
import type { HandoverIssue, Issue } from '../domain/errors.js';
import type { StoreFlags } from '../services/ledger-store.js';
import type { Store } from '../services/index.js';
import { oneLine } from './escape.js';
import { exitCodeOf, setExit, type ExitCode } from './exit-codes.js';

export const DB_HELP = 'SQLite file (default ./handover.db or $HANDOVER_DB; DATABASE_URL=postgres://… selects PostgreSQL)';

export function withDbOption(cmd: Command): Command {
  return cmd.option('--db <path>', DB_HELP);
}

/** The CLI's flag for each field a service names in its issues. */
const FLAG_OF: Record<string, string> = {
  asOf: '--as-of',
  release: '--release',
  category: '--category',
  from: '--from',
  to: '--to',
  party: '--party',
  status: '--status',
  count: '--count',
  qualifier: '--qualifier',
  date: '--date',
  publishedAt: '--published',
  format: '--format',
  kind: '--kind',
  speaker: '--speaker',
  speakerParty: '--speaker-party',
  since: '--since',
  agreement: '--agreement',
  mediator: '--mediator',
  outlet: '--outlet',
  event: '--event',
  flag: '--flag',
};

const oneInFlagTerms = (issue: Issue): string => {
  const flag = issue.path === undefined ? undefined : FLAG_OF[issue.path];
  return flag === undefined || issue.path === undefined ? issue.message : issue.message.replace(new RegExp(`^${issue.path}\\b`), flag);
};

/** A service's message in the CLI's words: each field it names becomes the flag a user typed. */
export function inFlagTerms(issue: HandoverIssue): string {
  return issue.issues !== undefined && issue.issues.length > 1 ? issue.issues.map(oneInFlagTerms).join('; ') : oneInFlagTerms(issue);
}

/** Prints an issue as `handover <command>: CODE: message`, on one line, and sets the exit code its code calls for. */
export function reportIssue(command: string, issue: HandoverIssue, exitCode: ExitCode = exitCodeOf(issue.code)): void {
  process.stderr.write(`handover ${command}: ${pc.red(issue.code)}: ${oneLine(inFlagTerms(issue))}\n`);
  setExit(exitCode);
}

/** Commands that may create the ledger when --db names none yet; every other command refuses a ledger that is not there. */
export type StoreUse = 'read' | 'create';

/** Opens the store, runs `fn`, closes the store whatever happens. */
export async function withStore(command: string, flags: StoreFlags, fn: (store: Store) => Promise<void>, use: StoreUse = 'read'): Promise<void> {
  // Loaded here: commands that open no ledger (extract) need none of the storage code.
  const { openLedger } = await import('../services/ledger-store.js');
  const opened = await openLedger(flags, process.env, { create: use === 'create' });
  if (!opened.ok) return reportIssue(command, opened.error);
  try {
    await fn(opened.value);
  } finally {
    await opened.value.close();
  }
}

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD option, or an issue naming the option. */
export function checkDay(option: string, value: string | undefined): HandoverIssue | null {
  if (value === undefined) return null;
  if (ISO_DAY.test(value) && !Number.isNaN(Date.parse(value)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)) return null;
  return { code: 'INPUT_INVALID', message: `${option} must be YYYY-MM-DD, got "${value}"` };
}

export function formatInt(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : n.toLocaleString('en-US');
}

/** Pads a string to a width, counting what the eye sees (colour codes excluded). */
export function pad(s: string, width: number): string {
  // eslint-disable-next-line no-control-regex
  const visible = s.replace(/\x1b\[[0-9;]*m/g, '').length;
  return visible >= width ? s : s + ' '.repeat(width - visible);
}

export function table(rows: string[][], gap = '  '): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.replace(/\x1b\[[0-9;]*m/g, '').length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i] ?? 0))).join(gap).trimEnd()).join('\n') + '\n';
}

/** --release as a number; anything else becomes NaN, which the service refuses naming the flag. */
export const releaseOf = (value: string | undefined): number | undefined => (value === undefined ? undefined : /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN);
