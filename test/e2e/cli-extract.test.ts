/**
 * `handover extract` as a user runs it: the built CLI in a child process, on small reports in a temp dir.
 * Needs `npm run build` first (`npm test` runs it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'handover.js');

// Written for this test.
const SWAP = `Prisoner exchange on the northern border

Ukraine and Russia each handed over 95 prisoners of war on Tuesday, officials on both sides said. The exchange was mediated by the United Arab Emirates.
`;
const REMAINS = `Remains returned

Russia transferred the bodies of 500 fallen Ukrainian soldiers to Ukraine and received 20 in return, the Coordination Headquarters said.
`;

let dir = '';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function handover(args: string[], input?: string, timeout = 20_000): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  // The test runner's loader flags are not the user's.
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8', timeout, ...(input === undefined ? {} : { input }) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string): string[] => s.split('\n').filter((l) => l.trim() !== '');

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  dir = mkdtempSync(join(tmpdir(), 'handover-cli-'));
  writeFileSync(join(dir, 'swap.txt'), SWAP);
  writeFileSync(join(dir, 'remains.txt'), REMAINS);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('handover extract (built CLI)', () => {
  it('--help exits 0 and lists the extract command', () => {
    const top = handover(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('extract');
    const sub = handover(['extract', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('--published');
  });

  it('a missing file next to a good one: one error line naming it, the good result still printed, exit 1', () => {
    const r = handover(['extract', '--json', 'missing.txt', 'swap.txt']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain('missing.txt');
    const out = lines(r.stdout);
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]!).source.path).toBe('swap.txt');
  });

  it('reads stdin for "-"', () => {
    const r = handover(['extract', '--json', '-'], REMAINS);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out).toHaveLength(1);
    const result = JSON.parse(out[0]!);
    expect(result.source.path).toBe('-');
    expect(Array.isArray(result.claims)).toBe(true);
  });

  it('--published bad: a clear error and exit 2, nothing on stdout', () => {
    const r = handover(['extract', '--published', 'bad', 'swap.txt']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain('--published');
    expect(r.stderr).toContain('YYYY-MM-DD');
    expect(r.stdout).toBe('');
  });

  it('--json prints one parseable object per file, in order, with source.path', () => {
    const r = handover(['extract', '--json', '--published', '2025-06-11', 'swap.txt', 'remains.txt']);
    expect(r.code).toBe(0);
    const results = lines(r.stdout).map((l) => JSON.parse(l));
    expect(results.map((x) => x.source.path)).toEqual(['swap.txt', 'remains.txt']);
    for (const result of results) {
      expect(result.source.publishedAt).toBe('2025-06-11');
      expect(typeof result.source.language).toBe('string');
      expect(Array.isArray(result.claims)).toBe(true);
    }
  });

  it('without --json prints a readable table naming each file', () => {
    const r = handover(['extract', 'swap.txt', 'remains.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('swap.txt');
    expect(r.stdout).toContain('remains.txt');
  });

  it('walks a folder with worker threads: one result per file in input order, failures in their place, the same as on one thread', () => {
    const folder = join(dir, 'many');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    const names: string[] = [];
    for (let i = 0; i < 40; i++) {
      const name = `r-${String(i).padStart(2, '0')}.txt`;
      // Every fifth about an exchange, the others about something else; one empty file fails alone.
      writeFileSync(join(folder, name), i === 17 ? '' : i % 5 === 0 ? SWAP.replace('95', String(100 + i)) : `Weather report ${i}\n\nRain is expected in the north on day ${i}.\n`);
      names.push(join('many', name));
    }
    writeFileSync(join(folder, 'sub', 'z.txt'), REMAINS);
    names.push(join('many', 'sub', 'z.txt'));
    const pooled = handover(['extract', '--json', 'many'], undefined, 60_000);
    const alone = handover(['extract', '--json', '--threads', '0', 'many'], undefined, 60_000);
    expect(pooled.code).toBe(1);
    expect(lines(pooled.stderr)).toEqual([expect.stringContaining('r-17.txt')]);
    const results = lines(pooled.stdout).map((l) => JSON.parse(l));
    expect(results.map((x) => x.source.path)).toEqual(names.filter((n) => !n.endsWith('r-17.txt')));
    expect(results.filter((x) => x.claims.length > 0).map((x) => x.source.path)).toEqual(names.filter((n, i) => (i % 5 === 0 && i < 40) || n.endsWith('z.txt')));
    expect(results[1].source.reading).toBe('screened-out');
    expect(pooled.stdout).toBe(alone.stdout);
    expect(pooled.stderr).toBe(alone.stderr);
    const table = handover(['extract', 'many'], undefined, 60_000);
    expect(table.stdout).toBe(handover(['extract', '--threads', '0', 'many'], undefined, 60_000).stdout);
  }, 240_000);
});
