import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  MemoryNotificationLog,
  NOTIFICATION_RETENTION_MS,
  RedisNotificationLog,
  type NotificationLog,
} from '../../src/subscriptions/notification-log.js';
import { useRedis } from './support/redis.js';

const redis = useRedis();

/** Two views of one log, as two gateway instances would share it. */
const implementations: [string, () => [NotificationLog, NotificationLog]][] = [
  [
    'in memory',
    () => {
      const log = new MemoryNotificationLog();
      return [log, log];
    },
  ],
  [
    'on Redis',
    () => [
      new RedisNotificationLog(redis.connect().commands, redis.keyPrefix),
      new RedisNotificationLog(redis.connect().commands, redis.keyPrefix),
    ],
  ],
];

describe.each(implementations)('the notification log %s', (_name, open) => {
  test('lets exactly one of several deliveries of a notification claim it', async () => {
    const [a, b] = open();
    const id = randomUUID();
    const claims = await Promise.all([a.claim(id), b.claim(id), a.claim(id)]);
    expect(claims.filter(Boolean)).toEqual([true]);
  });

  test('lets a released notification be claimed again', async () => {
    const [a, b] = open();
    const id = randomUUID();
    await a.claim(id);
    await a.release(id);
    expect(await b.claim(id)).toBe(true);
  });

  test('keeps notifications apart by id', async () => {
    const [a] = open();
    expect([await a.claim(randomUUID()), await a.claim(randomUUID())]).toEqual([true, true]);
  });
});

describe('the notification log', () => {
  test('in memory forgets an id 72 hours after it was claimed', async () => {
    let now = Date.parse('2025-03-01T00:00:00Z');
    const log = new MemoryNotificationLog(NOTIFICATION_RETENTION_MS, () => now);
    await log.claim('n-1');
    now += NOTIFICATION_RETENTION_MS - 1;
    expect(await log.claim('n-1')).toBe(false);
    now += 1;
    expect(await log.claim('n-1')).toBe(true);
  });

  test('on Redis stores the id under the key prefix with a 72 hour expiry', async () => {
    const { commands } = redis.connect();
    const log = new RedisNotificationLog(commands, redis.keyPrefix);
    const id = randomUUID();
    await log.claim(id);
    const ttl = await commands.pttl(`${redis.keyPrefix}webhook-notification:${id}`);
    expect(ttl).toBeGreaterThan(NOTIFICATION_RETENTION_MS - 10_000);
    expect(ttl).toBeLessThanOrEqual(NOTIFICATION_RETENTION_MS);
  });

  test('on Redis forgets an id once its retention has passed', async () => {
    const log = new RedisNotificationLog(redis.connect().commands, redis.keyPrefix, 50);
    const id = randomUUID();
    await log.claim(id);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await log.claim(id)).toBe(true);
  });
});
