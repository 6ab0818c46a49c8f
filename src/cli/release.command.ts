/**
 * `handover release …`: publish the ledger as numbered releases, list, show and compare them, write
 * one as a data package or a static site, sign and verify them.
 */
import { createWriteStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import pc from 'picocolors';
import type { HandoverIssue, Release, ReleaseDiff } from '../domain/index.js';
import {
  checkReleaseNumber,
  createRelease,
  generateReleaseKeys,
  getRelease,
  listReleases,
  releaseDiff,
  signRelease,
  verifyRelease,
  verifyReleaseFolder,
  type VerifyReport,
} from '../services/index.js';
import { releasePackage, citation, PACKAGE_LICENSES, type OutputFile } from '../services/release-package.js';
import { releaseSite } from '../services/release-site.js';
import { json, oneLine, shown } from './escape.js';
import { EXIT, setExit } from './exit-codes.js';
import { DB_HELP, formatInt, reportIssue, table, withStore } from './ledger-cli.js';
import { writeFailure } from './output-file.js';

const whoAmI = (as?: string) => as ?? process.env.USER ?? process.env.USERNAME ?? 'admin';

const number = (command: string, value: string): number | null => {
  const n = checkReleaseNumber(value, 'N');
  if (!n.ok) {
    reportIssue(command, n.error);
    return null;
  }
  return n.value;
};

function countsLine(d: ReleaseDiff): string {
  const c = d.counts;
  return `${d.from === null ? 'first release' : `since release ${d.from}`}: ${c.added} added, ${c.corrected} corrected, ${c.merged} merged, ${c.split} split, ${c.withdrawn} withdrawn`;
}

export function diffText(d: ReleaseDiff): string {
  if (d.changes.length === 0) return `no changes between release ${d.from ?? '–'} and release ${d.to}\n`;
  const lines = [`${countsLine(d)} (release ${d.to})`];
  for (const c of d.changes) {
    lines.push(`${pc.bold(c.kind.padEnd(9))}  ${c.eventId}  ${c.label}${c.fields.length > 0 ? `  [${c.fields.join(', ')}]` : ''}`);
    for (const b of c.because) if (b.reason !== null || b.actor !== 'machine') lines.push(`             ${b.at.slice(0, 10)} ${b.action} by ${b.actor}${b.reason ? `: “${oneLine(b.reason)}”` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

function releaseText(r: Release): string {
  const signed = r.signatures.length > 0 ? `signed by key ${r.signatures.map((s) => s.keyId).join(', ')}` : 'not signed';
  return (
    `release ${r.n}  published ${r.createdAt} by ${r.createdBy}${r.note ? `  “${oneLine(r.note)}”` : ''}\n` +
    `events ${formatInt(r.events)}  history up to entry ${r.historySeq}  ${signed}\n` +
    `content hash (sha256 of ledger.json) ${r.contentHash}\n` +
    Object.entries(r.manifest.files).map(([f, h]) => `  ${f.padEnd(15)} ${h}\n`).join('') +
    `cite: according to ${citation(r)}, …\n` +
    `fetch exactly it: handover export --release ${r.n} --format csv\n\n` +
    diffText(r.summary)
  );
}

/** Writes files into a folder (made when missing; an existing non-empty one only with --force), each beside its target and renamed when whole. */
async function writeFolder(command: string, out: string, files: readonly OutputFile[], force: boolean): Promise<boolean> {
  const root = resolve(out);
  if (existsSync(root)) {
    if (!statSync(root).isDirectory()) {
      reportIssue(command, { code: 'OUTPUT_UNWRITABLE', message: `cannot write into ${shown(out)}: it is a file, not a folder` });
      return false;
    }
    if (!force && readdirSync(root).length > 0) {
      reportIssue(command, { code: 'OUTPUT_EXISTS', message: `${shown(out)} is not empty: --force writes into it anyway (files of the same name are replaced)` });
      return false;
    }
  }
  let done = 0;
  for (const f of files) {
    const target = resolve(root, f.name);
    if (!target.startsWith(root + sep)) throw new Error(`file name ${f.name} leaves the folder`);
    const partial = `${target}.${process.pid}.partial`;
    try {
      mkdirSync(dirname(target), { recursive: true });
      await pipeline(Readable.from(f.content()), createWriteStream(partial, { flags: 'w' }));
      await rename(partial, target);
    } catch (err) {
      await unlink(partial).catch(() => undefined);
      reportIssue(command, { code: 'EXPORT_FAILED', message: writeFailure(join(out, f.name), err as NodeJS.ErrnoException) });
      return false;
    }
    done++;
    if (process.stderr.isTTY && (done % 50 === 0 || done === files.length)) process.stderr.write(`\r${done}/${files.length} files`);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  return true;
}

async function readKey(command: string, file: string, what: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    reportIssue(command, { code: 'INPUT_INVALID', message: `cannot read the ${what} ${shown(file)}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : oneLine((err as Error).message)}` });
    return null;
  }
}

function verifyText(r: VerifyReport, what: string): string {
  if (r.ok) {
    const files = Object.keys(r.files).length;
    return `${pc.green('verified')}: ${what.startsWith('release ') ? what : `${what} (release ${r.release})`}: ${files} files match the manifest${r.signedBy.length > 0 ? `; signed by key ${r.signedBy.join(', ')}` : '; no signature checked (give --public-key to check one)'}\n`;
  }
  return '';
}

export function registerRelease(program: Command): void {
  const release = program.command('release').description('publish the ledger as numbered, immutable releases others can cite, fetch again, compare and verify');

  release
    .command('create')
    .description('publish the ledger as it stands as the next release (an administrator\'s act)')
    .option('--note <text>', 'a note kept with the release (what it is for)')
    .option('--as <name>', 'who publishes it (default $USER)')
    .option('--sign-key <file>', 'sign it at once with this Ed25519 private key (handover release keygen)')
    .option('--db <path>', DB_HELP)
    .action(async (flags: { note?: string; as?: string; signKey?: string; db?: string }) => {
      const key = flags.signKey === undefined ? undefined : await readKey('release create', flags.signKey, 'signing key');
      if (key === null) return;
      await withStore('release create', flags, async (store) => {
        const made = await createRelease(store, { by: whoAmI(flags.as), note: flags.note ?? null, ...(key === undefined ? {} : { signKey: key }) });
        if (!made.ok) return reportIssue('release create', made.error);
        const r = made.value;
        process.stdout.write(`${pc.green(`release ${r.n}`)} published: ${formatInt(r.events)} events; ${countsLine(r.summary)}\n`);
        process.stdout.write(`sha256 ${r.contentHash}${r.signatures.length > 0 ? `  signed by key ${r.signatures[0]!.keyId}` : ''}\n`);
        process.stdout.write(`cite: according to ${citation(r)}, …  (handover export --release ${r.n} --format csv fetches exactly it)\n`);
      });
    });

  release
    .command('list')
    .description('the releases, newest first')
    .option('--json', 'one JSON object per release per line')
    .option('--db <path>', DB_HELP)
    .action(async (flags: { json?: boolean; db?: string }) =>
      withStore('release list', flags, async (store) => {
        const all = await listReleases(store);
        if (flags.json) {
          for (const r of all) process.stdout.write(`${json(r)}\n`);
          return;
        }
        if (all.length === 0) {
          process.stdout.write('no release yet: handover release create publishes the first\n');
          return;
        }
        const rows = [['release', 'published', 'by', 'events', 'added', 'corrected', 'merged', 'split', 'withdrawn', 'sha256', 'signed', 'note']];
        for (const r of all) {
          const c = r.summary.counts;
          rows.push([String(r.n), r.createdAt.slice(0, 19).replace('T', ' '), r.createdBy, formatInt(r.events), String(c.added), String(c.corrected), String(c.merged), String(c.split), String(c.withdrawn), r.contentHash.slice(0, 16), r.signatures.length > 0 ? 'yes' : 'no', oneLine(r.note ?? '')]);
        }
        process.stdout.write(table(rows));
      }),
    );

  release
    .command('show')
    .description('one release: when, by whom, its hashes, how to cite it, and what changed since the one before')
    .argument('<n>', 'release number')
    .option('--json', 'the release as JSON')
    .option('--db <path>', DB_HELP)
    .action(async (n: string, flags: { json?: boolean; db?: string }) => {
      const num = number('release show', n);
      if (num === null) return;
      await withStore('release show', flags, async (store) => {
        const r = await getRelease(store, num);
        if (!r.ok) return reportIssue('release show', r.error);
        process.stdout.write(flags.json ? `${json(r.value, 2)}\n` : releaseText(r.value));
      });
    });

  release
    .command('diff')
    .description('what changed between two releases: events added, corrected, merged, split and withdrawn, with the reasons from the history')
    .argument('<n>', 'a release number')
    .argument('<m>', 'another release number')
    .option('--json', 'the changes as JSON')
    .option('--db <path>', DB_HELP)
    .action(async (a: string, b: string, flags: { json?: boolean; db?: string }) => {
      const x = number('release diff', a);
      const y = x === null ? null : number('release diff', b);
      if (x === null || y === null) return;
      await withStore('release diff', flags, async (store) => {
        const d = await releaseDiff(store, x, y);
        if (!d.ok) return reportIssue('release diff', d.error);
        process.stdout.write(flags.json ? `${json(d.value, 2)}\n` : diffText(d.value));
      });
    });

  release
    .command('package')
    .description('write a release as a Frictionless data package (datapackage.json, CSV, HXL-tagged CSV, JSON, README with method and licence), ready for HDX')
    .argument('<n>', 'release number')
    .requiredOption('--out <dir>', 'the folder to write (made when missing)')
    .option('--license <id>', `the data's licence: ${PACKAGE_LICENSES.join(', ')}`, 'CC-BY-4.0')
    .option('--homepage <url>', 'where the ledger is published (for the README and the package)')
    .option('--force', 'write into a folder that is not empty')
    .option('--db <path>', DB_HELP)
    .action(async (n: string, flags: { out: string; license: string; homepage?: string; force?: boolean; db?: string }) => {
      const num = number('release package', n);
      if (num === null) return;
      await withStore('release package', flags, async (store) => {
        const files = await releasePackage(store, num, { license: flags.license, homepage: flags.homepage ?? null });
        if (!files.ok) return reportIssue('release package', { ...files.error, message: files.error.message.replace(/^license\b/, '--license') });
        if (await writeFolder('release package', flags.out, files.value, flags.force ?? false)) process.stdout.write(`wrote release ${num} as a data package: ${shown(flags.out)} (${files.value.map((f) => f.name).join(', ')})\n`);
      });
    });

  release
    .command('site')
    .description('write a release as a static site (dashboard with charts, events, sources, changes): plain HTML, relative links, no server needed')
    .argument('<n>', 'release number')
    .requiredOption('--out <dir>', 'the folder to write (made when missing)')
    .option('--force', 'write into a folder that is not empty')
    .option('--db <path>', DB_HELP)
    .action(async (n: string, flags: { out: string; force?: boolean; db?: string }) => {
      const num = number('release site', n);
      if (num === null) return;
      await withStore('release site', flags, async (store) => {
        const files = await releaseSite(store, num);
        if (!files.ok) return reportIssue('release site', files.error);
        if (await writeFolder('release site', flags.out, files.value, flags.force ?? false)) {
          process.stdout.write(`wrote release ${num} as a site of ${files.value.length} files: open ${shown(join(flags.out, 'index.html'))}\n`);
        }
      });
    });

  release
    .command('keygen')
    .description('make an Ed25519 key pair for signing releases: PREFIX.key (keep it secret) and PREFIX.pub (publish it)')
    .requiredOption('--out <prefix>', 'file name prefix, e.g. keys/handover')
    .option('--force', 'replace existing key files')
    .action(async (flags: { out: string; force?: boolean }) => {
      const keys = generateReleaseKeys();
      try {
        await writeFile(`${flags.out}.key`, keys.privateKey, { mode: 0o600, flag: flags.force ? 'w' : 'wx' });
        await writeFile(`${flags.out}.pub`, keys.publicKey, { flag: flags.force ? 'w' : 'wx' });
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        return reportIssue('release keygen', e.code === 'EEXIST' ? { code: 'OUTPUT_EXISTS', message: `${shown(e.path ?? flags.out)} exists already: --force replaces it` } : { code: 'OUTPUT_UNWRITABLE', message: writeFailure(e.path ?? flags.out, e) });
      }
      process.stdout.write(`key ${keys.keyId}: private ${shown(`${flags.out}.key`)} (keep it secret), public ${shown(`${flags.out}.pub`)} (publish it)\n`);
    });

  release
    .command('sign')
    .description("sign a release's manifest (the sha256 of each of its files) with an Ed25519 private key")
    .argument('<n>', 'release number')
    .requiredOption('--key <file>', 'the private key (handover release keygen)')
    .option('--as <name>', 'who signs (default $USER)')
    .option('--db <path>', DB_HELP)
    .action(async (n: string, flags: { key: string; as?: string; db?: string }) => {
      const num = number('release sign', n);
      if (num === null) return;
      const key = await readKey('release sign', flags.key, 'signing key');
      if (key === null) return;
      await withStore('release sign', flags, async (store) => {
        const sig = await signRelease(store, num, key, whoAmI(flags.as));
        if (!sig.ok) return reportIssue('release sign', sig.error);
        process.stdout.write(`release ${num} signed with key ${sig.value.keyId}\n`);
      });
    });

  release
    .command('verify')
    .description('check a release (a number in the ledger, or a folder written by release package or site) against its manifest and signature; a tampered one fails')
    .argument('<release>', 'a release number or a folder')
    .option('--public-key <file>', 'require a signature by this public key')
    .option('--json', 'the report as JSON')
    .option('--db <path>', DB_HELP)
    .action(async (target: string, flags: { publicKey?: string; json?: boolean; db?: string }) => {
      const pub = flags.publicKey === undefined ? undefined : await readKey('release verify', flags.publicKey, 'public key');
      if (pub === null) return;
      const finish = (r: VerifyReport, what: string) => {
        if (flags.json) process.stdout.write(`${json(r, 2)}\n`);
        if (r.ok) {
          if (!flags.json) process.stdout.write(verifyText(r, what));
          return;
        }
        const named = what.startsWith('release ') ? what : `${what} (release ${r.release})`;
        const issue: HandoverIssue = { code: 'RELEASE_TAMPERED', message: `${named} does not verify: ${r.problems.join('; ')}` };
        reportIssue('release verify', issue, EXIT.FAILED);
      };
      const isFolder = existsSync(target) && statSync(target).isDirectory();
      if (isFolder) {
        const out = await verifyReleaseFolder(async (name) => {
          const file = resolve(target, name);
          if (!file.startsWith(resolve(target) + sep)) return null;
          try {
            return await readFile(file);
          } catch {
            return null;
          }
        }, pub);
        if (!out.ok) return reportIssue('release verify', out.error);
        return finish(out.value, shown(target));
      }
      const num = checkReleaseNumber(target, 'release');
      if (!num.ok) return reportIssue('release verify', { code: 'INPUT_INVALID', message: `${shown(target)} is neither a release number nor a folder` });
      await withStore('release verify', flags, async (store) => {
        const out = await verifyRelease(store, num.value, pub);
        if (!out.ok) return reportIssue('release verify', out.error);
        finish(out.value, `release ${num.value} in ${store.description}`);
      });
    });
  void setExit;
}
