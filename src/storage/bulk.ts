/** Bulk loading for benchmarks and large imports: rows straight into tables, in statement-sized chunks. */
import { sql, type Kysely } from 'kysely';
import type { Capabilities } from './capabilities.js';
import type { Store } from './store.js';
import type { Database, TotalsPeriodRow } from './schema.js';
import type { LedgerClaim, LedgerEvent, LedgerSource } from '../domain/index.js';
import { claimToRow, eventToRow, sourceContentToRow, sourceToRow } from './rows.js';
import { addToRollup, bumpTotalsVersion, totalsDelta } from './totals-rollup.js';

/** Inserts rows in chunks that respect the engine's bound-parameter limit, in one transaction. */
export async function bulkInsert<T extends keyof Database>(store: Store, table: T, rows: readonly Database[T][]): Promise<void> {
  await store.kysely.transaction().execute((trx) => insertChunks(trx, store.caps, table, rows));
}

async function insertChunks<T extends keyof Database>(db: Kysely<Database>, caps: Capabilities, table: T, rows: readonly Database[T][]): Promise<void> {
  if (rows.length === 0) return;
  if (caps.arrayInsert) return insertByArrays(db, table, rows);
  const columns = Object.keys(rows[0] as object).length;
  const size = Math.max(1, Math.floor(caps.maxBindParameters / columns));
  for (let i = 0; i < rows.length; i += size) {
    await db.insertInto(table).values(rows.slice(i, i + size) as never).execute();
  }
}

const columnTypes = new Map<string, Map<string, string>>();

/**
 * PostgreSQL: one statement per 20,000 rows, each column sent as one array and unnested (`INSERT …
 * SELECT * FROM unnest($1::text[], …)`): a statement's bound values are a handful of arrays instead of
 * thousands of scalars, which the server parses and plans once. Several times faster than VALUES lists.
 */
async function insertByArrays<T extends keyof Database>(db: Kysely<Database>, table: T, rows: readonly Database[T][]): Promise<void> {
  let types = columnTypes.get(table);
  if (!types) {
    const found = await sql<{ column_name: string; udt_name: string }>`select column_name, udt_name from information_schema.columns where table_schema = current_schema() and table_name = ${table}`.execute(db);
    types = new Map(found.rows.map((r) => [r.column_name, r.udt_name]));
    columnTypes.set(table, types);
  }
  const columns = Object.keys(rows[0] as object);
  const STEP = 20_000;
  for (let i = 0; i < rows.length; i += STEP) {
    const part = rows.slice(i, i + STEP) as unknown as readonly Record<string, unknown>[];
    const arrays = columns.map((c) => part.map((r) => r[c] ?? null));
    const list = sql.join(columns.map((c) => sql.ref(c)));
    const unnest = sql.join(columns.map((c, k) => sql`${sql.val(arrays[k])}::${sql.raw(types!.get(c) ?? 'text')}[]`));
    await sql`insert into ${sql.table(table)} (${list}) select * from unnest(${unnest})`.execute(db);
  }
}

/** Refreshes the planner's statistics after a bulk load. */
export async function analyze(store: Store): Promise<void> {
  await sql`ANALYZE`.execute(store.kysely);
}

/**
 * Loads sources, claims and events as they are (no grouping, no history) and keeps the totals
 * roll-up in step. For benchmarks: the ledger they build has not been through review.
 */
export async function bulkLoadLedger(
  store: Store,
  data: { sources: readonly LedgerSource[]; claims: readonly LedgerClaim[]; events: readonly LedgerEvent[] },
  at: string,
  rollup: Map<string, TotalsPeriodRow>,
): Promise<void> {
  // One transaction for the whole load: on SQLite the connection is the transaction's until it ends.
  await store.kysely.transaction().execute((trx) => loadInto(trx, store.caps, data, at, rollup));
}

async function loadInto(
  trx: Kysely<Database>,
  caps: Capabilities,
  data: { sources: readonly LedgerSource[]; claims: readonly LedgerClaim[]; events: readonly LedgerEvent[] },
  at: string,
  rollup: Map<string, TotalsPeriodRow>,
): Promise<void> {
  await insertChunks(trx, caps, 'sources', data.sources.map((s) => sourceToRow(s, { fingerprint: '', numerals: '', nearKey: null })));
  await insertChunks(trx, caps, 'source_contents', data.sources.map((s) => sourceContentToRow(s.id, { raw: new Uint8Array(0), cleanText: '' })));
  const ordinals = new Map<string, number>();
  await insertChunks(
    trx,
    caps,
    'claims',
    data.claims.map((c) => {
      const n = ordinals.get(c.sourceId) ?? 0;
      ordinals.set(c.sourceId, n + 1);
      return claimToRow(c, n, at);
    }),
  );
  const rows = data.events.map((e) => eventToRow(e, at));
  await insertChunks(trx, caps, 'events', rows);
  await insertChunks(trx, caps, 'event_claims', data.events.flatMap((e) => e.claimIds.map((claim_id, position) => ({ event_id: e.id, claim_id, position }))));
  for (const row of rows) addToRollup(rollup, totalsDelta(row, 1));
}

/** Writes a roll-up computed by bulkLoadLedger (the table must not hold those buckets yet, unless `replace`: then it is emptied first). */
export async function writeRollup(store: Store, rollup: Map<string, TotalsPeriodRow>, opts: { replace?: boolean } = {}): Promise<void> {
  await store.kysely.transaction().execute(async (trx) => {
    if (opts.replace) await trx.deleteFrom('totals_periods').execute();
    await insertChunks(trx, store.caps, 'totals_periods', [...rollup.values()]);
  });
  await bumpTotalsVersion(store.kysely, store.caps);
}
