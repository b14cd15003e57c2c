import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { MemoryLeases, RedisLeases, type Leases } from '../../src/subscriptions/lease.js';
import { useRedis } from './support/redis.js';

const redis = useRedis();
const TTL_MS = 150;

/** Holders competing for the same leases, as gateway instances do. */
const implementations: [string, () => (holderId: string) => Leases][] = [
  [
    'in memory',
    () => {
      const shared = new Map();
      return (holderId) => new MemoryLeases(holderId, TTL_MS, shared);
    },
  ],
  ['on Redis', () => (holderId) => new RedisLeases(redis.connect().commands, redis.keyPrefix, holderId, TTL_MS)],
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(implementations)('leases %s', (_name, deploy) => {
  test('are held by one holder at a time', async () => {
    const holder = deploy();
    const [a, b] = [holder('instance-a'), holder('instance-b')];
    const name = `alert-poll:${randomUUID()}`;
    const [aHolds, bHolds] = await Promise.all([a.acquire(name), b.acquire(name)]);
    expect([aHolds, bHolds].filter(Boolean)).toEqual([true]);
    expect(await (aHolds ? b : a).acquire(name)).toBe(false);
  });

  test('are renewed by their holder, and stay held past the TTL while renewed', async () => {
    const holder = deploy();
    const [a, b] = [holder('instance-a'), holder('instance-b')];
    const name = `alert-poll:${randomUUID()}`;
    await a.acquire(name);
    for (let i = 0; i < 4; i++) {
      await sleep(TTL_MS / 3);
      expect(await a.acquire(name)).toBe(true);
    }
    expect(await b.acquire(name)).toBe(false);
  });

  test('are taken over by another holder once the holder stops renewing (dies) and the TTL passes', async () => {
    const holder = deploy();
    const [dead, survivor] = [holder('instance-a'), holder('instance-b')];
    const name = `alert-poll:${randomUUID()}`;
    await dead.acquire(name);
    expect(await survivor.acquire(name)).toBe(false);
    await sleep(TTL_MS + 50);
    expect(await survivor.acquire(name)).toBe(true);
    expect(await dead.acquire(name)).toBe(false);
  });

  test('pass to another holder at once when released', async () => {
    const holder = deploy();
    const [a, b] = [holder('instance-a'), holder('instance-b')];
    const name = `alert-poll:${randomUUID()}`;
    await a.acquire(name);
    await a.release(name);
    expect(await b.acquire(name)).toBe(true);
  });

  test('cannot be released by a holder that does not hold them', async () => {
    const holder = deploy();
    const [a, b] = [holder('instance-a'), holder('instance-b')];
    const name = `alert-poll:${randomUUID()}`;
    await a.acquire(name);
    await b.release(name);
    expect(await b.acquire(name)).toBe(false);
  });

  test('are independent of each other by name', async () => {
    const holder = deploy();
    const [a, b] = [holder('instance-a'), holder('instance-b')];
    expect(await a.acquire(`alert-poll:${randomUUID()}`)).toBe(true);
    expect(await b.acquire(`alert-poll:${randomUUID()}`)).toBe(true);
  });
});

describe('leases on Redis', () => {
  test('store the holder id under the key prefix, expiring with the lease', async () => {
    const { commands } = redis.connect();
    const leases = new RedisLeases(commands, redis.keyPrefix, 'instance-a', 10_000);
    const name = `alert-poll:${randomUUID()}`;
    await leases.acquire(name);
    expect(await commands.get(`${redis.keyPrefix}lease:${name}`)).toBe('instance-a');
    const ttl = await commands.pttl(`${redis.keyPrefix}lease:${name}`);
    expect(ttl).toBeGreaterThan(9_000);
    expect(ttl).toBeLessThanOrEqual(10_000);
  });
});
