/**
 * What differs between the engines, named, so queries and migrations ask for a capability rather
 * than for an engine.
 */
export type EngineName = 'sqlite' | 'postgres';

export interface Capabilities {
  engine: EngineName;
  /** Column type of an auto-incrementing integer key. */
  autoIncrementType: 'integer' | 'serial';
  /** Whether the key column needs an explicit AUTOINCREMENT modifier (SQLite) rather than a serial type. */
  autoIncrementModifier: boolean;
  /** Column type for raw report bytes. */
  binaryType: 'blob' | 'bytea';
  /** Column type for the reviewer's confidence. */
  floatType: 'real' | 'double precision';
  /** At most this many bound parameters in one statement. */
  maxBindParameters: number;
  /** Whether a copy of the live database can be taken while it is open (SQLite's online backup). */
  onlineBackup: boolean;
  /** Whether more than one writer can be in a transaction at once. */
  concurrentWriters: boolean;
  /**
   * A statement that makes concurrent writers take turns at the ledger until the transaction ends
   * (so two ingests never group against each other's unseen events); null where the engine has
   * one writer at a time anyway.
   */
  ledgerLock: string | null;
  /** Statements that make the history table refuse UPDATE and DELETE. */
  appendOnlyGuard(table: string): string[];
  /**
   * Statements that make the history table refuse an insert that would replace a row (SQLite's
   * INSERT OR REPLACE and REPLACE delete the old row without firing its DELETE trigger).
   */
  replaceGuard(table: string): string[];
  /** Aggregates come back as strings on PostgreSQL (bigint); numbers on SQLite. */
  aggregatesAsStrings: boolean;
  /** Name of the ordered string aggregate: `group_concat(x, ',' ORDER BY y)` on SQLite ≥ 3.44, `string_agg` on PostgreSQL. */
  textAggregate: 'group_concat' | 'string_agg';
  /** Builds a JSON array of values: text on SQLite, a parsed array from the PostgreSQL driver. */
  jsonArray: 'json_array' | 'json_build_array';
  /** Whether a bulk load can send each column as one array and unnest it (PostgreSQL), rather than rows of values. */
  arrayInsert: boolean;
}

export const sqliteCapabilities: Capabilities = {
  engine: 'sqlite',
  autoIncrementType: 'integer',
  autoIncrementModifier: true,
  binaryType: 'blob',
  floatType: 'real',
  // SQLite since 3.32 allows 32,766 variables; stay well below.
  maxBindParameters: 30_000,
  onlineBackup: true,
  concurrentWriters: false,
  ledgerLock: null,
  appendOnlyGuard: (table) => [
    `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(ABORT, 'history is append-only'); END`,
    `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, 'history is append-only'); END`,
  ],
  replaceGuard: (table) => [
    `CREATE TRIGGER ${table}_no_replace BEFORE INSERT ON ${table} WHEN EXISTS (SELECT 1 FROM ${table} WHERE seq = NEW.seq OR id = NEW.id) BEGIN SELECT RAISE(ABORT, 'history is append-only'); END`,
  ],
  aggregatesAsStrings: false,
  textAggregate: 'group_concat',
  jsonArray: 'json_array',
  arrayInsert: false,
};

export const postgresCapabilities: Capabilities = {
  engine: 'postgres',
  autoIncrementType: 'serial',
  autoIncrementModifier: false,
  binaryType: 'bytea',
  floatType: 'double precision',
  maxBindParameters: 60_000,
  onlineBackup: false,
  concurrentWriters: true,
  // One key per schema: ledgers in other schemas of the database do not wait for each other.
  ledgerLock: "select pg_advisory_xact_lock(hashtext(current_schema() || '.handover.ledger'))",
  appendOnlyGuard: (table) => [
    `CREATE OR REPLACE FUNCTION ${table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'history is append-only'; END $$`,
    `CREATE TRIGGER ${table}_no_update BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_append_only()`,
    `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${table}_append_only()`,
  ],
  // No REPLACE here; an upsert's DO UPDATE meets the UPDATE trigger.
  replaceGuard: () => [],
  aggregatesAsStrings: true,
  textAggregate: 'string_agg',
  jsonArray: 'json_build_array',
  arrayInsert: true,
};
