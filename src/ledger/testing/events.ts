/** An event builder for tests: remains, russia → ukraine, 1,000 on 2025-06-11 unless told otherwise. */
import type { DateSpan, LedgerEvent } from '../../domain/index.js';

let seq = 0;

export interface EventSpec extends Partial<Omit<LedgerEvent, 'date'>> {
  /** `YYYY-MM-DD` (a day), a DateSpan, or null. */
  date?: string | DateSpan | null;
  /** Shorthand for an exact figure. */
  best?: number | null;
}

export function event(spec: EventSpec = {}): LedgerEvent {
  const { date, best, ...rest } = spec;
  seq += 1;
  const d = date === undefined ? '2025-06-11' : date;
  const b = best === undefined ? 1000 : best;
  return {
    id: `ev_${String(seq).padStart(4, '0')}`,
    exchangeId: null,
    category: 'remains',
    wounded: false,
    from: 'russia',
    to: 'ukraine',
    date: d === null ? null : typeof d === 'string' ? { start: d, end: d, precision: 'day' } : d,
    figure: { low: b, best: b, high: b },
    status: 'announced',
    claimIds: [`cl_for_${seq}`],
    agreement: null,
    mediator: null,
    flags: [],
    review: 'machine',
    locked: false,
    ...rest,
  };
}
