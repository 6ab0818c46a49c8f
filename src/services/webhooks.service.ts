/**
 * Subscriptions: signed webhooks for new events, status changes and new releases.
 *
 * A change queues its deliveries in its own transaction (notify.ts); `deliverDue` drains them: it
 * takes each due delivery for one attempt (a lease, so two servers never send one twice), POSTs its
 * JSON with a signature, and records the attempt. A receiver that does not answer 2xx is tried again
 * after 30 s, 1 min, 2 min … (doubling, at most 6 h apart), up to 8 attempts; then the delivery is
 * `failed`, and the log says why.
 *
 * Signature: `X-Handover-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the
 * hook's secret>`. A receiver recomputes it over the raw body and refuses a `t` too far from its clock
 * (replays); `verifySignature` does both.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_KINDS, type DeliveryStatus, type NotificationKind, type Webhook, type WebhookDelivery } from '../domain/index.js';
import { fail, ok, type Result } from '../domain/errors.js';
import type { DueDelivery, Store } from '../storage/index.js';
import { webPost, type WebFetchOptions } from './web-fetch.js';

export const SIGNATURE_HEADER = 'x-handover-signature';

export interface NewWebhook {
  url: string;
  events: readonly string[];
  /** The signing secret; one is made (and shown once) when not given. */
  secret?: string | null;
  actor?: string;
  now?: string;
}

export interface DeliverOptions extends Pick<WebFetchOptions, 'allowPrivate' | 'resolve'> {
  now?: () => string;
  /** Attempts before a delivery is given up (default 8). */
  maxAttempts?: number;
  /** The wait after the first failed attempt, doubled after each (default 30 s). */
  firstRetryMs?: number;
  /** Longest wait between attempts (default 6 h). */
  maxRetryMs?: number;
  /** Deadline of one POST (default 10 s). */
  timeoutMs?: number;
  /** At most this many deliveries in one round (default 100). */
  limit?: number;
}

export interface DeliveryAttempt {
  id: string;
  webhookId: string;
  kind: NotificationKind;
  status: DeliveryStatus;
  attempts: number;
  httpStatus: number | null;
  error: string | null;
}

const MIN_SECRET = 16;

/** The signature header's value for `body` sent at `unixSeconds`. */
export function signPayload(secret: string, unixSeconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/**
 * What a receiver does: true when `header` signs `body` with `secret` and its time is within
 * `toleranceSeconds` of `nowSeconds`.
 */
export function verifySignature(secret: string, header: string | undefined, body: string, nowSeconds = Math.floor(Date.now() / 1000), toleranceSeconds = 300): boolean {
  if (!header) return false;
  const parts = new Map(header.split(',').map((p) => p.trim().split('=', 2) as [string, string]));
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1') ?? '';
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds || !/^[0-9a-f]{64}$/.test(v1)) return false;
  const want = Buffer.from(signPayload(secret, t, body).split('v1=')[1]!, 'hex');
  return timingSafeEqual(want, Buffer.from(v1, 'hex'));
}

export async function addWebhook(store: Store, input: NewWebhook): Promise<Result<{ webhook: Webhook; secret: string; generated: boolean }>> {
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    return fail('INPUT_INVALID', `"${input.url}" is not a web address`, { path: 'url' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('INPUT_INVALID', `a webhook is an http or https address, not ${url.protocol}`, { path: 'url' });
  if (url.username || url.password) return fail('INPUT_INVALID', 'a webhook address carries no user name or password: the signature proves who sends', { path: 'url' });
  const events = [...new Set(input.events.map((e) => e.trim()).filter(Boolean))];
  const unknown = events.filter((e) => !(NOTIFICATION_KINDS as readonly string[]).includes(e));
  if (events.length === 0 || unknown.length > 0) {
    return fail('INPUT_INVALID', `events must be some of ${NOTIFICATION_KINDS.join(', ')}${unknown.length ? `; not ${unknown.join(', ')}` : ''}`, { path: 'events' });
  }
  const generated = input.secret == null;
  const secret = input.secret ?? randomBytes(24).toString('base64url');
  if (secret.length < MIN_SECRET) return fail('INPUT_INVALID', `the secret must be at least ${MIN_SECRET} characters (a long random string; leave it out and one is made)`, { path: 'secret' });
  const webhook: Webhook = {
    id: `wh_${randomBytes(6).toString('hex')}`,
    url: url.href,
    events: events as NotificationKind[],
    createdAt: input.now ?? new Date().toISOString(),
    createdBy: input.actor ?? 'machine',
    removedAt: null,
  };
  await store.webhooks.insertWebhook(webhook, secret);
  return ok({ webhook, secret, generated });
}

export const listWebhooks = (store: Store, includeRemoved = false): Promise<Webhook[]> => store.webhooks.listWebhooks(includeRemoved);

export async function removeWebhook(store: Store, id: string, now = new Date().toISOString()): Promise<Result<Webhook>> {
  const hook = await store.webhooks.webhookById(id);
  if (!hook || hook.removedAt !== null) return fail('NOT_FOUND', `no webhook ${id} (handover webhook list shows them)`);
  await store.transaction((tx) => tx.webhooks.removeWebhook(id, now));
  return ok({ ...hook, removedAt: now });
}

export async function webhookDeliveries(store: Store, query: { webhookId?: string; status?: DeliveryStatus; limit?: number } = {}): Promise<Result<WebhookDelivery[]>> {
  if (query.webhookId !== undefined && !(await store.webhooks.webhookById(query.webhookId))) return fail('NOT_FOUND', `no webhook ${query.webhookId}`);
  return ok(await store.webhooks.deliveries(query));
}

const plusMs = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/** Sends what is due, one after another; returns each attempt. */
export async function deliverDue(store: Store, opts: DeliverOptions = {}): Promise<DeliveryAttempt[]> {
  const now = opts.now ?? (() => new Date().toISOString());
  const maxAttempts = opts.maxAttempts ?? 8;
  const firstRetryMs = opts.firstRetryMs ?? 30_000;
  const maxRetryMs = opts.maxRetryMs ?? 6 * 3600_000;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const due = await store.webhooks.due(now(), opts.limit ?? 100);
  const out: DeliveryAttempt[] = [];
  for (const d of due) {
    // While this attempt runs, nobody else takes the delivery; if this process dies, it is due again after the lease.
    const leased = await store.webhooks.lease(d.id, d.nextAttemptAt, d.attempts, plusMs(now(), timeoutMs + 60_000));
    if (!leased) continue;
    out.push(await attempt(store, d, { maxAttempts, firstRetryMs, maxRetryMs, timeoutMs, now, opts }));
  }
  return out;
}

async function attempt(
  store: Store,
  d: DueDelivery,
  c: { maxAttempts: number; firstRetryMs: number; maxRetryMs: number; timeoutMs: number; now: () => string; opts: DeliverOptions },
): Promise<DeliveryAttempt> {
  const sentAt = c.now();
  const t = Math.floor(Date.parse(sentAt) / 1000);
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    [SIGNATURE_HEADER]: signPayload(d.secret, t, d.payload),
    'x-handover-event': d.kind,
    'x-handover-delivery': d.id,
  };
  const posted = await webPost(d.url, Buffer.from(d.payload, 'utf8'), headers, {
    timeoutMs: c.timeoutMs,
    ...(c.opts.allowPrivate !== undefined ? { allowPrivate: c.opts.allowPrivate } : {}),
    ...(c.opts.resolve !== undefined ? { resolve: c.opts.resolve } : {}),
  });
  const attempts = d.attempts + 1;
  const httpStatus = posted.ok ? posted.value.status : null;
  const delivered = httpStatus !== null && httpStatus >= 200 && httpStatus < 300;
  const error = delivered ? null : posted.ok ? `the receiver answered ${httpStatus}${posted.value.answer ? `: ${posted.value.answer.replace(/\s+/g, ' ').slice(0, 200)}` : ''}` : posted.error.message;
  // A refused address will not become allowed by waiting: give up at once.
  const hopeless = !posted.ok && posted.error.code === 'INGEST_FETCH_REFUSED';
  const status: DeliveryStatus = delivered ? 'delivered' : attempts >= c.maxAttempts || hopeless ? 'failed' : 'pending';
  const wait = Math.min(c.maxRetryMs, c.firstRetryMs * 2 ** (attempts - 1));
  await store.webhooks.update(d.id, {
    status,
    attempts,
    nextAttemptAt: status === 'pending' ? plusMs(c.now(), wait) : null,
    lastStatus: httpStatus,
    lastError: error,
    deliveredAt: delivered ? c.now() : null,
  });
  return { id: d.id, webhookId: d.webhookId, kind: d.kind, status, attempts, httpStatus, error };
}
