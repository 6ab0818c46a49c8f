/**
 * The built `handover` CLI as a user runs it, in a child process (needs `npm run build`): arguments
 * as typed, optional stdin, optionally a reader that closes the pipe before reading anything
 * (`handover events | head` at its most impatient), optionally its peak memory.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/handover.js', import.meta.url));
const MAX_RSS = fileURLToPath(new URL('./max-rss.mjs', import.meta.url));

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
  /** Peak resident memory in MB, when asked for with `measure`. */
  maxRssMb: number | null;
}

export interface CliOptions {
  cwd?: string;
  /** Written to stdin, then stdin is closed. */
  input?: string | Buffer;
  /** Written to stdin over and over, without end, until the child stops reading. */
  endless?: Buffer;
  /** Close our end of stdout at once: every write of the child fails with EPIPE. */
  closeStdout?: boolean;
  /** Report peak memory (a preloaded module prints it at exit). */
  measure?: boolean;
  /** A command and its arguments to run the CLI under (e.g. setpriv dropping capabilities). */
  wrap?: string[];
  env?: Record<string, string>;
}

export function cli(args: string[], opts: CliOptions = {}): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...opts.env };
  // The test runner's loader flags are not the user's, nor is the developer's ledger.
  delete env.NODE_OPTIONS;
  delete env.DATABASE_URL;
  delete env.HANDOVER_DB;
  const node = [process.execPath, ...(opts.measure ? ['--import', MAX_RSS] : []), BIN, ...args];
  const [cmd, ...rest] = opts.wrap ? [...opts.wrap, ...node] : node;
  const child = spawn(cmd!, rest, { cwd: opts.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  if (opts.closeStdout) child.stdout.destroy();
  else child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  child.stdin.on('error', () => undefined);
  let running = true;
  if (opts.endless) {
    const chunk = opts.endless;
    const pump = () => {
      while (running && !child.stdin.destroyed && child.stdin.write(chunk));
    };
    child.stdin.on('drain', pump);
    pump();
  } else {
    child.stdin.end(opts.input ?? '');
  }
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      running = false;
      const m = /\n?max-rss-kb=(\d+)\n$/.exec(err);
      if (m) err = err.slice(0, m.index);
      resolve({ code, out, err, maxRssMb: m ? Math.round(Number(m[1]) / 1024) : null });
    });
  });
}
