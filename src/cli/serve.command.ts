import type { Command } from 'commander';
import pc from 'picocolors';
import { countUsers } from '../services/index.js';
// The server (fastify and its plugins) loads only when serve runs: every other command starts without it.
import { DEFAULT_RATE_LIMIT } from '../http/limits.js';
import { DB_HELP, formatInt, reportIssue } from './ledger-cli.js';
import { parseMaxBytes } from './read-input.js';
import { ALLOW_PRIVATE_HELP, fetchSettings } from './fetch-flags.js';
import { untilStopped } from './stop-signal.js';

interface ServeFlags {
  port: string;
  host: string;
  db?: string;
  public?: boolean;
  logLevel: string;
  rateLimit: string;
  trustProxy?: boolean;
  secureCookies?: boolean;
  maxBytes?: string;
  work?: boolean;
  allowPrivate?: string | boolean;
  pollInterval?: string;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the ledger over HTTP: the API under /api, its docs at /docs, the web app at /')
    .option('--port <n>', 'port to listen on (0: any free one)', '7070')
    .option('--host <address>', 'address to listen on (0.0.0.0: every interface)', '127.0.0.1')
    .option('--db <path>', DB_HELP)
    .option('--public', 'let anyone read the ledger without an account (writing still needs one)')
    .option('--rate-limit <n>', 'requests a minute per token or session; half as many per address without one', String(DEFAULT_RATE_LIMIT.perToken))
    .option('--trust-proxy', 'behind a reverse proxy: read client addresses from X-Forwarded-For')
    .option('--secure-cookies', 'behind HTTPS: mark the session cookie Secure')
    .option('--max-bytes <size>', 'largest report a request may upload or have fetched, e.g. 10M (default 10M, at most 512M); held in memory while read')
    .option('--work', 'on PostgreSQL, also do jobs in this process (by default the server only queues them for handover worker processes; on SQLite it always does them)')
    .option('--allow-private [networks]', ALLOW_PRIVATE_HELP.replace('fetching', 'fetching (submitted addresses, followed sources) and webhook deliveries'))
    .option('--poll-interval <seconds>', 'how often the server looks for followed sources due a poll and webhook deliveries due (default 30; 0: never)', '30')
    .option('--log-level <level>', `${LOG_LEVELS.join(', ')}: requests are logged at info, as JSON on stderr`, 'warn')
    .action(async (flags: ServeFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return reportIssue('serve', { code: 'INPUT_INVALID', message: `--port must be a whole number from 0 to 65535, got "${flags.port}"` });
      const perToken = Number(flags.rateLimit);
      if (!Number.isInteger(perToken) || perToken < 1) return reportIssue('serve', { code: 'INPUT_INVALID', message: `--rate-limit must be a whole number ≥ 1, got "${flags.rateLimit}"` });
      if (!LOG_LEVELS.includes(flags.logLevel)) return reportIssue('serve', { code: 'INPUT_INVALID', message: `--log-level must be one of ${LOG_LEVELS.join(', ')}, got "${flags.logLevel}"` });
      const reportBytes = flags.maxBytes === undefined ? null : parseMaxBytes(flags.maxBytes);
      if (reportBytes !== null && !reportBytes.ok) return reportIssue('serve', { code: 'INPUT_INVALID', message: reportBytes.message });
      const fetching = fetchSettings({ ...(flags.allowPrivate !== undefined ? { allowPrivate: flags.allowPrivate } : {}) });
      if (!fetching.ok) return reportIssue('serve', { code: 'INPUT_INVALID', message: fetching.message });
      const pollSeconds = Number(flags.pollInterval ?? '30');
      if (!(Number.isFinite(pollSeconds) && pollSeconds >= 0 && pollSeconds <= 86400)) return reportIssue('serve', { code: 'INPUT_INVALID', message: `--poll-interval must be a number of seconds from 0 to 86400, got "${flags.pollInterval}"` });
      const { startServer } = await import('../http/index.js');
      const started = await startServer({
        db: flags.db,
        host: flags.host,
        port,
        public: flags.public ?? false,
        rateLimit: { perToken, perAddress: Math.max(1, Math.floor(perToken / 2)), signIn: DEFAULT_RATE_LIMIT.signIn },
        trustProxy: flags.trustProxy ?? false,
        work: flags.work ?? false,
        secureCookies: flags.secureCookies ?? false,
        ...(reportBytes !== null ? { reportBytes: reportBytes.value } : {}),
        fetchPrivate: fetching.value.allowPrivate,
        followIntervalMs: Math.round(pollSeconds * 1000),
        logger: { level: flags.logLevel, stream: process.stderr },
      });
      if (!started.ok) return reportIssue('serve', started.error);
      const server = started.value;
      // Ctrl-C and SIGTERM are heard before the address is printed: whoever reads the address and
      // stops the server at once finds it listening for that, not killed by the default action.
      const stopped = untilStopped();
      const events = await server.store.events.count();
      const users = await countUsers(server.store);
      // One write: whoever waits for the address reads the whole banner with it.
      const banner = [
        `${pc.green('Handover is serving')} ${server.store.description} (${formatInt(events)} events)\n`,
        `open ${pc.bold(server.url)}  ·  API docs ${server.url}docs  ·  stop with Ctrl-C\n`,
        server.store.engine === 'postgres'
          ? server.worker
            ? 'jobs (bulk uploads, address lists) are queued with pg-boss and done here too (--work), and by any handover worker\n'
            : `jobs (bulk uploads, address lists) are queued with pg-boss: start ${pc.bold('handover worker --db …')} processes to do them\n`
          : '',
        flags.public ? 'anyone may read the ledger (--public); writing needs an account\n' : 'reading needs an account (--public lets anyone read)\n',
        users.ok && users.value === 0 ? `no accounts yet: ${pc.bold('handover user add NAME --role admin --password-stdin')}\n` : '',
        events === 0 ? `the ledger is empty: ${pc.bold('handover demo')} loads real exchanges to look at\n` : '',
      ];
      process.stdout.write(banner.join(''));
      await stopped;
      await server.close();
      process.stderr.write('stopped\n');
    });
}
