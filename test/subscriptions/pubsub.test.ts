import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { afterEach, describe, expect, test } from 'vitest';
import { createMemoryAlertPubSub } from '../../src/subscriptions/memory-pubsub.js';
import type { AlertPubSub, CustomerAlertEvent } from '../../src/subscriptions/pubsub.js';
import { createRedisAlertPubSub } from '../../src/subscriptions/redis-pubsub.js';
import { receive, settle } from './support/collector.js';
import { useRedis } from './support/redis.js';

const redis = useRedis();

function alertEvent(customerId: string, overrides: Partial<CustomerAlertEvent> = {}): CustomerAlertEvent {
  return {
    customerId,
    alertId: '8deed800-1b7a-495d-a207-6c52bac54dc9',
    status: 'in_alarm',
    previousStatus: 'ok',
    triggeredBy: 'usage',
    changedAt: '2025-03-01T12:00:00.000Z',
    source: 'webhook',
    notificationId: 'a0d4e0b8-4a0e-4c2d-9b3f-0c0d1c2b3a40',
    ...overrides,
  };
}

/** Pub/subs that are separate instances of one deployment: separate processes, or (in memory) the same one. */
interface Deployment {
  instance(): AlertPubSub;
}

const implementations: [string, () => Deployment][] = [
  [
    'in memory',
    () => {
      const shared = createMemoryAlertPubSub();
      return { instance: () => shared };
    },
  ],
  [
    'on Redis',
    () => ({
      instance: () => {
        const { commands, subscriber } = redis.connect();
        return createRedisAlertPubSub({ publisher: commands, subscriber, keyPrefix: redis.keyPrefix });
      },
    }),
  ],
];

describe.each(implementations)('the alert pub/sub %s', (_name, deploy) => {
  let opened: AlertPubSub[] = [];
  const instance = (deployment: Deployment) => {
    const pubsub = deployment.instance();
    opened.push(pubsub);
    return pubsub;
  };
  afterEach(async () => {
    await Promise.all(opened.map((pubsub) => pubsub.close()));
    opened = [];
  });

  test('delivers an event to every subscriber of its customer, exactly as published', async () => {
    const pubsub = instance(deploy());
    const customerId = randomUUID();
    const first = await receive(pubsub, customerId);
    const second = await receive(pubsub, customerId);
    const event = alertEvent(customerId, {
      customerAlert: {
        customer_status: 'in_alarm',
        triggered_by: 'usage',
        alert: {
          id: '8deed800-1b7a-495d-a207-6c52bac54dc9',
          name: 'Spend over $100',
          status: 'enabled',
          threshold: 10000,
          type: 'spend_threshold_reached',
          updated_at: '2025-03-01T12:00:00.000Z',
        },
      },
    });

    await pubsub.publish(event);

    expect(await first.first(1)).toEqual([event]);
    expect(await second.first(1)).toEqual([event]);
  });

  test('does not deliver an event to subscribers of another customer', async () => {
    const pubsub = instance(deploy());
    const other = await receive(pubsub, randomUUID());
    const mine = await receive(pubsub, randomUUID());
    const customerId = randomUUID();

    await pubsub.publish(alertEvent(customerId));
    await settle();

    expect(other.events).toEqual([]);
    expect(mine.events).toEqual([]);
  });

  test("delivers one publisher's events in the order they were published", async () => {
    const pubsub = instance(deploy());
    const customerId = randomUUID();
    const received = await receive(pubsub, customerId);
    const statuses = ['in_alarm', 'ok', 'evaluating', 'in_alarm', null] as const;

    for (const status of statuses) await pubsub.publish(alertEvent(customerId, { status }));

    expect((await received.first(5)).map((event) => event.status)).toEqual(statuses);
  });

  test('delivers nothing after the subscriber unsubscribes, and unsubscribing twice changes nothing', async () => {
    const pubsub = instance(deploy());
    const customerId = randomUUID();
    const leaving = await receive(pubsub, customerId);
    const staying = await receive(pubsub, customerId);

    leaving.unsubscribe();
    leaving.unsubscribe();
    await pubsub.publish(alertEvent(customerId));

    expect(await staying.first(1)).toHaveLength(1);
    await settle();
    expect(leaving.events).toEqual([]);
  });

  test('lists a customer as subscribed while it has at least one subscriber', async () => {
    const pubsub = instance(deploy());
    const [a, b] = [randomUUID(), randomUUID()];
    const a1 = await receive(pubsub, a);
    const a2 = await receive(pubsub, a);
    const b1 = await receive(pubsub, b);
    expect(pubsub.subscribedCustomers().sort()).toEqual([a, b].sort());

    a1.unsubscribe();
    expect(pubsub.subscribedCustomers().sort()).toEqual([a, b].sort());
    a2.unsubscribe();
    b1.unsubscribe();
    expect(pubsub.subscribedCustomers()).toEqual([]);
  });

  test('keeps delivering to a subscriber whose listener threw', async () => {
    const pubsub = instance(deploy());
    const customerId = randomUUID();
    const seen: string[] = [];
    await pubsub.subscribe(customerId, (event) => {
      seen.push(event.changedAt);
      if (seen.length === 1) throw new Error('listener bug');
    });

    await pubsub.publish(alertEvent(customerId, { changedAt: '2025-03-01T12:00:00.000Z' }));
    await pubsub.publish(alertEvent(customerId, { changedAt: '2025-03-01T12:05:00.000Z' }));
    await settle();

    expect(seen).toEqual(['2025-03-01T12:00:00.000Z', '2025-03-01T12:05:00.000Z']);
  });

  test('ends every subscription on close and refuses new ones', async () => {
    const deployment = deploy();
    const pubsub = instance(deployment);
    const customerId = randomUUID();
    const received = await receive(pubsub, customerId);

    await pubsub.close();

    expect(pubsub.subscribedCustomers()).toEqual([]);
    await expect(pubsub.subscribe(customerId, () => undefined)).rejects.toThrow('The alert pub/sub is closed');
    await expect(pubsub.publish(alertEvent(customerId))).rejects.toThrow('The alert pub/sub is closed');
    expect(received.events).toEqual([]);
  });

  test('delivers an event published by one instance to subscribers on another', async () => {
    const deployment = deploy();
    const publisher = instance(deployment);
    const subscriberSide = instance(deployment);
    const customerId = randomUUID();
    const received = await receive(subscriberSide, customerId);
    const event = alertEvent(customerId);

    await publisher.publish(event);

    expect(await received.first(1)).toEqual([event]);
  });
});

describe('the alert pub/sub on Redis', () => {
  test('keeps deployments with different key prefixes apart', async () => {
    const { commands, subscriber } = redis.connect();
    const ours = createRedisAlertPubSub({ publisher: commands, subscriber, keyPrefix: redis.keyPrefix });
    const theirs = createRedisAlertPubSub({ publisher: commands, subscriber, keyPrefix: `${redis.keyPrefix}other:` });
    const customerId = randomUUID();
    const received = await receive(theirs, customerId);

    await ours.publish(alertEvent(customerId));
    await settle();

    expect(received.events).toEqual([]);
    await Promise.all([ours.close(), theirs.close()]);
  });

  test('keeps a subscription made while its connection is still connecting', async () => {
    const { commands, subscriber } = redis.connect();
    await once(subscriber, 'connect');
    const pubsub = createRedisAlertPubSub({ publisher: commands, subscriber, keyPrefix: redis.keyPrefix });
    const customerId = randomUUID();
    const received = await receive(pubsub, customerId);
    await settle();

    await pubsub.publish(alertEvent(customerId));

    expect(await received.first(1)).toHaveLength(1);
    expect(subscriber.status).toBe('ready');
    await pubsub.close();
  });

  test('rejects a subscription when Redis cannot be reached', async () => {
    const { connectRedis } = await import('../../src/subscriptions/redis-connections.js');
    const unreachable = connectRedis('redis://127.0.0.1:1');
    const pubsub = createRedisAlertPubSub({ publisher: unreachable.commands, subscriber: unreachable.subscriber, readyTimeoutMs: 200 });

    await expect(pubsub.subscribe(randomUUID(), () => undefined)).rejects.toThrow('connect ECONNREFUSED 127.0.0.1:1');
    expect(pubsub.subscribedCustomers()).toEqual([]);

    await pubsub.close();
    unreachable.commands.disconnect();
    unreachable.subscriber.disconnect();
  });

  test('rejects a publish when Redis cannot be reached', async () => {
    const { connectRedis } = await import('../../src/subscriptions/redis-connections.js');
    const unreachable = connectRedis('redis://127.0.0.1:1');
    const pubsub = createRedisAlertPubSub({ publisher: unreachable.commands, subscriber: unreachable.subscriber });

    await expect(pubsub.publish(alertEvent(randomUUID()))).rejects.toThrow();

    await pubsub.close();
    unreachable.commands.disconnect();
    unreachable.subscriber.disconnect();
  });
});
