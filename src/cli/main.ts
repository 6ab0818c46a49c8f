import { Command, CommanderError, Help } from 'commander';
import { boundHeapGrowth } from '../services/heap.js';
import { COMMAND_MODULES, COMMANDS, commandNamed, loadCommands, type CommandModule } from './commands.js';
import { oneLine } from './escape.js';
import { EXIT, exitCodesHelp, type ExitCode } from './exit-codes.js';

/**
 * Builds the `handover` program. Only the module of the command that `argv` runs is loaded (or the
 * ones named in `load`); every other command is listed by name and description from commands.ts, so
 * `handover --help` and `--version` load no command at all. Without `argv` every module is loaded.
 */
export async function buildProgram(argv?: readonly string[], load?: readonly CommandModule[]): Promise<Command> {
  const wanted = new Set<CommandModule>(load ?? (argv ? [commandNamed(argv)?.module].filter((m): m is CommandModule => m !== undefined) : COMMAND_MODULES));
  const listed = new Map<Command, string>();
  const program = new Command('handover')
    .description('Turn reports about humanitarian exchanges in war into a source-attributed ledger')
    .version('0.1.0')
    .exitOverride()
    .addHelpText('after', exitCodesHelp());
  // A command that is only listed shows as its module would show it.
  const help = new Help();
  program.configureHelp({ subcommandTerm: (cmd) => listed.get(cmd) ?? help.subcommandTerm(cmd) });
  for (const module of COMMAND_MODULES) {
    if (wanted.has(module)) (await loadCommands(module))(program);
    else for (const c of COMMANDS) if (c.module === module) listed.set(program.command(c.name).description(c.description), c.term);
  }
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
  const program = await buildProgram(argv);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (err) {
    // Commander has printed its own message; --help and --version end well, every other mistake is usage.
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    return reportInternal(err);
  }
}
