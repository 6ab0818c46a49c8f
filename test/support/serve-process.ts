/**
 * `handover serve` as a user starts it: the built CLI in a child process (needs `npm run build`,
 * which `npm test` runs first), on the address it prints.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { StoreConfig } from '../../src/storage/index.js';

const BIN = fileURLToPath(new URL('../../bin/handover.js', import.meta.url));

export interface ServeProcess {
  url: string;
  stdout: () => string;
  stop(): Promise<number | null>;
}

/** What `--db` names for a store configuration (a PostgreSQL schema rides on the URL). */
export function dbArg(config: StoreConfig): string {
  if (config.engine === 'sqlite') return config.file;
  const url = new URL(config.url);
  if (config.schema) url.searchParams.set('schema', config.schema);
  return url.toString();
}

function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  // The test runner's loader flags are not the user's.
  delete env.NODE_OPTIONS;
  delete env.DATABASE_URL;
  delete env.HANDOVER_DB;
  return env;
}

export async function serveProcess(args: string[], timeoutMs = 60_000): Promise<ServeProcess> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`handover serve printed no address in ${timeoutMs} ms: ${out} ${err}`)), timeoutMs);
    const look = () => {
      const m = /open (http:\/\/\S+?)\/?\s/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', look);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`handover serve exited with ${code}: ${out} ${err}`));
    });
  });
  return {
    url,
    stdout: () => out,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Runs the built CLI to its end. */
export function handover(args: string[], input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: childEnv(), stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    if (input !== undefined) child.stdin!.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
