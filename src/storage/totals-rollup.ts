/**
 * The totals roll-up: each event's share of the sums per period, direction and category, kept in
 * step with events in the same transaction. Whether an event counts is the domain's rule
 * (`countsInTotals` in src/domain/ledger.ts); an event row stores its outcome in `held`.
 */
import { sql } from 'kysely';
import type { Capabilities } from './capabilities.js';
import { runCompiled, slotRows } from './compiled.js';
import { chunksFor, type Db } from './query-helpers.js';
import type { EventRow, TotalsPeriodRow } from './schema.js';

/** An event's contribution to the roll-up: its month and year (each may be 'undated'), category, direction and figures. */
export interface TotalsDelta {
  month: string;
  year: string;
  category: string;
  from_party: string;
  to_party: string;
  two_way: number;
  events: number;
  low: number;
  best: number;
  high: number;
  open_high: number;
}

/** Whether an event counts towards totals: not rejected, not held by a machine flag. */
/** The domain's `countsInTotals`, read off a stored row (whose `held` is the domain's `isHeld`). */
export function rowCountsInTotals(row: Pick<EventRow, 'review' | 'held'>): boolean {
  return row.review !== 'rejected' && row.held === 0;
}

function periodKey(row: EventRow, len: number): string {
  if (row.date_start === null || row.date_end === null) return 'undated';
  const start = row.date_start.slice(0, len);
  return start === row.date_end.slice(0, len) ? start : 'undated';
}

export function totalsDelta(row: EventRow, sign: 1 | -1): TotalsDelta | null {
  if (!rowCountsInTotals(row)) return null;
  return {
    month: periodKey(row, 7),
    year: periodKey(row, 4),
    category: row.category,
    from_party: row.from_party ?? '',
    to_party: row.to_party ?? '',
    two_way: (JSON.parse(row.flags) as string[]).includes('two-way') ? 1 : 0,
    events: sign,
    low: sign * (row.fig_low ?? row.fig_best ?? 0),
    best: sign * (row.fig_best ?? 0),
    high: sign * (row.fig_high ?? 0),
    open_high: row.fig_high === null ? sign : 0,
  };
}

const TOTALS_KEY = ['by', 'period', 'category', 'from_party', 'to_party', 'two_way'] as const;
const TOTALS_SUMS = ['events', 'low', 'best', 'high', 'open_high'] as const;
const TOTALS_COLUMNS_ALL = [...TOTALS_KEY, ...TOTALS_SUMS];

/**
 * Sums contributions into roll-up rows, one per period (month, year, all time), direction and
 * category: `into` collects them by key, so a transaction writes each row it changes once.
 */
export function addToRollup(into: Map<string, TotalsPeriodRow>, delta: TotalsDelta | null): void {
  if (!delta) return;
  const { month, year, ...rest } = delta;
  for (const [by, period] of [['month', month], ['year', year], ['all', 'all']] as const) {
    const row: TotalsPeriodRow = { by, period, ...rest };
    const key = TOTALS_KEY.map((k) => row[k]).join('\u0000');
    const t = into.get(key);
    if (!t) into.set(key, row);
    else for (const k of TOTALS_SUMS) t[k] += row[k];
  }
}

/** Applies summed changes to the roll-up in one statement (rows that sum to nothing are left out). */
export async function applyTotals(db: Db, rows: Map<string, TotalsPeriodRow>, caps: Capabilities): Promise<void> {
  const changed = [...rows.values()].filter((r) => TOTALS_SUMS.some((k) => r[k] !== 0));
  for (const part of chunksFor(changed, TOTALS_COLUMNS_ALL.length, caps)) {
    if (part.length === 0) continue;
    const args = part.flatMap((r) => TOTALS_COLUMNS_ALL.map((c) => r[c]));
    await runCompiled(db, caps, `totals.apply:${part.length}`, args, (slot) =>
      db
        .insertInto('totals_periods')
        .values(slotRows(slot, part.length, TOTALS_COLUMNS_ALL) as never)
        .onConflict((oc) =>
          oc.columns([...TOTALS_KEY]).doUpdateSet((eb) => ({
            events: sql<number>`${eb.ref('totals_periods.events')} + ${eb.ref('excluded.events')}`,
            low: sql<number>`${eb.ref('totals_periods.low')} + ${eb.ref('excluded.low')}`,
            best: sql<number>`${eb.ref('totals_periods.best')} + ${eb.ref('excluded.best')}`,
            high: sql<number>`${eb.ref('totals_periods.high')} + ${eb.ref('excluded.high')}`,
            open_high: sql<number>`${eb.ref('totals_periods.open_high')} + ${eb.ref('excluded.open_high')}`,
          })),
        ),
    );
  }
}

/** Applies the change from one contribution to another. */
export async function updateTotals(db: Db, caps: Capabilities, minus: TotalsDelta | null, plus: TotalsDelta | null): Promise<void> {
  const rows = new Map<string, TotalsPeriodRow>();
  addToRollup(rows, minus);
  addToRollup(rows, plus);
  await applyTotals(db, rows, caps);
}

/** Marks events or the roll-up as changed: totals computed from an older version are stale. */
export async function bumpTotalsVersion(db: Db, caps: Capabilities): Promise<void> {
  await runCompiled(db, caps, 'totals.bumpVersion', [], () => db.updateTable('ledger_version').set((eb) => ({ totals: eb('totals', '+', 1) })).where('id', '=', 1));
}

/** Writes some columns of a row, found by its id, through a compiled statement. */
