import type { Command } from 'commander';
import pc from 'picocolors';
import { PARTIES } from '../domain/index.js';
import { table } from './ledger-cli.js';
import { json } from './escape.js';

export function registerParties(program: Command): void {
  program
    .command('parties')
    .description('the known parties: the slugs --party, --from and --to take, with the names and aliases that stand for them')
    .option('--json', 'one JSON object per party per line')
    .action((flags: { json?: boolean }) => {
      if (flags.json) {
        for (const p of PARTIES) process.stdout.write(`${json(p)}\n`);
        return;
      }
      const rows = PARTIES.map((p) => [p.slug, p.name, p.kind, pc.dim(p.aliases.join(', '))]);
      process.stdout.write(table([['slug', 'name', 'kind', 'also typed as'].map((h) => pc.bold(h)), ...rows]));
    });
}
