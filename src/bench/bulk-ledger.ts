/** A large ledger written straight into storage, for the read benchmarks (bench:ledger, bench:api). */
import type { Category, LedgerClaim, LedgerEvent, LedgerSource } from '../domain/index.js';
import { countOf } from '../domain/index.js';
import { analyze, bulkLoadLedger, writeRollup, type Store } from '../storage/index.js';
import type { TotalsPeriodRow } from '../storage/schema.js';
import { createRng } from './prng.js';

const day0 = Date.UTC(2022, 0, 1);
const isoDay = (n: number) => new Date(day0 + n * 86_400_000).toISOString().slice(0, 10);

export const PARTIES = ['russia', 'ukraine', 'israel', 'hamas', 'armenia', 'azerbaijan', 'houthis', 'yemeni-government', 'rsf', 'saf'];
export const CATS: Category[] = ['remains', 'pow', 'civilians', 'children', 'hostages', 'detainees', 'mixed'];
const CLAIMS_PER_SOURCE = 5;

export interface BulkOptions {
  /** Claims in all; events hold `claimsPerEvent` each (default 4). */
  claims: number;
  claimsPerEvent?: number;
  seed: number;
  /**
   * Grow a ledger this call (or an earlier one) loaded: the claims already there (a multiple of
   * claimsPerEvent) and the totals roll-up it kept. The new events follow the old ones.
   */
  grow?: { from: number; rollup: Map<string, TotalsPeriodRow> };
}

/**
 * A ledger of generated sources, claims and events, written in bulk (no ingest, no history): what
 * read benchmarks measure against. Deterministic for a seed.
 */
export async function bulkLedger(store: Store, opts: BulkOptions): Promise<{ eventIds: string[]; seconds: number; rollup: Map<string, TotalsPeriodRow> }> {
  const CLAIMS = opts.claims;
  const CLAIMS_PER_EVENT = opts.claimsPerEvent ?? 4;
  const from = opts.grow?.from ?? 0;
  // Each growth step draws from its own stream, so a grown ledger is the same whatever the steps.
  const rng = createRng(from === 0 ? opts.seed : opts.seed + from);
  const eventCount = Math.ceil(CLAIMS / CLAIMS_PER_EVENT);
  const eventIds: string[] = [];
  const rollup = opts.grow?.rollup ?? new Map<string, TotalsPeriodRow>();
  const at = '2026-01-01T00:00:00.000Z';
  const started = performance.now();
  const BATCH_EVENTS = 5000;
  let claimNo = from;
  for (let e0 = Math.ceil(from / CLAIMS_PER_EVENT); e0 < eventCount; e0 += BATCH_EVENTS) {
    const sources: LedgerSource[] = [];
    const claims: LedgerClaim[] = [];
    const events: LedgerEvent[] = [];
    for (let e = e0; e < Math.min(eventCount, e0 + BATCH_EVENTS); e++) {
      const pair = rng.int(0, PARTIES.length / 2 - 1) * 2;
      const [from, to] = rng.chance(0.5) ? [PARTIES[pair]!, PARTIES[pair + 1]!] : [PARTIES[pair + 1]!, PARTIES[pair]!];
      const category = rng.pick(CATS);
      const day = isoDay(rng.int(0, 1700));
      const value = rng.int(1, 1200);
      const id = `ev_${e.toString(16).padStart(12, '0')}`;
      const ids: string[] = [];
      for (let k = 0; k < CLAIMS_PER_EVENT && claimNo < CLAIMS; k++, claimNo++) {
        const sourceId = `src_${Math.floor(claimNo / CLAIMS_PER_SOURCE).toString(16).padStart(16, '0')}`;
        if (claimNo % CLAIMS_PER_SOURCE === 0) {
          sources.push({ id: sourceId, contentHash: sourceId.padEnd(64, '0'), title: null, language: 'en', publishedAt: day, outlet: 'Bench Wire', url: null, path: null, format: 'text', duplicateOf: null, ingestedAt: at });
        }
        const cid = `cl_${claimNo.toString(16).padStart(12, '0')}`;
        ids.push(cid);
        claims.push({
          id: cid, sourceId, review: 'machine', publishedAt: day, outlet: 'Bench Wire', duplicateOf: null, kind: 'event', category, from, to,
          count: countOf(k === 3 ? value + rng.int(-5, 5) : value, 'exact'), date: { start: day, end: day, precision: 'day' },
          attribution: { speaker: null, party: k % 2 ? from : to }, agreement: null, mediator: null,
          evidence: { sentence: `Generated sentence ${claimNo} about ${value} ${category}.`, start: 0, end: 40 },
          wounded: false, partOf: null, twoWay: false, confidence: 0.9, flags: [],
        });
      }
      eventIds.push(id);
      const disputed = rng.chance(0.05);
      events.push({
        id, exchangeId: null, category, wounded: false, from, to, date: { start: day, end: day, precision: 'day' },
        figure: { low: value - (disputed ? 50 : 0), best: value, high: value }, status: disputed ? 'disputed' : rng.chance(0.5) ? 'confirmed' : 'announced',
        claimIds: ids, agreement: null, mediator: null, flags: [], review: rng.chance(0.9) ? 'machine' : 'accepted', locked: false,
      });
    }
    await bulkLoadLedger(store, { sources, claims, events }, at, rollup);
  }
  await writeRollup(store, rollup, { replace: from > 0 });
  await analyze(store);
  return { eventIds, seconds: (performance.now() - started) / 1000, rollup };
}
