import type { CustomerAlert } from '@metronome/sdk/resources/v1/customers/alerts';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { MetronomeRateLimitError, MetronomeServerError } from '../../src/metronome-client/errors.js';
import { AlertStateTracker, MemoryAlertStateStore } from '../../src/subscriptions/alert-state-tracker.js';
import { AlertWatcher, type AlertWatcherOptions } from '../../src/subscriptions/alert-watcher.js';
import { MemoryLeases } from '../../src/subscriptions/lease.js';
import { createMemoryAlertPubSub } from '../../src/subscriptions/memory-pubsub.js';
import type { AlertPubSub, CustomerAlertStatus } from '../../src/subscriptions/pubsub.js';
import { eventually, receive, settle, type Received } from './support/collector.js';

const INTERVAL_MS = 1_000;

/**
 * The upstream as the watcher sees it: each customer's alerts with their statuses, as `customer-alerts/list`
 * would serve them, and a record of which customers were asked for. A customer can be made to fail.
 */
class ScriptedUpstream {
  readonly calls: string[] = [];
  private readonly alerts = new Map<string, CustomerAlert[]>();
  private readonly failures = new Map<string, Error>();

  set(customerId: string, alertId: string, status: CustomerAlertStatus, updatedAt: string, triggeredBy: string | null = null): void {
    const list = (this.alerts.get(customerId) ?? []).filter((a) => a.alert.id !== alertId);
    list.push({
      customer_status: status,
      triggered_by: triggeredBy,
      alert: { id: alertId, name: 'Spend', status: status === null ? 'archived' : 'enabled', threshold: 100, type: 'spend_threshold_reached', updated_at: updatedAt },
    });
    this.alerts.set(customerId, list);
  }

  fail(customerId: string, error: Error | undefined): void {
    if (error) this.failures.set(customerId, error);
    else this.failures.delete(customerId);
  }

  fetch = async (customerId: string): Promise<CustomerAlert[]> => {
    this.calls.push(customerId);
    const failure = this.failures.get(customerId);
    if (failure) throw failure;
    return structuredClone(this.alerts.get(customerId) ?? []);
  };

  callsFor(customerId: string): number {
    return this.calls.filter((id) => id === customerId).length;
  }
}

const serverError = () =>
  new MetronomeServerError('POST /v1/customer-alerts/list', { status: 503, upstreamMessage: 'unavailable', requestId: undefined, headers: {}, retryAfterMs: undefined });
const rateLimited = (retryAfterMs: number) =>
  new MetronomeRateLimitError('POST /v1/customer-alerts/list', { status: 429, upstreamMessage: 'slow down', requestId: undefined, headers: {}, retryAfterMs });

let now: number;
let upstream: ScriptedUpstream;
let pubsub: AlertPubSub;
let tracker: AlertStateTracker;
let leases: Map<string, { holderId: string; expiresAtMs: number }>;
let errors: [unknown, string | undefined][];
let watched: Set<string>;
const watchers: AlertWatcher[] = [];

function watcher(holderId = 'instance-a', overrides: Partial<AlertWatcherOptions> = {}): AlertWatcher {
  const created = new AlertWatcher({
    customers: () => [...watched],
    fetchCustomerAlerts: upstream.fetch,
    tracker,
    leases: new MemoryLeases(holderId, 3 * INTERVAL_MS, leases, () => now),
    intervalMs: INTERVAL_MS,
    maxBackoffMs: 8 * INTERVAL_MS,
    onError: (error, customerId) => errors.push([error, customerId]),
    nowMs: () => now,
    ...overrides,
  });
  watchers.push(created);
  return created;
}

beforeEach(() => {
  now = Date.parse('2025-03-01T12:00:00Z');
  upstream = new ScriptedUpstream();
  pubsub = createMemoryAlertPubSub();
  tracker = new AlertStateTracker(new MemoryAlertStateStore(), pubsub);
  leases = new Map();
  errors = [];
  watched = new Set();
});

afterEach(async () => {
  await Promise.all(watchers.splice(0).map((w) => w.stop()));
  await pubsub.close();
});

async function subscriber(customerId: string): Promise<Received> {
  watched.add(customerId);
  return receive(pubsub, customerId);
}

const statuses = (received: Received) => received.events.map((event) => [event.previousStatus ?? 'unknown', event.status]);

describe('the alert watcher', () => {
  test('polls only the customers that have subscribers', async () => {
    const [watchedCustomer, other] = [randomUUID(), randomUUID()];
    upstream.set(watchedCustomer, 'alert-1', 'ok', '2025-03-01T11:00:00.000Z');
    upstream.set(other, 'alert-1', 'ok', '2025-03-01T11:00:00.000Z');
    await subscriber(watchedCustomer);

    await watcher().pollOnce();

    expect(upstream.calls).toEqual([watchedCustomer]);
  });

  test('publishes what it first sees, then each transition once, with the polled customer alert', async () => {
    const customerId = randomUUID();
    const received = await subscriber(customerId);
    const w = watcher();
    upstream.set(customerId, 'alert-1', 'ok', '2025-03-01T11:00:00.000Z');
    await w.pollOnce();
    upstream.set(customerId, 'alert-1', 'in_alarm', '2025-03-01T12:00:00.000Z', 'usage');
    await w.pollOnce();
    await w.pollOnce();
    upstream.set(customerId, 'alert-1', 'ok', '2025-03-01T12:05:00.000Z');
    await w.pollOnce();
    upstream.set(customerId, 'alert-1', null, '2025-03-01T12:06:00.000Z');
    await w.pollOnce();
    await w.pollOnce();

    await received.first(4);
    await settle();
    expect(statuses(received)).toEqual([
      ['unknown', 'ok'],
      ['ok', 'in_alarm'],
      ['in_alarm', 'ok'],
      ['ok', null],
    ]);
    expect(received.events[1]).toEqual({
      customerId,
      alertId: 'alert-1',
      status: 'in_alarm',
      previousStatus: 'ok',
      triggeredBy: 'usage',
      changedAt: '2025-03-01T12:00:00.000Z',
      source: 'poll',
      customerAlert: {
        customer_status: 'in_alarm',
        triggered_by: 'usage',
        alert: { id: 'alert-1', name: 'Spend', status: 'enabled', threshold: 100, type: 'spend_threshold_reached', updated_at: '2025-03-01T12:00:00.000Z' },
      },
    });
  });

  test('sees the move back to ok of an alarm a webhook announced, and does not repeat the alarm', async () => {
    const customerId = randomUUID();
    const received = await subscriber(customerId);
    const w = watcher();
    upstream.set(customerId, 'alert-1', 'ok', '2025-03-01T11:00:00.000Z');
    await w.pollOnce();
    now += 1;
    await tracker.observe({
      customerId,
      alertId: 'alert-1',
      status: 'in_alarm',
      triggeredBy: 'usage',
      changedAt: '2025-03-01T12:00:00.000Z',
      observedAtMs: now,
      source: 'webhook',
    });
    now += 1;
    upstream.set(customerId, 'alert-1', 'in_alarm', '2025-03-01T12:00:00.000Z', 'usage');
    await w.pollOnce();
    upstream.set(customerId, 'alert-1', 'ok', '2025-03-01T12:30:00.000Z');
    now += 1;
    await w.pollOnce();

    await received.first(3);
    await settle();
    expect(received.events.map((event) => [event.source, event.status])).toEqual([
      ['poll', 'ok'],
      ['webhook', 'in_alarm'],
      ['poll', 'ok'],
    ]);
  });

  test('backs a failing customer off for two intervals, doubling while it fails, without holding up other customers', async () => {
    const [failing, healthy] = [randomUUID(), randomUUID()];
    await subscriber(failing);
    await subscriber(healthy);
    upstream.fail(failing, serverError());
    const w = watcher();

    const pollsAt: number[] = [];
    for (let second = 0; second <= 14; second++) {
      const before = upstream.callsFor(failing);
      await w.pollOnce();
      if (upstream.callsFor(failing) > before) pollsAt.push(second);
      now += INTERVAL_MS;
    }

    expect(pollsAt).toEqual([0, 2, 6, 14]);
    expect(upstream.callsFor(healthy)).toBe(15);
    expect(errors).toHaveLength(4);
    expect(errors.every(([error, customerId]) => error instanceof MetronomeServerError && customerId === failing)).toBe(true);
  });

  test('polls a customer every round again once it answers', async () => {
    const customerId = randomUUID();
    await subscriber(customerId);
    upstream.fail(customerId, serverError());
    const w = watcher();
    await w.pollOnce();
    upstream.fail(customerId, undefined);
    now += 2 * INTERVAL_MS;
    await w.pollOnce();
    now += INTERVAL_MS;
    await w.pollOnce();
    expect(upstream.callsFor(customerId)).toBe(3);
  });

  test("pauses every poll for as long as Metronome's rate limiting asks", async () => {
    const [limited, other] = [randomUUID(), randomUUID()];
    await subscriber(limited);
    await subscriber(other);
    upstream.fail(limited, rateLimited(5 * INTERVAL_MS));
    const w = watcher('instance-a', { concurrency: 1 });

    await w.pollOnce();
    const afterFirstRound = upstream.calls.length;
    upstream.fail(limited, undefined);
    for (let i = 0; i < 4; i++) {
      now += INTERVAL_MS;
      await w.pollOnce();
    }
    expect(upstream.calls.length).toBe(afterFirstRound);
    now += INTERVAL_MS;
    await w.pollOnce();
    expect(upstream.calls.length).toBe(afterFirstRound + 2);
  });

  test('leaves a customer whose lease another instance holds to that instance', async () => {
    const customerId = randomUUID();
    await subscriber(customerId);
    const [a, b] = [watcher('instance-a'), watcher('instance-b')];

    await a.pollOnce();
    await b.pollOnce();
    await a.pollOnce();
    await b.pollOnce();

    expect(upstream.callsFor(customerId)).toBe(2);
    expect(a.polledCustomers()).toEqual([customerId]);
    expect(b.polledCustomers()).toEqual([]);
  });

  test('takes over a customer when the instance polling it dies and its lease lapses', async () => {
    const customerId = randomUUID();
    await subscriber(customerId);
    const [dying, survivor] = [watcher('instance-a'), watcher('instance-b')];
    await dying.pollOnce();
    await survivor.pollOnce();
    expect(survivor.polledCustomers()).toEqual([]);

    // The dying instance polls no more and renews nothing.
    now += 3 * INTERVAL_MS - 1;
    await survivor.pollOnce();
    expect(survivor.polledCustomers()).toEqual([]);
    now += 1;
    await survivor.pollOnce();

    expect(survivor.polledCustomers()).toEqual([customerId]);
    expect(upstream.callsFor(customerId)).toBe(2);
  });

  test('releases the lease of a customer that lost its last subscriber, so another instance polls it at once', async () => {
    const customerId = randomUUID();
    const received = await subscriber(customerId);
    const [a, b] = [watcher('instance-a'), watcher('instance-b')];
    await a.pollOnce();

    received.unsubscribe();
    watched.delete(customerId);
    await a.pollOnce();
    watched.add(customerId);
    await b.pollOnce();

    expect(a.polledCustomers()).toEqual([]);
    expect(b.polledCustomers()).toEqual([customerId]);
  });

  test('releases every lease it holds when stopped', async () => {
    const customerId = randomUUID();
    await subscriber(customerId);
    const [a, b] = [watcher('instance-a'), watcher('instance-b')];
    await a.pollOnce();
    await a.stop();
    await b.pollOnce();
    expect(b.polledCustomers()).toEqual([customerId]);
  });

  test('polls each round when started, until stopped', async () => {
    const customerId = randomUUID();
    await subscriber(customerId);
    const w = watcher('instance-a', { intervalMs: 20, nowMs: Date.now });
    w.start();
    await eventually(() => upstream.callsFor(customerId) >= 3, 2_000, 'three polls');
    await w.stop();
    const calls = upstream.callsFor(customerId);
    await settle(100);
    expect(upstream.callsFor(customerId)).toBe(calls);
  });

  test("keeps observing a customer's other alerts when the tracker fails on one", async () => {
    const customerId = randomUUID();
    await subscriber(customerId);
    upstream.set(customerId, 'alert-1', 'ok', '2025-03-01T11:00:00.000Z');
    upstream.set(customerId, 'alert-2', 'in_alarm', '2025-03-01T11:00:00.000Z');
    const seen: string[] = [];
    const w = watcher('instance-a', {
      tracker: {
        observe: async (observation) => {
          if (observation.alertId === 'alert-1') throw new Error('Redis is away');
          seen.push(observation.alertId);
          return null;
        },
      },
    });

    await w.pollOnce();

    expect(seen).toEqual(['alert-2']);
    expect(errors.map(([error, id]) => [(error as Error).message, id])).toEqual([['Redis is away', customerId]]);
  });
});
