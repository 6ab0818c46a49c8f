/**
 * Statements compiled once per engine and shape. Building and compiling a Kysely query costs more
 * than running a small one on SQLite, and ingest runs the same few dozen shapes for every report:
 * each is built on first use with numbered placeholders, compiled by the engine's own dialect (so
 * PostgreSQL gets its $1 …), and afterwards only run with new arguments.
 */
import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { Capabilities } from './capabilities.js';
import type { Database } from './schema.js';

/** A placeholder for argument `i`: stands in for any value while the statement is built. */
export type Slot = (i: number) => never;

interface Statement {
  query: CompiledQuery;
  /** For each parameter of the SQL, the argument it takes, or the value the builder fixed. */
  slots: ({ arg: number } | { value: unknown })[];
  /** Parameters are the arguments in order: passed through as they are. */
  direct: boolean;
}

const MARK = '\u0000handover-slot:';
/** Shapes kept per engine; the oldest goes first beyond this (IN lists and row counts vary). */
const MAX_SHAPES = 1000;
const compiled = new WeakMap<Capabilities, Map<string, Statement>>();

function compile(build: (slot: Slot) => Compilable<unknown>): Statement {
  const query = build(((i: number) => `${MARK}${i}`) as Slot).compile();
  const slots = query.parameters.map((p) => (typeof p === 'string' && p.startsWith(MARK) ? { arg: Number(p.slice(MARK.length)) } : { value: p }));
  const direct = slots.every((s, i) => 'arg' in s && s.arg === i);
  return { query, slots, direct };
}

/**
 * Runs the statement `key` names (built by `build` the first time on this engine) with `args`.
 * `key` must name one shape: whatever changes the SQL (a list's length, an optional condition)
 * belongs in it.
 */
export async function runCompiled<R>(
  db: Kysely<Database>,
  caps: Capabilities,
  key: string,
  args: readonly unknown[],
  build: (slot: Slot) => Compilable<R>,
): Promise<R[]> {
  let shapes = compiled.get(caps);
  if (shapes === undefined) compiled.set(caps, (shapes = new Map()));
  let stmt = shapes.get(key);
  if (stmt === undefined) {
    stmt = compile(build);
    if (shapes.size >= MAX_SHAPES) shapes.delete(shapes.keys().next().value as string);
    shapes.set(key, stmt);
  }
  const parameters = stmt.direct ? args : stmt.slots.map((s) => ('arg' in s ? args[s.arg] : s.value));
  const result = await db.executeQuery<R>({ ...(stmt.query as CompiledQuery<R>), parameters });
  return result.rows;
}

/** Placeholder rows for `count` rows of `columns`: row r, column i takes argument r × columns + i (the arguments row after row). */
export function slotRows(slot: Slot, count: number, columns: readonly string[]): Record<string, never>[] {
  return Array.from({ length: count }, (_, r) => Object.fromEntries(columns.map((c, i) => [c, slot(r * columns.length + i)])));
}

/** Placeholders for `n` arguments from `first` on, for an IN list. */
export function slots(slot: Slot, n: number, first = 0): never[] {
  return Array.from({ length: n }, (_, i) => slot(first + i));
}
