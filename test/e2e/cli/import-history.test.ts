/**
 * A JSON export read back through the CLI keeps each record's history: `--as-of` reads agree before
 * and after the round trip; records a file holds no history for still appear; and a file read into
 * a ledger that holds some of the same records imports the rest, naming those stored otherwise.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'handover-import-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const bin = join(__dirname, '..', '..', '..', 'bin', 'handover.js');

function handover(db: string, ...args: string[]) {
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.DATABASE_URL;
  delete env.HANDOVER_DB;
  const r = spawnSync(process.execPath, [bin, ...args, '--db', join(root, db)], { encoding: 'utf8', env, cwd: root });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const REPORTS = {
  'a.txt': 'Prisoners come home\n\nKYIV, 4 March 2025 — Russia handed over 35 prisoners of war to Ukraine on 3 March, the Coordination Headquarters said.\n',
  'b.txt': 'Bodies returned\n\nMOSCOW, 19 April 2025 — Russia received the bodies of 41 fallen soldiers from Ukraine on 18 April, the defence ministry said.\n',
  'c.txt': 'Another swap\n\nKYIV, 2 June 2025 — Russia handed over 120 prisoners of war to Ukraine on 1 June, the Coordination Headquarters said.\n',
};
for (const [name, text] of Object.entries(REPORTS)) writeFileSync(join(root, name), text);

const tick = () => spawnSync('sleep', ['0.05']);
/** The events and totals a reader sees as of `at`, as text to compare. */
const reads = (db: string, at: string) => {
  const events = handover(db, 'events', '--as-of', at, '--json');
  const totals = handover(db, 'totals', '--as-of', at, '--json');
  expect(events.code, events.err).toBe(0);
  expect(totals.code, totals.err).toBe(0);
  return { events: events.out.split('\n').filter(Boolean).sort(), totals: totals.out };
};

describe('import keeps history', () => {
  it('--as-of reads agree before and after an export–import round trip', () => {
    expect(handover('a.db', 'ingest', join(root, 'a.txt'), join(root, 'b.txt')).code).toBe(0);
    tick();
    const between = new Date().toISOString();
    tick();
    const first = handover('a.db', 'events', '--json').out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; figure: { best: number } }).find((e) => e.figure.best === 35)!;
    const corrected = handover('a.db', 'review', 'correct', first.id, '--count', '36', '--reason', 'the later list');
    expect(corrected.code, corrected.err).toBe(0);
    expect(handover('a.db', 'ingest', join(root, 'c.txt')).code).toBe(0);
    const exported = handover('a.db', 'export', '--format', 'json', '--out', join(root, 'a.json'));
    expect(exported.code, exported.err).toBe(0);

    const imported = handover('b.db', 'import', join(root, 'a.json'));
    expect(imported.code, imported.err).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    const [thenB, nowB] = [reads('b.db', between), reads('b.db', today)];
    expect(thenB).toEqual(reads('a.db', between));
    expect(nowB).toEqual(reads('a.db', today));
    // As of `between`: two events, the first with its figure before the correction; today, after it.
    const figureOf = (events: string[]) => events.map((l) => JSON.parse(l) as { id: string; figure: { best: number } }).find((e) => e.id === first.id)?.figure.best;
    expect(thenB.events).toHaveLength(2);
    expect(figureOf(thenB.events)).toBe(35);
    expect(figureOf(nowB.events)).toBe(36);
  }, 60_000);

  it('records a file holds no history for are read as of the import, not lost', () => {
    const file = JSON.parse(readFileSync(join(root, 'a.json'), 'utf8')) as { history: unknown[]; events: { id: string }[] };
    file.history = [];
    writeFileSync(join(root, 'no-history.json'), JSON.stringify(file));
    const imported = handover('c.db', 'import', join(root, 'no-history.json'));
    expect(imported.code, imported.err).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(reads('c.db', today).events).toHaveLength(file.events.length);
    expect(handover('c.db', 'history', file.events[0]!.id).out).toMatch(/import/);
  }, 60_000);

  it('imports into a ledger holding some of the same records, naming those stored otherwise', () => {
    // Another ledger read reports a (at another time) and c, and corrected c's event its own way;
    // a's event it left as read, while the file's was corrected to 36.
    expect(handover('d.db', 'ingest', join(root, 'a.txt'), join(root, 'c.txt')).code).toBe(0);
    const events = handover('d.db', 'events', '--json').out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; figure: { best: number } });
    const c = events.find((e) => e.figure.best === 120)!;
    expect(handover('d.db', 'review', 'correct', c.id, '--count', '125').code).toBe(0);

    const imported = handover('d.db', 'import', join(root, 'a.json'));
    expect(imported.code).toBe(1);
    expect(imported.out).toMatch(/imported .*a\.json: 1 sources, \d+ claims, \d+ events, \d+ history entries stored; \d+ already there; 2 stored with other values, kept as stored\n/);
    const conflicts = imported.err.split('\n').filter(Boolean).sort();
    expect(conflicts).toHaveLength(2);
    expect(conflicts).toContainEqual(expect.stringMatching(new RegExp(`^conflict: events\\[\\d+\\]: event ${c.id} is stored with different values \\(figure, review, locked\\); kept as stored$`)));
    expect(conflicts).toContainEqual(expect.stringMatching(/^conflict: events\[\d+\]: event ev_\w+ is stored with different values \(figure, review, locked\); kept as stored$/));
    const after = handover('d.db', 'events', '--json').out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; figure: { best: number } });
    expect(after).toHaveLength(3);
    expect(after.find((e) => e.id === c.id)?.figure.best).toBe(125);
    // Importing the same file again changes nothing more and names the same conflict.
    const again = handover('d.db', 'import', join(root, 'a.json'));
    expect(again.out).toMatch(/: 0 sources, 0 claims, 0 events, 0 history entries stored;/);
    expect(again.err).toBe(imported.err);
  }, 60_000);
});
