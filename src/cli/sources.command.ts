import type { Command } from 'commander';
import { listClaims, listSources, type SourceQuery } from '../services/sources.service.js';
import { reportIssue, withDbOption, withStore } from './ledger-cli.js';
import { claimsTable, sourcesTable } from './ledger-format.js';
import { json } from './escape.js';

interface ListFlags {
  outlet?: string;
  party?: string;
  kind?: string;
  from?: string;
  to?: string;
  event?: string;
  limit?: string;
  json?: boolean;
  db?: string;
}

function listing(cmd: Command): Command {
  return withDbOption(cmd)
    .option('--outlet <words>', 'only this outlet (words of its name, case ignored)')
    .option('--party <party>', 'only claims where this party hands over, receives or speaks (slug, name or alias)')
    .option('--kind <kind>', 'only claims of this kind: event, cumulative, plan, confirmation')
    .option('--from <date>', 'only claims dated on or after YYYY-MM-DD (publication day when undated)')
    .option('--to <date>', 'only claims dated on or before YYYY-MM-DD')
    .option('--event <id>', 'only the claims of this event (ev_…)')
    .option('--limit <n>', 'at most this many (default: all)')
    .option('--json', 'as JSON Lines, one per line');
}

function queryOf(f: ListFlags): SourceQuery | null {
  const limit = f.limit === undefined ? undefined : Number(f.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) return null;
  return { outlet: f.outlet, party: f.party, kind: f.kind, from: f.from, to: f.to, event: f.event, limit };
}

export function registerSources(program: Command): void {
  listing(program.command('sources').description('the reports behind the ledger: title, outlet, date, link, and the events their claims count in')).action(async (f: ListFlags) => {
    const q = queryOf(f);
    if (q === null) return reportIssue('sources', { code: 'INPUT_INVALID', message: `--limit must be a whole number, got "${f.limit}"` });
    await withStore('sources', f, async (store) => {
      const rows = await listSources(store, q);
      if (!rows.ok) return reportIssue('sources', rows.error);
      process.stdout.write(f.json ? rows.value.map((r) => `${json(r)}\n`).join('') : sourcesTable(rows.value));
    });
  });
  listing(program.command('claims').description('every claim with its figure, who said it, its quote, its source and the event that counts it')).action(async (f: ListFlags) => {
    const q = queryOf(f);
    if (q === null) return reportIssue('claims', { code: 'INPUT_INVALID', message: `--limit must be a whole number, got "${f.limit}"` });
    await withStore('claims', f, async (store) => {
      const rows = await listClaims(store, q);
      if (!rows.ok) return reportIssue('claims', rows.error);
      process.stdout.write(f.json ? rows.value.map((r) => `${json({ ...r.claim, source: r.source, eventId: r.eventId })}\n`).join('') : claimsTable(rows.value));
    });
  });
}
