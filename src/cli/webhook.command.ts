import type { Command } from 'commander';
import pc from 'picocolors';
import { DELIVERY_STATUSES, NOTIFICATION_KINDS, type DeliveryStatus } from '../domain/index.js';
import { addWebhook, deliverDue, listWebhooks, removeWebhook, webhookDeliveries } from '../services/webhooks.service.js';
import { json, oneLine, shown } from './escape.js';
import { EXIT, setExit } from './exit-codes.js';
import { ALLOW_PRIVATE_HELP, fetchSettings } from './fetch-flags.js';
import { reportIssue, table, withDbOption, withStore } from './ledger-cli.js';

interface WebhookFlags {
  db?: string;
  events?: string;
  secret?: string;
  json?: boolean;
  removed?: boolean;
  status?: string;
  limit?: string;
  allowPrivate?: string | boolean;
}

const cliActor = () => `cli:${process.env.USER ?? process.env.USERNAME ?? 'unknown'}`;
const when = (iso: string | null) => (iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '—');

export function registerWebhook(program: Command): void {
  const webhook = program
    .command('webhook')
    .description('subscriptions: signed POSTs to an address when events are created, change status, or a release is made')
    .addHelpText(
      'after',
      '\nEach delivery is a JSON POST with X-Handover-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret>,\n' +
        'X-Handover-Event and X-Handover-Delivery. A receiver that does not answer 2xx is tried again (30 s, 1 min, 2 min … up to 8 attempts).\n' +
        'handover serve sends them as they come; handover webhook deliver sends what is due now.\n',
    );

  withDbOption(
    webhook
      .command('add')
      .description('subscribe an address')
      .argument('<url>', 'http or https address that receives the POSTs')
      .option('--events <kinds>', `comma-separated: ${NOTIFICATION_KINDS.join(', ')}`, NOTIFICATION_KINDS.join(','))
      .option('--secret <secret>', 'the signing secret, at least 16 characters (default: one is made and shown once)'),
  ).action(async (url: string, flags: WebhookFlags) => {
    await withStore(
      'webhook add',
      flags,
      async (store) => {
        const added = await addWebhook(store, { url, events: (flags.events ?? '').split(','), secret: flags.secret ?? null, actor: cliActor() });
        if (!added.ok) return reportIssue('webhook add', { ...added.error, message: added.error.message.replace(/^events /, '--events ').replace(/^the secret /, '--secret ') });
        const { webhook: hook, secret, generated } = added.value;
        process.stdout.write(`${pc.green('subscribed')} ${shown(hook.url)} to ${hook.events.join(', ')} as ${pc.bold(hook.id)}\n`);
        if (generated) process.stdout.write(`signing secret (shown once, keep it with the receiver): ${secret}\n`);
      },
      'create',
    );
  });

  withDbOption(webhook.command('list').description('the subscriptions').option('--removed', 'include removed ones').option('--json', 'as JSON')).action(async (flags: WebhookFlags) => {
    await withStore('webhook list', flags, async (store) => {
      const hooks = await listWebhooks(store, flags.removed ?? false);
      if (flags.json) return void process.stdout.write(json(hooks, 2) + '\n');
      if (hooks.length === 0) return void process.stdout.write(`no webhooks: ${pc.bold('handover webhook add URL --events event.created,event.status,release.created')}\n`);
      const rows = hooks.map((h) => [h.id, shown(h.url), h.events.join(','), when(h.createdAt), h.createdBy, h.removedAt ? pc.dim(`removed ${when(h.removedAt)}`) : '']);
      process.stdout.write(table([['id', 'url', 'events', 'created', 'by', ''].map((s) => pc.bold(s)), ...rows]));
    });
  });

  withDbOption(webhook.command('remove').description('unsubscribe (nothing more is sent; the delivery log stays)').argument('<id>', 'wh_… (see webhook list)')).action(async (id: string, flags: WebhookFlags) => {
    await withStore('webhook remove', flags, async (store) => {
      const removed = await removeWebhook(store, id);
      if (!removed.ok) return reportIssue('webhook remove', removed.error);
      process.stdout.write(`${pc.green('removed')} ${id}\n`);
    });
  });

  withDbOption(
    webhook
      .command('deliveries')
      .description('the delivery log, newest first: status, attempts, the last answer and error')
      .argument('[id]', 'one webhook (wh_…); default all')
      .option('--status <status>', DELIVERY_STATUSES.join(', '))
      .option('--limit <n>', 'at most this many', '50')
      .option('--json', 'as JSON'),
  ).action(async (id: string | undefined, flags: WebhookFlags) => {
    if (flags.status !== undefined && !(DELIVERY_STATUSES as readonly string[]).includes(flags.status)) {
      return reportIssue('webhook deliveries', { code: 'INPUT_INVALID', message: `--status must be one of ${DELIVERY_STATUSES.join(', ')}, got "${flags.status}"` });
    }
    const limit = Number(flags.limit ?? '50');
    if (!(Number.isInteger(limit) && limit >= 1 && limit <= 10_000)) return reportIssue('webhook deliveries', { code: 'INPUT_INVALID', message: `--limit must be a whole number from 1 to 10000, got "${flags.limit}"` });
    await withStore('webhook deliveries', flags, async (store) => {
      const log = await webhookDeliveries(store, { ...(id ? { webhookId: id } : {}), ...(flags.status ? { status: flags.status as DeliveryStatus } : {}), limit });
      if (!log.ok) return reportIssue('webhook deliveries', log.error);
      if (flags.json) return void process.stdout.write(json(log.value, 2) + '\n');
      if (log.value.length === 0) return void process.stdout.write('no deliveries\n');
      const rows = log.value.map((d) => [
        d.id,
        d.webhookId,
        d.kind,
        d.status === 'delivered' ? pc.green(d.status) : d.status === 'failed' ? pc.red(d.status) : d.status,
        String(d.attempts),
        d.lastStatus === null ? '—' : String(d.lastStatus),
        d.status === 'pending' ? `next ${when(d.nextAttemptAt)}` : when(d.deliveredAt ?? d.createdAt),
        d.lastError ? oneLine(d.lastError).slice(0, 80) : '',
      ]);
      process.stdout.write(table([['delivery', 'webhook', 'kind', 'status', 'attempts', 'http', 'when', 'last error'].map((s) => pc.bold(s)), ...rows]));
    });
  });

  withDbOption(webhook.command('deliver').description('send the deliveries that are due now (handover serve does this on its own)').option('--allow-private [networks]', ALLOW_PRIVATE_HELP)).action(
    async (flags: WebhookFlags) => {
      const fetching = fetchSettings({ ...(flags.allowPrivate !== undefined ? { allowPrivate: flags.allowPrivate } : {}) });
      if (!fetching.ok) return reportIssue('webhook deliver', { code: 'INPUT_INVALID', message: fetching.message });
      await withStore('webhook deliver', flags, async (store) => {
        const sent = await deliverDue(store, { allowPrivate: fetching.value.allowPrivate });
        for (const a of sent) process.stdout.write(`${a.id} ${a.kind} → ${a.webhookId}: ${a.status === 'delivered' ? pc.green('delivered') : a.status === 'failed' ? pc.red(`failed: ${oneLine(a.error ?? '')}`) : pc.yellow(`will retry: ${oneLine(a.error ?? '')}`)}\n`);
        process.stdout.write(`${sent.filter((a) => a.status === 'delivered').length} delivered, ${sent.filter((a) => a.status === 'pending').length} to retry, ${sent.filter((a) => a.status === 'failed').length} failed\n`);
        setExit(sent.some((a) => a.status !== 'delivered') ? EXIT.FAILED : EXIT.OK);
      });
    },
  );
}
