import { HandoverError } from '../domain/errors.js';
import type { EngineName } from './capabilities.js';

/** Where the ledger lives. */
export type StoreConfig =
  | {
      engine: 'sqlite';
      file: string;
      /** How long one attempt at the write lock waits for another process, in ms (default 5000; tests shorten it). */
      busyTimeoutMs?: number;
    }
  | {
      engine: 'postgres';
      url: string;
      /** Schema to use (created when missing); tests use a fresh one per run. */
      schema?: string;
      /** Pool size; the CLI needs few connections. */
      poolSize?: number;
    };

export interface StoreConfigInput {
  /** `--db PATH` (or a postgres:// URL). */
  db?: string | undefined;
  env?: Record<string, string | undefined>;
}

const PG_URL = /^postgres(ql)?:\/\//i;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * `--db` wins, then `DATABASE_URL` (postgres only), then `HANDOVER_DB`, then ./handover.db.
 * A `schema` query parameter on a postgres URL (…?schema=name) selects a schema.
 */
export function resolveStoreConfig(input: StoreConfigInput = {}): StoreConfig {
  const env = input.env ?? process.env;
  const chosen = input.db ?? (env.DATABASE_URL ? env.DATABASE_URL : undefined) ?? env.HANDOVER_DB ?? './handover.db';
  if (PG_URL.test(chosen)) return postgresConfig(chosen);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(chosen)) {
    throw new HandoverError('STORAGE_URL_INVALID', `unsupported database address "${redact(chosen)}": use a file path or postgres://…`);
  }
  if (chosen.trim() === '') throw new HandoverError('STORAGE_URL_INVALID', 'the database path is empty');
  return { engine: 'sqlite', file: chosen };
}

function postgresConfig(raw: string): StoreConfig {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new HandoverError('STORAGE_URL_INVALID', `DATABASE_URL is not a valid URL: "${redact(raw)}"`);
  }
  const schema = url.searchParams.get('schema');
  if (schema !== null) {
    if (!SCHEMA_NAME.test(schema)) {
      throw new HandoverError('STORAGE_URL_INVALID', `schema "${schema}" in the database URL is not a plain lowercase identifier`);
    }
    url.searchParams.delete('schema');
    return { engine: 'postgres', url: url.toString(), schema };
  }
  return { engine: 'postgres', url: raw };
}

/** A URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

export function describeConfig(config: StoreConfig): string {
  return config.engine === 'sqlite'
    ? `SQLite ${config.file}`
    : `PostgreSQL ${redact(config.url)}${config.schema ? ` (schema ${config.schema})` : ''}`;
}

export type { EngineName };
