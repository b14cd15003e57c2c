import { once } from 'node:events';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { Redis } from 'ioredis';
import type { AlertPubSub } from './pubsub.js';
import { YogaAlertPubSub } from './yoga-pubsub.js';

export interface RedisAlertPubSubOptions {
  /** Publishes (and may run other commands): e.g. `RedisConnections.commands`. */
  publisher: Redis;
  /** Dedicated to receiving messages: e.g. `RedisConnections.subscriber`. */
  subscriber: Redis;
  /**
   * Prepended to every channel name; instances that should see each other's events use the same one.
   * @default 'metronome-graphql:'
   */
  keyPrefix?: string;
  /**
   * How long a subscription waits for the subscriber connection to (re)connect before it fails (it fails sooner
   * when the connection reports an error). @default 5000
   */
  readyTimeoutMs?: number;
}

/**
 * Alert events shared by every gateway process on one Redis: graphql-yoga's `createPubSub` over
 * `createRedisEventTarget`, one Redis channel per customer (`<prefix>customer-alert:<customerId>`). The caller owns
 * the connections and closes them after `close()`.
 */
export function createRedisAlertPubSub(options: RedisAlertPubSubOptions): AlertPubSub {
  const { publisher, subscriber } = options;
  const eventTarget = createRedisEventTarget({ publishClient: publisher, subscribeClient: subscriber });
  return new YogaAlertPubSub(
    {
      eventTarget,
      // ioredis sends a SUBSCRIBE issued while it is still connecting ahead of its own handshake, which then fails
      // in subscriber mode and reconnects without the subscription; so nothing subscribes until it is ready. A
      // subscription fails at the connection's next error, or after `readyTimeoutMs`, rather than wait for Redis.
      ready: async () => {
        if (subscriber.status === 'ready') return;
        await once(subscriber, 'ready', { signal: AbortSignal.timeout(options.readyTimeoutMs ?? 5_000) });
      },
      // The event target subscribes without waiting; subscribing again to the same channel changes nothing but
      // answers after the first, in order on the same connection, so it says when messages start arriving.
      subscribed: async (topic) => {
        await subscriber.subscribe(topic);
      },
      // Sent directly rather than through the event target, which would drop the reply and any failure with it.
      send: async (topic, event) => {
        await publisher.publish(topic, JSON.stringify(event));
      },
    },
    `${options.keyPrefix ?? 'metronome-graphql:'}customer-alert`,
  );
}
