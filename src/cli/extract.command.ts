import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import pc from 'picocolors';
import type { Claim, ExtractionResult } from '../domain/index.js';
import { extractReport } from '../services/extract.service.js';

interface ExtractFlags {
  json?: boolean;
  published?: string;
  lang?: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print every claim a report makes (HTML or plain text; "-" reads stdin)')
    .argument('<files...>', 'report files, or - for stdin')
    .option('--json', 'one JSON object per file per line (JSON Lines)')
    .option('--published <date>', 'publication date YYYY-MM-DD that anchors relative dates')
    .option('--lang <code>', 'language of the report, overriding detection (en, ru, uk …)')
    .action(async (files: string[], flags: ExtractFlags) => {
      if (flags.published !== undefined && !ISO_DAY.test(flags.published)) {
        process.stderr.write(`handover extract: --published must be YYYY-MM-DD, got "${flags.published}"\n`);
        process.exitCode = 2;
        return;
      }
      let failed = 0;
      for (const file of files) {
        const result = await extractFile(file, flags);
        if (!result.ok) {
          failed++;
          process.stderr.write(`handover extract: ${file}: ${result.error}\n`);
          continue;
        }
        process.stdout.write(flags.json ? `${JSON.stringify(result.value)}\n` : formatTable(result.value));
      }
      process.exitCode = failed > 0 ? 1 : 0;
    });
}

async function readInput(file: string): Promise<Buffer> {
  if (file !== '-') return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function extractFile(
  file: string,
  flags: ExtractFlags,
): Promise<{ ok: true; value: ExtractionResult } | { ok: false; error: string }> {
  let bytes: Buffer;
  try {
    bytes = await readInput(file);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const reason = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.message;
    return { ok: false, error: `cannot read: ${reason}` };
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
  const head = `${pc.bold(source.path ?? '')}  ${source.title ?? ''} [${source.language}] published ${source.publishedAt ?? 'unknown'}\n`;
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
