/** Webhooks and their deliveries (the outbox and the delivery log in one table). */
import type { DeliveryStatus, NotificationKind, Webhook, WebhookDelivery } from '../domain/index.js';
import type { Db } from './query-helpers.js';
import type { WebhookDeliveryRow, WebhookRow } from './schema.js';

/** A delivery with what sending it needs: where, and the secret that signs it. */
export interface DueDelivery extends WebhookDelivery {
  url: string;
  secret: string;
}

export interface DeliveryFilter {
  webhookId?: string;
  status?: DeliveryStatus;
  limit?: number;
}

export interface DeliveryUpdate {
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
}

export interface WebhookRepository {
  insertWebhook(hook: Webhook, secret: string): Promise<void>;
  /** Live hooks, oldest first (with removed ones when asked). */
  listWebhooks(includeRemoved?: boolean): Promise<Webhook[]>;
  webhookById(id: string): Promise<Webhook | undefined>;
  /** Marks a hook removed and cancels what it has not yet been sent. */
  removeWebhook(id: string, at: string): Promise<void>;
  /** Live hooks that asked for this kind. */
  subscribersOf(kind: NotificationKind): Promise<Array<{ id: string }>>;
  /** Whether any live hook exists: a change with no one to tell writes nothing. */
  anySubscriber(): Promise<boolean>;
  enqueue(deliveries: WebhookDelivery[]): Promise<void>;
  /** Pending deliveries due at `now`, oldest first, with their hook's url and secret. */
  due(now: string, limit: number): Promise<DueDelivery[]>;
  /**
   * Takes a due delivery for one attempt: moves its next attempt to `leaseUntil` only if it is still
   * as `due` read it. False when another deliverer took it first.
   */
  lease(id: string, seenNextAttemptAt: string | null, seenAttempts: number, leaseUntil: string): Promise<boolean>;
  update(id: string, change: DeliveryUpdate): Promise<void>;
  deliveries(filter?: DeliveryFilter): Promise<WebhookDelivery[]>;
}

const hookFromRow = (r: Omit<WebhookRow, 'secret'>): Webhook => ({
  id: r.id,
  url: r.url,
  events: r.events.split(',').filter(Boolean) as NotificationKind[],
  createdAt: r.created_at,
  createdBy: r.created_by,
  removedAt: r.removed_at,
});

const deliveryFromRow = (r: WebhookDeliveryRow): WebhookDelivery => ({
  id: r.id,
  webhookId: r.webhook_id,
  kind: r.kind as NotificationKind,
  payload: r.payload,
  status: r.status as DeliveryStatus,
  attempts: Number(r.attempts),
  nextAttemptAt: r.next_attempt_at,
  lastStatus: r.last_status === null ? null : Number(r.last_status),
  lastError: r.last_error,
  createdAt: r.created_at,
  deliveredAt: r.delivered_at,
});

const HOOK_COLUMNS = ['id', 'url', 'events', 'created_at', 'created_by', 'removed_at'] as const;
const DELIVERY_COLUMNS = ['webhook_deliveries.id', 'webhook_id', 'kind', 'payload', 'status', 'attempts', 'next_attempt_at', 'last_status', 'last_error', 'webhook_deliveries.created_at', 'delivered_at'] as const;

export function webhookRepository(db: Db): WebhookRepository {
  return {
    async insertWebhook(h, secret) {
      await db
        .insertInto('webhooks')
        .values({ id: h.id, url: h.url, events: h.events.join(','), secret, created_at: h.createdAt, created_by: h.createdBy, removed_at: h.removedAt })
        .execute();
    },

    async listWebhooks(includeRemoved = false) {
      let q = db.selectFrom('webhooks').select(HOOK_COLUMNS).orderBy('created_at').orderBy('id');
      if (!includeRemoved) q = q.where('removed_at', 'is', null);
      return (await q.execute()).map(hookFromRow);
    },

    async webhookById(id) {
      const row = await db.selectFrom('webhooks').select(HOOK_COLUMNS).where('id', '=', id).executeTakeFirst();
      return row ? hookFromRow(row) : undefined;
    },

    async removeWebhook(id, at) {
      await db.updateTable('webhooks').set({ removed_at: at }).where('id', '=', id).where('removed_at', 'is', null).execute();
      await db.updateTable('webhook_deliveries').set({ status: 'cancelled', next_attempt_at: null }).where('webhook_id', '=', id).where('status', '=', 'pending').execute();
    },

    async subscribersOf(kind) {
      const rows = await db.selectFrom('webhooks').select(['id', 'events']).where('removed_at', 'is', null).orderBy('id').execute();
      return rows.filter((r) => r.events.split(',').includes(kind)).map((r) => ({ id: r.id }));
    },

    async anySubscriber() {
      return (await db.selectFrom('webhooks').select('id').where('removed_at', 'is', null).limit(1).executeTakeFirst()) !== undefined;
    },

    async enqueue(deliveries) {
      if (deliveries.length === 0) return;
      await db
        .insertInto('webhook_deliveries')
        .values(
          deliveries.map((d) => ({
            id: d.id,
            webhook_id: d.webhookId,
            kind: d.kind,
            payload: d.payload,
            status: d.status,
            attempts: d.attempts,
            next_attempt_at: d.nextAttemptAt,
            last_status: d.lastStatus,
            last_error: d.lastError,
            created_at: d.createdAt,
            delivered_at: d.deliveredAt,
          })),
        )
        .execute();
    },

    async due(now, limit) {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .innerJoin('webhooks', 'webhooks.id', 'webhook_deliveries.webhook_id')
        .select(DELIVERY_COLUMNS)
        .select(['webhooks.url', 'webhooks.secret'])
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .orderBy('webhook_deliveries.id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ ...deliveryFromRow(r), url: r.url, secret: r.secret }));
    },

    async lease(id, seenNext, seenAttempts, leaseUntil) {
      let q = db.updateTable('webhook_deliveries').set({ next_attempt_at: leaseUntil }).where('id', '=', id).where('status', '=', 'pending').where('attempts', '=', seenAttempts);
      q = seenNext === null ? q.where('next_attempt_at', 'is', null) : q.where('next_attempt_at', '=', seenNext);
      const result = await q.executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async update(id, c) {
      await db
        .updateTable('webhook_deliveries')
        .set({ status: c.status, attempts: c.attempts, next_attempt_at: c.nextAttemptAt, last_status: c.lastStatus, last_error: c.lastError, delivered_at: c.deliveredAt })
        .where('id', '=', id)
        .execute();
    },

    async deliveries(filter = {}) {
      let q = db.selectFrom('webhook_deliveries').select(DELIVERY_COLUMNS).orderBy('webhook_deliveries.created_at', 'desc').orderBy('webhook_deliveries.id', 'desc');
      if (filter.webhookId !== undefined) q = q.where('webhook_id', '=', filter.webhookId);
      if (filter.status !== undefined) q = q.where('status', '=', filter.status);
      return (await q.limit(filter.limit ?? 100).execute()).map(deliveryFromRow);
    },
  };
}
