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
import { oneLine } from './escape.js';
import { EXIT, exitCodesHelp, type ExitCode } from './exit-codes.js';

/** Builds the `handover` program; each command registers itself from its own file. */
export function buildProgram(): Command {
  const program = new Command('handover')
    .description('Turn reports about humanitarian exchanges in war into a source-attributed ledger')
    .version('0.1.0')
    .exitOverride()
    .addHelpText('after', exitCodesHelp());
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

/**
 * A reader that stops early (`handover events | head`) closes the pipe: the next write fails with
 * EPIPE. Nothing is left to say to anyone, so the command ends there, quietly and successfully.
 */
function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.OK);
    process.stderr.write(`handover: cannot write the output: ${oneLine(err.message)}\n`);
    process.exit(EXIT.FAILED);
  });
  // Notices and progress go to stderr; when that is closed too there is nobody to tell.
  process.stderr.on('error', () => undefined);
}

/** An unexpected failure (a bug) as one line; HANDOVER_DEBUG=1 adds the stack. */
export function reportInternal(err: unknown): ExitCode {
  const detail = process.env.HANDOVER_DEBUG ? ((err as Error)?.stack ?? String(err)) : oneLine((err as Error)?.message ?? String(err));
  process.stderr.write(`handover: internal error: ${detail}\n`);
  return EXIT.INTERNAL;
}

/** Runs the CLI and resolves to the process exit code (one of EXIT). */
export async function main(argv: string[]): Promise<number> {
  boundHeapGrowth();
  endQuietlyOnClosedPipe();
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (err) {
    // Commander has printed its own message; --help and --version end well, every other mistake is usage.
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    return reportInternal(err);
  }
}
