/**
 * README's worked example on the seed page, step by step as the README shows it: the 1,000 and 38
 * as one handover, the running totals checked, then beside the demo ledger the seed's claims
 * attached to the reference handover. The seed lives beside the repository (../shared/seeds); the
 * test is skipped without it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliLedgers } from './run.js';

const seedsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'seeds');
const seedName = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()[0] : undefined;

for (const ledger of cliLedgers()) {
  describe.skipIf(ledger.skip !== null || seedName === undefined)(`README's seed example on ${ledger.engine}`, () => {
    const seed = join(seedsDir, seedName ?? '');
    const run = (...args: string[]) => ledger.run(...args);
    beforeAll(() => ledger.open());
    afterAll(() => ledger.close());

    it('alone: one handover in two directions, confirmed by the other side, and two running totals checked', async () => {
      expect((await run('ingest', seed, '--threads', '0')).out).toMatch(/stored 5 claims \(2 events\)/);
      const events = await run('events');
      expect(events.out).toMatch(/undated\s+russia → ukraine\s+remains\s+1,000\s+confirmed/);
      expect(events.out).toMatch(/undated\s+ukraine → russia\s+remains\s+38\s+announced/);
      const checks = await run('checks');
      expect(checks.out).toMatch(/russia → ukraine · remains · more than 11,000 according to Sergey Lavrov \(russia\)\n\s+reported more than 11,000 by December 2025; the ledger holds 0 in 0 events/);
      expect(checks.out).toMatch(/ukraine → russia · remains · 201 according to Sergey Lavrov \(russia\)/);
      expect((await run('totals')).out).not.toMatch(/11,000|201/);
    });

    it('beside the demo: the seed waits on the locked reference handover, is attached, and the totals are checked against the record', async () => {
      ledger.open();
      await run('demo');
      await run('ingest', seed, '--published', '2026-01-29', '--threads', '0');
      const waiting = JSON.parse((await run('review', '--json', '--flag', 'matches-locked-event')).out);
      expect(waiting.total).toBe(3);
      for (const item of waiting.items as { id: string; why: string }[]) {
        const event = /(?:matches|confirms) (ev_\w+)/.exec(item.why)![1]!;
        const r = await run('review', 'attach', item.id, event);
        expect(r.code, r.err).toBe(0);
      }
      const toUkraine = (await run('events', '--json', '--from', '2026-01-29', '--to', '2026-01-29', '--category', 'remains')).out.trim().split('\n').map((l) => JSON.parse(l)).find((e) => e.to === 'ukraine');
      expect([toUkraine.figure.best, toUkraine.status, toUkraine.claimIds.length]).toEqual([1000, 'confirmed', 4]);
      const checks = await run('checks');
      expect(checks.out).toMatch(/reported more than 11,000 by December 2025; the ledger holds 6,415 in 6 events: about 4,600 unaccounted/);
      expect(checks.out).toMatch(/reported 201 by December 2025; the ledger holds 133 in 6 events: 68 unaccounted/);
    });
  });
}
