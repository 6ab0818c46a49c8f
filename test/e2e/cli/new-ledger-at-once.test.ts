/**
 * Processes that open one new SQLite ledger at once make it once: the schema's migrations run in a
 * transaction that takes the write lock, so the second process finds them done (before, one of two
 * ingests started together could fail with "table sources already exists").
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workspace } from '../../support/cli-processes.js';

const ws = workspace('handover-new-ledger-', 6);
afterAll(() => ws.remove());

describe('a new ledger opened by several processes at once', () => {
  it('is made once, and every process goes on', async () => {
    const file = join(ws.root, 'new.db');
    const runs = await Promise.all([
      ws.start(['ingest', ...ws.files.slice(0, 3), '--db', file]).done,
      ws.start(['ingest', ...ws.files.slice(3, 6), '--db', file]).done,
      ws.start(['db', 'migrate', '--db', file]).done,
    ]);
    for (const r of runs) expect(r.code, r.err).toBe(0);
    expect(ws.handover('db', 'migrate', '--db', file).out).toMatch(/up to date/);
  }, 60_000);
});
