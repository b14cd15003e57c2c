import type { FormattedExecutionResult } from 'graphql-ws';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { useLocalMetronome } from '../support/local-metronome.js';
import { usageAlertScenario } from './support/alert-scenario.js';
import { nothingMore, read } from './support/collector.js';
import { QUERY_LIMITS, useSubscriptionGateways, type SubscriptionGateway } from './support/gateway.js';
import { subscribeOverSse, useWebSocketClients } from './support/graphql-clients.js';
import { REDIS_URL, useRedis } from './support/redis.js';

const server = useLocalMetronome();
const redis = useRedis();
const gateway = useSubscriptionGateways(() => server.local);
const webSocketClient = useWebSocketClients();

const WATCH = /* GraphQL */ `
  subscription Watch($customerId: String!, $alertId: String) {
    customerAlertChanged(customerId: $customerId, alertId: $alertId) {
      source
      previousStatus
      changedAt
      customerAlert {
        customerStatus
        triggeredBy
        alert { metronomeId name type status threshold }
        customer { metronomeId name }
      }
    }
  }
`;

type Change = {
  customerAlertChanged: {
    source: string;
    previousStatus: string | null;
    changedAt: string;
    customerAlert: {
      customerStatus: string | null;
      triggeredBy: string | null;
      alert: { metronomeId: string; name: string; type: string; status: string; threshold: number };
      customer: { metronomeId: string; name: string } | null;
    };
  };
};

/** What tests compare: source, status moves and the customer's name, per event. */
const summary = (results: FormattedExecutionResult<Change, unknown>[]) =>
  results.map(({ data, errors }) => {
    if (errors) return { errors };
    const change = data!.customerAlertChanged;
    return [change.source, change.previousStatus, change.customerAlert.customerStatus, change.customerAlert.customer?.name];
  });

let scenario: Awaited<ReturnType<typeof usageAlertScenario>>;

beforeEach(async () => {
  await server.local.reset();
  await server.api('DELETE', '/_local/webhooks');
  scenario = await usageAlertScenario(server.api);
});

async function deliverWebhooksTo(target: SubscriptionGateway) {
  await server.api('DELETE', '/_local/webhooks');
  await server.api('POST', '/_local/webhooks', { body: { url: `${target.url}/webhooks/metronome` } });
}

describe('customerAlertChanged over graphql-ws', () => {
  /** Sees moves into alarm only through webhooks (its first poll aside). */
  let webhooksOnly: SubscriptionGateway;
  /** Polls every 50 ms, as well as receiving webhooks. */
  let polling: SubscriptionGateway;
  beforeEach(async () => {
    webhooksOnly ??= await gateway({ pollIntervalMs: 60_000 });
    polling ??= await gateway({ pollIntervalMs: 50 });
    await deliverWebhooksTo(webhooksOnly);
  });

  test('first emits the current state with the graph behind it, then the move into alarm a webhook announces within a second', async () => {
    const events = webSocketClient(webhooksOnly.wsUrl).iterate<Change>({ query: WATCH, variables: { customerId: scenario.customerId } });
    const [snapshot] = await read(events, 1);
    expect(snapshot).toEqual({
      data: {
        customerAlertChanged: {
          source: 'SNAPSHOT',
          previousStatus: null,
          changedAt: '2025-01-10T00:00:00.000Z',
          customerAlert: {
            customerStatus: 'ok',
            triggeredBy: null,
            alert: { metronomeId: scenario.alertId, name: '3 calls', type: 'usage_threshold_reached', status: 'enabled', threshold: 3 },
            customer: { metronomeId: scenario.customerId, name: 'Acme' },
          },
        },
      },
    });

    const crossedAt = Date.now();
    await scenario.cross();
    const [alarm] = await read(events, 1, 1_000);

    expect(Date.now() - crossedAt).toBeLessThan(1_000);
    expect(alarm!.data!.customerAlertChanged).toEqual({
      source: 'WEBHOOK',
      previousStatus: null,
      changedAt: '2025-01-10T00:00:00.000Z',
      customerAlert: {
        customerStatus: 'in_alarm',
        triggeredBy: 'usage',
        alert: { metronomeId: scenario.alertId, name: '3 calls', type: 'usage_threshold_reached', status: 'enabled', threshold: 3 },
        customer: { metronomeId: scenario.customerId, name: 'Acme' },
      },
    });
  });

  test('emits the move back to ok that only polling sees, once, and nothing more', async () => {
    await deliverWebhooksTo(polling);
    const events = webSocketClient(polling.wsUrl).iterate<Change>({ query: WATCH, variables: { customerId: scenario.customerId } });
    await read(events, 1);
    await scenario.cross();
    await read(events, 1);

    await scenario.clear();

    expect(summary(await read(events, 1, 2_000))).toEqual([['POLL', 'in_alarm', 'ok', 'Acme']]);
    expect(await nothingMore(events, 300)).toBe(true);
  });

  test('resolves each event with fresh loaders: a customer renamed between events shows its new name', async () => {
    const events = webSocketClient(webhooksOnly.wsUrl).iterate<Change>({ query: WATCH, variables: { customerId: scenario.customerId } });
    await read(events, 1);
    await server.api('POST', `/v1/customers/${scenario.customerId}/setName`, { body: { name: 'Acme Renamed' } });

    await scenario.cross();

    expect(summary(await read(events, 1))).toEqual([['WEBHOOK', null, 'in_alarm', 'Acme Renamed']]);
  });

  test("reads Metronome once per event for all of an instance's subscribers", async () => {
    const subscribers = await Promise.all(
      Array.from({ length: 20 }, () => webSocketClient(webhooksOnly.wsUrl).iterate<Change>({ query: WATCH, variables: { customerId: scenario.customerId } })),
    );
    await Promise.all(subscribers.map((events) => read(events, 1)));
    await server.api('DELETE', '/_local/requests');

    await scenario.cross();
    const alarms = await Promise.all(subscribers.map((events) => read(events, 1)));

    expect(new Set(alarms.map((results) => JSON.stringify(summary(results))))).toEqual(new Set([JSON.stringify([['WEBHOOK', null, 'in_alarm', 'Acme']])]));
    const { counts } = (await server.api('GET', '/_local/requests')).body;
    expect([counts['POST /v1/customer-alerts/get'], counts['GET /v1/customers']]).toEqual([1, 1]);
  });

  test('a client that reconnects gets the current state first', async () => {
    const first = webSocketClient(webhooksOnly.wsUrl);
    const before = first.iterate<Change>({ query: WATCH, variables: { customerId: scenario.customerId } });
    await read(before, 1);
    await first.dispose();
    await scenario.cross();
    await scenario.fixtures.expectStatus(scenario.customerId, scenario.alertId, 'in_alarm');

    const after = webSocketClient(webhooksOnly.wsUrl).iterate<Change>({ query: WATCH, variables: { customerId: scenario.customerId } });

    expect(summary(await read(after, 1))).toEqual([['SNAPSHOT', null, 'in_alarm', 'Acme']]);
  });

  test('with an alert id, follows only that alert', async () => {
    const other = await scenario.fixtures.createAlert({
      alert_type: 'low_credit_balance_reached',
      name: 'No credits',
      threshold: 0,
      customer_id: scenario.customerId,
    });
    await scenario.fixtures.expectStatus(scenario.customerId, other, 'in_alarm');
    const client = webSocketClient(webhooksOnly.wsUrl);
    const all = client.iterate<Change>({ query: WATCH, variables: { customerId: scenario.customerId } });
    const one = client.iterate<Change>({ query: WATCH, variables: { customerId: scenario.customerId, alertId: scenario.alertId } });

    const everyAlert = await read(all, 2);
    const oneAlert = await read(one, 1);

    expect(everyAlert.map((r) => r.data!.customerAlertChanged.customerAlert.alert.name).sort()).toEqual(['3 calls', 'No credits']);
    expect(oneAlert.map((r) => r.data!.customerAlertChanged.customerAlert.alert.name)).toEqual(['3 calls']);
    expect(await nothingMore(one)).toBe(true);
  });

  test('reports an unknown customer as NOT_FOUND, with no internals', async () => {
    const events = webSocketClient(webhooksOnly.wsUrl).iterate<Change>({
      query: WATCH,
      variables: { customerId: '6f4e3c1a-4a0e-4bd6-9d5c-2f6b1c7e8a90' },
    });
    const [result] = await read(events, 1);
    expect(result!.errors).toEqual([
      {
        message: 'Customer not found: 6f4e3c1a-4a0e-4bd6-9d5c-2f6b1c7e8a90',
        locations: [{ line: 3, column: 5 }],
        path: ['customerAlertChanged'],
        extensions: { code: 'NOT_FOUND', upstreamStatus: 404, upstreamRequestId: expect.any(String) },
      },
    ]);
  });

  test('validates operations and enforces the query limits as HTTP does', async () => {
    const unknownField = `subscription { customerAlertChanged(customerId: "${scenario.customerId}") { nope } }`;
    const tooManyAliases = `subscription { customerAlertChanged(customerId: "${scenario.customerId}") { ${Array.from(
      { length: QUERY_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: source`,
    ).join(' ')} } }`;
    const overHttp = async (query: string) =>
      (await (await fetch(`${webhooksOnly.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json())
        .errors.map((e: any) => e.message);
    const overWs = async (query: string) => {
      const errors = await read(webSocketClient(webhooksOnly.wsUrl).iterate({ query }), 1).catch((error) => error);
      return (errors as any[]).map((e) => e.message);
    };

    expect(await overWs(unknownField)).toEqual(['Cannot query field "nope" on type "CustomerAlertChange".']);
    expect(await overHttp(unknownField)).toEqual(await overWs(unknownField));
    expect(await overWs(tooManyAliases)).toEqual([`Syntax Error: Aliases limit of ${QUERY_LIMITS.maxAliases} exceeded, found ${QUERY_LIMITS.maxAliases + 1}.`]);
    expect(await overHttp(tooManyAliases)).toEqual(await overWs(tooManyAliases));
  });
});

describe('customerAlertChanged over server-sent events', () => {
  let events: AsyncIterableIterator<FormattedExecutionResult<Change>> | undefined;
  afterEach(async () => {
    await events?.return?.();
  });

  test('emits the current state, then the transitions, like graphql-ws', async () => {
    const sse = await gateway({ pollIntervalMs: 50 });
    await deliverWebhooksTo(sse);
    events = await subscribeOverSse<Change>(sse.url, WATCH, { customerId: scenario.customerId });
    await read(events, 1);
    await scenario.cross();
    await read(events, 1);
    await scenario.clear();
    await read(events, 1, 2_000);

    events = await subscribeOverSse<Change>(sse.url, WATCH, { customerId: scenario.customerId });
    expect(summary(await read(events, 1))).toEqual([['SNAPSHOT', null, 'ok', 'Acme']]);
  });
});

describe('customerAlertChanged on two gateway instances sharing Redis', () => {
  test('a webhook received by one instance reaches a subscriber on the other within a second', async () => {
    const shared = { redisUrl: REDIS_URL, keyPrefix: redis.keyPrefix, pollIntervalMs: 60_000 };
    const [receiving, serving] = [await gateway(shared), await gateway(shared)];
    await deliverWebhooksTo(receiving);
    const events = webSocketClient(serving.wsUrl).iterate<Change>({ query: WATCH, variables: { customerId: scenario.customerId } });
    await read(events, 1);

    const crossedAt = Date.now();
    await scenario.cross();

    const got = await read(events, 1, 1_000);
    expect(summary(got)).toEqual([['WEBHOOK', null, 'in_alarm', 'Acme']]);
    expect(Date.now() - crossedAt).toBeLessThan(1_000);
  });
});

describe('the webhook route', () => {
  test('answers Metronome with the receiver’s status and body, and only takes POST', async () => {
    const target = await gateway({ pollIntervalMs: 60_000 });
    const url = `${target.url}/webhooks/metronome`;
    const unsigned = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const get = await fetch(url);
    const tooLarge = await fetch(url, { method: 'POST', body: 'x'.repeat(1024 * 1024 + 1) });

    expect([unsigned.status, await unsigned.json()]).toEqual([401, { message: 'Missing Metronome-Webhook-Signature header' }]);
    expect([get.status, get.headers.get('allow'), await get.json()]).toEqual([405, 'POST', { message: 'Use POST' }]);
    expect([tooLarge.status, await tooLarge.json()]).toEqual([413, { message: 'The notification is too large' }]);
  });

  test('is not found on a gateway without a webhook secret', async () => {
    const target = await gateway({ pollIntervalMs: 60_000, webhookSecret: undefined });
    const response = await fetch(`${target.url}/webhooks/metronome`, { method: 'POST', body: '{}' });
    expect([response.status, await response.json()]).toEqual([404, { message: 'Webhooks are not configured on this gateway' }]);
  });
});
