/**
 * The demo ledger as a newcomer meets it: `handover demo`, then every reading command has
 * something to show — speakers and paraphrases, confirmed and disputed events, plans with what was
 * delivered, running totals with their check, and what waits for review. Both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliLedgers } from './run.js';

for (const ledger of cliLedgers()) {
  describe.skipIf(ledger.skip !== null)(`the demo ledger through the CLI on ${ledger.engine}`, () => {
    const run = (...args: string[]) => ledger.run(...args);
    beforeAll(async () => {
      ledger.open();
      const r = await run('demo');
      expect(r.code, r.err).toBe(0);
    }, 60_000);
    afterAll(() => ledger.close());

    it('lists events confirmed by both sides or a mediator, and events the sides dispute', async () => {
      const confirmed = await run('events', '--status', 'confirmed', '--limit', '0');
      expect(confirmed.out).toMatch(/2026-04-24\s+russia → ukraine\s+pow\s+193\s+confirmed\s+accepted\s+voiceofemirates\.com/);
      const disputed = await run('events', '--status', 'disputed');
      expect(disputed.out).toMatch(/2024-01-03\s+russia → ukraine\s+mixed\s+230 \(173–230\)\s+disputed\s+machine/);
      expect(disputed.out).toMatch(/undated\s+russia → ukraine\s+pow\s+207 \(195–207\)\s+disputed\s+machine/);
    });

    it("shows an event's figures side by side, each with its speaker, party, outlet and a paraphrase", async () => {
      const remains = (await run('events', '--json', '--from', '2025-12-19', '--to', '2025-12-19', '--party', 'ukraine')).out.trim().split('\n').map((l) => JSON.parse(l));
      const toUkraine = remains.find((e) => e.to === 'ukraine');
      const detail = await run('event', toUkraine.id);
      expect(detail.out).toMatch(/figure 1,003 \(1,000–1,003\)\s+status confirmed/);
      expect(detail.out).toMatch(/1,003\s+Vladimir Medinsky \(russia\)\s+Zvezda TV\s+accepted\s+Medinsky's post, .* \(paraphrase\)/);
      expect(detail.out).toMatch(/1,003\s+Coordination Headquarters for the Treatment of Prisoners of War \(ukraine\)\s+facts-public\.json/);
      expect(detail.out).toMatch(/src_\w+ {2}Gazeta\.ru · https:\/\/www\.gazeta\.ru\//);
    });

    it('checks running totals against the events they cover, and plans against what was delivered', async () => {
      const checks = await run('checks');
      expect(checks.out).toMatch(/russia → ukraine · pow · 4,552 according to Volodymyr Zelensky \(ukraine\) in facts-public\.json\n\s+reported 4,552 by 19 April 2025; the ledger holds [\d,]+ in \d+ events: about [\d,]+ unaccounted/);
      expect(checks.out).toMatch(/both ways, through uae · mixed · 6,691 according to UAE Ministry of Foreign Affairs \(uae\)/);
      expect(checks.out).toMatch(/israel → hamas · detainees · 602 planned \(announced 2025-02-27\) according to Israeli government \(israel\)\n\s+0 delivered, 602 outstanding in 0 events/);
      expect(checks.out).toMatch(/russia → ukraine · mixed · 1,000 planned for .* according to .*\n\s+1,000 delivered: done in 4 events/);
      // As the ledger was known before the demo was loaded: nothing.
      expect((await run('checks', '--as-of', '2000-01-01')).out).toBe('no plans or running totals in the ledger\n');
    });

    it('has something waiting for review, with a total by reason', async () => {
      const review = JSON.parse((await run('review', '--json')).out);
      expect(review.byCode).toMatchObject({ 'cumulative-mismatch': 4, 'disputed-figures': 2, 'plan-outstanding': 2, 'figures-differ': 1 });
      expect(review.total).toBe(9);
      const text = await run('review', '--flag', 'disputed-figures');
      expect(text.out).toMatch(/why: the parties give different figures: ukraine=230, russia=173/);
      expect(text.out).toMatch(/source: src_\w+ {2}dubaivibesmagazine\.ae · https:\/\//);
    });

    it('totals read without question marks or zeros for undisclosed swaps', async () => {
      const totals = await run('totals', '--category', 'pow');
      expect(totals.out).toMatch(/both ways \(one figure for the two directions\)\s+4\s+–\s+no figure given/);
      expect(totals.out).not.toMatch(/\?|both ways 0/);
      const detainees = await run('totals', '--category', 'detainees');
      expect(detainees.out).toMatch(/direction not stated\s+1\s+14/);
    });
  });
}
