import { Command, CommanderError } from 'commander';
import { registerExtract } from './extract.command.js';
import { registerDb } from './db.command.js';
import { registerIngest } from './ingest.command.js';
import { registerEvents } from './events.command.js';
import { registerReview } from './review.command.js';
import { registerTransfer } from './transfer.command.js';
import { registerParties } from './parties.command.js';
import { registerSources } from './sources.command.js';
import { registerServe } from './serve.command.js';
import { registerUser } from './user.command.js';
import { boundHeapGrowth } from '../services/heap.js';

/** Builds the `handover` program; each command registers itself from its own file. */
export function buildProgram(): Command {
  const program = new Command('handover')
    .description('Turn reports about humanitarian exchanges in war into a source-attributed ledger')
    .version('0.1.0')
    .exitOverride();
  registerExtract(program);
  registerDb(program);
  registerIngest(program);
  registerEvents(program);
  registerReview(program);
  registerTransfer(program);
  registerParties(program);
  registerSources(program);
  registerServe(program);
  registerUser(program);
  return program;
}

/** Runs the CLI and resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  boundHeapGrowth();
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    throw err;
  }
}
