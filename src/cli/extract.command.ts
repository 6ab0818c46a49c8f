import type { Command } from 'commander';
import pc from 'picocolors';
import { HandoverError } from '../domain/errors.js';
import type { Claim, ExtractionResult } from '../domain/index.js';
import { extractReport } from '../services/extract.service.js';
import { json, oneLine, shown } from './escape.js';
import { EXIT, setExit } from './exit-codes.js';
import { checkDay, reportIssue } from './ledger-cli.js';
import { checkPageSize, pageCapOf, parseMaxBytes, readInput } from './read-input.js';

interface ExtractFlags {
  json?: boolean;
  published?: string;
  lang?: string;
  maxBytes?: string;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print every claim a report makes (HTML or plain text; "-" reads stdin)')
    .argument('<files...>', 'report files, or - for stdin')
    .option('--json', 'one JSON object per file per line (JSON Lines)')
    .option('--published <date>', 'publication date YYYY-MM-DD that anchors relative dates')
    .option('--lang <code>', 'language of the report, overriding detection (en, ru, uk …)')
    .option('--max-bytes <size>', 'largest input read, e.g. 64M, 512k (default 16M, and 6M for an HTML page; at most 512M); a larger one fails alone')
    .action(async (files: string[], flags: ExtractFlags) => {
      const bad = checkDay('--published', flags.published);
      if (bad) return reportIssue('extract', bad);
      const maxBytes = parseMaxBytes(flags.maxBytes);
      if (!maxBytes.ok) return reportIssue('extract', { code: 'INPUT_INVALID', message: maxBytes.message });
      let failed = 0;
      for (const file of files) {
        const result = await extractFile(file, flags, maxBytes.value);
        if (!result.ok) {
          failed++;
          process.stderr.write(`handover extract: ${shown(file)}: ${oneLine(result.error)}\n`);
          continue;
        }
        process.stdout.write(flags.json ? `${json(result.value)}\n` : formatTable(result.value));
      }
      setExit(failed > 0 ? EXIT.FAILED : EXIT.OK);
    });
}

async function extractFile(
  file: string,
  flags: ExtractFlags,
  maxBytes: number,
): Promise<{ ok: true; value: ExtractionResult } | { ok: false; error: string }> {
  let bytes: Buffer;
  try {
    bytes = checkPageSize(await readInput(file, maxBytes), file === '-' ? null : file, pageCapOf(flags.maxBytes, maxBytes));
  } catch (err) {
    return { ok: false, error: err instanceof HandoverError ? err.message : `cannot read: ${(err as Error).message}` };
  }
  const result = extractReport({ bytes, path: file, publishedAt: flags.published ?? null, language: flags.lang ?? null });
  return result.ok ? result : { ok: false, error: result.error.message };
}

function formatCount(c: Claim): string {
  if (!c.count) return 'no figure';
  const q = c.count.qualifier === 'exact' ? '' : `${c.count.qualifier.replace('_', ' ')} `;
  return `${q}${c.count.value.toLocaleString('en-US')}`;
}

function formatTable(result: ExtractionResult): string {
  const { source, claims } = result;
  const read =
    source.reading === 'screened-out'
      ? '\n  no word about an exchange in any language: not read further'
      : source.reading === 'unreadable'
      ? `\n  language ${source.language}: no table reads it, so nothing could be read from this report`
      : source.reading === 'related-tables'
        ? `\n  language ${source.language}: no table of its own; claims are read with related languages' words, for review`
        : '';
  const head = `${pc.bold(shown(source.path ?? ''))}  ${oneLine(source.title ?? '')} [${source.language}] published ${source.publishedAt ?? 'unknown'}${read}\n`;
  if (claims.length === 0) return `${head}  no claims\n\n`;
  const rows = claims.map((c, i) => {
    const dir = `${c.from ?? '?'} → ${c.to ?? '?'}`;
    const date = c.date ? c.date.start + (c.date.precision === 'day' ? '' : ` (${c.date.precision})`) : 'undated';
    const who = c.attribution.speaker ? `${c.attribution.speaker}${c.attribution.party ? ` (${c.attribution.party})` : ''}` : '';
    const extra = [c.agreement, c.mediator && `via ${c.mediator}`, c.partOf !== null && `part of #${c.partOf + 1}`]
      .filter(Boolean)
      .join(', ');
    return `  ${String(i + 1).padStart(2)}. ${pc.cyan(c.kind.padEnd(12))} ${c.category.padEnd(9)}${c.wounded ? '+wounded ' : ''} ${dir.padEnd(20)} ${pc.bold(formatCount(c)).padEnd(14)} ${date.padEnd(16)} ${who}${extra ? `  [${extra}]` : ''}\n      ${pc.dim(`“${truncate(c.evidence.sentence, 140)}”`)}\n`;
  });
  return `${head}${rows.join('')}\n`;
}

const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
