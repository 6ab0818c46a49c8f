/** The flags of commands that fetch from the web: --allow-private (or HANDOVER_ALLOW_PRIVATE) and --timeout. */
import type { Command } from 'commander';
import { checkAllowPrivate, parseAllowPrivate } from '../services/web-fetch.js';

export interface FetchFlags {
  allowPrivate?: string | boolean;
  timeout?: string;
}

/** How web addresses are fetched in this run. */
export interface FetchSettings {
  allowPrivate: boolean | string[];
  timeoutMs: number;
}

export const ALLOW_PRIVATE_HELP =
  'an administrator allows fetching from loopback and private networks: all of them, or a comma-separated list such as 127.0.0.1,10.0.0.0/8 (also HANDOVER_ALLOW_PRIVATE)';

export function withFetchOptions(cmd: Command): Command {
  return cmd.option('--timeout <seconds>', 'how long one web address may take, redirects included (default 20)').option('--allow-private [networks]', ALLOW_PRIVATE_HELP);
}

/** The flags checked, or the message saying which is wrong. */
export function fetchSettings(flags: FetchFlags, env: NodeJS.ProcessEnv = process.env): { ok: true; value: FetchSettings } | { ok: false; message: string } {
  const allowPrivate = parseAllowPrivate(flags.allowPrivate ?? env.HANDOVER_ALLOW_PRIVATE);
  if (Array.isArray(allowPrivate)) {
    const bad = checkAllowPrivate(allowPrivate);
    if (bad) return { ok: false, message: `${flags.allowPrivate !== undefined ? '--allow-private' : 'HANDOVER_ALLOW_PRIVATE'}: ${bad}` };
  }
  const seconds = flags.timeout === undefined ? 20 : Number(flags.timeout);
  if (!(Number.isFinite(seconds) && seconds >= 0.1 && seconds <= 600)) return { ok: false, message: `--timeout must be a number of seconds from 0.1 to 600, got "${flags.timeout}"` };
  return { ok: true, value: { allowPrivate, timeoutMs: Math.round(seconds * 1000) } };
}
