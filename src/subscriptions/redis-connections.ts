import { Redis } from 'ioredis';

/**
 * The two connections one gateway process keeps to Redis: `commands` for everything that answers (publishing,
 * notification dedupe, alert states, leases) and `subscriber`, which Redis dedicates to receiving pub/sub
 * messages once it subscribes.
 */
export interface RedisConnections {
  readonly commands: Redis;
  readonly subscriber: Redis;
  /** Closes both, waiting for replies already asked for. */
  close(): Promise<void>;
}

/**
 * Opens the connections to `url` (`redis://[:password@]host:port[/db]`). Both reconnect on their own.
 *
 * A command on `commands` fails after one reconnection attempt, so a caller (the webhook receiver) can answer
 * with an error while Redis is away. `subscriber` waits for Redis however long it takes: its (re)subscriptions
 * are fire-and-forget inside graphql-yoga's Redis event target, and must neither fail nor reject unobserved.
 * Subscribe on it only once it is `ready` (see `redis-pubsub.ts`).
 */
export function connectRedis(url: string): RedisConnections {
  const commands = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: false });
  // Without the INFO ready check, which Redis refuses once the connection is in subscriber mode (a SUBSCRIBE can
  // overtake it while connecting), and ioredis then treats as fatal and reconnects.
  const subscriber = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false, enableReadyCheck: false });
  // ioredis reports connection errors as events, and retries; without a listener each would be an uncaught error.
  commands.on('error', () => undefined);
  subscriber.on('error', () => undefined);
  return {
    commands,
    subscriber,
    async close() {
      await Promise.all([commands.quit().catch(() => commands.disconnect()), subscriber.quit().catch(() => subscriber.disconnect())]);
    },
  };
}
