/**
 * The edges of the CLI as a careful operator meets them, through the built `handover` binary (needs
 * `npm run build`): endless and huge inputs, readers that stop early, unreadable folders, links,
 * hostile file names, mistyped --db, outputs onto the ledger, and the exit code of each.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send } from '../support/api.js';
import { BIN, cli, type CliRun } from '../support/cli-run.js';
import { serveProcess } from '../support/serve-process.js';

const root = mkdtempSync(join(tmpdir(), 'handover-edges-'));
const ledger = join(root, 'ledger.db');
const report = join(root, 'swap.txt');
// Written for this test: one handover each way, dated.
const SWAP = 'On 3 March 2025 Russia handed over 75 Ukrainian prisoners of war to Ukraine, the Coordination Headquarters said. Ukraine returned 75 Russian servicemen the same day, the defence ministry in Moscow said.\n';

/** Every line of a command's stderr (a one-line error is one of these). */
const lines = (text: string) => text.split('\n').filter((l) => l.length > 0);
const noStack = (r: CliRun) => expect(r.err).not.toMatch(/\n\s+at |node:internal|Error: /);

let eventId = '';

beforeAll(async () => {
  writeFileSync(report, SWAP);
  const stored = await cli(['ingest', report, '--db', ledger]);
  expect(stored.code, stored.err).toBe(0);
  const events = await cli(['events', '--json', '--db', ledger]);
  eventId = (JSON.parse(lines(events.out)[0]!) as { id: string }).id;
}, 60_000);
afterAll(() => {
  chmodSync(root, 0o700);
  rmSync(root, { recursive: true, force: true });
});

describe('exit codes', () => {
  it('are one table, shown in --help, and a mistake in what was typed is 2', async () => {
    const [help, unknown, none] = await Promise.all([cli(['--help']), cli(['events', '--colour']), cli(['events', '--limit', 'many', '--db', ledger])]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Exit codes:\n\s+0\s+ok\n\s+1\s+some inputs failed[^\n]*\n\s+2\s+usage[^\n]*\n\s+3\s+the ledger is missing[^\n]*\n\s+4\s+the ledger is busy[^\n]*\n\s+70\s+internal error/);
    expect(unknown.code).toBe(2);
    expect(lines(unknown.err)).toEqual(["error: unknown option '--colour'"]);
    expect(none.code).toBe(2);
    expect(lines(none.err)).toEqual(['handover events: INPUT_INVALID: --limit must be a whole number, got "many"']);
  }, 60_000);
});

describe('a size cap on every input', () => {
  it('extract refuses /dev/zero and a 600 MiB file with one line each, reads the rest, exits 1, in bounded memory', async () => {
    const sparse = join(root, 'sparse.txt');
    writeFileSync(sparse, '');
    truncateSync(sparse, 600 * 1024 * 1024);
    const r = await cli(['extract', '/dev/zero', sparse, report], { measure: true });
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([
      'handover extract: /dev/zero: larger than the 16 MiB cap (--max-bytes raises it, up to 512M)',
      `handover extract: ${sparse}: 600 MiB, larger than the 16 MiB cap (--max-bytes raises it, up to 512M)`,
    ]);
    expect(r.out).toMatch(/russia → ukraine\s+75/);
    // Unbounded, /dev/zero alone would pass 300 MB within a second; the CLI itself takes about 150.
    expect(r.maxRssMb).toBeLessThan(300);
    rmSync(sparse);
  }, 60_000);

  it('an HTML page has a cap of its own (its DOM takes tens of times its size), unless --max-bytes is given', async () => {
    // A saved page of 7 MiB: a paragraph about an exchange, then filler paragraphs.
    const page = join(root, 'large-page.html');
    const filler = '<p>The weather in the capital stayed mild through the week, with light rain in the evenings.</p>\n';
    writeFileSync(page, `<!doctype html><html><body><article><p>Russia handed over 75 prisoners of war to Ukraine on 3 March 2025.</p>\n${filler.repeat(Math.ceil((7 * 1024 * 1024) / filler.length))}</article></body></html>`);
    const small = join(root, 'small-page.html');
    writeFileSync(small, '<!doctype html><html><body><p>Russia handed over 75 prisoners of war to Ukraine on 3 March 2025.</p></body></html>');
    const r = await cli(['extract', page, small], { measure: true });
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([`handover extract: ${page}: an HTML page of 7.0 MiB, larger than the 6 MiB cap for pages (its DOM takes tens of times its size; --max-bytes raises it)`]);
    expect(r.out).toMatch(/russia → ukraine\s+75/);
    expect(r.maxRssMb).toBeLessThan(300);
    // Given --max-bytes, the user's cap is the one for pages too.
    const refused = await cli(['extract', '--max-bytes', '1M', page]);
    expect(lines(refused.err)).toEqual([`handover extract: ${page}: 7.0 MiB, larger than the 1 MiB cap (--max-bytes raises it, up to 512M)`]);
    rmSync(page);
  }, 60_000);

  it('ingest stores the other inputs and says which failed; an endless stdin stops at --max-bytes', async () => {
    const db = join(root, 'cap.db');
    const [zero, endless] = await Promise.all([
      cli(['ingest', '/dev/zero', report, '--db', db], { measure: true }),
      cli(['ingest', '-', '--max-bytes', '64k', '--db', join(root, 'stdin.db')], { endless: Buffer.alloc(65536, 'a'), measure: true }),
    ]);
    expect(zero.code).toBe(1);
    expect(zero.out).toMatch(/\/dev\/zero\s+failed: larger than the 16 MiB cap/);
    expect(zero.out).toMatch(/swap\.txt\s+src_\w+\s+stored 2 claims/);
    expect(zero.out).toMatch(/1 stored, 0 duplicate, 0 near-duplicate, 0 without claims \(not stored\), 1 failed/);
    expect(zero.maxRssMb).toBeLessThan(300);
    expect(endless.code).toBe(1);
    expect(endless.out).toMatch(/^-\s+failed: larger than the 64 KiB cap/m);
    expect(endless.maxRssMb).toBeLessThan(300);
    noStack(zero);
    noStack(endless);
  }, 60_000);

  it('--max-bytes takes sizes like 64M and refuses nonsense with exit 2', async () => {
    const [bad, huge, small] = await Promise.all([
      cli(['extract', '--max-bytes', 'lots', report]),
      cli(['ingest', '--max-bytes', '2G', report, '--db', ledger]),
      cli(['extract', '--max-bytes', '100', report]),
    ]);
    expect([bad.code, huge.code]).toEqual([2, 2]);
    expect(lines(bad.err)).toEqual(['handover extract: INPUT_INVALID: --max-bytes must be a size such as 64M, 512k or 1000000, got "lots"']);
    expect(huge.err).toMatch(/--max-bytes is at most 512M/);
    expect(small.code).toBe(1);
    expect(lines(small.err)).toEqual([`handover extract: ${report}: ${statSync(report).size} bytes, larger than the 100 bytes cap (--max-bytes raises it, up to 512M)`]);
  }, 60_000);
});

describe('the size cap on uploads', () => {
  it('handover serve --max-bytes refuses a larger report with 413 and stores a smaller one', async () => {
    const db = join(root, 'serve.db');
    expect((await cli(['db', 'migrate', '--db', db])).code).toBe(0);
    expect((await cli(['user', 'add', 'wire', '--role', 'contributor', '--db', db])).code).toBe(0);
    const token = (await cli(['user', 'token', 'wire', '--db', db])).out.trim();
    const server = await serveProcess(['--db', db, '--max-bytes', '1k']);
    try {
      const big = await send(server.url, 'POST', '/api/sources', { token, raw: SWAP.repeat(8), type: 'text/plain' });
      expect([big.status, (big.body as { code: string }).code]).toEqual([413, 'BODY_TOO_LARGE']);
      const small = await send(server.url, 'POST', '/api/sources', { token, raw: SWAP, type: 'text/plain' });
      expect(small.status).toBeLessThan(300);
    } finally {
      await server.stop();
    }
  }, 60_000);
});

describe('readers that stop early', () => {
  it('every read command piped into a reader that closes at once ends quietly with exit 0', async () => {
    const reads = [
      ['events'],
      ['events', '--json'],
      ['event', eventId],
      ['totals'],
      ['review'],
      ['history', eventId],
      ['checks'],
      ['export', '--format', 'csv'],
      ['export', '--format', 'json'],
      ['parties'],
      ['sources'],
      ['claims', '--json'],
    ].map((args) => (args[0] === 'parties' ? args : [...args, '--db', ledger]));
    reads.push(['extract', '--json', report]);
    const runs = await Promise.all(reads.map((args) => cli(args, { closeStdout: true })));
    runs.forEach((r, i) => expect({ command: reads[i]!.join(' '), code: r.code, err: r.err }).toEqual({ command: reads[i]!.join(' '), code: 0, err: '' }));
  }, 120_000);

  it('a long output cut by head ends quietly too', () => {
    const out = execFileSync('bash', ['-o', 'pipefail', '-c', `node "${BIN}" export --format json --db "${ledger}" | head -c 20`], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(out).toHaveLength(20);
  }, 60_000);
});

describe('walking folders', () => {
  it('an unreadable subfolder is a failed input with a one-line reason; links are followed or named', async () => {
    const dir = join(root, 'walk');
    const outside = join(root, 'outside');
    mkdirSync(join(dir, 'locked'), { recursive: true });
    mkdirSync(join(dir, 'open'), { recursive: true });
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(dir, 'locked', 'hidden.txt'), SWAP);
    writeFileSync(join(dir, 'open', 'b.txt'), SWAP.replace('75', '76').replace('75', '76'));
    writeFileSync(join(outside, 'linked.txt'), SWAP.replace('3 March', '9 March'));
    symlinkSync(join(outside, 'linked.txt'), join(dir, 'c-link.txt'));
    symlinkSync(join(root, 'nowhere.txt'), join(dir, 'd-broken.txt'));
    symlinkSync(dir, join(dir, 'open', 'loop'));
    writeFileSync(join(dir, 'e-locked.txt'), SWAP);
    chmodSync(join(dir, 'e-locked.txt'), 0o000);
    chmodSync(join(dir, 'locked'), 0o000);
    // Root reads any folder: drop that power for the run (the CLI runs as an ordinary user would).
    const wrap = process.getuid?.() === 0 ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search'] : undefined;
    const r = await cli(['ingest', dir, '--db', join(root, 'walk.db')], wrap ? { wrap } : {});
    chmodSync(join(dir, 'locked'), 0o700);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/walk\/c-link\.txt\s+src_\w+\s+stored 2 claims/);
    expect(r.out).toMatch(/walk\/d-broken\.txt\s+failed: cannot read: a symbolic link to nothing/);
    expect(r.out).toMatch(/walk\/locked\s+failed: cannot read this folder: permission denied/);
    expect(r.out).toMatch(/walk\/open\/b\.txt\s+src_\w+\s+stored 2 claims/);
    expect(r.out).toMatch(/walk\/e-locked\.txt\s+failed: cannot read: permission denied/);
    expect(r.out).toMatch(/2 stored, 0 duplicate, 0 near-duplicate, 0 without claims \(not stored\), 3 failed/);
    expect(lines(r.err)).toEqual([`handover ingest: notice: ${join(dir, 'open', 'loop')}: skipped, a link to a folder already walked`]);
  }, 60_000);

  it('prints names with newlines or bidi controls escaped, wherever it prints them', async () => {
    const dir = join(root, 'names');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'two\nlines.txt'), SWAP);
    writeFileSync(join(dir, 'report\u202Etxt.exe.txt'), SWAP.replace('3 March', '4 March'));
    const [ingest, extract, missing] = await Promise.all([
      cli(['ingest', dir, '--db', join(root, 'names.db')]),
      cli(['extract', join(dir, 'two\nlines.txt')]),
      cli(['extract', join(dir, 'gone\u202E.txt')]),
    ]);
    expect(ingest.code).toBe(0);
    expect(ingest.out).toContain(`"${dir}/two\\nlines.txt"`);
    expect(ingest.out).toContain(`"${dir}/report\\u202etxt.exe.txt"`);
    expect(ingest.out).not.toMatch(/[\u202E]|two\nlines/);
    expect(extract.out.split('\n')[0]).toContain(`"${dir}/two\\nlines.txt"`);
    expect(lines(missing.err)).toEqual([`handover extract: "${dir}/gone\\u202e.txt": cannot read: no such file`]);
    const [sources, sourcesJson] = await Promise.all([cli(['sources', '--db', join(root, 'names.db')]), cli(['sources', '--json', '--db', join(root, 'names.db')])]);
    // JSON keeps the name (\u escapes are the same string to a JSON reader) with nothing raw a terminal acts on.
    expect(sourcesJson.out).not.toMatch(/[\u202E]/);
    expect(sourcesJson.out).toContain('\\u202e');
    expect(lines(sourcesJson.out).map((l) => JSON.stringify(JSON.parse(l))).join('\n')).toContain('report\u202Etxt.exe.txt');
    expect(sources.out).toContain(`"${dir}/two\\nlines.txt"`);
    expect(sources.out).not.toMatch(/[\u202E]|two\nlines/);
  }, 60_000);
});

describe('--db names a ledger that must be there', () => {
  it('a reading command refuses a mistyped path with exit 3 and creates nothing; the commands that create one do', async () => {
    const typo = join(root, 'ledgr.db');
    const reads = [['events'], ['totals'], ['review'], ['checks'], ['export', '--format', 'csv'], ['history', 'ev_x'], ['user', 'list'], ['db', 'backup', join(root, 'b.db')]];
    const runs = await Promise.all(reads.map((args) => cli([...args, '--db', typo])));
    runs.forEach((r, i) => {
      expect({ command: reads[i]!.join(' '), code: r.code }).toEqual({ command: reads[i]!.join(' '), code: 3 });
      expect(lines(r.err)).toEqual([`handover ${reads[i]![0] === 'user' || reads[i]![0] === 'db' ? reads[i]!.slice(0, 2).join(' ') : reads[i]![0]}: STORAGE_MISSING: no ledger at SQLite ${typo}: check the path (ingest, demo, import or db migrate creates one)`]);
    });
    expect(existsSync(typo)).toBe(false);
    // An empty file (touch ledger.db) is no ledger either, and a read leaves it empty.
    const empty = join(root, 'empty.db');
    writeFileSync(empty, '');
    expect((await cli(['events', '--db', empty])).code).toBe(3);
    expect(statSync(empty).size).toBe(0);
    // A folder the system will not make is one line, not a hang (Node's recursive mkdir loops there).
    const proc = await cli(['ingest', report, '--db', '/proc/no-such/ledger.db']);
    expect(proc.code).toBe(3);
    expect(lines(proc.err)).toEqual(['handover ingest: STORAGE_OPEN_FAILED: cannot make the folder /proc/no-such for the ledger: the system refuses it']);
    const made = join(root, 'made.db');
    expect((await cli(['db', 'migrate', '--db', made])).code).toBe(0);
    expect((await cli(['events', '--db', made])).out).toBe('no events\n');
  }, 90_000);
});

const pgUrl = process.env.HANDOVER_TEST_PG ?? (process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined);

describe.skipIf(pgUrl === undefined)('--db on PostgreSQL', () => {
  it('a reading command refuses a schema that holds no ledger, and makes none', async () => {
    const schema = `relcli_${process.pid}_${Date.now() % 100000}`;
    const at = (s: string) => {
      const url = new URL(pgUrl!);
      url.searchParams.set('schema', s);
      return url.toString();
    };
    const typo = await cli(['events', '--db', at(`${schema}_typo`)]);
    expect(typo.code).toBe(3);
    expect(typo.err).toMatch(/STORAGE_MISSING: no ledger at PostgreSQL .*\(schema relcli_\d+_\d+_typo\)/);
    expect((await cli(['db', 'migrate', '--db', at(schema)])).code).toBe(0);
    try {
      expect((await cli(['events', '--db', at(schema)])).out).toBe('no events\n');
      // Reading the mistyped schema again is still refused: the first read made no ledger there.
      expect((await cli(['totals', '--db', at(`${schema}_typo`)])).code).toBe(3);
    } finally {
      const { dropPostgresSchema } = await import('../../src/storage/index.js');
      await dropPostgresSchema(pgUrl!, schema);
    }
  }, 60_000);
});

describe('writing files', () => {
  it('export --out and db backup never write onto the ledger, nor over a file without --force, nor into a missing folder', async () => {
    const before = readFileSync(ledger);
    const existing = join(root, 'taken.csv');
    writeFileSync(existing, 'keep me\n');
    const [onLedger, backupOnLedger, missingFolder, taken, backupTaken] = await Promise.all([
      cli(['export', '--format', 'csv', '--out', ledger, '--force', '--db', ledger]),
      cli(['db', 'backup', join(root, '.', 'ledger.db'), '--db', ledger]),
      cli(['export', '--format', 'csv', '--out', join(root, 'no', 'such', 'out.csv'), '--db', ledger]),
      cli(['export', '--format', 'csv', '--out', existing, '--db', ledger]),
      cli(['db', 'backup', existing, '--db', ledger]),
    ]);
    expect(lines(onLedger.err)).toEqual([`handover export: OUTPUT_EXISTS: ${ledger} is the ledger itself: write the copy somewhere else`]);
    expect(lines(backupOnLedger.err)).toEqual([`handover db backup: OUTPUT_EXISTS: ${join(root, 'ledger.db')} is the ledger itself: write the copy somewhere else`]);
    expect(lines(missingFolder.err)).toEqual([`handover export: OUTPUT_UNWRITABLE: cannot write ${join(root, 'no', 'such', 'out.csv')}: the folder ${join(root, 'no', 'such')} does not exist`]);
    expect(lines(taken.err)).toEqual([`handover export: OUTPUT_EXISTS: ${existing} exists already: --force replaces it`]);
    expect(backupTaken.err).toMatch(/OUTPUT_EXISTS: .*taken\.csv exists already: --force replaces it/);
    for (const r of [onLedger, backupOnLedger, missingFolder, taken, backupTaken]) expect(r.code).toBe(2);
    expect(readFileSync(ledger).equals(before)).toBe(true);
    expect(readFileSync(existing, 'utf8')).toBe('keep me\n');

    const [forced, backupForced] = await Promise.all([
      cli(['export', '--format', 'csv', '--out', existing, '--force', '--db', ledger]),
      cli(['db', 'backup', join(root, 'copy.db'), '--db', ledger]),
    ]);
    expect([forced.code, backupForced.code]).toEqual([0, 0]);
    expect(readFileSync(existing, 'utf8')).toMatch(/^id,exchange_id,/);
    const again = await cli(['db', 'backup', join(root, 'copy.db'), '--force', '--db', ledger]);
    expect(again.code).toBe(0);
    expect((await cli(['events', '--db', join(root, 'copy.db')])).out).toContain(eventId);

    // A device is written to, never replaced (and never a backup's target).
    const [toDevice, backupToDevice] = await Promise.all([cli(['export', '--format', 'csv', '--out', '/dev/null', '--db', ledger]), cli(['db', 'backup', '/dev/null', '--db', ledger])]);
    expect(toDevice.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(backupToDevice.code).toBe(2);
    expect(lines(backupToDevice.err)).toEqual(['handover db backup: OUTPUT_UNWRITABLE: cannot write /dev/null: it is not a regular file (a device or a pipe)']);
  }, 90_000);
});
