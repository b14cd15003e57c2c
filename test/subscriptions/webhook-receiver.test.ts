import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, test } from 'vitest';
import type { AlertObservation, AlertObservationSink } from '../../src/subscriptions/alert-observation.js';
import { MemoryNotificationLog, RedisNotificationLog, type NotificationLog } from '../../src/subscriptions/notification-log.js';
import type { CustomerAlertEvent } from '../../src/subscriptions/pubsub.js';
import { createWebhookReceiver, type WebhookHandler } from '../../src/subscriptions/webhook-receiver.js';
import { useRedis } from './support/redis.js';
import { alertNotification, serveWebhooks, signedHeaders, WEBHOOK_SECRET } from './support/webhooks.js';

const redis = useRedis();

/** Records what the receiver hands on; `failing` makes it fail as a tracker does when Redis is away. */
class RecordingSink implements AlertObservationSink {
  readonly observed: AlertObservation[] = [];
  failing = false;

  async observe(observation: AlertObservation): Promise<CustomerAlertEvent | null> {
    if (this.failing) throw new Error('connect ECONNREFUSED 10.0.0.7:6379');
    this.observed.push(observation);
    return null;
  }
}

let sink: RecordingSink;
let receiver: WebhookHandler;
const receiving = (notifications: NotificationLog = new MemoryNotificationLog()) =>
  createWebhookReceiver({ secret: WEBHOOK_SECRET, notifications, alerts: sink });
const server = serveWebhooks(() => receiver);

beforeEach(() => {
  sink = new RecordingSink();
  receiver = receiving();
});

async function deliver(notification: unknown, headers?: (rawBody: string) => Record<string, string>) {
  const rawBody = JSON.stringify(notification);
  const response = await fetch(server.url(), {
    method: 'POST',
    headers: headers ? headers(rawBody) : signedHeaders(rawBody),
    body: rawBody,
  });
  return { status: response.status, body: await response.json() };
}

describe('the webhook receiver', () => {
  test('acknowledges a signed alert notification and hands the move into in_alarm to the tracker', async () => {
    const [customerId, alertId] = [randomUUID(), randomUUID()];
    const before = Date.now();

    const response = await deliver(alertNotification(customerId, alertId, { id: 'n-1' }));

    expect(response).toEqual({ status: 200, body: { received: true } });
    expect(sink.observed).toEqual([
      {
        customerId,
        alertId,
        status: 'in_alarm',
        triggeredBy: 'usage',
        changedAt: '2025-03-01T12:00:00.000Z',
        observedAtMs: expect.any(Number),
        source: 'webhook',
        notificationId: 'n-1',
      },
    ]);
    expect(sink.observed[0]!.observedAtMs).toBeGreaterThanOrEqual(before);
  });

  test('takes the signed date as the moment of change when the notification has no timestamp', async () => {
    const signedAt = new Date(Math.floor(Date.now() / 1000) * 1000 - 30_000);
    await deliver(alertNotification(randomUUID(), randomUUID(), { properties: { timestamp: undefined } }), (rawBody) =>
      signedHeaders(rawBody, signedAt),
    );
    expect(sink.observed.map((o) => o.changedAt)).toEqual([signedAt.toISOString()]);
  });

  test('records triggeredBy as null when the notification does not say', async () => {
    await deliver(alertNotification(randomUUID(), randomUUID(), { properties: { triggered_by: undefined } }));
    expect(sink.observed.map((o) => o.triggeredBy)).toEqual([null]);
  });

  test('rejects a bad signature with 401 and hands on nothing', async () => {
    const response = await deliver(alertNotification(randomUUID(), randomUUID()), (rawBody) => ({
      ...signedHeaders(rawBody),
      'Metronome-Webhook-Signature': '0'.repeat(64),
    }));
    expect(response).toEqual({ status: 401, body: { message: 'The webhook signature does not match' } });
    expect(sink.observed).toEqual([]);
  });

  test('rejects a delivery signed with another secret with 401 and hands on nothing', async () => {
    const response = await deliver(alertNotification(randomUUID(), randomUUID()), (rawBody) =>
      signedHeaders(rawBody, new Date(), 'not-our-secret'),
    );
    expect(response.status).toBe(401);
    expect(sink.observed).toEqual([]);
  });

  test('rejects a correctly signed but stale delivery (a replay) with 401 and hands on nothing', async () => {
    const response = await deliver(alertNotification(randomUUID(), randomUUID()), (rawBody) =>
      signedHeaders(rawBody, new Date(Date.now() - 6 * 60_000)),
    );
    expect(response).toEqual({ status: 401, body: { message: 'The signed date (X-Metronome-Date) is too far from now' } });
    expect(sink.observed).toEqual([]);
  });

  test('rejects an unsigned delivery with 401', async () => {
    const response = await deliver(alertNotification(randomUUID(), randomUUID()), () => ({ 'content-type': 'application/json' }));
    expect(response).toEqual({ status: 401, body: { message: 'Missing Metronome-Webhook-Signature header' } });
  });

  test('rejects a signed body that is not a notification with 400', async () => {
    expect(await deliver({ type: 'alerts.spend_threshold_reached' })).toEqual({
      status: 400,
      body: { message: 'The body is not a Metronome notification: {"id", "type", "properties"}' },
    });
    const notJson = await fetch(server.url(), { method: 'POST', headers: signedHeaders('not json'), body: 'not json' });
    expect(notJson.status).toBe(400);
    expect(sink.observed).toEqual([]);
  });

  test('hands on a notification delivered twice only once, and acknowledges both deliveries', async () => {
    const notification = alertNotification(randomUUID(), randomUUID(), { id: randomUUID() });

    const first = await deliver(notification);
    const second = await deliver(notification);

    expect([first, second]).toEqual([
      { status: 200, body: { received: true } },
      { status: 200, body: { received: true, duplicate: true } },
    ]);
    expect(sink.observed).toHaveLength(1);
  });

  test('hands on a notification delivered to two instances sharing Redis only once', async () => {
    const notifications = () => new RedisNotificationLog(redis.connect().commands, redis.keyPrefix);
    const [a, b] = [receiving(notifications()), receiving(notifications())];
    const rawBody = JSON.stringify(alertNotification(randomUUID(), randomUUID(), { id: randomUUID() }));

    const answers = [await a(rawBody, signedHeaders(rawBody)), await b(rawBody, signedHeaders(rawBody))];

    expect(answers.map((answer) => answer.body)).toEqual([{ received: true }, { received: true, duplicate: true }]);
    expect(sink.observed).toHaveLength(1);
  });

  test('answers 503 without internals when the notification cannot be handled, and handles its redelivery', async () => {
    const notification = alertNotification(randomUUID(), randomUUID(), { id: randomUUID() });
    sink.failing = true;
    const failed = await deliver(notification);
    sink.failing = false;
    const redelivered = await deliver(notification);

    expect(failed).toEqual({ status: 503, body: { message: 'The notification could not be handled now; send it again' } });
    expect(redelivered).toEqual({ status: 200, body: { received: true } });
    expect(sink.observed).toHaveLength(1);
  });

  test('acknowledges other notification types without handing them on', async () => {
    const response = await deliver({ id: randomUUID(), type: 'contract.created', properties: { contract_id: randomUUID() } });
    expect(response).toEqual({ status: 200, body: { received: true } });
    expect(sink.observed).toEqual([]);
  });

  test('acknowledges an alert notification that names no customer without handing it on', async () => {
    const response = await deliver(alertNotification(randomUUID(), randomUUID(), { properties: { customer_id: undefined } }));
    expect(response).toEqual({ status: 200, body: { received: true } });
    expect(sink.observed).toEqual([]);
  });
});
