import type { Command } from 'commander';

/** Options given before the subcommand (`review --db x accept …`) count too. */
const all = <T>(cmd: Command): T => cmd.optsWithGlobals() as T;
import pc from 'picocolors';
import { acceptItem, attachItem, correctItem, cumulativeItem, historyOf, mergeItems, rejectItem, reviewList, splitItem, type Correction, type ReviewChange, type Reviewer } from '../services/review.service.js';
import { sourcesOfItems } from '../services/sources.service.js';
import type { Store } from '../services/index.js';
import type { Result } from '../domain/errors.js';
import { checksView } from '../services/checks.service.js';
import { DB_HELP, releaseOf, reportIssue, withDbOption, withStore } from './ledger-cli.js';
import { checksText, historyText, reviewText, reviewTotalText } from './ledger-format.js';
import { json } from './escape.js';

interface ActFlags {
  as?: string;
  reason?: string;
  db?: string;
}

const reviewer = (f: ActFlags): Reviewer => ({ name: f.as ?? process.env.USER ?? process.env.USERNAME ?? 'reviewer', reason: f.reason ?? null });

function acting(cmd: Command): Command {
  return cmd.option('--as <name>', 'who is reviewing (default $USER)').option('--reason <text>', 'why, in your words (kept in history)').option('--db <path>', DB_HELP);
}

function done(verb: string, out: Result<ReviewChange>, command = verb): boolean {
  if (!out.ok) {
    reportIssue(`review ${command}`, out.error);
    return false;
  }
  process.stdout.write(`${pc.green(verb)}: ${[...new Set(out.value.changed)].join(', ')} (${out.value.history.length} history entr${out.value.history.length === 1 ? 'y' : 'ies'})\n`);
  for (const note of out.value.notes ?? []) process.stdout.write(`  ${note}\n`);
  return true;
}

/** A typed "none" stands for a field the report does not name. */
const orNull = (v: string): string | null => (/^(none|null|-)$/i.test(v.trim()) ? null : v);

interface CorrectFlags extends ActFlags {
  count?: string;
  qualifier?: string;
  from?: string;
  to?: string;
  category?: string;
  date?: string;
  kind?: string;
  speaker?: string;
  speakerParty?: string;
  agreement?: string;
  mediator?: string;
  wounded?: string;
  since?: string;
}

function correctionOf(f: CorrectFlags): Correction | string {
  const c: Correction = {};
  if (f.count !== undefined) {
    const n = Number(f.count.replace(/[,\s]/g, ''));
    c.count = Number.isFinite(n) ? n : Number.NaN;
  }
  if (f.qualifier !== undefined) c.qualifier = f.qualifier;
  if (f.from !== undefined) c.from = orNull(f.from);
  if (f.to !== undefined) c.to = orNull(f.to);
  if (f.category !== undefined) c.category = f.category;
  if (f.date !== undefined) c.date = f.date;
  if (f.kind !== undefined) c.kind = f.kind;
  if (f.speaker !== undefined) c.speaker = orNull(f.speaker);
  if (f.speakerParty !== undefined) c.speakerParty = orNull(f.speakerParty);
  if (f.agreement !== undefined) c.agreement = orNull(f.agreement);
  if (f.mediator !== undefined) c.mediator = orNull(f.mediator);
  if (f.since !== undefined) c.since = orNull(f.since);
  if (f.wounded !== undefined) {
    if (!/^(yes|no|true|false)$/i.test(f.wounded)) return `--wounded must be yes or no, got "${f.wounded}"`;
    c.wounded = /^(yes|true)$/i.test(f.wounded);
  }
  return c;
}

/** Acts on each id in turn; the exit code fails when any of them failed. */
async function eachId(command: string, verb: string, ids: string[], f: ActFlags, act: (store: Store, id: string, r: Reviewer) => Promise<Result<ReviewChange>>): Promise<void> {
  await withStore(`review ${command}`, f, async (store) => {
    let failed = 0;
    for (const id of ids) if (!done(verb, await act(store, id, reviewer(f)), command)) failed++;
    if (ids.length > 1) process.stdout.write(`${ids.length - failed} of ${ids.length} ${verb}${failed > 0 ? `; ${failed} refused (see above)` : ''}\n`);
  });
}

export function registerReview(program: Command): void {
  const review = withDbOption(program.command('review').description('what waits for review, and acting on it'))
    .option('--limit <n>', 'at most this many items', '50')
    .option('--kind <kind>', 'only events, or claims of one kind: event, cumulative, plan, confirmation, claim')
    .option('--flag <code>', 'only items waiting for this reason (probable-cumulative, disputed-figures, matches-locked-event, no-event-to-confirm, cumulative-mismatch, plan-outstanding, low-confidence, machine …)')
    .option('--party <party>', 'only items where this party hands over, receives or speaks (slug, name or alias)')
    .option('--json', 'the items, the total and the count per reason as JSON')
    .action(async (flags: { limit: string; kind?: string; flag?: string; party?: string; json?: boolean; db?: string }) => {
      const limit = Number(flags.limit);
      if (!Number.isInteger(limit) || limit < 1) return reportIssue('review', { code: 'INPUT_INVALID', message: `--limit must be a whole number ≥ 1, got "${flags.limit}"` });
      await withStore('review', flags, async (store) => {
        const list = await reviewList(store, { limit, kind: flags.kind, flag: flags.flag, party: flags.party });
        if (!list.ok) return reportIssue('review', list.error);
        if (flags.json) {
          const sources = await sourcesOfItems(store, list.value.items);
          process.stdout.write(`${json({ ...list.value, items: list.value.items.map((i) => ({ ...i, sources: sources.get(i.id) ?? [] })) }, 2)}\n`);
          return;
        }
        process.stdout.write(reviewText(list.value.items, await sourcesOfItems(store, list.value.items)));
        process.stdout.write(reviewTotalText(list.value));
      });
    });

  acting(review.command('accept').description('accept events or claims as they stand; a handover claim in no event becomes its own event').argument('<ids...>', 'ev_… or cl_… ids')).action(async (ids: string[], _f: ActFlags, cmd: Command) =>
    eachId('accept', 'accepted', ids, all<ActFlags>(cmd), acceptItem),
  );
  acting(review.command('reject').description('reject events or claims: they no longer count; an event left without a handover claim is withdrawn').argument('<ids...>', 'ev_… or cl_… ids')).action(
    async (ids: string[], _f: ActFlags, cmd: Command) => eachId('reject', 'rejected', ids, all<ActFlags>(cmd), rejectItem),
  );
  acting(
    review
      .command('attach')
      .description('attach a claim to an event (a claim matching a locked event, a confirmation with nothing to confirm): the event counts it')
      .argument('<claim>', 'cl_… id')
      .argument('<event>', 'ev_… id'),
  ).action(async (claim: string, event: string, _f: ActFlags, cmd: Command) => {
    const f = all<ActFlags>(cmd);
    await withStore('review attach', f, async (store) => void done('attached', await attachItem(store, claim, event, reviewer(f)), 'attach'));
  });
  acting(
    review
      .command('cumulative')
      .description('an event held as a probable running total (or a claim) becomes a running total, checked by handover checks; --off makes it count as a handover')
      .argument('<ids...>', 'ev_… or cl_… ids')
      .option('--off', 'the other way: a held event counts as a handover, a running-total claim becomes a handover in its own event'),
  ).action(async (ids: string[], _f: unknown, cmd: Command) => {
    const f = all<ActFlags & { off?: boolean }>(cmd);
    await eachId('cumulative', f.off ? 'counted as a handover' : 'made a running total', ids, f, (store, id, r) => cumulativeItem(store, id, !f.off, r));
  });
  acting(
    review
      .command('correct')
      .description('correct an event or claim (any field of a claim, its kind included); the original stays in history')
      .argument('<id>', 'ev_… or cl_…')
      .option('--count <n>', 'the figure')
      .option('--qualifier <q>', 'exact, at_least, more_than, about, nearly, up_to')
      .option('--from <party>', 'who handed over (slug, name or alias; none for not named)')
      .option('--to <party>', 'who received (slug, name or alias; none for not named)')
      .option('--category <c>', 'what was handed over')
      .option('--date <YYYY-MM-DD>', 'when')
      .option('--kind <kind>', 'a claim\'s kind: event, cumulative, plan or confirmation')
      .option('--speaker <name>', 'who said it (none for nobody named)')
      .option('--speaker-party <party>', 'the party the speaker speaks for')
      .option('--agreement <slug>', 'the framework it belongs to, e.g. istanbul-2025 (none to drop)')
      .option('--mediator <slug>', 'who brokered it, e.g. uae (none to drop)')
      .option('--wounded <yes|no>', 'seriously wounded prisoners')
      .option('--since <date>', 'where a running total starts: YYYY, YYYY-MM or YYYY-MM-DD (none to drop)'),
  ).action(async (id: string, _f: unknown, cmd: Command) => {
    const f = all<CorrectFlags>(cmd);
    const correction = correctionOf(f);
    if (typeof correction === 'string') return reportIssue('review correct', { code: 'REVIEW_INVALID_CORRECTION', message: correction });
    if (Object.keys(correction).length === 0) return reportIssue('review correct', { code: 'REVIEW_INVALID_CORRECTION', message: 'nothing to correct: give at least one of --count, --from, --to, --category, --date, --kind, --speaker, --speaker-party, --agreement, --mediator, --wounded, --since' });
    await withStore('review correct', f, async (store) => void done('corrected', await correctItem(store, id, correction, reviewer(f)), 'correct'));
  });
  acting(review.command('merge').description('merge events that are one handover into the first').argument('<events...>', 'two or more ev_… ids')).action(
    async (ids: string[], _f: ActFlags, cmd: Command) => withStore('review merge', all<ActFlags>(cmd), async (store) => void done('merged', await mergeItems(store, ids, reviewer(all<ActFlags>(cmd))), 'merge')),
  );
  acting(
    review
      .command('split')
      .description('split claims out of an event into a new event')
      .argument('<event>', 'ev_… id')
      .requiredOption('--claims <ids>', 'comma-separated claim ids to move to the new event'),
  ).action(async (id: string, _f: unknown, cmd: Command) => {
    const f = all<ActFlags & { claims: string }>(cmd);
    await withStore('review split', f, async (store) => void done('split', await splitItem(store, id, f.claims.split(',').map((s) => s.trim()).filter(Boolean), reviewer(f)), 'split'));
  });

  withDbOption(program.command('history').description('every change to an event, claim or source: who, when, before, after, why'))
    .argument('<id>', 'ev_…, cl_… or src_…')
    .option('--json', 'entries as JSON Lines')
    .action(async (id: string, flags: { json?: boolean; db?: string }) =>
      withStore('history', flags, async (store) => {
        const entries = await historyOf(store, id);
        if (!entries.ok) return reportIssue('history', entries.error);
        process.stdout.write(flags.json ? entries.value.map((e) => `${json(e)}\n`).join('') : historyText(entries.value));
      }),
    );

  withDbOption(program.command('checks').description('plans against what was delivered, and running totals against the events they cover'))
    .option('--as-of <date>', 'as the ledger was known at the end of YYYY-MM-DD (rebuilt from history)')
    .option('--release <n>', 'as published in release N')
    .option('--json', 'the checks as JSON')
    .action(async (flags: { json?: boolean; asOf?: string; release?: string; db?: string }) =>
      withStore('checks', flags, async (store) => {
        const release = releaseOf(flags.release);
        if (release !== undefined && !(release >= 1)) return reportIssue('checks', { code: 'INPUT_INVALID', message: `--release must be a release number (1, 2, …), got "${flags.release}"` });
        const checks = await checksView(store, flags.asOf, release);
        if (!checks.ok) return reportIssue('checks', checks.error);
        if (flags.json) {
          process.stdout.write(`${json(checks.value, 2)}\n`);
          return;
        }
        process.stdout.write(checksText(checks.value));
      }),
    );
}
