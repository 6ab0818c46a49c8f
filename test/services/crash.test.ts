/**
 * Crash safety: a child ingesting a batch is killed with SIGKILL mid-batch. No half-stored source
 * may remain, and rerunning the batch stores each source exactly once.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/storage/index.js';
import { fakeExtract } from '../support/fake-extractor.js';

const root = mkdtempSync(join(tmpdir(), 'handover-crash-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PARTIES = ['russia', 'ukraine', 'armenia', 'azerbaijan', 'israel', 'hamas'];

function report(i: number): string {
  const day = `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
  const a = PARTIES[i % PARTIES.length]!;
  const b = PARTIES[(i + 1) % PARTIES.length]!;
  // Long filler so each transaction does real work while the child is being killed.
  const filler = Array.from({ length: 40 }, (_, k) => `Paragraph ${k} of report ${i} describes the setting in words of its own.`).join(' ');
  return `Report ${i}. On ${day} ${a} handed ${100 + i} pow to ${b}, said ${b}. ${b} confirmed the handover of pow on ${day}. ${filler}`;
}

function runChild(db: string, dir: string, killAfter: number | null): Promise<{ lines: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'support', 'ingest-child.ts'), db, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines: string[] = [];
    let killed = false;
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (killAfter !== null && !killed && lines.length >= killAfter) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve({ lines, killed }));
  });
}

describe('crash mid-batch (SQLite, SIGKILL)', () => {
  it('leaves no half-stored source and a rerun completes the batch without duplicates', async () => {
    const dir = join(root, 'batch');
    mkdirSync(dir);
    const N = 400;
    for (let i = 0; i < N; i++) writeFileSync(join(dir, `r${String(i).padStart(4, '0')}.txt`), report(i));
    const db = join(root, 'ledger.db');

    const first = await runChild(db, dir, 60);
    expect(first.killed).toBe(true);
    expect(first.lines).not.toContain('done');

    const store = await openStore({ engine: 'sqlite', file: db });
    try {
      const storedAfterKill = await store.sources.count();
      expect(storedAfterKill).toBeGreaterThan(0);
      expect(storedAfterKill).toBeLessThan(N);
      // Every stored source is whole: all its claims, their history, and event links for its event claims.
      for (let page = await store.sources.page(null, 100); page.length > 0; page = await store.sources.page(page.at(-1)!.id, 100)) {
        for (const s of page) {
          const expected = fakeExtract({ text: s.cleanText, title: null, language: 'en', publishedAt: null, format: 'text', contentHash: s.contentHash });
          const claims = await store.claims.bySource(s.id);
          expect(claims).toHaveLength(expected.length);
          expect((await store.history.forEntity('source', s.id)).map((h) => h.action)).toEqual(['ingest']);
          for (const c of claims) {
            expect(await store.history.forEntity('claim', c.id)).toHaveLength(1);
            if (c.kind === 'event') expect(await store.events.idOfClaim(c.id)).toBeDefined();
          }
        }
      }
    } finally {
      await store.close();
    }

    const second = await runChild(db, dir, null);
    expect(second.lines.at(-1)).toBe('done');
    const statuses = second.lines.filter((l) => l !== 'ready' && l !== 'done').map((l) => l.split(' ')[0]);
    expect(statuses).toHaveLength(N);
    expect(statuses.filter((s) => s === 'failed')).toEqual([]);

    const after = await openStore({ engine: 'sqlite', file: db });
    try {
      expect(await after.sources.count()).toBe(N);
      expect(await after.claims.count()).toBe(2 * N);
      expect(await after.history.count()).toBeGreaterThanOrEqual(3 * N);
    } finally {
      await after.close();
    }
  }, 120_000);
});
