/** Subscriptions: webhooks that hear of changes to the ledger, and the log of what was sent to them. */

/** What a subscription can hear of. */
export const NOTIFICATION_KINDS = ['event.created', 'event.status', 'release.created'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** One change worth telling subscribers about, as its JSON body carries it. */
export interface Notification {
  kind: NotificationKind;
  /** ISO timestamp of the change. */
  at: string;
  /** What changed: an event (`event.created`), an event and its old and new status (`event.status`), a release. */
  data: Record<string, unknown>;
}

/** A URL that receives signed POSTs for the kinds it asked for. */
export interface Webhook {
  /** `wh_` + hex. */
  id: string;
  url: string;
  events: NotificationKind[];
  createdAt: string;
  createdBy: string;
  /** Set when removed: the hook hears of nothing more; its delivery log stays. */
  removedAt: string | null;
}

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'cancelled'] as const;
/** `pending` waits for its (next) attempt; `failed` gave up after the last attempt; `cancelled`: the hook was removed first. */
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One notification on its way to one webhook, and how its attempts went. */
export interface WebhookDelivery {
  /** `whd_` + hex. */
  id: string;
  webhookId: string;
  kind: NotificationKind;
  /** The JSON body POSTed (the Notification, with the delivery id). */
  payload: string;
  status: DeliveryStatus;
  attempts: number;
  /** When the next attempt is due (pending only). */
  nextAttemptAt: string | null;
  /** The HTTP status of the last attempt (null when none answered). */
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}
