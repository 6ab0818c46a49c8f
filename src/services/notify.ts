/**
 * The notification seam. A change worth telling subscribers about (a new event, an event's status
 * moving, a new release) calls `notify(tx, …)` inside the transaction that makes the change: it
 * writes one pending delivery per webhook subscribed to that kind (the outbox), so the notice
 * commits with the change or not at all, and survives a process that dies before sending it. The
 * deliverer (`webhooks.service.ts`, `deliverDue`) drains the outbox later. With no webhook, nothing
 * is written.
 *
 * `recordHistory(tx, entries)` appends history and notifies what the entries show about events;
 * every service that changes events appends its history through it.
 */
import { randomBytes } from 'node:crypto';
import type { HistoryEntry, LedgerEvent, Notification, NotificationKind, WebhookDelivery } from '../domain/index.js';
import type { Repositories } from '../storage/index.js';

export type { Notification, NotificationKind } from '../domain/index.js';

export const deliveryId = (): string => `whd_${randomBytes(10).toString('hex')}`;

/**
 * Queues `notification` for every webhook subscribed to its kind, in the caller's transaction.
 * Returns how many deliveries were queued. Pass the transaction's repositories (`tx`), not the store,
 * so that the notice commits with the change.
 */
export async function notify(tx: Repositories, notification: Notification): Promise<number> {
  return notifyAll(tx, [notification]);
}

/** `notify` for several notifications at once (one look at the subscriptions). */
export async function notifyAll(tx: Repositories, notifications: readonly Notification[]): Promise<number> {
  if (notifications.length === 0) return 0;
  const byKind = new Map<NotificationKind, Array<{ id: string }>>();
  const deliveries: WebhookDelivery[] = [];
  for (const n of notifications) {
    let hooks = byKind.get(n.kind);
    if (!hooks) byKind.set(n.kind, (hooks = await tx.webhooks.subscribersOf(n.kind)));
    for (const hook of hooks) {
      const id = deliveryId();
      deliveries.push({
        id,
        webhookId: hook.id,
        kind: n.kind,
        payload: JSON.stringify({ id, kind: n.kind, at: n.at, data: n.data }),
        status: 'pending',
        attempts: 0,
        nextAttemptAt: n.at,
        lastStatus: null,
        lastError: null,
        createdAt: n.at,
        deliveredAt: null,
      });
    }
  }
  await tx.webhooks.enqueue(deliveries);
  return deliveries.length;
}

/** The part of an event a subscriber is told: enough to show it and to ask the API for the rest. */
export function eventNotice(e: LedgerEvent): Record<string, unknown> {
  return {
    id: e.id,
    category: e.category,
    from: e.from,
    to: e.to,
    date: e.date,
    figure: e.figure,
    status: e.status,
    agreement: e.agreement,
    mediator: e.mediator,
    claims: e.claimIds.length,
    review: e.review,
    link: `/api/events/${e.id}`,
  };
}

/** What history entries say subscribers should hear: events that came to be, events whose status moved. */
export function notificationsOf(history: readonly HistoryEntry[]): Notification[] {
  const out: Notification[] = [];
  for (const h of history) {
    if (h.entity !== 'event') continue;
    const before = h.before as LedgerEvent | null;
    const after = h.after as LedgerEvent | null;
    if (after === null) continue;
    if (before === null) out.push({ kind: 'event.created', at: h.at, data: { event: eventNotice(after), actor: h.actor } });
    else if (before.status !== after.status) out.push({ kind: 'event.status', at: h.at, data: { event: eventNotice(after), from: before.status, to: after.status, actor: h.actor } });
  }
  return out;
}

/** Appends history and queues the notifications it implies, in the caller's transaction. */
export async function recordHistory(tx: Repositories, history: readonly HistoryEntry[]): Promise<void> {
  await tx.history.append(history);
  const notices = notificationsOf(history);
  if (notices.length > 0 && (await tx.webhooks.anySubscriber())) await notifyAll(tx, notices);
}
