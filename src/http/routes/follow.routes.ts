/** Followed sources (watches) and webhook subscriptions: for administrators. */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DELIVERY_STATUSES, NOTIFICATION_KINDS } from '../../domain/index.js';
import { addWatch, listWatches, MIN_EVERY_SECONDS, pollWatch, removeWatch } from '../../services/watch.service.js';
import { addWebhook, listWebhooks, removeWebhook, webhookDeliveries } from '../../services/webhooks.service.js';
import { actorOf } from '../auth.js';
import { errors, Strict } from '../schemas/common.schema.js';
import { sendIssue } from '../errors.js';
import type { RouteContext } from './context.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const Watch = Type.Object(
  {
    id: Type.String({ description: 'w_…' }),
    url: Type.String(),
    everySeconds: Type.Integer({ description: 'seconds between polls' }),
    outlet: Nullable(Type.String()),
    channel: Nullable(Type.String({ description: "a Telegram channel's username, for t.me links" })),
    title: Nullable(Type.String({ description: "the feed's title as last read" })),
    createdAt: Type.String(),
    createdBy: Type.String(),
    nextPollAt: Type.String(),
    lastPolledAt: Nullable(Type.String()),
    lastStatus: Nullable(Type.Union([Type.Literal('ok'), Type.Literal('not-modified'), Type.Literal('failed')])),
    lastError: Nullable(Type.String()),
    etag: Nullable(Type.String()),
    lastModified: Nullable(Type.String()),
    polls: Type.Integer(),
    itemsSeen: Type.Integer({ description: 'items read so far, each once' }),
    sourcesNew: Type.Integer({ description: 'sources those items stored' }),
    claimsNew: Type.Integer({ description: 'claims those sources carried' }),
  },
  { description: 'A followed source: an address polled on a schedule.' },
);

const PollItem = Type.Object({
  name: Type.String(),
  key: Type.String({ description: "the item's guid, id or link: what the next poll recognises" }),
  link: Nullable(Type.String()),
  outcome: Type.Ref('IngestOutcome'),
});

const PollResult = Type.Object(
  {
    watchId: Type.String(),
    url: Type.String(),
    status: Type.Union([Type.Literal('ok'), Type.Literal('not-modified'), Type.Literal('failed'), Type.Literal('skipped')]),
    error: Nullable(Type.String()),
    code: Nullable(Type.String()),
    itemsFound: Type.Integer(),
    itemsKnown: Type.Integer({ description: 'items read by an earlier poll: not fetched or stored again' }),
    items: Type.Array(PollItem, { description: 'the new items, each with its outcome' }),
    sourcesNew: Type.Integer(),
    claimsNew: Type.Integer(),
  },
  { description: 'One poll of a followed source.' },
);

const Webhook = Type.Object(
  {
    id: Type.String({ description: 'wh_…' }),
    url: Type.String(),
    events: Type.Array(Type.Union(NOTIFICATION_KINDS.map((k) => Type.Literal(k)))),
    createdAt: Type.String(),
    createdBy: Type.String(),
    removedAt: Nullable(Type.String()),
  },
  { description: 'A subscription: signed POSTs of the kinds it asked for.' },
);

const Delivery = Type.Object(
  {
    id: Type.String({ description: 'whd_…; also the X-Handover-Delivery header and the body\'s "id"' }),
    webhookId: Type.String(),
    kind: Type.Union(NOTIFICATION_KINDS.map((k) => Type.Literal(k))),
    payload: Type.String({ description: 'the JSON body sent' }),
    status: Type.Union(DELIVERY_STATUSES.map((s) => Type.Literal(s))),
    attempts: Type.Integer(),
    nextAttemptAt: Nullable(Type.String()),
    lastStatus: Nullable(Type.Integer({ description: "the receiver's HTTP status at the last attempt" })),
    lastError: Nullable(Type.String()),
    createdAt: Type.String(),
    deliveredAt: Nullable(Type.String()),
  },
  { description: 'One notification to one webhook, and how its attempts went.' },
);

const WatchId = Strict({ id: Type.String({ pattern: '^w_[0-9a-f]{1,32}$', description: 'w_…' }) });
const WebhookId = Strict({ id: Type.String({ pattern: '^wh_[0-9a-f]{1,32}$', description: 'wh_…' }) });

export const followRoutes =
  (ctx: RouteContext, options: { fetchPrivate?: boolean | string[] }): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/watches',
      { config: { access: 'admin' }, schema: { tags: ['following'], summary: 'The followed sources, with their schedule, last poll, last error and counts', querystring: Strict({}), response: { 200: Type.Object({ watches: Type.Array(Watch) }), ...errors(401, 403) } } },
      async () => ({ watches: await listWatches(ctx.store) }),
    );

    app.post(
      '/watches',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['following'],
          summary: 'Follow an address (RSS, Atom, JSON Feed, a Telegram export, a page): polled every `everySeconds`, the first poll at once',
          body: Strict({
            url: Type.String({ maxLength: 2000, pattern: '^https?://' }),
            everySeconds: Type.Integer({ minimum: MIN_EVERY_SECONDS, maximum: 30 * 86400, description: 'seconds between polls (at least 60)' }),
            outlet: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            channel: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: "a Telegram channel's public username" })),
          }),
          response: { 201: Watch, ...errors(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const { url, everySeconds, outlet, channel } = request.body;
        const added = await addWatch(ctx.store, { url, everySeconds, outlet: outlet ?? null, channel: channel ?? null, actor: actorOf(request) });
        if (!added.ok) return sendIssue(reply, added.error);
        return reply.code(201).send(added.value);
      },
    );

    app.delete(
      '/watches/:id',
      { config: { access: 'admin' }, schema: { tags: ['following'], summary: 'Stop following a source (what it stored stays)', params: WatchId, response: { 200: Type.Object({ id: Type.String() }), ...errors(400, 401, 403, 404) } } },
      async (request, reply) => {
        const removed = await removeWatch(ctx.store, request.params.id);
        return removed.ok ? removed.value : sendIssue(reply, removed.error);
      },
    );

    app.post(
      '/watches/:id/poll',
      {
        config: { access: 'admin' },
        schema: { tags: ['following'], summary: 'Poll a followed source now and answer with each new item\'s outcome', params: WatchId, body: Type.Optional(Strict({})), response: { 200: PollResult, ...errors(400, 401, 403, 404) } },
      },
      async (request, reply) => {
        const polled = await pollWatch(ctx.store, request.params.id, { force: true, actor: actorOf(request), ...(options.fetchPrivate !== undefined ? { allowPrivate: options.fetchPrivate } : {}) });
        return polled.ok ? polled.value : sendIssue(reply, polled.error);
      },
    );

    app.get(
      '/webhooks',
      {
        config: { access: 'admin' },
        schema: { tags: ['following'], summary: 'The webhook subscriptions', querystring: Strict({ removed: Type.Optional(Type.Boolean({ description: 'include removed ones' })) }), response: { 200: Type.Object({ webhooks: Type.Array(Webhook) }), ...errors(401, 403) } },
      },
      async (request) => ({ webhooks: await listWebhooks(ctx.store, request.query.removed ?? false) }),
    );

    app.post(
      '/webhooks',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['following'],
          summary: 'Subscribe an address to new events, status changes and new releases: signed POSTs (X-Handover-Signature: t=…,v1=HMAC-SHA256 of "t.body")',
          description: 'The secret is answered once, here; without one, one is made.',
          body: Strict({
            url: Type.String({ maxLength: 2000, pattern: '^https?://' }),
            events: Type.Array(Type.Union(NOTIFICATION_KINDS.map((k) => Type.Literal(k))), { minItems: 1, maxItems: NOTIFICATION_KINDS.length }),
            secret: Type.Optional(Type.String({ minLength: 16, maxLength: 200 })),
          }),
          response: { 201: Type.Object({ webhook: Webhook, secret: Type.String({ description: 'the signing secret: shown this once' }) }), ...errors(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const added = await addWebhook(ctx.store, { ...request.body, actor: actorOf(request) });
        if (!added.ok) return sendIssue(reply, added.error);
        return reply.code(201).send({ webhook: added.value.webhook, secret: added.value.secret });
      },
    );

    app.delete(
      '/webhooks/:id',
      { config: { access: 'admin' }, schema: { tags: ['following'], summary: 'Remove a subscription: nothing more is sent; its delivery log stays', params: WebhookId, response: { 200: Webhook, ...errors(400, 401, 403, 404) } } },
      async (request, reply) => {
        const removed = await removeWebhook(ctx.store, request.params.id);
        return removed.ok ? removed.value : sendIssue(reply, removed.error);
      },
    );

    app.get(
      '/webhooks/:id/deliveries',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['following'],
          summary: "A subscription's delivery log, newest first: status, attempts, the receiver's last answer and error",
          params: WebhookId,
          querystring: Strict({ status: Type.Optional(Type.Union(DELIVERY_STATUSES.map((s) => Type.Literal(s)))), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })) }),
          response: { 200: Type.Object({ deliveries: Type.Array(Delivery) }), ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const { status, limit } = request.query;
        const log = await webhookDeliveries(ctx.store, { webhookId: request.params.id, ...(status ? { status } : {}), limit: limit ?? 100 });
        return log.ok ? { deliveries: log.value } : sendIssue(reply, log.error);
      },
    );
  };
