import type { CustomerAlert } from '@metronome/sdk/resources/v1/customers/alerts';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import { openCustomerAlertUpdates } from '../../src/subscriptions/alert-event-stream.js';
import { createMemoryAlertPubSub } from '../../src/subscriptions/memory-pubsub.js';
import type { AlertPubSub, CustomerAlertEvent, CustomerAlertStatus } from '../../src/subscriptions/pubsub.js';
import { createRedisAlertPubSub } from '../../src/subscriptions/redis-pubsub.js';
import { nothingMore, read, settle } from './support/collector.js';
import { useRedis } from './support/redis.js';

const redis = useRedis();

const T1 = '2025-03-01T12:00:00.000Z';
const T2 = '2025-03-01T12:10:00.000Z';
const T3 = '2025-03-01T12:20:00.000Z';

function customerAlert(alertId: string, status: CustomerAlertStatus, updatedAt: string): CustomerAlert {
  return {
    customer_status: status,
    triggered_by: status === 'in_alarm' ? 'usage' : null,
    alert: { id: alertId, name: `Alert ${alertId}`, status: 'enabled', threshold: 100, type: 'usage_threshold_reached', updated_at: updatedAt },
  };
}

const implementations: [string, () => AlertPubSub][] = [
  ['in memory', () => createMemoryAlertPubSub()],
  [
    'on Redis',
    () => {
      const { commands, subscriber } = redis.connect();
      return createRedisAlertPubSub({ publisher: commands, subscriber, keyPrefix: redis.keyPrefix });
    },
  ],
];

describe.each(implementations)('the updates of one subscription %s', (_name, open) => {
  let pubsub: AlertPubSub;
  let customerId: string;
  const transition = (alertId: string, status: CustomerAlertStatus, changedAt: string, previousStatus?: CustomerAlertStatus): CustomerAlertEvent => ({
    customerId,
    alertId,
    status,
    ...(previousStatus !== undefined ? { previousStatus } : {}),
    triggeredBy: status === 'in_alarm' ? 'usage' : null,
    changedAt,
    source: 'webhook',
  });
  const setUp = () => {
    pubsub = open();
    customerId = randomUUID();
  };
  afterEach(async () => pubsub.close());

  test("start with every alert's current state, then pass on each transition", async () => {
    setUp();
    const updates = await openCustomerAlertUpdates({
      pubsub,
      customerId,
      snapshot: async () => [customerAlert('a', 'ok', T1), customerAlert('b', 'in_alarm', T1)],
    });
    await pubsub.publish(transition('a', 'in_alarm', T2, 'ok'));

    expect(await read(updates, 3)).toEqual([
      { customerId, alertId: 'a', status: 'ok', triggeredBy: null, changedAt: T1, source: 'snapshot', customerAlert: customerAlert('a', 'ok', T1) },
      { customerId, alertId: 'b', status: 'in_alarm', triggeredBy: 'usage', changedAt: T1, source: 'snapshot', customerAlert: customerAlert('b', 'in_alarm', T1) },
      { customerId, alertId: 'a', status: 'in_alarm', previousStatus: 'ok', triggeredBy: 'usage', changedAt: T2, source: 'webhook' },
    ]);
  });

  test('hold back transitions published while the snapshot is taken, and drop those it already shows or superseded', async () => {
    setUp();
    const updates = await openCustomerAlertUpdates({
      pubsub,
      customerId,
      snapshot: async () => {
        await pubsub.publish(transition('a', 'in_alarm', T1, 'ok'));
        await pubsub.publish(transition('a', 'ok', T2, 'in_alarm'));
        await pubsub.publish(transition('b', 'in_alarm', T3, 'ok'));
        await settle(50);
        return [customerAlert('a', 'ok', T2), customerAlert('b', 'ok', T1)];
      },
    });

    expect((await read(updates, 3)).map((u) => [u.alertId, u.status, u.source])).toEqual([
      ['a', 'ok', 'snapshot'],
      ['b', 'ok', 'snapshot'],
      ['b', 'in_alarm', 'webhook'],
    ]);
    expect(await nothingMore(updates)).toBe(true);
  });

  test('never pass on the same state of an alert twice in a row', async () => {
    setUp();
    const updates = await openCustomerAlertUpdates({ pubsub, customerId, snapshot: async () => [customerAlert('a', 'ok', T1)] });
    await pubsub.publish(transition('a', 'ok', T2));
    await pubsub.publish(transition('a', 'in_alarm', T2, 'ok'));
    await pubsub.publish({ ...transition('a', 'in_alarm', T3, 'ok'), source: 'poll' });
    await pubsub.publish(transition('a', null, T3, 'in_alarm'));

    expect((await read(updates, 3)).map((u) => u.status)).toEqual(['ok', 'in_alarm', null]);
    expect(await nothingMore(updates)).toBe(true);
  });

  test('pass on the first state of an alert the snapshot did not have', async () => {
    setUp();
    const updates = await openCustomerAlertUpdates({ pubsub, customerId, snapshot: async () => [] });
    await pubsub.publish({ ...transition('new', 'evaluating', T1), source: 'poll' });
    expect((await read(updates, 1)).map((u) => [u.alertId, u.status])).toEqual([['new', 'evaluating']]);
  });

  test("with an alert id, pass on only that alert's state and transitions", async () => {
    setUp();
    const updates = await openCustomerAlertUpdates({
      pubsub,
      customerId,
      alertId: 'b',
      snapshot: async () => [customerAlert('a', 'ok', T1), customerAlert('b', 'ok', T1)],
    });
    await pubsub.publish(transition('a', 'in_alarm', T2, 'ok'));
    await pubsub.publish(transition('b', 'in_alarm', T2, 'ok'));
    expect((await read(updates, 2)).map((u) => [u.alertId, u.status])).toEqual([
      ['b', 'ok'],
      ['b', 'in_alarm'],
    ]);
    expect(await nothingMore(updates)).toBe(true);
  });

  test('reject, subscribed to nothing, when the snapshot fails', async () => {
    setUp();
    const opening = openCustomerAlertUpdates({
      pubsub,
      customerId,
      snapshot: async () => {
        throw new Error(`Customer not found: ${customerId}`);
      },
    });
    await expect(opening).rejects.toThrow(`Customer not found: ${customerId}`);
    expect(pubsub.subscribedCustomers()).toEqual([]);
  });

  test('unsubscribe when the reader returns, ending a pending read', async () => {
    setUp();
    const updates = await openCustomerAlertUpdates({ pubsub, customerId, snapshot: async () => [] });
    expect(pubsub.subscribedCustomers()).toEqual([customerId]);
    const pending = updates.next();
    await updates.return!();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(pubsub.subscribedCustomers()).toEqual([]);
  });
});
