import { issuesOf } from '../domain/index.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LedgerClaim } from '../domain/index.js';
import { dateOfFact, demoLedger, factsFromPublic, parseDemoLedgerFile } from './demo.js';
import { parseLedgerExport } from './export-schema.js';
import { flagProbableCumulative } from './cumulative.js';
import { assignClaims } from './grouping.js';
import { totals } from './totals.js';

const who = { at: '2026-01-01T00:00:00.000Z', actor: 'demo' };
const file = (() => {
  const parsed = parseDemoLedgerFile(JSON.parse(readFileSync(new URL('../../data/demo-ledger.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(issuesOf(parsed.error).map((i) => i.message).join('\n'));
  return parsed.value;
})();

describe('reference facts to demo facts', () => {
  const rows = [
    { event_id: 'x-1', date: '2025-06-10', date_basis: 'stated', from: 'both', to: 'both', category: 'wounded_pow', count: null, qualifier: null, agreement: 'Istanbul 2025 (all-for-all, 2 June)', mediator: null, sources: ['https://example.org/a'], note: 'prose is dropped' },
    { event_id: 'x-2', date: '2023-04-14/2023-04-16', date_basis: 'stated', from: 'Yemeni government / Saudi-led coalition', to: 'Houthis', category: 'detainees', count: 700, qualifier: 'more_than', agreement: 'Bern agreement (20 March 2023)', mediator: "UN envoy's office; ICRC (health checks)", sources: ['https://example.org/b', 'https://example.org/b'], alt_counts: [706] },
  ];

  it('maps both rows, wounded pow, parties, agreements, mediators and date ranges', () => {
    const r = factsFromPublic(rows);
    if (!r.ok) throw new Error('conversion failed');
    const [both, yemen] = r.value.facts;
    expect(both).toMatchObject({ id: 'x-1:both:pow+wounded', from: null, to: null, twoWay: true, category: 'pow', wounded: true, count: null, qualifier: null, agreement: 'istanbul-2025' });
    expect(yemen).toMatchObject({
      from: 'yemeni-government',
      to: 'houthis',
      count: 700,
      qualifier: 'more_than',
      agreement: 'bern-2023',
      mediators: ['un', 'icrc'],
      altCounts: [706],
      sources: ['https://example.org/b'],
      date: { start: '2023-04-14', end: '2023-04-16', precision: 'day' },
    });
    expect(JSON.stringify(r.value)).not.toContain('prose');
  });

  it('reports bad rows with their path', () => {
    const r = factsFromPublic([{ ...rows[0], category: 'goats' }]);
    expect(r.ok ? null : r.error.path).toBe('[0].category');
  });

  it('reads months and refuses nonsense dates', () => {
    expect(dateOfFact('2022-06')).toEqual({ start: '2022-06-01', end: '2022-06-30', precision: 'month' });
    expect(dateOfFact('early 2024')).toBeNull();
  });
});

describe('the committed demo file', () => {
  it('holds every reference fact with its links and no text', () => {
    expect(file.facts).toHaveLength(89);
    expect(new Set(file.facts.map((f) => f.id)).size).toBe(89);
    expect(file.facts.every((f) => f.sources.length > 0 && f.sources.every((s) => s.startsWith('http')))).toBe(true);
    expect(file.facts.filter((f) => f.twoWay)).toHaveLength(4);
    expect(file.facts.filter((f) => f.wounded)).toHaveLength(3);
  });
});

describe('demo ledger', () => {
  const ledger = demoLedger(file, who);

  it('has a source per link, a claim per link or statement, an event per fact, and the running totals and plans', () => {
    expect(ledger.events).toHaveLength(89);
    const links = new Set(file.facts.flatMap((f) => f.sources));
    const recordedOnly = (file.extra ?? []).filter((x) => x.source === null).length;
    // One source per link, the reference data's own record, and one record per running total or plan only it states.
    expect(ledger.sources).toHaveLength(links.size + 1 + recordedOnly);
    expect(new Set(ledger.claims.map((c) => c.id)).size).toBe(ledger.claims.length);
    for (const f of file.facts) for (const url of f.sources) expect(ledger.claims.some((c) => c.sourceId === ledger.sources.find((s) => s.url === url)!.id)).toBe(true);
    const said = new Set(ledger.claims.map((c) => c.evidence.sentence));
    for (const st of file.statements ?? []) expect(said.has(st.said)).toBe(true);
    expect(ledger.claims.filter((c) => c.kind === 'cumulative')).toHaveLength((file.extra ?? []).filter((x) => x.kind === 'cumulative').length);
    expect(ledger.claims.filter((c) => c.kind === 'plan')).toHaveLength((file.extra ?? []).filter((x) => x.kind === 'plan').length);
    expect(new Set(ledger.events.map((e) => e.id)).size).toBe(89);
    expect(ledger.history).toHaveLength(ledger.sources.length + ledger.claims.length + ledger.events.length);
  });

  it('gives every figure a speaker and a paraphrase written for the demo, never a report\'s text', () => {
    expect(ledger.claims.every((c) => c.attribution.speaker !== null && c.evidence.sentence.length > 20 && c.flags.includes('paraphrase'))).toBe(true);
    const medinsky = ledger.claims.filter((c) => c.attribution.speaker === 'Vladimir Medinsky');
    expect(medinsky.length).toBeGreaterThan(2);
    expect(medinsky.every((c) => c.attribution.party === 'russia')).toBe(true);
  });

  it('holds both sides where both spoke: some events confirmed, some disputed', () => {
    const status = (s: string) => ledger.events.filter((e) => e.status === s);
    expect(status('confirmed').length).toBeGreaterThan(5);
    expect(status('disputed').map((e) => [e.date?.start ?? null, e.from, e.to, e.figure])).toEqual([
      ['2024-01-03', 'russia', 'ukraine', { low: 173, best: 230, high: 230 }],
      [null, 'russia', 'ukraine', { low: 195, best: 207, high: 207 }],
    ]);
  });

  it('is deterministic', () => {
    expect(demoLedger(file, who)).toEqual(ledger);
  });

  it('reconciles figures, keeping other outlets’ figures in the range', () => {
    const byFact = (id: string) => {
      const fact = file.facts.find((f) => f.id === id)!;
      return ledger.events.find((e) => e.date?.start === fact.date?.start && e.from === fact.from && e.to === fact.to && e.category === fact.category && e.figure.best === fact.count)!;
    };
    const dec = byFact('ru-ua-remains-2025-12-19:russia>ukraine:remains');
    expect(dec.figure).toEqual({ low: 1000, best: 1003, high: 1003 });
    expect(dec.flags.some((f) => f.startsWith('figures-differ'))).toBe(false);
    const back = byFact('ru-ua-remains-2025-12-19:ukraine>russia:remains');
    expect(back.figure).toEqual({ low: 26, best: 26, high: 29 });
    expect(back.flags).toContain('figures-differ:26;29');
    expect(dec.exchangeId).toBe(back.exchangeId);
    const yemen = byFact('yemen-2023-04-14_16:yemeni-government>houthis:detainees');
    expect(yemen.figure).toEqual({ low: 700, best: 700, high: null });
    const undisclosed = ledger.events.filter((e) => e.flags.includes('two-way'));
    expect(undisclosed).toHaveLength(4);
    expect(undisclosed.every((e) => e.flags.includes('no-figure') && e.exchangeId !== null)).toBe(true);
  });

  it('holds accepted, locked events, except where the figures disagree: those wait for a person', () => {
    const waiting = ledger.events.filter((e) => !(e.review === 'accepted' && e.locked));
    expect(waiting.every((e) => e.review === 'machine' && (e.status === 'disputed' || e.flags.some((f) => f.startsWith('figures-differ:'))))).toBe(true);
    expect(waiting).toHaveLength(3);
    expect(ledger.events.filter((e) => e.flags.includes('probable-cumulative'))).toEqual([]);
  });

  it('would have the machine’s outlier rule ask about one real release only (about 2,000 detainees)', () => {
    const asMachine = ledger.events.map((e) => ({ ...e, review: 'machine' as const, locked: false }));
    const flagged = flagProbableCumulative(asMachine).filter((e) => e.flags.includes('probable-cumulative'));
    expect(flagged.map((e) => [e.from, e.to, e.date?.start, e.figure.best])).toEqual([['israel', 'hamas', '2025-10-13', 2000]]);
  });

  it('is regrouped by the machine into the same events, where people did not have to settle the figures', () => {
    const settled = ledger.events.filter((e) => e.review === 'accepted');
    const ids = new Set(settled.flatMap((e) => e.claimIds));
    const regrouped = assignClaims([], ledger.claims.filter((c: LedgerClaim) => ids.has(c.id)));
    const key = (list: readonly string[]) => [...list].sort().join(' ');
    expect(regrouped.created.map((e) => key(e.claimIds)).sort()).toEqual(settled.map((e) => key(e.claimIds)).sort());
  });

  it('exports and validates as a ledger', () => {
    const parsed = parseLedgerExport(JSON.parse(JSON.stringify({ format: 'handover-ledger', version: 1, exportedAt: who.at, ...ledger })));
    expect(parsed.ok).toBe(true);
  });

  it('gives totals with the ratio between Russia and Ukraine for remains', () => {
    const t = totals(ledger.events, { by: 'all', category: 'remains' });
    const pair = t.ratios.find((r) => r.a === 'russia' && r.b === 'ukraine')!;
    expect([pair.aToB, pair.bToA, pair.ratio?.toFixed(1)]).toEqual([8415, 206, '40.8']);
  });
});
