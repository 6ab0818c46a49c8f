/**
 * `db backup` and `db restore` beside a running ingest, through the built `handover` binary: a
 * backup waits for the ingest's batch and copies a whole ledger; a restore is refused while the
 * ingest has the ledger open and loses nothing it stored; the copy a restore keeps is named and
 * ignored by git.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkIntegrity, openStore } from '../../../src/storage/index.js';
import { repo, sourceCount, storedIds, until, workspace } from '../../support/cli-processes.js';

const ws = workspace('handover-restore-', 80);
afterAll(() => ws.remove());
const { root, files, handover, start } = ws;

describe('backup and restore beside an ingest', () => {
  it('a backup during an ingest copies a whole ledger; a restore is refused and loses nothing; the copy it keeps is named and ignored by git', async () => {
    const file = join(root, 'restore.db');
    const backup = join(root, 'restore-backup.db');
    expect(handover('ingest', ...files.slice(0, 10), '--db', file).code).toBe(0);
    const backedUp = handover('db', 'backup', backup, '--db', file);
    expect(backedUp.code, backedUp.err).toBe(0);
    // The ingest's last input is stdin, so it is still running, holding the ledger, when the restore comes.
    const ingest = start(['ingest', ...files.slice(10, 70), '-', '--db', file], 'pipe');
    await until(async () => (await sourceCount(file)) > 10);
    // A backup meanwhile waits for the ingest's batch and copies a whole ledger.
    const midway = join(root, 'midway.db');
    const copied = handover('db', 'backup', midway, '--db', file);
    expect(copied.code, copied.err).toBe(0);
    const copy = await openStore({ engine: 'sqlite', file: midway }, { migrate: false });
    try {
      expect(await checkIntegrity(copy)).toMatchObject({ integrity: 'ok', foreignKeyViolations: 0, danglingLinks: 0, claimCountMismatches: 0 });
      expect(await copy.sources.count()).toBeGreaterThan(10);
    } finally {
      await copy.close();
    }
    const refused = handover('db', 'restore', backup, '--db', file);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toMatch(/^handover db restore: LEDGER_BUSY: the ledger .* is in use by another process .*nothing was changed\n$/);
    ingest.child.stdin!.end('On 3 March 2025 Russia handed over 35 prisoners of war to Ukraine, the Coordination Headquarters said.\n');
    const ran = await ingest.done;
    expect(ran.code, ran.err).toBe(0);
    const stored = storedIds(ran.out);
    expect(stored.length).toBeGreaterThan(30);
    const count = await sourceCount(file);
    expect(count).toBe(10 + stored.length);

    // Once the ingest is done the restore goes ahead; what it replaced is kept, named, and not for git.
    const restored = handover('db', 'restore', backup, '--db', file);
    expect(restored.code, restored.err).toBe(0);
    const kept = /kept as (\S+)\n/.exec(restored.out)?.[1];
    expect(kept).toMatch(/restore\.db\.before-restore-/);
    expect(await sourceCount(file)).toBe(10);
    expect(await sourceCount(kept!)).toBe(count);
    const ignored = spawnSync('git', ['check-ignore', '--no-index', '-q', `somewhere/ledger.db.before-restore-2026-12-07T16-00-00-000Z`], { cwd: repo });
    expect(ignored.status).toBe(0);
  }, 60_000);
});
