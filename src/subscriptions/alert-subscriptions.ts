import { randomUUID } from 'node:crypto';
import type { MetronomeApi } from '../metronome-client/client.js';
import { openCustomerAlertUpdates, type CustomerAlertUpdate } from './alert-event-stream.js';
import { AlertStateTracker, MemoryAlertStateStore } from './alert-state-tracker.js';
import { AlertWatcher, customerAlertsFetcher } from './alert-watcher.js';
import { MemoryLeases, RedisLeases } from './lease.js';
import { createMemoryAlertPubSub } from './memory-pubsub.js';
import { MemoryNotificationLog, RedisNotificationLog } from './notification-log.js';
import type { AlertPubSub } from './pubsub.js';
import { RedisAlertStateStore } from './redis-alert-state-store.js';
import { connectRedis, type RedisConnections } from './redis-connections.js';
import { createRedisAlertPubSub } from './redis-pubsub.js';
import { createWebhookReceiver, type WebhookHandler } from './webhook-receiver.js';

export interface AlertSubscriptionsOptions {
  /** The process-wide Metronome API: the watcher polls and subscriptions take their snapshots through it. */
  metronome: MetronomeApi;
  /** Upstream calls the resolution of one subscription event may have in flight (`UPSTREAM_CONCURRENCY`). @default 16 */
  upstreamConcurrency?: number;
  /**
   * `METRONOME_WEBHOOK_SECRET`. Without it there is no webhook receiver, and polling alone keeps subscriptions
   * correct (only slower to see moves into alarm).
   */
  webhookSecret?: string;
  /**
   * `REDIS_URL`: events, notification dedupe, alert states and polling leases are shared by every instance on
   * this Redis. Without it, everything stays in this process (one instance).
   */
  redisUrl?: string;
  /** Prefix of every Redis key and channel; instances of one deployment share it. @default 'metronome-graphql:' */
  keyPrefix?: string;
  /** Time between polling rounds. @default 5000 */
  pollIntervalMs?: number;
  /** Customers polled at once. @default 8 */
  pollConcurrency?: number;
  /** The longest a customer whose polls fail waits. @default 60000 */
  pollMaxBackoffMs?: number;
  /** How long a dead instance's polling lease outlives it. @default 3 × pollIntervalMs, at least 5000 */
  leaseTtlMs?: number;
  /** Names this instance as a lease holder. @default a random UUID */
  instanceId?: string;
  /** Told of failures the machinery recovers from (upstream errors while polling, Redis hiccups). */
  onError?: (error: unknown) => void;
}

/**
 * Live customer alert status for one gateway process: the pub/sub, the webhook receiver that publishes what
 * Metronome announces, the watcher that polls customers with subscribers for every other transition, and the
 * per-subscription streams. Built by {@link createAlertSubscriptions}; `start()` starts polling, `stop()` ends
 * everything (subscriptions included) and closes Redis.
 */
export interface AlertSubscriptions {
  /** The process-wide Metronome API; each subscription event is resolved through a fresh per-event layer over it. */
  readonly metronome: MetronomeApi;
  readonly upstreamConcurrency: number;
  readonly pubsub: AlertPubSub;
  readonly watcher: AlertWatcher;
  /** The handler for `POST /webhooks/metronome`; absent without a webhook secret. */
  readonly receiveWebhook: WebhookHandler | undefined;
  /** The updates of one subscription (see `openCustomerAlertUpdates`): current state first, then transitions. */
  updates(customerId: string, alertId?: string): Promise<AsyncIterableIterator<CustomerAlertUpdate>>;
  start(): void;
  stop(): Promise<void>;
}

export function createAlertSubscriptions(options: AlertSubscriptionsOptions): AlertSubscriptions {
  const keyPrefix = options.keyPrefix ?? 'metronome-graphql:';
  const pollIntervalMs = options.pollIntervalMs ?? 5_000;
  const leaseTtlMs = options.leaseTtlMs ?? Math.max(3 * pollIntervalMs, 5_000);
  const instanceId = options.instanceId ?? randomUUID();
  const redis: RedisConnections | undefined = options.redisUrl ? connectRedis(options.redisUrl) : undefined;

  const pubsub = redis
    ? createRedisAlertPubSub({ publisher: redis.commands, subscriber: redis.subscriber, keyPrefix })
    : createMemoryAlertPubSub();
  const tracker = new AlertStateTracker(
    redis ? new RedisAlertStateStore(redis.commands, keyPrefix) : new MemoryAlertStateStore(),
    pubsub,
  );
  const leases = redis ? new RedisLeases(redis.commands, keyPrefix, instanceId, leaseTtlMs) : new MemoryLeases(instanceId, leaseTtlMs);
  const fetchCustomerAlerts = customerAlertsFetcher(options.metronome);
  const watcher = new AlertWatcher({
    customers: () => pubsub.subscribedCustomers(),
    fetchCustomerAlerts,
    tracker,
    leases,
    intervalMs: pollIntervalMs,
    ...(options.pollConcurrency !== undefined ? { concurrency: options.pollConcurrency } : {}),
    ...(options.pollMaxBackoffMs !== undefined ? { maxBackoffMs: options.pollMaxBackoffMs } : {}),
    ...(options.onError ? { onError: (error: unknown) => options.onError!(error) } : {}),
  });
  const receiveWebhook = options.webhookSecret
    ? createWebhookReceiver({
        secret: options.webhookSecret,
        notifications: redis ? new RedisNotificationLog(redis.commands, keyPrefix) : new MemoryNotificationLog(),
        alerts: tracker,
      })
    : undefined;

  return {
    metronome: options.metronome,
    upstreamConcurrency: options.upstreamConcurrency ?? 16,
    pubsub,
    watcher,
    receiveWebhook,
    updates(customerId, alertId) {
      return openCustomerAlertUpdates({
        pubsub,
        customerId,
        ...(alertId !== undefined ? { alertId } : {}),
        snapshot: async () =>
          alertId === undefined
            ? fetchCustomerAlerts(customerId)
            : [(await options.metronome.customerAlerts.retrieve({ customer_id: customerId, alert_id: alertId })).data],
      });
    },
    start() {
      watcher.start();
    },
    async stop() {
      await watcher.stop();
      await pubsub.close();
      await redis?.close();
    },
  };
}
