import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import type { AlertObservation } from '../../src/subscriptions/alert-observation.js';
import { AlertStateTracker, MemoryAlertStateStore, type AlertStateStore } from '../../src/subscriptions/alert-state-tracker.js';
import { createMemoryAlertPubSub } from '../../src/subscriptions/memory-pubsub.js';
import type { AlertPubSub } from '../../src/subscriptions/pubsub.js';
import { RedisAlertStateStore } from '../../src/subscriptions/redis-alert-state-store.js';
import { connectRedis } from '../../src/subscriptions/redis-connections.js';
import { createRedisAlertPubSub } from '../../src/subscriptions/redis-pubsub.js';
import { receive, settle, type Received } from './support/collector.js';
import { useRedis } from './support/redis.js';

const redis = useRedis();

const T0 = '2025-03-01T12:00:00.000Z';
const T1 = '2025-03-01T12:10:00.000Z';
const T2 = '2025-03-01T12:20:00.000Z';

/** A deployment: the known states (shared when on Redis) and how to open another store on them. */
const implementations: [string, () => () => AlertStateStore][] = [
  [
    'in memory',
    () => {
      const store = new MemoryAlertStateStore();
      return () => store;
    },
  ],
  ['on Redis', () => () => new RedisAlertStateStore(redis.connect().commands, redis.keyPrefix)],
];

describe.each(implementations)('the alert state tracker %s', (_name, deploy) => {
  let pubsub: AlertPubSub;
  let customerId: string;
  let alertId: string;
  let received: Received;
  let tracker: AlertStateTracker;
  let openStore: () => AlertStateStore;

  const observation = (overrides: Partial<AlertObservation>): AlertObservation => ({
    customerId,
    alertId,
    status: 'ok',
    triggeredBy: null,
    changedAt: T0,
    observedAtMs: 1_000,
    source: 'poll',
    ...overrides,
  });
  const statuses = () => received.events.map((event) => [event.previousStatus ?? 'unknown', event.status]);

  const setUp = async () => {
    openStore = deploy();
    pubsub = createMemoryAlertPubSub();
    tracker = new AlertStateTracker(openStore(), pubsub);
    customerId = randomUUID();
    alertId = randomUUID();
    received = await receive(pubsub, customerId);
  };
  afterEach(async () => pubsub.close());

  test('publishes the first status it learns of an alert, with no previous status', async () => {
    await setUp();
    const event = await tracker.observe(observation({ status: 'ok' }));
    expect(event).toEqual({ customerId, alertId, status: 'ok', triggeredBy: null, changedAt: T0, source: 'poll' });
    expect(await received.first(1)).toEqual([event]);
  });

  test('publishes each change of status once, with the status before', async () => {
    await setUp();
    await tracker.observe(observation({ status: 'ok', observedAtMs: 1_000 }));
    const alarm = await tracker.observe(
      observation({ status: 'in_alarm', triggeredBy: 'usage', changedAt: T1, observedAtMs: 2_000, source: 'webhook', notificationId: 'n-1' }),
    );
    await tracker.observe(observation({ status: 'ok', changedAt: T2, observedAtMs: 3_000 }));
    await tracker.observe(observation({ status: 'evaluating', changedAt: T2, observedAtMs: 4_000 }));
    await tracker.observe(observation({ status: null, changedAt: T2, observedAtMs: 5_000 }));

    expect(alarm).toEqual({
      customerId,
      alertId,
      status: 'in_alarm',
      previousStatus: 'ok',
      triggeredBy: 'usage',
      changedAt: T1,
      source: 'webhook',
      notificationId: 'n-1',
    });
    await received.first(5);
    expect(statuses()).toEqual([
      ['unknown', 'ok'],
      ['ok', 'in_alarm'],
      ['in_alarm', 'ok'],
      ['ok', 'evaluating'],
      ['evaluating', null],
    ]);
  });

  test('publishes nothing when the status is the one known, whichever source saw it', async () => {
    await setUp();
    await tracker.observe(observation({ status: 'in_alarm', source: 'webhook', observedAtMs: 1_000 }));
    expect(await tracker.observe(observation({ status: 'in_alarm', source: 'poll', observedAtMs: 2_000 }))).toBeNull();
    expect(await tracker.observe(observation({ status: 'in_alarm', source: 'webhook', observedAtMs: 3_000 }))).toBeNull();
    await settle();
    expect(received.events).toHaveLength(1);
  });

  test('ignores a poll sent before the webhook that set the known status was received', async () => {
    await setUp();
    await tracker.observe(observation({ status: 'in_alarm', source: 'webhook', changedAt: T1, observedAtMs: 2_000 }));
    expect(await tracker.observe(observation({ status: 'ok', source: 'poll', changedAt: T0, observedAtMs: 1_500 }))).toBeNull();
    const back = await tracker.observe(observation({ status: 'ok', source: 'poll', changedAt: T2, observedAtMs: 2_500 }));
    expect(back?.previousStatus).toBe('in_alarm');
  });

  test('ignores a late redelivery of a notification that a later poll superseded', async () => {
    await setUp();
    await tracker.observe(observation({ status: 'in_alarm', source: 'webhook', changedAt: T1, observedAtMs: 1_000 }));
    await tracker.observe(observation({ status: 'ok', source: 'poll', changedAt: T2, observedAtMs: 2_000 }));
    expect(await tracker.observe(observation({ status: 'in_alarm', source: 'webhook', changedAt: T1, observedAtMs: 3_000 }))).toBeNull();
    await settle();
    expect(statuses()).toEqual([
      ['unknown', 'in_alarm'],
      ['in_alarm', 'ok'],
    ]);
  });

  test('trusts a newer poll over the known status even when Metronome dates its change earlier', async () => {
    await setUp();
    await tracker.observe(observation({ status: 'in_alarm', source: 'webhook', changedAt: T2, observedAtMs: 1_000 }));
    const event = await tracker.observe(observation({ status: 'ok', source: 'poll', changedAt: T1, observedAtMs: 2_000 }));
    expect(event?.status).toBe('ok');
  });

  test('keeps alerts and customers apart', async () => {
    await setUp();
    await tracker.observe(observation({ status: 'in_alarm' }));
    const otherAlert = await tracker.observe(observation({ alertId: randomUUID(), status: 'in_alarm' }));
    const otherCustomer = await tracker.observe(observation({ customerId: randomUUID(), status: 'in_alarm' }));
    expect(otherAlert?.previousStatus).toBeUndefined();
    expect(otherCustomer?.previousStatus).toBeUndefined();
  });

  test('publishes a change seen by two instances at once only once', async () => {
    await setUp();
    const other = new AlertStateTracker(openStore(), pubsub);
    await tracker.observe(observation({ status: 'ok', observedAtMs: 1_000 }));
    const seen = observation({ status: 'in_alarm', source: 'webhook', changedAt: T1, observedAtMs: 2_000 });

    const events = await Promise.all([tracker.observe(seen), other.observe(seen), tracker.observe({ ...seen, source: 'poll' })]);

    expect(events.filter((event) => event !== null)).toHaveLength(1);
    await settle();
    expect(statuses()).toEqual([
      ['unknown', 'ok'],
      ['ok', 'in_alarm'],
    ]);
  });

  test('forgets a change it could not publish, so the next observation of it is published', async () => {
    await setUp();
    const unreachable = connectRedis('redis://127.0.0.1:1');
    const failingPubSub = createRedisAlertPubSub({ publisher: unreachable.commands, subscriber: unreachable.subscriber });
    const failing = new AlertStateTracker(openStore(), failingPubSub);
    await tracker.observe(observation({ status: 'ok', observedAtMs: 1_000 }));

    const alarm = observation({ status: 'in_alarm', source: 'webhook', changedAt: T1, observedAtMs: 2_000 });
    await expect(failing.observe(alarm)).rejects.toThrow();
    const retried = await tracker.observe({ ...alarm, observedAtMs: 2_100 });

    expect(retried?.previousStatus).toBe('ok');
    await failingPubSub.close();
    unreachable.commands.disconnect();
    unreachable.subscriber.disconnect();
  });
});

describe('the alert state tracker on Redis', () => {
  test('keeps each known state under the key prefix, with a retention', async () => {
    const { commands } = redis.connect();
    const pubsub = createMemoryAlertPubSub();
    const tracker = new AlertStateTracker(new RedisAlertStateStore(commands, redis.keyPrefix, 60_000), pubsub);
    const [customerId, alertId] = [randomUUID(), randomUUID()];
    await tracker.observe({ customerId, alertId, status: 'in_alarm', triggeredBy: 'usage', changedAt: T1, observedAtMs: 7, source: 'webhook' });

    const key = `${redis.keyPrefix}alert-state:${customerId}:${alertId}`;
    expect(await commands.hgetall(key)).toEqual({ s: 'in_alarm', t: 'usage', c: String(Date.parse(T1)), o: '7', src: 'webhook' });
    expect(await commands.pttl(key)).toBeGreaterThan(50_000);
  });
});
