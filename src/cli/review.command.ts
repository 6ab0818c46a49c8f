import type { Command } from 'commander';

/** Options given before the subcommand (`review --db x accept …`) count too. */
const all = <T>(cmd: Command): T => cmd.optsWithGlobals() as T;
import pc from 'picocolors';
import { acceptItem, correctItem, historyOf, mergeItems, rejectItem, reviewQueue, splitItem, type Correction, type ReviewChange, type Reviewer } from '../services/review.service.js';
import type { Result } from '../domain/errors.js';
import { refreshChecks } from '../services/checks.service.js';
import { formatInt } from './ledger-cli.js';
import { DB_HELP, reportIssue, withDbOption, withStore } from './ledger-cli.js';
import { historyText, reviewText } from './ledger-format.js';

interface ActFlags {
  as?: string;
  reason?: string;
  db?: string;
}

const reviewer = (f: ActFlags): Reviewer => ({ name: f.as ?? process.env.USER ?? process.env.USERNAME ?? 'reviewer', reason: f.reason ?? null });

function acting(cmd: Command): Command {
  return cmd.option('--as <name>', 'who is reviewing (default $USER)').option('--reason <text>', 'why, in your words (kept in history)').option('--db <path>', DB_HELP);
}

function done(verb: string, out: Result<ReviewChange>): void {
  if (!out.ok) return reportIssue(`review ${verb}`, out.error);
  process.stdout.write(`${pc.green(verb)}: ${[...new Set(out.value.changed)].join(', ')} (${out.value.history.length} history entr${out.value.history.length === 1 ? 'y' : 'ies'})\n`);
}

export function registerReview(program: Command): void {
  const review = withDbOption(program.command('review').description('what waits for review, and acting on it'))
    .option('--limit <n>', 'at most this many items', '50')
    .action(async (flags: { limit: string; db?: string }) =>
      withStore('review', flags, async (store) => {
        process.stdout.write(reviewText(await reviewQueue(store, Math.max(1, Number(flags.limit) || 50))));
      }),
    );

  acting(review.command('accept').description('accept an event or claim as it stands').argument('<id>', 'ev_… or cl_…')).action(async (id: string, _f: ActFlags, cmd: Command) =>
    withStore('review accept', all<ActFlags>(cmd), async (store) => done('accepted', await acceptItem(store, id, reviewer(all<ActFlags>(cmd))))),
  );
  acting(review.command('reject').description('reject an event or claim: it no longer counts').argument('<id>', 'ev_… or cl_…')).action(async (id: string, _f: ActFlags, cmd: Command) =>
    withStore('review reject', all<ActFlags>(cmd), async (store) => done('rejected', await rejectItem(store, id, reviewer(all<ActFlags>(cmd))))),
  );
  acting(
    review
      .command('correct')
      .description('correct an event or claim; the original stays in history')
      .argument('<id>', 'ev_… or cl_…')
      .option('--count <n>', 'the figure')
      .option('--qualifier <q>', 'exact, at_least, more_than, about, nearly, up_to')
      .option('--from <party>', 'who handed over')
      .option('--to <party>', 'who received')
      .option('--category <c>', 'what was handed over')
      .option('--date <YYYY-MM-DD>', 'when'),
  ).action(async (id: string, _f: unknown, cmd: Command) => {
    const f = all<ActFlags & { count?: string; qualifier?: string; from?: string; to?: string; category?: string; date?: string }>(cmd);
    const correction: Correction = {};
    if (f.count !== undefined) {
      const n = Number(f.count.replace(/[,\s]/g, ''));
      correction.count = Number.isFinite(n) ? n : Number.NaN;
    }
    if (f.qualifier !== undefined) correction.qualifier = f.qualifier;
    if (f.from !== undefined) correction.from = f.from;
    if (f.to !== undefined) correction.to = f.to;
    if (f.category !== undefined) correction.category = f.category;
    if (f.date !== undefined) correction.date = f.date;
    if (Object.keys(correction).length === 0) return reportIssue('review correct', { code: 'REVIEW_INVALID_CORRECTION', message: 'nothing to correct: give at least one of --count, --from, --to, --category, --date' });
    await withStore('review correct', f, async (store) => done('corrected', await correctItem(store, id, correction, reviewer(f))));
  });
  acting(review.command('merge').description('merge events that are one handover into the first').argument('<events...>', 'two or more ev_… ids')).action(
    async (ids: string[], _f: ActFlags, cmd: Command) => withStore('review merge', all<ActFlags>(cmd), async (store) => done('merged', await mergeItems(store, ids, reviewer(all<ActFlags>(cmd))))),
  );
  acting(
    review
      .command('split')
      .description('split claims out of an event into a new event')
      .argument('<event>', 'ev_… id')
      .requiredOption('--claims <ids>', 'comma-separated claim ids to move to the new event'),
  ).action(async (id: string, _f: unknown, cmd: Command) => {
    const f = all<ActFlags & { claims: string }>(cmd);
    await withStore('review split', f, async (store) => done('split', await splitItem(store, id, f.claims.split(',').map((s) => s.trim()).filter(Boolean), reviewer(f))));
  });

  withDbOption(program.command('history').description('every change to an event, claim or source: who, when, before, after, why'))
    .argument('<id>', 'ev_…, cl_… or src_…')
    .option('--json', 'entries as JSON Lines')
    .action(async (id: string, flags: { json?: boolean; db?: string }) =>
      withStore('history', flags, async (store) => {
        const entries = await historyOf(store, id);
        if (!entries.ok) return reportIssue('history', entries.error);
        process.stdout.write(flags.json ? entries.value.map((e) => `${JSON.stringify(e)}\n`).join('') : historyText(entries.value));
      }),
    );

  withDbOption(program.command('checks').description('plans against what was delivered, and cumulative figures against the events they cover'))
    .option('--json', 'the checks as JSON')
    .action(async (flags: { json?: boolean; db?: string }) =>
      withStore('checks', flags, async (store) => {
        const checks = await refreshChecks(store);
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(checks, null, 2)}\n`);
          return;
        }
        if (checks.cumulative.length === 0 && checks.plans.length === 0) process.stdout.write('no plans or cumulative figures in the ledger\n');
        for (const c of checks.cumulative) process.stdout.write(`${pc.bold(c.claimId)}  cumulative: ${c.sentence}\n`);
        for (const p of checks.plans) {
          process.stdout.write(
            `${pc.bold(p.planClaimId)}  plan: ${p.planned ? formatInt(p.planned.value) : 'no figure'} planned, ${formatInt(p.delivered)} delivered in ${p.eventIds.length} event(s)${p.outstanding === null ? '' : `, ${formatInt(p.outstanding)} outstanding`}\n`,
          );
        }
      }),
    );
}
