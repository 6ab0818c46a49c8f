import type { Command } from 'commander';
import pc from 'picocolors';
import { ROLES } from '../domain/index.js';
import { addUser, createToken, listUsers, revokeToken, tokensOf, updateUser, type UserUpdate } from '../services/index.js';
import { DB_HELP, reportIssue, table, withStore } from './ledger-cli.js';
import { json } from './escape.js';

/** Who made a change at a terminal, as the accounts table records it. */
const cliActor = () => `cli:${process.env.USER ?? process.env.USERNAME ?? 'unknown'}`;

/**
 * One line from stdin: typed without echo at a terminal, or piped (`… | handover user add …`).
 * A password never goes on the command line, where other users of the machine could read it.
 */
async function readSecret(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) {
      text += String(chunk);
      if (text.includes('\n')) break;
    }
    return text.split(/\r?\n/)[0] ?? '';
  }
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const onData = (data: Buffer) => {
      for (const ch of data.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          done();
          return resolve(typed);
        }
        if (ch === '\u0003') {
          done();
          return reject(new Error('cancelled'));
        }
        typed = ch === '\u007f' ? typed.slice(0, -1) : typed + ch;
      }
    };
    const done = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    stdin.on('data', onData);
  });
}

export function registerUser(program: Command): void {
  const user = program.command('user').description('accounts for the HTTP API (handover serve): add, list, disable, tokens');

  user
    .command('add')
    .description('add an account')
    .argument('<name>', 'login name (lowercase letters, digits, . _ -)')
    .requiredOption('--role <role>', ROLES.join(', '))
    .option('--password-stdin', 'read a password from stdin (typed without echo at a terminal); without it the account signs in with tokens only')
    .option('--db <path>', DB_HELP)
    .action(async (name: string, flags: { role: string; passwordStdin?: boolean; db?: string }) => {
      let password: string | undefined;
      try {
        password = flags.passwordStdin ? await readSecret(`password for ${name}: `) : undefined;
      } catch {
        return reportIssue('user add', { code: 'INPUT_INVALID', message: 'cancelled: no password was typed' });
      }
      await withStore('user add', flags, async (store) => {
        const added = await addUser(store, { name, role: flags.role, password }, cliActor());
        if (!added.ok) return reportIssue('user add', added.error);
        process.stdout.write(`${pc.green('added')} ${added.value.name} (${added.value.role}${added.value.hasPassword ? '' : ', tokens only: handover user token ' + name})\n`);
      });
    });

  user
    .command('list')
    .description('every account')
    .option('--json', 'one JSON object per account per line')
    .option('--db <path>', DB_HELP)
    .action(async (flags: { json?: boolean; db?: string }) =>
      withStore('user list', flags, async (store) => {
        const users = await listUsers(store);
        if (!users.ok) return reportIssue('user list', users.error);
        if (flags.json) return void process.stdout.write(users.value.map((u) => `${json(u)}\n`).join(''));
        if (users.value.length === 0) return void process.stdout.write('no accounts yet: handover user add NAME --role admin --password-stdin\n');
        const rows = users.value.map((u) => [u.name, u.role, u.disabled ? pc.red('disabled') : 'active', u.hasPassword ? 'password' : 'tokens only', pc.dim(`${u.createdAt.slice(0, 10)} by ${u.createdBy}`)]);
        process.stdout.write(table([['name', 'role', 'state', 'signs in with', 'added'].map((h) => pc.bold(h)), ...rows]));
      }),
    );

  const change = (verb: string, description: string, what: (arg: string | undefined) => UserUpdate, argName?: string) => {
    const cmd = user.command(verb).description(description).argument('<name>', 'login name');
    if (argName) cmd.argument(`<${argName}>`);
    cmd.option('--db <path>', DB_HELP).action(async (name: string, ...rest: unknown[]) => {
      const arg = argName ? (rest[0] as string) : undefined;
      const flags = (argName ? rest[1] : rest[0]) as { db?: string };
      await withStore(`user ${verb}`, flags, async (store) => {
        const out = await updateUser(store, name, what(arg), cliActor());
        if (!out.ok) return reportIssue(`user ${verb}`, out.error);
        process.stdout.write(`${pc.green(verb === 'role' ? 'changed' : `${verb}d`)} ${out.value.name}: ${out.value.role}, ${out.value.disabled ? 'disabled' : 'active'}\n`);
      });
    });
  };
  change('disable', 'disable an account: its sessions end and its tokens stop working at once', () => ({ disabled: true }));
  change('enable', 'enable a disabled account again', () => ({ disabled: false }));
  change('role', `give an account another role (${ROLES.join(', ')})`, (role) => ({ role }), 'role');

  user
    .command('password')
    .description("set an account's password from stdin (its sessions end)")
    .argument('<name>', 'login name')
    .option('--db <path>', DB_HELP)
    .action(async (name: string, flags: { db?: string }) => {
      let password: string;
      try {
        password = await readSecret(`new password for ${name}: `);
      } catch {
        return reportIssue('user password', { code: 'INPUT_INVALID', message: 'cancelled: no password was typed' });
      }
      await withStore('user password', flags, async (store) => {
        const out = await updateUser(store, name, { password }, cliActor());
        if (!out.ok) return reportIssue('user password', out.error);
        process.stdout.write(`${pc.green('password set')} for ${name}\n`);
      });
    });

  user
    .command('token')
    .description('make an API token for scripts; it is printed once and never shown again')
    .argument('<name>', 'login name')
    .option('--label <text>', 'what the token is for', 'script')
    .option('--list', "list the account's tokens instead (never their secrets)")
    .option('--revoke <id>', 'revoke a token by its id (tok_…)')
    .option('--db <path>', DB_HELP)
    .action(async (name: string, flags: { label: string; list?: boolean; revoke?: string; db?: string }) =>
      withStore('user token', flags, async (store) => {
        if (flags.list) {
          const tokens = await tokensOf(store, name);
          if (!tokens.ok) return reportIssue('user token', tokens.error);
          const rows = tokens.value.map((t) => [t.id, t.label, t.createdAt.slice(0, 19), t.revokedAt ? pc.red(`revoked ${t.revokedAt.slice(0, 10)}`) : 'live']);
          return void process.stdout.write(table([['id', 'label', 'made', 'state'].map((h) => pc.bold(h)), ...rows]));
        }
        if (flags.revoke) {
          const out = await revokeToken(store, flags.revoke, null);
          if (!out.ok) return reportIssue('user token', out.error);
          return void process.stdout.write(`${pc.green('revoked')} ${out.value.id}\n`);
        }
        const made = await createToken(store, name, flags.label);
        if (!made.ok) return reportIssue('user token', made.error);
        process.stdout.write(`${made.value.token}\n`);
        process.stderr.write(`token ${made.value.info.id} for ${name} ("${made.value.info.label}"): shown once; send it as "Authorization: Bearer <token>"\n`);
      }),
    );
}
