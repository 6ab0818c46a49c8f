import type { Command } from 'commander';
import { COUNTED_REVIEW_STATES, REVIEW_STATES, type Category, type LedgerEvent } from '../domain/index.js';
import { sourcesOfEvents } from '../services/sources.service.js';
import { eventDetail, iterateEvents, ledgerTotalsOf, listEvents, type EventQuery } from '../services/read.service.js';
import { releaseOf, reportIssue, withDbOption, withStore } from './ledger-cli.js';
import { eventDetailText, eventsTable, totalsText } from './ledger-format.js';
import { json } from './escape.js';

interface FilterFlags {
  from?: string;
  to?: string;
  party?: string;
  category?: string;
  status?: string;
  asOf?: string;
  release?: string;
  db?: string;
}

/** The filters every listing command shares. */
export function withFilters(cmd: Command): Command {
  return cmd
    .option('--from <date>', 'events on or after YYYY-MM-DD')
    .option('--to <date>', 'events on or before YYYY-MM-DD')
    .option('--party <slug>', 'events where this party hands over or receives (slug, name or alias; handover parties lists them)')
    .option('--category <category>', 'remains, pow, civilians, children, hostages, detainees, mixed')
    .option('--status <status>', 'announced, confirmed or disputed')
    .option('--as-of <date>', 'the ledger as it was known at the end of YYYY-MM-DD (rebuilt from history)')
    .option('--release <n>', 'the ledger as published in release N (handover release list)');
}

export function queryOf(f: FilterFlags): EventQuery {
  return { from: f.from, to: f.to, party: f.party, category: f.category, status: f.status, asOf: f.asOf, release: releaseOf(f.release) };
}

export function registerEvents(program: Command): void {
  withDbOption(withFilters(program.command('events').description('the timeline of events, newest first')))
    .option('--json', 'one JSON object per event per line')
    .option('--limit <n>', 'at most this many events (default 100; 0 for all)', '100')
    .option('--review <states>', 'comma-separated review states to show (default machine,accepted,corrected: a rejected event no longer counts)', COUNTED_REVIEW_STATES.join(','))
    .action(async (flags: FilterFlags & { json?: boolean; limit: string; review: string }) => {
      const limit = Number(flags.limit);
      if (!Number.isInteger(limit) || limit < 0) return reportIssue('events', { code: 'INPUT_INVALID', message: `--limit must be a whole number, got "${flags.limit}"` });
      const review = flags.review.split(',').map((r) => r.trim()).filter(Boolean);
      const unknown = review.filter((r) => !(REVIEW_STATES as readonly string[]).includes(r));
      if (unknown.length > 0 || review.length === 0) return reportIssue('events', { code: 'INPUT_INVALID', message: `--review takes ${REVIEW_STATES.join(', ')} (comma-separated), got "${flags.review}"` });
      await withStore('events', flags, async (store) => {
        const query: EventQuery = { ...queryOf(flags), review };
        if (flags.json || limit === 0) {
          const first = await listEvents(store, query, 1);
          if (!first.ok) return reportIssue('events', first.error);
          let n = 0;
          const shown: LedgerEvent[] = [];
          let batch: LedgerEvent[] = [];
          // JSON lines carry each event's sources, looked up a page at a time.
          const flush = async () => {
            const sources = await sourcesOfEvents(store, batch);
            for (const e of batch) process.stdout.write(`${json({ ...e, sources: sources.get(e.id) ?? [] })}\n`);
            batch = [];
          };
          for await (const e of iterateEvents(store, query)) {
            if (limit > 0 && n >= limit) break;
            n++;
            if (flags.json) {
              batch.push(e);
              if (batch.length >= 200) await flush();
            } else shown.push(e);
          }
          if (flags.json) await flush();
          else process.stdout.write(eventsTable(shown, await sourcesOfEvents(store, shown)));
          return;
        }
        const page = await listEvents(store, query, limit);
        if (!page.ok) return reportIssue('events', page.error);
        process.stdout.write(eventsTable(page.value.events, await sourcesOfEvents(store, page.value.events)));
        if (page.value.next) process.stdout.write(`… more: use --limit 0 for all\n`);
      });
    });

  withDbOption(program.command('event').description('one event: every claim with its source, outlet and quote, side by side'))
    .argument('<id>', 'event id (ev_…)')
    .option('--as-of <date>', 'as it was known at the end of YYYY-MM-DD')
    .option('--release <n>', 'as published in release N')
    .option('--json', 'the event, its witnesses and the other direction as JSON')
    .action(async (id: string, flags: { asOf?: string; release?: string; json?: boolean; db?: string }) =>
      withStore('event', flags, async (store) => {
        const release = releaseOf(flags.release);
        if (release !== undefined && !(release >= 1)) return reportIssue('event', { code: 'INPUT_INVALID', message: `--release must be a release number (1, 2, …), got "${flags.release}"` });
        const detail = await eventDetail(store, id, flags.asOf, release);
        if (!detail.ok) return reportIssue('event', detail.error);
        process.stdout.write(flags.json ? `${json(detail.value, 2)}\n` : eventDetailText(detail.value));
      }),
    );

  withDbOption(withFilters(program.command('totals').description('running totals per direction and category with low / best / high, and the ratio between directions')))
    .option('--by <period>', 'month, year or all', 'all')
    .option('--json', 'the totals as JSON')
    .action(async (flags: FilterFlags & { by: string; json?: boolean }) => {
      if (!['month', 'year', 'all'].includes(flags.by)) return reportIssue('totals', { code: 'INPUT_INVALID', message: `--by must be month, year or all, got "${flags.by}"` });
      await withStore('totals', flags, async (store) => {
        const t = await ledgerTotalsOf(store, {
          by: flags.by as 'month' | 'year' | 'all',
          category: flags.category as Category | undefined,
          asOf: flags.asOf,
          party: flags.party,
          from: flags.from,
          to: flags.to,
          status: flags.status,
          release: releaseOf(flags.release),
        });
        if (!t.ok) return reportIssue('totals', t.error);
        process.stdout.write(flags.json ? `${json(t.value, 2)}\n` : totalsText(t.value));
      });
    });
}
