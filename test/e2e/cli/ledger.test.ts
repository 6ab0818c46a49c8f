/** The ledger's CLI faces end to end, through the built `handover` binary on a temp SQLite file. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'handover-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const bin = join(__dirname, '..', '..', '..', 'bin', 'handover.js');
const db = join(root, 'ledger.db');

function handover(...args: string[]) {
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, [bin, ...args, '--db', db], { encoding: 'utf8', env, cwd: root });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('handover ledger commands', () => {
  it('ingests a directory, reports each file, and exits non-zero when one failed', () => {
    const dir = join(root, 'reports');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const text = 'Ukraine brought home the bodies of 1,000 fallen soldiers on 11 June 2025, the Coordination Headquarters said. Russia received 27 bodies in return.\n';
    writeFileSync(join(dir, 'a.txt'), text);
    writeFileSync(join(dir, 'b.txt'), text);
    writeFileSync(join(dir, 'news.txt'), 'Parliament debated the budget for three hours on Tuesday and adjourned without a vote.\n');
    writeFileSync(join(dir, 'skip.pdf'), 'not a report format');
    writeFileSync(join(dir, 'sub', 'empty.json'), Buffer.from([0xff, 0xfe, 0x00]));
    const first = handover('ingest', dir, '--outlet', 'Test Wire');
    expect(first.code).toBe(1);
    expect(first.out).toMatch(/a\.txt\s+src_\w+\s+stored \d+ claims?/);
    // A report without claims is said so and not stored: no source id, and a rerun says the same.
    expect(first.out).toMatch(/news\.txt\s+no claims \(not stored\)/);
    expect(first.out).toMatch(/1 stored, 1 duplicate, 0 near-duplicate, 1 without claims \(not stored\), 1 failed/);
    expect(first.out).toMatch(/b\.txt\s+src_\w+\s+duplicate of #src_\w+/);
    expect(first.out).toMatch(/empty\.json\s+failed: /);
    expect(first.out).not.toMatch(/skip\.pdf/);
    const again = handover('ingest', join(dir, 'a.txt'));
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/duplicate of/);
    const news = handover('ingest', join(dir, 'news.txt'));
    expect(news.code).toBe(0);
    expect(news.out).toMatch(/news\.txt\s+no claims \(not stored\)/);
  }, 60_000);

  it('reads ahead in worker threads and stores exactly what a run on one thread stores', () => {
    // 24 reports: 20 distinct exchanges, two repeated files, one with no claims, one unreadable.
    const dir = join(root, 'many');
    mkdirSync(dir, { recursive: true });
    const sides = [
      ['Russia', 'Ukraine', 'the Coordination Headquarters'],
      ['Ukraine', 'Russia', "Russia's Defence Ministry"],
    ] as const;
    for (let i = 0; i < 20; i++) {
      const [from, to, speaker] = sides[i % 2]!;
      const day = 1 + (i % 27);
      const month = ['March', 'April', 'May', 'June', 'July'][Math.floor(i / 4)]!;
      const text = `On ${day} ${month} 2025 ${from} handed over ${40 + i * 7} prisoners of war to ${to}, ${speaker} said.\nThe swap was mediated by the United Arab Emirates.\n`;
      writeFileSync(join(dir, `r${String(i).padStart(2, '0')}.txt`), text);
      if (i === 3 || i === 11) writeFileSync(join(dir, `r${String(i).padStart(2, '0')}-copy.txt`), text);
    }
    writeFileSync(join(dir, 'weather.txt'), 'Rain is expected across the north on Sunday, forecasters said.\n');
    writeFileSync(join(dir, 'zz-broken.json'), Buffer.from([0xff, 0xfe, 0x00]));
    const run = (threads: string, file: string) => {
      const env = { ...process.env, NO_COLOR: '1' };
      delete env.DATABASE_URL;
      const r = spawnSync(process.execPath, [bin, 'ingest', dir, '--threads', threads, '--db', file], { encoding: 'utf8', env, cwd: root });
      const events = spawnSync(process.execPath, [bin, 'events', '--json', '--db', file], { encoding: 'utf8', env, cwd: root });
      return { code: r.status, out: r.stdout, events: events.stdout };
    };
    const pooled = run('2', join(root, 'pooled.db'));
    const single = run('0', join(root, 'single.db'));
    expect(pooled.code).toBe(1);
    expect(pooled.out).toMatch(/20 stored, 2 duplicate, 0 near-duplicate, 1 without claims \(not stored\), 1 failed/);
    // Directories are walked in name order: "r03-copy.txt" comes before "r03.txt".
    expect(pooled.out).toMatch(/r03\.txt\s+src_\w+\s+duplicate of #src_\w+/);
    expect(pooled.out).toMatch(/zz-broken\.json\s+failed: /);
    // Same outcomes in the same order, and the same events with the same figures.
    expect(pooled.out).toBe(single.out);
    expect(pooled.events.trim().split('\n').length).toBeGreaterThanOrEqual(20);
    expect(pooled.events).toBe(single.events);
    const bad = handover('ingest', dir, '--threads', 'lots');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--threads must be a whole number/);
  }, 90_000);

  it('loads the demo and reads, reviews, exports and imports it', () => {
    expect(handover('demo').code).toBe(0);
    const events = handover('events', '--json', '--category', 'remains', '--party', 'ukraine');
    expect(events.code).toBe(0);
    const lines = events.out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; category: string });
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.every((e) => e.category === 'remains')).toBe(true);
    const id = lines[0]!.id;
    expect(handover('event', id).out).toContain(id);
    expect(handover('totals', '--by', 'year').out).toMatch(/running best/);
    expect(handover('review', 'correct', id, '--count', '1,001', '--as', 'ana', '--reason', 'typo').code).toBe(0);
    const history = handover('history', id);
    expect(history.out).toMatch(/ana\s+correct event/);
    expect(history.out).toContain('“typo”');
    expect(handover('review', 'correct', id, '--count', 'lots').err).toMatch(/REVIEW_INVALID_CORRECTION/);
    expect(handover('events', '--status', 'sure').code).toBe(2);
    const hxl = handover('export', '--format', 'hxl', '--category', 'pow');
    expect(hxl.out.split('\r\n')[1]).toMatch(/^#meta\+id,/);
    const out = join(root, 'ledger.json');
    expect(handover('export', '--format', 'json', '--out', out).code).toBe(0);
    expect(handover('import', out).out).toMatch(/0 sources, 0 claims, 0 events, 0 history entries stored/);
    expect(handover('import', join(root, 'missing.json')).err).toMatch(/IMPORT_READ_FAILED/);
  }, 180_000);

  it('exports JSON with the reports themselves and imports it into a fresh database losslessly', () => {
    const on = (file: string, ...args: string[]) => {
      const env = { ...process.env, NO_COLOR: '1' };
      delete env.DATABASE_URL;
      const r = spawnSync(process.execPath, [bin, ...args, '--db', file], { encoding: 'utf8', env, cwd: root });
      return { code: r.status, out: r.stdout, err: r.stderr };
    };
    const from = join(root, 'from.db');
    const to = join(root, 'to.db');
    const dir = join(root, 'round-trip');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.txt'), 'Ukraine brought home the bodies of 1,000 fallen soldiers on 11 June 2025, the Coordination Headquarters said. Russia received 27 bodies in return.\n');
    writeFileSync(join(dir, 'b.txt'), Buffer.concat([Buffer.from('On 2 August 2025 Russia handed over 84 Ukrainian prisoners of war, the defence ministry said; Ukraine returned 84 servicemen. Caf'), Buffer.from([0xe9]), Buffer.from('.\n')]));
    expect(on(from, 'ingest', dir).code).toBe(0);
    const first = join(root, 'first.json');
    expect(on(from, 'export', '--format', 'json', '--out', first).code).toBe(0);
    const exported = JSON.parse(readFileSync(first, 'utf8'));
    expect(exported.version).toBe(2);
    expect(exported.sources.map((s: { content: { text: string } }) => s.content.text)).toEqual(expect.arrayContaining([expect.stringContaining('Coordination Headquarters')]));

    const imported = on(to, 'import', first);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(new RegExp(`imported .*first\\.json: 2 sources, ${exported.claims.length} claims, ${exported.events.length} events`));
    const second = join(root, 'second.json');
    expect(on(to, 'export', '--format', 'json', '--out', second).code).toBe(0);
    const strip = (f: string) => readFileSync(f, 'utf8').replace(/"exportedAt":"[^"]*"/, '');
    expect(strip(second)).toBe(strip(first));
    for (const read of [['events'], ['totals', '--by', 'month'], ['checks'], ['event', exported.events[0].id], ['history', exported.events[0].id]]) {
      expect(on(to, ...read).out, read.join(' ')).toBe(on(from, ...read).out);
    }
    expect(on(to, 'import', first).out).toMatch(/: 0 sources, 0 claims, 0 events, 0 history entries stored; \d+ already there/);

    // A file cut short is refused, says so, and leaves the database as it was.
    const cut = join(root, 'cut.json');
    const text = readFileSync(first, 'utf8');
    writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)));
    const refused = on(to, 'import', cut);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toMatch(/IMPORT_INVALID.*ends before its JSON is complete/);
    expect(on(to, 'export', '--format', 'json', '--out', second, '--force').code).toBe(0);
    expect(strip(second)).toBe(strip(first));
  }, 120_000);

  it('migrates, backs up and restores', () => {
    const fresh = join(root, 'fresh.db');
    const first = spawnSync(process.execPath, [bin, 'db', 'migrate', '--db', fresh], { encoding: 'utf8' });
    expect(first.stdout).toMatch(/applied\s+\d{8}T\d{4}-initial/);
    const second = spawnSync(process.execPath, [bin, 'db', 'migrate', '--db', fresh], { encoding: 'utf8' });
    expect(second.stdout).toMatch(/up to date \(\d+ migrations applied\)/);
    const copy = join(root, 'copy.db');
    expect(handover('db', 'backup', copy).code).toBe(0);
    const restored = handover('db', 'restore', copy);
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(/previous database is kept/);
    expect(handover('db', 'restore', join(root, 'ledger.json')).err).toMatch(/STORAGE_RESTORE_INVALID/);
  }, 60_000);
});
