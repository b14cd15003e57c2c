import type { AlertObservationSink } from './alert-observation.js';
import type { NotificationLog } from './notification-log.js';
import { checkWebhookSignature, type RequestHeaders } from './webhook-signature.js';

export interface WebhookReceiverOptions {
  /** `METRONOME_WEBHOOK_SECRET`: what Metronome signs notifications with. */
  secret: string;
  /** Remembers handled notification ids (72 hours). */
  notifications: NotificationLog;
  /** Where alert notifications go: the alert state tracker. */
  alerts: AlertObservationSink;
  /** How far a delivery's signed date may be from now, either way. @default 300000 (5 minutes) */
  toleranceMs?: number;
  /** Wall-clock milliseconds. @default Date.now */
  nowMs?: () => number;
}

/** What to answer Metronome; `body` is JSON. */
export interface WebhookResponse {
  status: number;
  body: { received: true; duplicate?: true } | { message: string };
}

/** Handles one delivery: its raw body (exactly as received: the signature covers the bytes) and its headers. */
export type WebhookHandler = (rawBody: string | Uint8Array, headers: RequestHeaders) => Promise<WebhookResponse>;

interface Notification {
  id: string;
  type: string;
  properties: Record<string, unknown>;
}

const ALERT_TYPE_PREFIX = 'alerts.';

/**
 * The receiver of Metronome's webhook notifications (`POST /webhooks/metronome`), independent of any HTTP
 * framework: mount it on any router that hands over the raw body.
 *
 * - 401 for a missing or wrong signature, or a signed date more than the tolerance away from now (replays).
 * - 400 for a body that is not a notification (`{id, type, properties}`).
 * - 200 for every authentic notification, at once, whether or not anyone subscribes to its customer. An alert
 *   notification (`alerts.*`; they announce a move into `in_alarm`) goes to the tracker, which publishes the
 *   transition; any other type is acknowledged and ignored. A notification id already handled is acknowledged
 *   (`duplicate: true`) and not handled again.
 * - 503 when the notification could not be handled (Redis away): its id is released, so Metronome's retry of it
 *   is handled.
 *
 * Error bodies say what was wrong with the request and nothing about the gateway.
 */
export function createWebhookReceiver(options: WebhookReceiverOptions): WebhookHandler {
  const nowMs = options.nowMs ?? Date.now;
  return async (rawBody, headers) => {
    const body = typeof rawBody === 'string' ? rawBody : Buffer.from(rawBody).toString('utf8');
    const receivedAtMs = nowMs();
    const check = checkWebhookSignature(body, headers, {
      secret: options.secret,
      nowMs: receivedAtMs,
      ...(options.toleranceMs !== undefined ? { toleranceMs: options.toleranceMs } : {}),
    });
    if (!check.valid) return { status: 401, body: { message: SIGNATURE_PROBLEMS[check.reason] } };

    const notification = parseNotification(body);
    if (!notification)
      return { status: 400, body: { message: 'The body is not a Metronome notification: {"id", "type", "properties"}' } };

    if (!(await options.notifications.claim(notification.id))) return { status: 200, body: { received: true, duplicate: true } };
    try {
      await handle(notification, check.signedAtMs, receivedAtMs, options.alerts);
    } catch {
      await options.notifications.release(notification.id).catch(() => undefined);
      return { status: 503, body: { message: 'The notification could not be handled now; send it again' } };
    }
    return { status: 200, body: { received: true } };
  };
}

const SIGNATURE_PROBLEMS: Record<Exclude<ReturnType<typeof checkWebhookSignature>, { valid: true }>['reason'], string> = {
  missing_signature: 'Missing Metronome-Webhook-Signature header',
  missing_date: 'Missing X-Metronome-Date (or Date) header',
  bad_date: 'The X-Metronome-Date header is not a date',
  stale: 'The signed date (X-Metronome-Date) is too far from now',
  mismatch: 'The webhook signature does not match',
};

function parseNotification(body: string): Notification | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const { id, type, properties } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id === '' || typeof type !== 'string') return undefined;
  return { id, type, properties: properties && typeof properties === 'object' ? (properties as Record<string, unknown>) : {} };
}

async function handle(notification: Notification, signedAtMs: number, receivedAtMs: number, alerts: AlertObservationSink): Promise<void> {
  if (!notification.type.startsWith(ALERT_TYPE_PREFIX)) return;
  const { customer_id, alert_id, triggered_by, timestamp } = notification.properties;
  // Authentic but not about one customer's alert: nothing to tell subscribers, and a retry would not change that.
  if (typeof customer_id !== 'string' || typeof alert_id !== 'string') return;
  const changedAtMs = typeof timestamp === 'string' ? Date.parse(timestamp) : Number.NaN;
  await alerts.observe({
    customerId: customer_id,
    alertId: alert_id,
    status: 'in_alarm',
    triggeredBy: typeof triggered_by === 'string' ? triggered_by : null,
    changedAt: new Date(Number.isNaN(changedAtMs) ? signedAtMs : changedAtMs).toISOString(),
    observedAtMs: receivedAtMs,
    source: 'webhook',
    notificationId: notification.id,
  });
}
