/**
 * Two JSON exports (`handover export --format json`) compared as ledgers. Only what says *when*
 * is left out: the export's `exportedAt`, each source's `ingestedAt` (also inside the history's
 * before/after), each history entry's `at` and `id`, each pending claim's `since`. Every id (source,
 * claim, event, exchange), figure, status, flag, near-copy link, pending reason and history step must
 * be equal: an ingest job stores its reports in their order whichever workers do it (jobs.service.ts,
 * `ordered`), so the ledger is the one a single `handover ingest` of the same files makes.
 */

type Row = Record<string, unknown>;

export interface LedgerExport {
  sources: Row[];
  claims: Row[];
  events: Row[];
  history: Row[];
  pending?: Row[];
}

export interface NormalisedLedger {
  sources: string[];
  claims: string[];
  events: string[];
  pending: string[];
  history: string[];
}

const without = (row: Row, keys: readonly string[]): Row => Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k)));
const line = (row: Row) => JSON.stringify(row, Object.keys(row).sort());
const inner = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? without(v as Row, ['ingestedAt']) : v);

export function normaliseExport(data: LedgerExport): NormalisedLedger {
  return {
    sources: data.sources.map((s) => line(without(s, ['ingestedAt']))).sort(),
    claims: data.claims.map((c) => line(c)).sort(),
    events: data.events.map((e) => line(e)).sort(),
    pending: (data.pending ?? []).map((p) => line(without(p, ['since']))).sort(),
    history: data.history.map((h) => line({ ...without(h, ['at', 'id']), before: inner(h.before), after: inner(h.after) })).sort(),
  };
}

export interface LedgerDifference {
  section: keyof NormalisedLedger;
  counts: [number, number];
  /** A few lines found in one ledger only. */
  onlyFirst: string[];
  onlySecond: string[];
}

/** The sections in which two normalised ledgers differ (none: the same ledger). */
export function compareLedgers(a: NormalisedLedger, b: NormalisedLedger, show = 2): LedgerDifference[] {
  const out: LedgerDifference[] = [];
  for (const section of ['sources', 'claims', 'events', 'pending', 'history'] as const) {
    const inA = new Set(a[section]);
    const inB = new Set(b[section]);
    const onlyFirst = a[section].filter((l) => !inB.has(l));
    const onlySecond = b[section].filter((l) => !inA.has(l));
    if (onlyFirst.length || onlySecond.length || a[section].length !== b[section].length) {
      out.push({ section, counts: [a[section].length, b[section].length], onlyFirst: onlyFirst.slice(0, show).map((l) => l.slice(0, 400)), onlySecond: onlySecond.slice(0, show).map((l) => l.slice(0, 400)) });
    }
  }
  return out;
}
