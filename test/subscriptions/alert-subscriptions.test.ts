import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { WebhookHandler } from '../../src/subscriptions/webhook-receiver.js';
import { useLocalMetronome } from '../support/local-metronome.js';
import { usageAlertScenario } from './support/alert-scenario.js';
import { eventually, nothingMore, read } from './support/collector.js';
import { useAlertInstances } from './support/instances.js';
import { REDIS_URL, useRedis } from './support/redis.js';
import { serveWebhooks, signedHeaders } from './support/webhooks.js';

const server = useLocalMetronome();
const redis = useRedis();
const instance = useAlertInstances(() => server.local);

/** The instance the Local Metronome's webhooks reach (one load-balanced URL, one instance behind it per test). */
let webhookTarget: WebhookHandler | undefined;
const webhooks = serveWebhooks(() => webhookTarget ?? (async () => ({ status: 503, body: { message: 'no instance' } })));

const NO_POLLING = { pollIntervalMs: 60_000 };
const FAST_POLLING = { pollIntervalMs: 50 };

beforeEach(async () => {
  await server.local.reset();
  await server.api('DELETE', '/_local/webhooks');
  await server.api('POST', '/_local/webhooks', { body: { url: webhooks.url() } });
  webhookTarget = undefined;
});

/** The body of the first notification the Local Metronome delivered, once it has, exactly as it was sent. */
async function firstDeliveredNotification(): Promise<string> {
  const deadline = Date.now() + 2_000;
  for (;;) {
    const { body } = await server.api('GET', '/_local/webhooks/deliveries');
    const delivered = body.data.find((d: any) => d.delivered_at !== null);
    if (delivered) return JSON.stringify(delivered.notification);
    if (Date.now() > deadline) throw new Error('No notification was delivered');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('live customer alert status', () => {
  test('a webhook received by one instance reaches a subscriber on another instance sharing Redis within a second', async () => {
    const scenario = await usageAlertScenario(server.api);
    const receiving = instance({ redisUrl: REDIS_URL, keyPrefix: redis.keyPrefix, ...NO_POLLING });
    const subscribed = instance({ redisUrl: REDIS_URL, keyPrefix: redis.keyPrefix, ...NO_POLLING });
    webhookTarget = receiving.alerts.receiveWebhook;
    const updates = await subscribed.alerts.updates(scenario.customerId);
    expect((await read(updates, 1)).map((u) => [u.source, u.status])).toEqual([['snapshot', 'ok']]);

    const crossedAt = Date.now();
    await scenario.cross();
    const [alarm] = await read(updates, 1, 1_000);

    expect(Date.now() - crossedAt).toBeLessThan(1_000);
    expect(alarm).toEqual({
      customerId: scenario.customerId,
      alertId: scenario.alertId,
      status: 'in_alarm',
      triggeredBy: 'usage',
      changedAt: '2025-01-10T00:00:00.000Z',
      source: 'webhook',
      notificationId: expect.any(String),
    });
  });

  test('the transition back to ok arrives through polling', async () => {
    const scenario = await usageAlertScenario(server.api);
    const gateway = instance(FAST_POLLING);
    webhookTarget = gateway.alerts.receiveWebhook;
    gateway.alerts.start();
    const updates = await gateway.alerts.updates(scenario.customerId);
    await read(updates, 1);
    await scenario.cross();
    await read(updates, 1);

    await scenario.clear();
    const [back] = await read(updates, 1, 2_000);

    expect(back).toMatchObject({ status: 'ok', previousStatus: 'in_alarm', triggeredBy: null, source: 'poll', changedAt: '2025-02-01T00:00:00.000Z' });
    expect(back!.customerAlert).toMatchObject({ customer_status: 'ok', alert: { id: scenario.alertId, name: '3 calls' } });
  });

  test('polling alone sees every transition when no webhook arrives', async () => {
    await server.api('DELETE', '/_local/webhooks');
    const scenario = await usageAlertScenario(server.api);
    const gateway = instance({ ...FAST_POLLING, webhookSecret: undefined });
    gateway.alerts.start();
    const updates = await gateway.alerts.updates(scenario.customerId);
    await read(updates, 1);

    await scenario.cross();
    await scenario.fixtures.expectStatus(scenario.customerId, scenario.alertId, 'in_alarm');
    const [alarm] = await read(updates, 1);
    await scenario.clear();
    const [back] = await read(updates, 1);

    expect([alarm, back].map((u) => [u!.source, u!.status])).toEqual([
      ['poll', 'in_alarm'],
      ['poll', 'ok'],
    ]);
    expect(gateway.alerts.receiveWebhook).toBeUndefined();
  });

  test('a subscriber that reconnects gets the current state first', async () => {
    const scenario = await usageAlertScenario(server.api);
    const gateway = instance(NO_POLLING);
    webhookTarget = gateway.alerts.receiveWebhook;
    const first = await gateway.alerts.updates(scenario.customerId);
    await read(first, 1);
    await first.return!();

    await scenario.cross();
    await scenario.fixtures.expectStatus(scenario.customerId, scenario.alertId, 'in_alarm');
    const again = await gateway.alerts.updates(scenario.customerId);

    expect((await read(again, 1)).map((u) => [u.source, u.status, u.triggeredBy])).toEqual([['snapshot', 'in_alarm', 'usage']]);
  });

  test('a delivery with a bad or stale signature is rejected and publishes nothing', async () => {
    const scenario = await usageAlertScenario(server.api);
    const gateway = instance(NO_POLLING);
    webhookTarget = gateway.alerts.receiveWebhook;
    const updates = await gateway.alerts.updates(scenario.customerId);
    await read(updates, 1);
    const forged = JSON.stringify({
      id: randomUUID(),
      type: 'alerts.usage_threshold_reached',
      properties: { customer_id: scenario.customerId, alert_id: scenario.alertId, triggered_by: 'usage', timestamp: '2025-01-10T00:00:00.000Z' },
    });

    const wrongSecret = await fetch(webhooks.url(), { method: 'POST', headers: signedHeaders(forged, new Date(), 'guessed'), body: forged });
    const stale = await fetch(webhooks.url(), {
      method: 'POST',
      headers: signedHeaders(forged, new Date(Date.now() - 10 * 60_000), server.local.webhookSecret),
      body: forged,
    });

    expect([wrongSecret.status, stale.status]).toEqual([401, 401]);
    expect(await nothingMore(updates, 300)).toBe(true);
  });

  test('a notification delivered again, to either instance, publishes once', async () => {
    const scenario = await usageAlertScenario(server.api);
    const [a, b] = [
      instance({ redisUrl: REDIS_URL, keyPrefix: redis.keyPrefix, ...NO_POLLING }),
      instance({ redisUrl: REDIS_URL, keyPrefix: redis.keyPrefix, ...NO_POLLING }),
    ];
    webhookTarget = a.alerts.receiveWebhook;
    const updates = await b.alerts.updates(scenario.customerId);
    await read(updates, 1);
    await scenario.cross();
    await read(updates, 1);
    const notification = await firstDeliveredNotification();

    const again = await Promise.all(
      [a, b].map((target) => target.alerts.receiveWebhook!(notification, signedHeaders(notification, new Date(), server.local.webhookSecret))),
    );

    expect(again.map((answer) => answer.body)).toEqual([
      { received: true, duplicate: true },
      { received: true, duplicate: true },
    ]);
    expect(await nothingMore(updates, 300)).toBe(true);
  });

  describe('with two instances sharing Redis', () => {
    let child: ChildProcess | undefined;
    afterEach(() => {
      child?.kill('SIGKILL');
      child = undefined;
    });

    test('only one polls a customer, and when it is killed another takes its lease over and sees the transitions', async () => {
      const scenario = await usageAlertScenario(server.api);
      await server.api('DELETE', '/_local/webhooks');
      const leaseKey = `${redis.keyPrefix}lease:alert-poll:${scenario.customerId}`;
      child = spawn(process.execPath, ['--import', 'tsx', 'test/subscriptions/support/poller-process.ts'], {
        env: {
          ...process.env,
          REDIS_URL,
          KEY_PREFIX: redis.keyPrefix,
          METRONOME_URL: server.local.url,
          METRONOME_TOKEN: server.local.bearerToken,
          CUSTOMER_ID: scenario.customerId,
          INSTANCE_ID: 'killed-instance',
          POLL_INTERVAL_MS: '100',
          LEASE_TTL_MS: '600',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve, reject) => {
        child!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes(`polling ${scenario.customerId}`) && resolve());
        child!.once('exit', (code) => reject(new Error(`the poller process exited with ${code}`)));
      });
      const survivor = instance({ redisUrl: REDIS_URL, keyPrefix: redis.keyPrefix, pollIntervalMs: 100, leaseTtlMs: 600, instanceId: 'surviving-instance' });
      const updates = await survivor.alerts.updates(scenario.customerId);
      await read(updates, 1);
      survivor.alerts.start();
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(survivor.alerts.watcher.polledCustomers()).toEqual([]);
      const { commands } = redis.connect();
      expect(await commands.get(leaseKey)).toBe('killed-instance');

      child.kill('SIGKILL');
      const killedAt = Date.now();
      await eventually(() => survivor.alerts.watcher.polledCustomers().includes(scenario.customerId), 3_000, 'the lease to move');

      expect(Date.now() - killedAt).toBeLessThan(600 + 2 * 100 + 300);
      expect(await commands.get(leaseKey)).toBe('surviving-instance');
      await scenario.cross();
      const [alarm] = await read(updates, 1, 2_000);
      expect([alarm!.source, alarm!.status]).toEqual(['poll', 'in_alarm']);
    });
  });
});
