/**
 * The direction of the house (STYLE.md): faces (cli, http, web) → services → ledger / extract /
 * ingest / storage → domain. Every relative import in src/ is read and checked against it, so a
 * shortcut fails here rather than in review.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../src');

/** Which top-level folders each folder may import from (its own always). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  domain: [],
  ingest: ['domain'],
  extract: ['domain'],
  ledger: ['domain'],
  storage: ['domain'],
  services: ['domain', 'ingest', 'extract', 'ledger', 'storage'],
  // `handover serve` starts the HTTP face: the one place a face reaches another.
  cli: ['domain', 'services', 'http'],
  http: ['domain', 'services'],
  web: ['domain'],
  // Benchmarks build corpora and ledgers below the services on purpose; they are tools, not faces.
  bench: ['domain', 'ingest', 'extract', 'ledger', 'storage', 'services', 'http'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [path] : [];
  });
}

/** The relative module specifiers a file imports or re-exports (static and dynamic). */
export function importsOf(text: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(re)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec !== undefined && spec.startsWith('.')) out.push(spec);
  }
  return out;
}

const topOf = (file: string): string => relative(SRC, file).split(sep)[0]!;

describe('import graph', () => {
  it('reads imports, re-exports and dynamic imports', () => {
    const text = `import { a } from './a.js';\nimport type { B } from '../domain/index.js';\nexport * from '../storage/x.js';\nconst m = await import('../ledger/y.js');\nimport './side-effect.js';\n`;
    expect(importsOf(text)).toEqual(['./a.js', '../domain/index.js', '../storage/x.js', '../ledger/y.js', './side-effect.js']);
  });

  it('every folder imports only the layers below it', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const unknown = new Set<string>();
    const wrong: string[] = [];
    for (const file of files) {
      const from = topOf(file);
      const allowed = MAY_IMPORT[from];
      if (allowed === undefined) {
        unknown.add(from);
        continue;
      }
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const target = resolve(file, '..', spec);
        if (!target.startsWith(SRC + sep)) {
          wrong.push(`${relative(SRC, file)} imports ${spec}, outside src/`);
          continue;
        }
        const to = topOf(target);
        if (to !== from && !allowed.includes(to)) wrong.push(`${relative(SRC, file)} → ${spec} (${from} may import ${allowed.join(', ') || 'nothing'})`);
      }
    }
    // A new top-level folder must say where it sits.
    expect([...unknown].filter((d) => !/\.(ts|tsx)$/.test(d))).toEqual([]);
    expect(wrong).toEqual([]);
  });

  it('the web app (web/src) reaches into src/ for domain/ only, and talks to the server over HTTP', () => {
    const WEB = resolve(__dirname, '../web/src');
    const files = sourceFiles(WEB);
    expect(files.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const target = resolve(file, '..', spec);
        if (target.startsWith(WEB + sep)) continue;
        if (!target.startsWith(join(SRC, 'domain') + sep)) wrong.push(`web/src/${relative(WEB, file)} imports ${spec} (the web app may import only src/domain)`);
      }
      if (/from\s+['"](node:[^'"]+|fastify|kysely|better-sqlite3|pg)['"]/.test(readFileSync(file, 'utf8'))) wrong.push(`web/src/${relative(WEB, file)} imports a server-side module`);
    }
    expect(wrong).toEqual([]);
  });

  it('only storage imports the database drivers, and only faces import the web framework', () => {
    const wrong: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const from = topOf(file);
      const text = readFileSync(file, 'utf8');
      if (from !== 'storage' && /from\s+['"](better-sqlite3|pg|kysely)['"]/.test(text)) wrong.push(`${relative(SRC, file)} imports a database driver`);
      if (from !== 'http' && /from\s+['"](fastify|@fastify\/[^'"]+)['"]/.test(text)) wrong.push(`${relative(SRC, file)} imports fastify`);
    }
    expect(wrong).toEqual([]);
  });
});
