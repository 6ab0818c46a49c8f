/**
 * What the repositories share: the executor type, statements chunked under the engine's
 * bound-parameter limit, and rows read as one packed JSON array.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Capabilities } from './capabilities.js';
import { runCompiled, slotRows, slots } from './compiled.js';
import type { Database } from './schema.js';

/** A connection or a transaction: every repository runs on whichever it is given. */
export type Db = Kysely<Database>;

/** Splits rows into statements that stay under the engine's bound-parameter limit. */
export function chunksFor<T>(rows: T[], columns: number, caps: Capabilities): T[][] {
  const size = Math.max(1, Math.floor(caps.maxBindParameters / Math.max(1, columns)));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Inserts rows into a table through compiled statements, in chunks under the parameter limit. Every
 * row has the keys of the first, in the same order (rows come from one of the *ToRow functions).
 */
export async function insertRows<T extends keyof Database>(db: Db, caps: Capabilities, table: T, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const shape = `insert ${table} (${columns.join()}) x`;
  for (const part of chunksFor([...rows], columns.length, caps)) {
    const args: unknown[] = [];
    for (const row of part) for (const c of columns) args.push((row as Record<string, unknown>)[c] ?? null);
    await runCompiled(db, caps, shape + part.length, args, (slot) => db.insertInto(table).values(slotRows(slot, part.length, columns) as never));
  }
}

/** Deletes the rows of `table` whose `column` is one of `values`, through compiled statements under the parameter limit. */
export async function deleteWhereIn(db: Db, caps: Capabilities, table: 'pending_claims' | 'event_claims', column: 'claim_id' | 'event_id', values: readonly string[]): Promise<void> {
  for (const part of chunksFor([...new Set(values)], 1, caps)) {
    if (part.length === 0) continue;
    await runCompiled(db, caps, `delete ${table} ${column} in:${part.length}`, part, (slot) => db.deleteFrom(table).where(column as never, 'in', slots(slot, part.length)));
  }
}

/**
 * Values read as one JSON array a row. On SQLite, handing a row's two dozen values through the
 * driver one at a time costs more than the query itself; one text a row, parsed at once, costs a
 * third of that. PostgreSQL's driver hands the array over parsed.
 */
export function packed(caps: Capabilities, values: readonly RawBuilder<unknown>[]): RawBuilder<string | unknown[]> {
  return sql<string | unknown[]>`${sql.raw(caps.jsonArray)}(${sql.join(values)})`;
}

export function unpacked(value: string | unknown[]): unknown[] {
  return typeof value === 'string' ? (JSON.parse(value) as unknown[]) : value;
}

