import { createReadStream, createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import pc from 'picocolors';
import { EXPORT_FORMATS, exportLedger, exportRelease, importLedger, loadDemo, type ExportFormat, type ImportReport } from '../services/transfer.service.js';
import { ledgerFileOf } from '../services/index.js';
import { oneLine, shown } from './escape.js';
import { EXIT, setExit } from './exit-codes.js';
import { reportIssue, withDbOption, withStore } from './ledger-cli.js';
import { checkOutputFile, writeFailure } from './output-file.js';
import { queryOf, withFilters } from './events.command.js';

const summary = (r: ImportReport) =>
  `${r.sources} sources, ${r.claims} claims, ${r.events} events, ${r.history} history entries stored` +
  `${r.pending > 0 ? `, ${r.pending} claims set aside` : ''}; ${r.unchanged} already there` +
  `${r.conflicts.length > 0 ? `; ${r.conflicts.length} stored with other values, kept as stored` : ''}`;

/** What a person should know about an import that did not stop it, on stderr. */
function notices(r: ImportReport): string {
  const lines = [...r.conflicts.map((c) => `${pc.red('conflict')}: ${c.message}`), ...r.warnings.map((w) => `${pc.yellow('warning')}: ${w}`)];
  if (r.withoutBody > 0) {
    lines.unshift(`${pc.yellow('note')}: ${r.withoutBody} source${r.withoutBody === 1 ? ' was' : 's were'} stored without bytes or text: the file is a version 1 export, which carries metadata only (see \`handover history SOURCE_ID\`)`);
  }
  return lines.map((l) => `${l}\n`).join('');
}

export function registerTransfer(program: Command): void {
  withDbOption(withFilters(program.command('export').description('write the ledger as CSV, HXL-tagged CSV or JSON, streaming')))
    .requiredOption('--format <format>', 'csv, hxl or json')
    .option('--out <file>', 'write to a file instead of stdout (never onto the ledger itself)')
    .option('--force', 'replace the --out file when it exists')
    .action(async (flags: Parameters<typeof queryOf>[0] & { format: string; out?: string; force?: boolean; db?: string }) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(flags.format)) {
        return reportIssue('export', { code: 'INPUT_INVALID', message: `--format must be csv, hxl or json, got "${flags.format}"` });
      }
      const target = flags.out === undefined ? null : checkOutputFile(flags.out, ledgerFileOf(flags), flags.force ?? false);
      if (target !== null && !target.ok) return reportIssue('export', target.error);
      await withStore('export', flags, async (store) => {
        const query = queryOf(flags);
        // A release's export is its own file, the same bytes whenever it is fetched.
        const chunks = query.release !== undefined ? await exportRelease(store, query.release, flags.format as ExportFormat, { ...query, release: undefined }) : exportLedger(store, flags.format as ExportFormat, query);
        if (!chunks.ok) return reportIssue('export', chunks.error);
        if (flags.out === undefined) {
          // A reader that stops early (| head) ends the process quietly (main.ts).
          for await (const chunk of chunks.value) if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
          return;
        }
        // Written beside the target and renamed when complete: a failed export leaves no half file, and a
        // replaced one stays until the new one is whole.
        // A device or a pipe (/dev/stdout, a FIFO) is written directly: it cannot be replaced, only written to.
        const direct = target?.ok === true && target.value.direct;
        const partial = direct ? flags.out : `${flags.out}.${process.pid}.partial`;
        try {
          await pipeline(Readable.from(chunks.value), createWriteStream(partial, { flags: direct ? 'w' : 'wx' }));
          if (!direct) await rename(partial, flags.out);
        } catch (err) {
          if (!direct) await unlink(partial).catch(() => undefined);
          const e = err as NodeJS.ErrnoException;
          // A pipe named as --out whose reader stopped early (--out /dev/stdout | head) is not a failure.
          if (e.code === 'EPIPE') return;
          return reportIssue('export', { code: 'EXPORT_FAILED', message: e.syscall ? writeFailure(flags.out, e) : oneLine(e.message) });
        }
        process.stderr.write(`wrote ${shown(flags.out)}\n`);
      });
    });

  withDbOption(program.command('import').description('read a JSON export back into the ledger: every record is checked first, then written in one transaction; records stored already with other values are kept as stored and named (exit code 1)'))
    .argument('<file>', 'a file written by export --format json')
    .action(async (file: string, flags: { db?: string }) =>
      withStore(
        'import',
        flags,
        async (store) => {
          const out = await importLedger(store, { name: file, open: () => createReadStream(file) });
          if (!out.ok) return reportIssue('import', out.error);
          process.stdout.write(`imported ${shown(file)}: ${summary(out.value)}\n`);
          process.stderr.write(notices(out.value));
          if (out.value.conflicts.length > 0) setExit(EXIT.FAILED);
        },
        'create',
      ),
    );

  withDbOption(program.command('demo').description('load the demo ledger (real exchanges with their public source links) into the database'))
    .action(async (flags: { db?: string }) =>
      withStore('demo', flags, async (store) => {
        const out = await loadDemo(store);
        if (!out.ok) return reportIssue('demo', out.error);
        process.stdout.write(`${pc.green('demo ledger loaded')} into ${store.description}: ${summary(out.value)}\n`);
        process.stdout.write(`try: handover events · handover totals --by month · handover event <id> · handover review\n`);
      }, 'create'),
    );
}
