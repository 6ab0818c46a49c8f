/** Builders for tests: a LedgerClaim or LedgerEvent with sensible defaults and the fields a test cares about. */
import { type Count, type DateSpan, type LedgerClaim, type Qualifier, countOf } from '../../domain/index.js';

let seq = 0;

export interface ClaimSpec extends Partial<Omit<LedgerClaim, 'count' | 'date' | 'attribution'>> {
  /** A count: a number (exact), `[value, qualifier]`, a full Count, or null. */
  count?: number | [number, Qualifier] | Count | null;
  /** A date: `YYYY-MM-DD` (a day), a DateSpan, or null. */
  date?: string | DateSpan | null;
  /** The party the speaker speaks for. */
  party?: string | null;
  speaker?: string | null;
}

/** A claim: remains, russia → ukraine, exact 1,000 on 2025-06-11 unless told otherwise. */
export function claim(spec: ClaimSpec = {}): LedgerClaim {
  const { count, date, party, speaker, ...rest } = spec;
  seq += 1;
  const c = count === undefined ? 1000 : count;
  const d = date === undefined ? '2025-06-11' : date;
  return {
    id: `cl_${String(seq).padStart(4, '0')}`,
    sourceId: `src_${String(seq).padStart(4, '0')}`,
    review: 'machine',
    publishedAt: null,
    outlet: null,
    duplicateOf: null,
    kind: 'event',
    category: 'remains',
    from: 'russia',
    to: 'ukraine',
    count: c === null ? null : typeof c === 'number' ? countOf(c, 'exact') : Array.isArray(c) ? countOf(c[0], c[1]) : c,
    date: d === null ? null : typeof d === 'string' ? { start: d, end: d, precision: 'day' } : d,
    attribution: { speaker: speaker ?? null, party: party ?? null },
    agreement: null,
    mediator: null,
    evidence: { sentence: 'An invented sentence for a test.', start: 0, end: 33 },
    wounded: false,
    partOf: null,
    twoWay: false,
    confidence: 0.9,
    flags: [],
    ...rest,
  };
}

/** A month as a DateSpan. */
export function month(ym: string): DateSpan {
  const [y, m] = ym.split('-').map(Number);
  const last = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return { start: `${ym}-01`, end: `${ym}-${String(last).padStart(2, '0')}`, precision: 'month' };
}
