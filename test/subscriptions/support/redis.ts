import { randomUUID } from 'node:crypto';
import { afterAll } from 'vitest';
import { connectRedis, type RedisConnections } from '../../../src/subscriptions/redis-connections.js';

/** The real Redis of this machine (`REDIS_URL` overrides). */
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestRedis {
  /** Unique to this test file's run: keys and channels under it belong to no one else. */
  readonly keyPrefix: string;
  /** New connections, as one gateway instance would open them; closed after the file. */
  connect(): RedisConnections;
  /** The keys under {@link keyPrefix} (without it), sorted. */
  keys(): Promise<string[]>;
}

/** Connections to the real Redis for one test file; every key it wrote is deleted after it. */
export function useRedis(): TestRedis {
  const keyPrefix = `metronome-graphql-test:${randomUUID()}:`;
  const opened: RedisConnections[] = [];
  const admin = () => opened[0] ?? connect();
  const connect = () => {
    const connections = connectRedis(REDIS_URL);
    opened.push(connections);
    return connections;
  };
  afterAll(async () => {
    const { commands } = admin();
    const keys = await commands.keys(`${keyPrefix}*`);
    if (keys.length) await commands.del(...keys);
    await Promise.all(opened.map((connections) => connections.close()));
  });
  return {
    keyPrefix,
    connect,
    async keys() {
      const keys = await admin().commands.keys(`${keyPrefix}*`);
      return keys.map((key) => key.slice(keyPrefix.length)).sort();
    },
  };
}
