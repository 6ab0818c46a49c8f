/**
 * The CLI run in this process, as a user types it: argv in, stdout, stderr and the exit code out.
 * Much faster than spawning the built binary (no start-up per command), so a rule can be walked
 * through in many small steps on both engines.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { main } from '../../src/cli/main.js';
import { dropPostgresSchema } from '../../src/storage/index.js';

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs `handover …args` in-process; output is captured, never printed. */
export async function handover(...args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const write = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  process.stdout.write = ((chunk: string | Uint8Array) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (err.push(String(chunk)), true)) as typeof process.stderr.write;
  process.exitCode = undefined;
  let code: number;
  try {
    code = await main(['node', 'handover', ...args]);
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
    process.exitCode = undefined;
  }
  return { code, out: out.join(''), err: err.join('') };
}

const pgUrl = process.env.HANDOVER_TEST_PG ?? (process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined);

/** A ledger the CLI's --db names: a fresh SQLite file, or a fresh PostgreSQL schema. */
export interface CliLedger {
  engine: 'sqlite' | 'postgres';
  skip: string | null;
  /** What --db takes; set by open(). */
  db: string;
  dir: string;
  /** A fresh, empty ledger (again: another one; close() drops them all). */
  open(): void;
  /** Writes a report the test wrote into the ledger's folder and returns its path. */
  file(name: string, text: string): string;
  /** Runs the CLI against this ledger. */
  run(...args: string[]): Promise<Run>;
  close(): Promise<void>;
}

export function cliLedgers(): CliLedger[] {
  return (['sqlite', 'postgres'] as const).map((engine) => {
    const schemas: string[] = [];
    const dirs: string[] = [];
    const ledger: CliLedger = {
      engine,
      skip: engine === 'postgres' && !pgUrl ? 'no HANDOVER_TEST_PG' : null,
      db: '',
      dir: '',
      open() {
        ledger.dir = mkdtempSync(join(tmpdir(), 'handover-cli-'));
        dirs.push(ledger.dir);
        if (engine === 'sqlite') ledger.db = join(ledger.dir, 'ledger.db');
        else {
          const schema = `handover_cli_${randomBytes(6).toString('hex')}`;
          schemas.push(schema);
          const url = new URL(pgUrl!);
          url.searchParams.set('schema', schema);
          ledger.db = url.toString();
        }
      },
      file(name, text) {
        const path = join(ledger.dir, name);
        writeFileSync(path, text);
        return path;
      },
      run: (...args) => handover(...args, '--db', ledger.db),
      async close() {
        for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
        for (const schema of schemas.splice(0)) await dropPostgresSchema(pgUrl!, schema);
      },
    };
    return ledger;
  });
}
