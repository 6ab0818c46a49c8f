/**
 * `handover changes`: the change feed (every record created, corrected, merged, split or withdrawn,
 * in order, from a cursor), and `handover changes apply FILE|URL` to replay a feed onto this ledger
 * and keep a mirror in sync.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import pc from 'picocolors';
import type { ChangeRecord } from '../domain/index.js';
import { applyChanges, changesSince, checkChangeRecord, checkCursor, CHANGES_LIMIT, mirrorCursor } from '../services/index.js';
import { json, oneLine, shown } from './escape.js';
import { DB_HELP, reportIssue, withStore } from './ledger-cli.js';

function line(c: ChangeRecord): string {
  const e = c.entry;
  return `${c.cursor.padStart(7)}  ${e.at.slice(0, 19).replace('T', ' ')}  ${c.change.padEnd(9)}  ${e.entity.padEnd(6)} ${e.entityId}  ${e.action} by ${e.actor}${e.reason ? `: “${oneLine(e.reason).slice(0, 120)}”` : ''}`;
}

/** A feed saved to a file: JSON lines of change records (`handover changes --json`) or a page of the API (`{ "changes": [...] }`). */
function parseFeedFile(text: string, file: string): { ok: true; records: ChangeRecord[] } | { ok: false; message: string } {
  const records: ChangeRecord[] = [];
  const trimmed = text.trim();
  const items: { value: unknown; where: string }[] = [];
  if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
    try {
      const page = JSON.parse(trimmed) as { changes?: unknown };
      if (Array.isArray(page.changes)) page.changes.forEach((v, i) => items.push({ value: v, where: `${file}: changes[${i}]` }));
      else items.push({ value: page, where: `${file}: line 1` });
    } catch (err) {
      return { ok: false, message: `${file}: not JSON: ${oneLine((err as Error).message)}` };
    }
  } else {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]!.trim() === '') continue;
      try {
        items.push({ value: JSON.parse(lines[i]!), where: `${file}: line ${i + 1}` });
      } catch (err) {
        return { ok: false, message: `${file}: line ${i + 1} is not JSON: ${oneLine((err as Error).message)}` };
      }
    }
  }
  for (const { value, where } of items) {
    const r = checkChangeRecord(value, where);
    if (!r.ok) return { ok: false, message: r.error.message };
    records.push(r.value);
  }
  return { ok: true, records };
}

export function registerChanges(program: Command): void {
  const changes = program
    .command('changes')
    .description('the change feed: every source, claim and event created, corrected, merged, split or withdrawn, in order, from a cursor that stays valid across restarts')
    .option('--since <cursor>', 'only changes after this cursor (the last one printed by a previous read; 0 or none: from the beginning)')
    .option('--limit <n>', `at most this many (0 for all)`, String(CHANGES_LIMIT.default))
    .option('--json', 'one JSON change record per line (what changes apply reads)')
    .option('--db <path>', DB_HELP)
    .action(async (flags: { since?: string; limit: string; json?: boolean; db?: string }) => {
      const limit = Number(flags.limit);
      if (!Number.isInteger(limit) || limit < 0) return reportIssue('changes', { code: 'INPUT_INVALID', message: `--limit must be a whole number, got "${flags.limit}"` });
      const since = checkCursor(flags.since);
      if (!since.ok) return reportIssue('changes', { ...since.error, message: since.error.message.replace(/^since/, '--since') });
      await withStore('changes', flags, async (store) => {
        let cursor = String(since.value);
        let shown = 0;
        for (;;) {
          const want = limit === 0 ? CHANGES_LIMIT.max : Math.min(CHANGES_LIMIT.max, limit - shown);
          const page = await changesSince(store, cursor, want);
          if (!page.ok) return reportIssue('changes', page.error);
          for (const c of page.value.changes) process.stdout.write(flags.json ? `${json(c)}\n` : `${line(c)}\n`);
          shown += page.value.changes.length;
          cursor = page.value.cursor;
          if (!page.value.more) {
            process.stderr.write(`${shown} changes; read on later with: handover changes --since ${cursor}\n`);
            return;
          }
          if (limit > 0 && shown >= limit) {
            process.stderr.write(`${shown} changes shown, more wait: handover changes --since ${cursor}\n`);
            return;
          }
        }
      });
    });

  changes
    .command('apply')
    .description('replay a change feed onto this ledger (a file from changes --json, or a Handover server\'s address): what it holds already is skipped, so a mirror stays in sync by applying again')
    .argument('<source>', 'a file, or a server address such as https://ledger.example.org')
    .option('--since <cursor>', 'from this cursor (default: where the last apply from this server stopped, else the beginning)')
    .option('--token <token>', 'an API token for a server that needs an account (or HANDOVER_TOKEN)')
    .option('--db <path>', DB_HELP)
    .action(async function (this: Command, from: string, flags: { since?: string; token?: string; db?: string }) {
      // `--db` after the subcommand may be read as the parent's option (both have it).
      const parent = (this.parent?.opts() ?? {}) as { db?: string; since?: string };
      const db = flags.db ?? parent.db;
      flags = { ...flags, ...(db === undefined ? {} : { db }), ...(flags.since === undefined && parent.since !== undefined ? { since: parent.since } : {}) };
      const since = flags.since === undefined ? null : checkCursor(flags.since);
      if (since !== null && !since.ok) return reportIssue('changes apply', { ...since.error, message: since.error.message.replace(/^since/, '--since') });
      await withStore(
        'changes apply',
        flags,
        async (store) => {
          if (!/^https?:\/\//i.test(from)) {
            let text: string;
            try {
              text = await readFile(from, 'utf8');
            } catch (err) {
              return reportIssue('changes apply', { code: 'IMPORT_READ_FAILED', message: `cannot read ${shown(from)}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : oneLine((err as Error).message)}` });
            }
            const parsed = parseFeedFile(text, shown(from));
            if (!parsed.ok) return reportIssue('changes apply', { code: 'FEED_INVALID', message: parsed.message });
            const records = since === null ? parsed.records : parsed.records.filter((r) => r.seq > since.value);
            const out = await applyChanges(store, records, null);
            if (!out.ok) return reportIssue('changes apply', out.error);
            process.stdout.write(`applied ${out.value.applied} changes from ${shown(from)}; ${out.value.skipped} held already${out.value.cursor ? `; the feed's last cursor is ${out.value.cursor}` : ''}\n`);
            return;
          }
          const origin = from.replace(/\/+$/, '').replace(/\/api$/, '');
          let cursor = since !== null ? String(since.value) : ((await mirrorCursor(store, origin)) ?? '0');
          const token = flags.token ?? process.env.HANDOVER_TOKEN;
          let applied = 0;
          let skipped = 0;
          for (;;) {
            let body: { changes?: unknown[]; cursor?: string; more?: boolean; message?: string };
            try {
              const res = await fetch(`${origin}/api/changes?since=${encodeURIComponent(cursor)}&limit=${CHANGES_LIMIT.max}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
              body = (await res.json()) as typeof body;
              if (!res.ok) return reportIssue('changes apply', { code: 'FEED_INVALID', message: `${origin} answered ${res.status}: ${oneLine(body.message ?? '')}` });
            } catch (err) {
              return reportIssue('changes apply', { code: 'FEED_INVALID', message: `cannot read the feed of ${origin}: ${oneLine((err as Error).message)}` });
            }
            const records: ChangeRecord[] = [];
            for (const [i, v] of (body.changes ?? []).entries()) {
              const r = checkChangeRecord(v, `${origin} changes[${i}] after ${cursor}`);
              if (!r.ok) return reportIssue('changes apply', r.error);
              records.push(r.value);
            }
            // Each page in its own transaction: a long feed is applied (and remembered) as it comes.
            const out = await applyChanges(store, records, origin);
            if (!out.ok) return reportIssue('changes apply', out.error);
            applied += out.value.applied;
            skipped += out.value.skipped;
            cursor = body.cursor ?? out.value.cursor ?? cursor;
            if (process.stderr.isTTY) process.stderr.write(`\r${applied} changes applied`);
            if (!body.more || records.length === 0) break;
          }
          if (process.stderr.isTTY) process.stderr.write('\n');
          process.stdout.write(`${pc.green('in sync')} with ${origin}: applied ${applied} changes, ${skipped} held already; next apply reads on from cursor ${cursor}\n`);
        },
        'create',
      );
    });
}
