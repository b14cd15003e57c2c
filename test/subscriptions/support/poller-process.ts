/**
 * A gateway instance's alert machinery in a process of its own, for tests that kill it. Environment: REDIS_URL,
 * KEY_PREFIX, METRONOME_URL, METRONOME_TOKEN, CUSTOMER_ID, INSTANCE_ID, POLL_INTERVAL_MS, LEASE_TTL_MS.
 * Subscribes to the customer (so its watcher polls it) and prints `polling <customerId>` once it holds the lease.
 */
import { BearerToken } from '../../../src/auth/credentials.js';
import { MetronomeClient } from '../../../src/metronome-client/client.js';
import { createAlertSubscriptions } from '../../../src/subscriptions/alert-subscriptions.js';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};
const customerId = env('CUSTOMER_ID');
const metronome = new MetronomeClient({ baseUrl: env('METRONOME_URL'), bearerToken: new BearerToken(env('METRONOME_TOKEN')) });
const alerts = createAlertSubscriptions({
  metronome,
  redisUrl: env('REDIS_URL'),
  keyPrefix: env('KEY_PREFIX'),
  instanceId: env('INSTANCE_ID'),
  pollIntervalMs: Number(env('POLL_INTERVAL_MS')),
  leaseTtlMs: Number(env('LEASE_TTL_MS')),
});
await alerts.pubsub.subscribe(customerId, () => undefined);
alerts.start();
const announce = setInterval(() => {
  if (alerts.watcher.polledCustomers().includes(customerId)) {
    process.stdout.write(`polling ${customerId}\n`);
    clearInterval(announce);
  }
}, 20);
