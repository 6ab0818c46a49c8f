import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMAND_MODULES, COMMANDS, commandNamed } from '../../src/cli/commands.js';
import { buildProgram } from '../../src/cli/main.js';

const names = (program: Command): string[] => program.commands.map((c) => c.name());

describe('commands load lazily', () => {
  it('lists every command as the modules register it, and the help reads the same loaded or not', async () => {
    const eager = await buildProgram();
    const lazy = await buildProgram(['node', 'handover', '--help']);
    expect(names(lazy)).toEqual(COMMANDS.map((c) => c.name));
    // The built-in "help" command is added when help is shown; compare the registered ones.
    expect(names(eager)).toEqual(COMMANDS.map((c) => c.name));
    expect(lazy.helpInformation()).toBe(eager.helpInformation());
    for (const c of COMMANDS) {
      const real = eager.commands.find((x) => x.name() === c.name)!;
      expect(real.description(), c.name).toBe(c.description);
    }
  }, 60_000);

  it('loads only the module of the command that runs, wherever its name stands', async () => {
    for (const module of COMMAND_MODULES) {
      const program = await buildProgram(['node', 'handover'], [module]);
      const mine = COMMANDS.filter((c) => c.module === module).map((c) => c.name);
      // A loaded command has its options and arguments; a listed one has none of its own.
      for (const c of program.commands) {
        if (mine.includes(c.name())) continue;
        expect(c.options.length + c.registeredArguments.length + c.commands.length, c.name()).toBe(0);
      }
    }
    expect(commandNamed(['node', 'handover', 'extract', '--json', 'a.txt'])?.module).toBe('extract');
    expect(commandNamed(['node', 'handover', 'help', 'totals'])?.module).toBe('events');
    expect(commandNamed(['node', 'handover', '--version'])).toBeNull();
    expect(commandNamed(['node', 'handover', 'nonsense'])).toBeNull();
  }, 60_000);
});
