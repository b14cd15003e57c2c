import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Metronome from '@metronome/sdk';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLocalMetronome, type LocalMetronome } from '../../src/local-metronome/server.js';
import { DEFAULT_RETRY_POLICY, retryDelayMs } from '../../src/local-metronome/webhooks/delivery.js';
import { webhookSignature } from '../../src/local-metronome/webhooks/signature.js';
import { alertFixtures, UUID } from '../support/alert-fixtures.js';
import { apiClient, useLocalMetronome } from '../support/local-metronome.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

const SECRET = 'whsec-test-secret';
const STARTUP_URL = 'http://127.0.0.1:9/configured-at-start-up';

const server = useLocalMetronome({ webhookSecret: SECRET });
const api = (...args: Parameters<typeof server.api>) => server.api(...args);
const { ok, freezeClock, createCustomer, createAlert, expectStatus, settleDeliveries } = alertFixtures(api);
const metronome = new Metronome({ bearerToken: 'not-used', webhookSecret: SECRET });

const receiver = new WebhookReceiver();
beforeAll(async () => {
  await receiver.start();
});
afterAll(async () => {
  await receiver.stop();
});

beforeEach(async () => {
  await server.local.reset();
  await ok('DELETE', '/_local/webhooks');
  receiver.clear();
  await freezeClock('2025-01-10T00:00:00Z');
});

afterEach(async () => {
  await settleDeliveries();
});

/** A customer without credits and an alert on it: in alarm, and so notified, as soon as it is evaluated. */
async function triggerNotification(name = 'Acme') {
  const customerId = await createCustomer(name);
  const alertId = await createAlert({ alert_type: 'low_credit_balance_reached', name: 'No credits', threshold: 0, customer_id: customerId });
  await expectStatus(customerId, alertId, 'in_alarm');
  return { customerId, alertId };
}

describe('signing', () => {
  it("signs every notification so that @metronome/sdk's webhooks.unwrap verifies and parses it", async () => {
    await ok('POST', '/_local/webhooks', { url: receiver.url });
    const { customerId, alertId } = await triggerNotification();
    const [request] = await receiver.waitForRequests(1);
    const notification = metronome.webhooks.unwrap(request!.rawBody, request!.headers as Record<string, string>) as any;
    expect(notification.id).toMatch(UUID);
    expect(notification).toEqual({
      id: notification.id,
      type: 'alerts.low_credit_balance_reached',
      properties: {
        customer_id: customerId,
        alert_id: alertId,
        alert_name: 'No credits',
        threshold: 0,
        credit_type_id: '2714e483-4ff1-48e4-9e25-ac732e8f24f2',
        remaining_balance: 0,
        triggered_by: 'alert_created',
        timestamp: '2025-01-10T00:00:00.000Z',
      },
    });
  });

  it('dates each request with the real time, as an HTTP date, and signs that date with the body', async () => {
    await ok('POST', '/_local/webhooks', { url: receiver.url });
    await triggerNotification();
    const [request] = await receiver.waitForRequests(1);
    const date = request!.headers['x-metronome-date'] as string;
    expect(date).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(Math.abs(Date.parse(date) - Date.now())).toBeLessThan(60_000);
    expect(request!.headers['metronome-webhook-signature']).toBe(webhookSignature(request!.rawBody, date, SECRET));
    expect(request!.headers['content-type']).toBe('application/json');
  });

  it('is rejected by webhooks.unwrap when the body was altered or the secret differs', async () => {
    await ok('POST', '/_local/webhooks', { url: receiver.url });
    await triggerNotification();
    const [request] = await receiver.waitForRequests(1);
    const headers = request!.headers as Record<string, string>;
    expect(() => metronome.webhooks.unwrap(request!.rawBody.replace('"threshold":0', '"threshold":1'), headers)).toThrow(
      'The given webhook signature does not match the expected signature',
    );
    expect(() => metronome.webhooks.unwrap(request!.rawBody, headers, 'another-secret')).toThrow(
      'The given webhook signature does not match the expected signature',
    );
  });
});

describe('at-least-once delivery', () => {
  it('retries a receiver that answers 500, with the same notification id and body, until it answers 200', async () => {
    await ok('POST', '/_local/webhooks', { url: receiver.url });
    receiver.answerWith(500);
    await triggerNotification();
    const [failed, delivered] = await receiver.waitForRequests(2, 5_000);
    expect(failed!.answeredWith).toBe(500);
    expect(delivered!.answeredWith).toBe(200);
    expect(delivered!.rawBody).toBe(failed!.rawBody);
    const first = metronome.webhooks.unwrap(failed!.rawBody, failed!.headers as Record<string, string>) as { id: string };
    const second = metronome.webhooks.unwrap(delivered!.rawBody, delivered!.headers as Record<string, string>) as { id: string };
    expect(second.id).toBe(first.id);

    const [delivery] = (await settleDeliveries()) as any[];
    expect(delivery).toMatchObject({ url: receiver.url, attempts: 2, last_status: 200, last_error: null, abandoned_at: null, next_attempt_at: null });
    expect(delivery.notification.id).toBe(first.id);
    expect(Date.parse(delivery.delivered_at) - Date.parse(delivery.first_attempt_at)).toBeGreaterThanOrEqual(
      DEFAULT_RETRY_POLICY.initialDelayMs * (1 - DEFAULT_RETRY_POLICY.jitter),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.received).toHaveLength(2);
  });

  it('retries a receiver that cannot be reached until it can be', async () => {
    const lateReceiver = await new WebhookReceiver().start();
    const port = new URL(lateReceiver.url).port;
    await lateReceiver.stop();
    await ok('POST', '/_local/webhooks', { url: lateReceiver.url });
    await triggerNotification();

    let pending: any;
    for (const deadline = Date.now() + 3_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 20))) {
      [pending] = (await ok('GET', '/_local/webhooks/deliveries')).data;
      if (pending?.attempts >= 1) break;
    }
    expect(pending).toMatchObject({ attempts: 1, last_status: null, delivered_at: null, abandoned_at: null });
    expect(pending.last_error).toMatch(/fetch failed/);

    await lateReceiver.start(Number(port));
    try {
      const [request] = await lateReceiver.waitForRequests(1, 5_000);
      expect((metronome.webhooks.unwrap(request!.rawBody, request!.headers as Record<string, string>) as { id: string }).id).toBe(
        pending.notification.id,
      );
    } finally {
      await lateReceiver.stop();
    }
  });

  it('delivers one notification to every configured URL, with the same id', async () => {
    const second = await new WebhookReceiver().start();
    try {
      await ok('POST', '/_local/webhooks', { url: receiver.url });
      await ok('POST', '/_local/webhooks', { url: second.url });
      await triggerNotification();
      const [atFirst] = await receiver.waitForRequests(1);
      const [atSecond] = await second.waitForRequests(1);
      expect(JSON.parse(atSecond!.rawBody).id).toBe(JSON.parse(atFirst!.rawBody).id);
    } finally {
      await second.stop();
    }
  });

  it('records a notification without deliveries when no webhook URL is configured', async () => {
    await triggerNotification();
    expect((await ok('GET', '/_local/webhooks/deliveries')).data).toEqual([]);
    expect(receiver.received).toHaveLength(0);
  });
});

describe('retry policy', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, jitter: 0 };

  it('doubles the gap after each failure, from one second up to fifteen minutes', () => {
    expect([1, 2, 3, 4, 10, 11, 30].map((failures) => retryDelayMs(policy, failures))).toEqual([
      1_000, 2_000, 4_000, 8_000, 512_000, 900_000, 900_000,
    ]);
  });

  it('moves each gap by at most the jitter fraction', () => {
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 3, () => 0)).toBe(3_200);
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 3, () => 1)).toBe(4_800);
  });
});

describe('pending deliveries across a restart', () => {
  let directory: string;
  let running: LocalMetronome | undefined;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'local-metronome-webhooks-'));
  });
  afterEach(async () => {
    await running?.stop();
    running = undefined;
    rmSync(directory, { recursive: true, force: true });
  });

  it('resumes a delivery left pending by a stopped Local Metronome on the same database file, with the same id', async () => {
    const dbPath = join(directory, 'local-metronome.db');
    const flaky = await new WebhookReceiver().start();
    try {
      flaky.answerWith(503);
      running = await createLocalMetronome({ dbPath, webhookSecret: SECRET, webhookUrls: [flaky.url] });
      await running.start(0);
      const first = alertFixtures(apiClient(() => running!.url, () => running!.bearerToken));
      await first.freezeClock('2025-01-10T00:00:00Z');
      const customerId = await first.createCustomer('Acme');
      const alertId = await first.createAlert({ alert_type: 'low_credit_balance_reached', name: 'No credits', threshold: 0, customer_id: customerId });
      await first.expectStatus(customerId, alertId, 'in_alarm');
      const [refused] = await flaky.waitForRequests(1);
      expect(refused!.answeredWith).toBe(503);
      await running.stop();
      running = undefined;

      running = await createLocalMetronome({ dbPath, webhookSecret: SECRET });
      await running.start(0);
      const [, delivered] = await flaky.waitForRequests(2, 5_000);
      expect(delivered!.answeredWith).toBe(200);
      const id = (body: string) => (JSON.parse(body) as { id: string }).id;
      expect(id(delivered!.rawBody)).toBe(id(refused!.rawBody));
      expect(metronome.webhooks.unwrap(delivered!.rawBody, delivered!.headers as Record<string, string>)).toEqual(JSON.parse(refused!.rawBody));
    } finally {
      await flaky.stop();
    }
  });
});

describe('/_local/webhooks', () => {
  it('lists the URLs configured at start-up', async () => {
    const fresh = await createLocalMetronome({ webhookUrls: [STARTUP_URL] });
    try {
      await fresh.start(0);
      const response = await apiClient(() => fresh.url, () => fresh.bearerToken)('GET', '/_local/webhooks');
      expect(response.body).toEqual({ urls: [STARTUP_URL] });
    } finally {
      await fresh.stop();
    }
  });

  it('adds URLs, once each, and removes one or all of them', async () => {
    expect(await ok('POST', '/_local/webhooks', { url: 'http://127.0.0.1:1/a' })).toEqual({ urls: ['http://127.0.0.1:1/a'] });
    await ok('POST', '/_local/webhooks', { url: 'http://127.0.0.1:1/b' });
    expect(await ok('POST', '/_local/webhooks', { url: 'http://127.0.0.1:1/a' })).toEqual({ urls: ['http://127.0.0.1:1/a', 'http://127.0.0.1:1/b'] });
    const removed = await api('DELETE', '/_local/webhooks', { body: { url: 'http://127.0.0.1:1/a' } });
    expect(removed.body).toEqual({ urls: ['http://127.0.0.1:1/b'] });
    expect((await api('DELETE', '/_local/webhooks')).body).toEqual({ urls: [] });
    expect(await ok('GET', '/_local/webhooks')).toEqual({ urls: [] });
  });

  it('answers 400 for a URL that is not absolute http(s), and without a url', async () => {
    const relative = await api('POST', '/_local/webhooks', { body: { url: '/relative' } });
    expect([relative.status, relative.body]).toEqual([400, { message: 'url must be an absolute http or https URL: /relative' }]);
    const ftp = await api('POST', '/_local/webhooks', { body: { url: 'ftp://example.com/hook' } });
    expect([ftp.status, ftp.body]).toEqual([400, { message: 'url must be an absolute http or https URL: ftp://example.com/hook' }]);
    const missing = await api('POST', '/_local/webhooks', { body: {} });
    expect([missing.status, missing.body]).toEqual([400, { message: 'url is required' }]);
  });

  it('takes the same bearer token as the API', async () => {
    expect((await api('GET', '/_local/webhooks', { token: null })).status).toBe(401);
  });
});
