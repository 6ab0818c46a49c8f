/**
 * Issue 10 as a user meets it: the CLI on a small ledger of reports written for this test, on
 * SQLite and on PostgreSQL. Each step is a command and what it prints; the ledger grows as the
 * steps go, as a reviewer's would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliLedgers } from './run.js';

const REPORTS = {
  kyiv: `Returned home

On 11 June 2025 Russia handed over the bodies of 1,212 fallen Ukrainian soldiers to Ukraine, Ukraine's Coordination Headquarters said. Ukraine returned 27 bodies to Russia the same day.
`,
  moscow: `Moscow on the remains exchange

On 11 June 2025 Russia transferred 1,200 bodies of Ukrainian servicemen to Ukraine, Russian presidential aide Vladimir Medinsky said.
`,
  tally: `A running tally

Since June 2025 Russia has returned more than 6,000 bodies to Ukraine, Vladimir Medinsky said on 30 June 2025. Russia will hand over another 2,000 bodies next week, he added.
`,
  swap: `Prisoner swap

On 20 June 2025 Ukraine handed over 84 prisoners of war to Russia, the Russian Defence Ministry said.
`,
  held: `A figure too large for one handover

On 30 June 2025 Russia handed over the bodies of 11,500 fallen Ukrainian soldiers to Ukraine, Ukraine's Coordination Headquarters said.
`,
  swapAgain: `Another account of the swap

Ukraine handed over 84 Russian prisoners of war to Russia on 20 June 2025, Russia's Defence Ministry said.
`,
  confirmed: `Swap confirmed

On 24 June 2025 Russia handed over 90 prisoners of war to Ukraine, the Russian Defence Ministry said. Ukraine's Coordination Headquarters for the Treatment of Prisoners of War confirmed the handover.
`,
};

type Claim = { id: string; kind: string; count: { value: number } | null; eventId: string | null; from: string | null; to: string | null; source: { title: string | null; outlet: string | null; link: string | null } };

for (const ledger of cliLedgers()) {
  describe.skipIf(ledger.skip !== null)(`a journalist's ledger through the CLI on ${ledger.engine}`, () => {
    const run = (...args: string[]) => ledger.run(...args);
    const claims = async (...filters: string[]): Promise<Claim[]> => {
      const r = await run('claims', '--json', ...filters);
      expect(r.err).toBe('');
      return r.out.trim() === '' ? [] : r.out.trim().split('\n').map((l) => JSON.parse(l) as Claim);
    };
    const claimOf = async (value: number, ...filters: string[]) => (await claims(...filters)).find((c) => c.count?.value === value)!;

    beforeAll(async () => {
      ledger.open();
      const ingest = async (name: keyof typeof REPORTS, outlet: string, published: string) => {
        const r = await run('ingest', ledger.file(`${name}.txt`, REPORTS[name]), '--outlet', outlet, '--url', `https://news.example/${name}`, '--published', published, '--threads', '0');
        expect(r.code, r.err).toBe(0);
      };
      await ingest('kyiv', 'Kyiv Wire', '2025-06-12');
      await ingest('moscow', 'Moscow Daily', '2025-06-12');
      await ingest('tally', 'Moscow Daily', '2025-06-30');
      await ingest('swap', 'Moscow Daily', '2025-06-21');
      await ingest('confirmed', 'Kyiv Wire', '2025-06-25');
    }, 60_000);
    afterAll(() => ledger.close());

    it('shows each source by title, outlet and link beside its events, and lists sources and claims with filters', async () => {
      const events = await run('events');
      expect(events.out).toMatch(/russia → ukraine\s+remains\s+1,212 \(1,200–1,212\)\s+confirmed\s+machine\s+Kyiv Wire, Moscow Daily/);
      expect(events.out).toMatch(/src_\w+ {2}“Returned home” · Kyiv Wire · 2025-06-12 · https:\/\/news\.example\/kyiv/);
      const remains = (await run('events', '--json', '--category', 'remains')).out.trim().split('\n').map((l) => JSON.parse(l));
      const big = remains.find((e) => e.from === 'russia');
      expect(big.sources.map((s: { outlet: string }) => s.outlet).sort()).toEqual(['Kyiv Wire', 'Moscow Daily']);
      const detail = await run('event', big.id);
      expect(detail.out).toMatch(/Vladimir Medinsky \(russia\)\s+Moscow Daily/);
      expect(detail.out).toMatch(/“Moscow on the remains exchange” · Moscow Daily · 2025-06-12 · https:\/\/news\.example\/moscow/);

      const sources = await run('sources', '--outlet', 'kyiv');
      expect(sources.out).toMatch(/“Returned home” · Kyiv Wire/);
      expect(sources.out).toMatch(/“Swap confirmed” · Kyiv Wire/);
      expect(sources.out).not.toMatch(/Moscow Daily/);
      expect(sources.out).toMatch(/2 sources/);
      const bySpeaker = (await run('sources', '--json', '--kind', 'plan')).out.trim().split('\n').map((l) => JSON.parse(l));
      expect(bySpeaker.map((s) => s.title)).toEqual(['A running tally']);
      expect((await claims('--event', big.id)).map((c) => c.count?.value).sort()).toEqual([1200, 1212]);
      expect((await claims('--party', 'Moscow', '--kind', 'event', '--from', '2025-06-15', '--to', '2025-06-22')).map((c) => c.count?.value)).toEqual([84]);
      const listed = await run('claims', '--kind', 'cumulative');
      expect(listed.out).toMatch(/cumulative .*russia → ukraine\s+remains\s+more than 6,000\s+· Vladimir Medinsky \(russia\)/);
      expect(listed.out).toMatch(/source: src_\w+ {2}“A running tally” · Moscow Daily · 2025-06-30 · https:\/\/news\.example\/tally/);
    });

    it('attaches a confirmation without a figure to the event it confirms: confirmed, and never single-source', async () => {
      const ninety = await claimOf(90);
      const confirmation = (await claims('--kind', 'confirmation'))[0]!;
      expect(confirmation.eventId).toBe(ninety.eventId);
      const event = JSON.parse((await run('event', ninety.eventId!, '--json')).out).event;
      expect(event.status).toBe('confirmed');
      expect(event.flags).not.toContain('single-source');
    });

    it('checks name each plan and running total by direction, category, figure and speaker, now and as known at a date', async () => {
      const checks = await run('checks');
      expect(checks.out).toMatch(/russia → ukraine · remains · more than 6,000 according to Vladimir Medinsky \(russia\) in Moscow Daily\n\s+reported more than 6,000 since June 2025 by 30 June 2025; the ledger holds 1,2\d\d in 1 event/);
      expect(checks.out).toMatch(/russia → ukraine · remains · 2,000 planned for .* according to Vladimir Medinsky \(russia\)\n\s+0 delivered, 2,000 outstanding in 0 events/);
      const before = await run('checks', '--as-of', '2000-01-01');
      expect(before.out).toBe('no plans or running totals in the ledger\n');
      const bad = await run('checks', '--as-of', 'June');
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/INPUT_INVALID/);
    });

    it('totals read as a reader says them, narrowed by party, dates and status', async () => {
      const all = await run('totals');
      expect(all.out).not.toMatch(/\?/);
      const pow = await run('totals', '--party', 'Kyiv', '--category', 'pow', '--from', '2025-06-19', '--to', '2025-06-21');
      expect(pow.out).toMatch(/all\s+pow\s+ukraine → russia\s+1\s+84\s+84\s+84\s+84/);
      expect(pow.out).not.toMatch(/russia → ukraine/);
      const confirmed = await run('totals', '--status', 'confirmed', '--category', 'remains');
      expect(confirmed.out).toMatch(/russia → ukraine\s+1\s+1,2\d\d/);
      expect(confirmed.out).not.toMatch(/ukraine → russia/);
      const typo = await run('totals', '--party', 'Ukrane');
      expect(typo.code).toBe(2);
      expect(typo.err).toMatch(/--party "Ukrane" is not a known party; did you mean ukraine\?/);
    });

    it('checks every typed party against the known parties and their aliases', async () => {
      const events = await run('events', '--party', 'Россия', '--category', 'pow');
      expect(events.out).toMatch(/ukraine → russia\s+pow\s+84/);
      const bad = await run('events', '--party', 'narnia');
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/--party "narnia" is not a known party/);
      const claim = await claimOf(27);
      const wrong = await run('review', 'correct', claim.id, '--from', 'Kyyiv');
      expect(wrong.code).toBe(2);
      expect(wrong.err).toMatch(/--from "Kyyiv" is not a known party; did you mean ukraine\?/);
      expect((await run('review', '--party', 'Atlantis')).err).toMatch(/--party "Atlantis" is not a known party/);
      expect((await run('claims', '--party', 'Atlantis')).err).toMatch(/--party "Atlantis" is not a known party/);
    });

    it('rejecting the only claim of an event withdraws it from the events and the totals; history keeps it; accepting brings it back', async () => {
      const claim = await claimOf(27);
      const eventId = claim.eventId!;
      const rejected = await run('review', 'reject', claim.id, '--as', 'ana', '--reason', 'the 27 was a misreading');
      expect(rejected.code, rejected.err).toBe(0);
      expect(rejected.out).toMatch(new RegExp(`${eventId} is withdrawn`));
      expect((await run('events')).out).not.toMatch(new RegExp(eventId));
      expect((await run('totals', '--category', 'remains')).out).not.toMatch(/ukraine → russia/);
      const gone = await run('event', eventId);
      expect(gone.code).toBe(1);
      expect(gone.err).toMatch(new RegExp(`${eventId} was withdrawn on \\d{4}-\\d{2}-\\d{2} by ana \\(“the 27 was a misreading”\\)`));
      const history = await run('history', eventId);
      expect(history.out).toMatch(/ana {2}reject event .*“the 27 was a misreading”\n\s+removed/);

      const back = await run('review', 'accept', claim.id, '--as', 'ana');
      expect(back.out).toMatch(/holds it as its own event and counts in the totals/);
      expect((await run('totals', '--category', 'remains')).out).toMatch(/ukraine → russia\s+1\s+27/);
    });

    it('lists what waits with a total, as JSON, filtered by kind, reason and party', async () => {
      const list = await run('review');
      expect(list.out).toMatch(/\n\d+ waits? for review: .*\d+ machine/);
      const json = JSON.parse((await run('review', '--json')).out);
      expect(json.total).toBeGreaterThanOrEqual(json.items.length);
      expect(json.items[0].sources[0]).toHaveProperty('outlet');
      const plans = JSON.parse((await run('review', '--json', '--kind', 'plan')).out);
      expect(plans.items.map((i: { claim: { kind: string } }) => i.claim.kind)).toEqual(['plan']);
      expect(plans.byCode).toEqual({ 'plan-outstanding': 1 });
      const machine = JSON.parse((await run('review', '--json', '--flag', 'machine', '--party', 'russia', '--limit', '1')).out);
      expect(machine.items).toHaveLength(1);
      expect(machine.total).toBeGreaterThan(1);
      expect((await run('review', '--kind', 'rumour')).err).toMatch(/--kind must be one of event, claim, cumulative, plan, confirmation/);
      expect((await run('review', '--flag', 'urgent')).err).toMatch(/--flag must be one of probable-cumulative, disputed-figures, .*, machine, got "urgent"/);
    });

    it('accepts several ids at once and says which were refused', async () => {
      const events = (await run('events', '--json')).out.trim().split('\n').map((l) => JSON.parse(l));
      const machine = events.filter((e) => e.review === 'machine').map((e) => e.id);
      const r = await run('review', 'accept', ...machine, 'ev_000000000000');
      expect(r.code).toBe(1);
      expect(r.out).toMatch(new RegExp(`${machine.length} of ${machine.length + 1} accepted; 1 refused`));
      expect(r.err).toMatch(/REVIEW_NOT_FOUND: no event or claim "ev_000000000000"/);
      const after = (await run('events', '--json')).out.trim().split('\n').map((l) => JSON.parse(l));
      expect(after.every((e) => e.review !== 'machine')).toBe(true);
    });

    it('a report of a locked event waits; it can be attached there or accepted as its own event', async () => {
      const swap = await claimOf(84);
      const r = await run('ingest', ledger.file('swap-again.txt', REPORTS.swapAgain), '--outlet', 'Wire Three', '--published', '2025-06-21', '--threads', '0');
      expect(r.code, r.err).toBe(0);
      const again = (await claims('--outlet', 'Wire Three'))[0]!;
      expect(again.eventId).toBeNull();
      const waiting = await run('review', '--flag', 'matches-locked-event');
      expect(waiting.out).toMatch(new RegExp(`${again.id} .*\\n\\s+why: matches ${swap.eventId}, which a person locked: handover review attach ${again.id} ${swap.eventId}`));
      expect(waiting.out).toMatch(/source: src_\w+ {2}“Another account of the swap” · Wire Three/);

      const attached = await run('review', 'attach', again.id, swap.eventId!);
      expect(attached.code, attached.err).toBe(0);
      const detail = JSON.parse((await run('event', swap.eventId!, '--json')).out);
      expect(detail.witnesses.map((w: { claim: { id: string } }) => w.claim.id)).toContain(again.id);
      expect((await run('review', '--flag', 'matches-locked-event')).out).toBe('nothing waits for review\n');

      // Attaching where it does not belong says why, and what to do instead.
      const remains = await claimOf(1212);
      const wrong = await run('review', 'attach', remains.id, swap.eventId!);
      expect(wrong.code).toBe(1);
      expect(wrong.err).toMatch(/REVIEW_ATTACH_INVALID: .* is russia → ukraine remains, .* is ukraine → russia pow: correct the claim first/);
    });

    it('correct changes any field of a claim, its kind included, and a running total goes back and forth', async () => {
      const claim = await claimOf(27);
      const eventId = claim.eventId!;
      const made = await run('review', 'correct', claim.id, '--kind', 'cumulative', '--speaker', 'Unnamed officials', '--speaker-party', 'Kyiv', '--since', '2025-06');
      expect(made.code, made.err).toBe(0);
      expect(made.out).toMatch(/is a running total: it counts in checks/);
      expect(made.out).toMatch(new RegExp(`${eventId} is withdrawn`));
      expect((await run('checks')).out).toMatch(/ukraine → russia · remains · 27 according to Unnamed officials \(ukraine\)/);

      const off = await run('review', 'cumulative', claim.id, '--off');
      expect(off.code, off.err).toBe(0);
      expect(off.out).toMatch(/holds it as its own event and counts in the totals/);
      const on = await run('review', 'cumulative', (await claimOf(27)).eventId!);
      expect(on.out).toMatch(/is a running total now/);
      expect((await run('totals', '--category', 'remains')).out).not.toMatch(/ukraine → russia/);
      const notHeld = await run('review', 'cumulative', (await claimOf(1212)).eventId!, '--off');
      expect(notHeld.err).toMatch(/REVIEW_NOTHING_TO_DO: .* is not held as a running total/);
      const onEvent = await run('review', 'correct', (await claimOf(1212)).eventId!, '--kind', 'plan');
      expect(onEvent.err).toMatch(/kind belong to a claim, not an event/);
    });

    it('an event held as a probable running total counts as a handover with --off, and becomes a running total again', async () => {
      const r = await run('ingest', ledger.file('held.txt', REPORTS.held), '--outlet', 'Wire Four', '--published', '2025-07-01', '--threads', '0');
      expect(r.code, r.err).toBe(0);
      const held = JSON.parse((await run('review', '--json', '--flag', 'probable-cumulative')).out);
      expect(held.items.map((i: { event: { figure: { best: number } } }) => i.event.figure.best)).toEqual([11500]);
      const eventId = held.items[0].id as string;
      expect((await run('totals', '--category', 'remains', '--party', 'russia')).out).toMatch(new RegExp(`held out as probable running totals until reviewed .*: ${eventId}`));

      const counted = await run('review', 'cumulative', eventId, '--off', '--reason', 'a single handover after all');
      expect(counted.code, counted.err).toBe(0);
      expect(counted.out).toMatch(new RegExp(`${eventId} counts as a handover: it is in the totals`));
      expect((await run('totals', '--category', 'remains', '--party', 'russia')).out).toMatch(/russia → ukraine\s+2\s+12,700\s+12,712/);

      const total = await run('review', 'cumulative', eventId);
      expect(total.out).toMatch(/(is a running total|are running totals) now/);
      expect(total.out).toMatch(new RegExp(`${eventId} is withdrawn`));
      expect((await run('totals', '--category', 'remains', '--party', 'russia')).out).toMatch(/russia → ukraine\s+1\s+1,200\s+1,212/);
      expect((await run('checks')).out).toMatch(/russia → ukraine · remains · 11,500 according to Coordination Headquarters for the Treatment of Prisoners of War \(ukraine\) in Wire Four/);
    });

    it('a rejected event leaves the events list and the totals; --review rejected shows it', async () => {
      const ninety = await claimOf(90);
      const r = await run('review', 'reject', ninety.eventId!, '--reason', 'not this swap');
      expect(r.code, r.err).toBe(0);
      expect((await run('events', '--category', 'pow')).out).not.toMatch(new RegExp(ninety.eventId!));
      expect((await run('events', '--review', 'rejected')).out).toMatch(new RegExp(`${ninety.eventId}\\s+2025-06-24\\s+russia → ukraine\\s+pow\\s+90\\s+confirmed\\s+rejected`));
      expect((await run('totals', '--category', 'pow')).out).not.toMatch(/russia → ukraine/);
      expect((await run('events', '--review', 'maybe')).err).toMatch(/--review takes machine, accepted, corrected, rejected/);
    });
  });
}
