import { beforeEach, describe, expect, it } from 'vitest';
import {
  AllUsageDocument,
  CustomersGroupedUsageDocument,
  CustomerUsageDocument,
  CustomerUsageGroupsDocument,
  IngestUsageDocument,
  UsageEventsDocument,
} from './__generated__/graphql.js';
import { create } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

const NOW = '2025-03-20T00:00:00.000Z';
const MAR_1 = '2025-03-01T00:00:00.000Z';
const MAR_2 = '2025-03-02T00:00:00.000Z';
const MAR_3 = '2025-03-03T00:00:00.000Z';
const MAR_4 = '2025-03-04T00:00:00.000Z';

interface World {
  requestsId: string;
  tokensId: string;
  alpha: string;
  beta: string;
}

let world: World;

beforeEach(async () => {
  await server.local.reset();
  await server.api('POST', '/_local/clock', { body: { now: NOW, frozen: true } });
  const requestsId = await create(server.api, '/v1/billable-metrics/create', {
    name: 'API requests',
    event_type_filter: { in_values: ['api_request'] },
    aggregation_type: 'COUNT',
    property_filters: [{ name: 'region', exists: true }],
    group_keys: [['region'], ['region', 'team']],
  });
  const tokensId = await create(server.api, '/v1/billable-metrics/create', {
    name: 'Tokens',
    event_type_filter: { in_values: ['completion'] },
    aggregation_type: 'SUM',
    aggregation_key: 'tokens',
    property_filters: [{ name: 'tokens', exists: true }],
  });
  const alpha = await create(server.api, '/v1/customers', { name: 'Alpha', ingest_aliases: ['alpha'] });
  const beta = await create(server.api, '/v1/customers', { name: 'Beta', ingest_aliases: ['beta'] });
  world = { requestsId, tokensId, alpha, beta };
});

const request = (transactionId: string, customerId: string, timestamp: string, region: string, team: string) => ({
  transactionId,
  customerId,
  eventType: 'api_request',
  timestamp,
  properties: { region, team },
});

/** Alpha: two requests on March 1 (us/a, eu/a) and one on March 2 (us/b); Beta: one on March 2 (eu/b) and 120 tokens. */
const EVENTS = [
  request('a-1', 'alpha', '2025-03-01T10:00:00.000Z', 'us', 'a'),
  request('a-2', 'alpha', '2025-03-01T11:00:00.000Z', 'eu', 'a'),
  request('a-3', 'alpha', '2025-03-02T09:00:00.000Z', 'us', 'b'),
  request('b-1', 'beta', '2025-03-02T12:00:00.000Z', 'eu', 'b'),
  { transactionId: 'b-2', customerId: 'beta', eventType: 'completion', timestamp: '2025-03-02T13:00:00.000Z', properties: { tokens: 120 } },
];

async function ingest(events = EVENTS) {
  const { body } = await harness.execute(IngestUsageDocument, { events });
  expect(body.errors).toBeUndefined();
  return body.data!.ingestUsage;
}

describe('ingestUsage', () => {
  it('sends the events and reads them back through the graph as daily usage', async () => {
    expect(await ingest()).toEqual({ transactionIds: ['a-1', 'a-2', 'a-3', 'b-1', 'b-2'] });
    const { body } = await harness.execute(CustomerUsageDocument, {
      customerId: world.alpha,
      startingOn: MAR_1,
      endingBefore: MAR_4,
      windowSize: 'DAY',
      billableMetrics: [{ id: world.requestsId }],
    });
    expect(body).toEqual({
      data: {
        customer: {
          usage: [
            { billableMetricName: 'API requests', startTimestamp: MAR_1, endTimestamp: MAR_2, value: 2, groups: null },
            { billableMetricName: 'API requests', startTimestamp: MAR_2, endTimestamp: MAR_3, value: 1, groups: null },
            { billableMetricName: 'API requests', startTimestamp: MAR_3, endTimestamp: MAR_4, value: 0, groups: null },
          ],
        },
      },
    });
  });

  it('answers the events as Metronome holds them, matched to their customer and billable metrics', async () => {
    const { body } = await harness.execute(IngestUsageDocument, { events: EVENTS.slice(0, 1), withEvents: true });
    expect(body).toEqual({
      data: {
        ingestUsage: {
          transactionIds: ['a-1'],
          events: [
            {
              transactionId: 'a-1',
              customerId: 'alpha',
              eventType: 'api_request',
              timestamp: '2025-03-01T10:00:00.000Z',
              properties: { region: 'us', team: 'a' },
              isDuplicate: false,
              processedAt: NOW,
              matchedCustomer: { metronomeId: world.alpha, name: 'Alpha' },
              matchedBillableMetrics: [{ metronomeId: world.requestsId, name: 'API requests' }],
            },
          ],
        },
      },
    });
  });

  it('counts a resent batch once: the repeated transaction ids are duplicates', async () => {
    await ingest();
    const { body } = await harness.execute(IngestUsageDocument, { events: EVENTS.slice(0, 1), withEvents: true });
    expect(body.data!.ingestUsage.events!.map((e) => [e.transactionId, e.isDuplicate])).toEqual([
      ['a-1', false],
      ['a-1', true],
    ]);
    const usage = await harness.execute(CustomerUsageDocument, {
      customerId: world.alpha,
      startingOn: MAR_1,
      endingBefore: MAR_2,
      windowSize: 'NONE',
      billableMetrics: [{ id: world.requestsId }],
    });
    expect(usage.body.data!.customer!.usage.map((w) => w.value)).toEqual([2]);
  });

  it('sends the events in one POST /v1/ingest and reads nothing unless the events are selected', async () => {
    await harness.resetUpstreamCounts();
    await ingest();
    expect(await harness.upstreamCounts()).toEqual({ 'POST /v1/ingest': 1 });
    const [sent] = (await server.api('GET', '/_local/requests')).body.requests;
    expect(sent.body).toEqual(
      EVENTS.map((e) => ({ transaction_id: e.transactionId, customer_id: e.customerId, event_type: e.eventType, timestamp: e.timestamp, properties: e.properties })),
    );
  });

  it('refuses an empty batch and one of more than 100 events with BAD_USER_INPUT, without calling Metronome', async () => {
    await harness.resetUpstreamCounts();
    const empty = await harness.execute(IngestUsageDocument, { events: [] });
    const tooMany = await harness.execute(IngestUsageDocument, {
      events: Array.from({ length: 101 }, (_, i) => request(`t-${i}`, 'alpha', '2025-03-01T10:00:00.000Z', 'us', 'a')),
    });
    expect([empty.body, tooMany.body].map((b) => [b.data, b.errors?.map((e) => [e.extensions?.code, e.message])])).toEqual([
      [null, [['BAD_USER_INPUT', 'events must hold 1 to 100 events; got 0']]],
      [null, [['BAD_USER_INPUT', 'events must hold 1 to 100 events; got 101']]],
    ]);
    expect(await harness.upstreamCounts()).toEqual({});
  });

  it('refuses a timestamp that is not RFC 3339 with BAD_USER_INPUT', async () => {
    const { body } = await harness.execute(IngestUsageDocument, { events: [{ ...EVENTS[0]!, timestamp: 'yesterday' }] });
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Customer.usage', () => {
  it('groups the usage of every customer by a group key with one POST /v1/usage', async () => {
    await ingest();
    await create(server.api, '/v1/customers', { name: 'Gamma' });
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CustomersGroupedUsageDocument, {
      startingOn: MAR_1,
      endingBefore: MAR_4,
      billableMetrics: [{ id: world.requestsId, groupBy: { key: 'region' } }],
    });
    expect(body.errors).toBeUndefined();
    const window = (customer: string, value: number, groups: [string, number | null][]) => ({
      customer: { name: customer },
      billableMetric: { name: 'API requests' },
      value,
      groups: groups.map(([groupValue, v]) => ({ groupValue, value: v })),
    });
    expect(body.data!.customers.nodes).toEqual([
      { name: 'Alpha', usage: [window('Alpha', 3, [['eu', 1], ['us', 2]])] },
      { name: 'Beta', usage: [window('Beta', 1, [['eu', 1]])] },
      { name: 'Gamma', usage: [window('Gamma', 0, [])] },
    ]);
    expect(await harness.upstreamCounts()).toEqual({
      'GET /v1/customers': 1,
      'POST /v1/usage': 1,
      'GET /v1/billable-metrics/{billable_metric_id}': 1,
    });
    const usageCall = (await server.api('GET', '/_local/requests')).body.requests.find(
      (r: { url: string }) => r.url === '/v1/usage',
    );
    expect(usageCall.body.customer_ids).toHaveLength(3);
    expect(usageCall.body.billable_metrics).toEqual([{ id: world.requestsId, group_by: { key: 'region' } }]);
  });

  it('lists only the group values asked for, null where a window had none', async () => {
    await ingest();
    const { body } = await harness.execute(CustomerUsageDocument, {
      customerId: world.beta,
      startingOn: MAR_1,
      endingBefore: MAR_3,
      windowSize: 'DAY',
      billableMetrics: [{ id: world.requestsId, groupBy: { key: 'region', values: ['eu', 'us'] } }],
    });
    expect(body.data!.customer!.usage.map((w) => [w.startTimestamp, w.value, w.groups])).toEqual([
      [MAR_1, 0, [{ groupValue: 'eu', value: null }, { groupValue: 'us', value: null }]],
      [MAR_2, 1, [{ groupValue: 'eu', value: 1 }, { groupValue: 'us', value: null }]],
    ]);
  });

  it('answers BAD_USER_INPUT when the group key is not one of the metric’s', async () => {
    const { body } = await harness.execute(CustomerUsageDocument, {
      customerId: world.alpha,
      startingOn: MAR_1,
      endingBefore: MAR_2,
      windowSize: 'NONE',
      billableMetrics: [{ id: world.tokensId, groupBy: { key: 'region' } }],
    });
    expect(body.data).toEqual({ customer: null });
    expect(body.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['BAD_USER_INPUT', ['customer', 'usage']]]);
  });
});

describe('Query.usage', () => {
  it('pages through the usage of all customers and metrics, one POST /v1/usage per page', async () => {
    await ingest();
    const variables = { startingOn: MAR_1, endingBefore: MAR_3, windowSize: 'DAY' as const, customerIds: [world.alpha, world.beta], first: 3 };
    await harness.resetUpstreamCounts();
    const rows: unknown[] = [];
    let after: string | undefined;
    const hasNext: boolean[] = [];
    do {
      const { body } = await harness.execute(AllUsageDocument, { ...variables, after });
      expect(body.errors).toBeUndefined();
      rows.push(...body.data!.usage.edges.map((e) => e.node));
      hasNext.push(body.data!.usage.pageInfo.hasNextPage);
      after = body.data!.usage.pageInfo.hasNextPage ? body.data!.usage.pageInfo.endCursor! : undefined;
    } while (after);
    const row = (customer: string, billableMetricName: string, startTimestamp: string, value: number) => ({
      customer: { name: customer },
      billableMetricName,
      startTimestamp,
      value,
    });
    expect(rows).toEqual([
      row('Alpha', 'API requests', MAR_1, 2),
      row('Alpha', 'API requests', MAR_2, 1),
      row('Alpha', 'Tokens', MAR_1, 0),
      row('Alpha', 'Tokens', MAR_2, 0),
      row('Beta', 'API requests', MAR_1, 0),
      row('Beta', 'API requests', MAR_2, 1),
      row('Beta', 'Tokens', MAR_1, 0),
      row('Beta', 'Tokens', MAR_2, 120),
    ]);
    expect(hasNext).toEqual([true, true, false]);
    expect(await harness.upstreamCounts()).toEqual({ 'POST /v1/usage': 3, 'GET /v1/customers': 3 });
  });
});

describe('Customer.usageGroups', () => {
  it('breaks usage down by a compound group key, filtered, page by page', async () => {
    await ingest();
    const variables = {
      customerId: world.alpha,
      billableMetricId: world.requestsId,
      windowSize: 'NONE' as const,
      startingOn: MAR_1,
      endingBefore: MAR_4,
      groupKey: ['region', 'team'],
      groupFilters: [{ key: 'region', values: ['us'] }],
      first: 1,
    };
    const first = await harness.execute(CustomerUsageGroupsDocument, variables);
    const group = (team: string) => ({
      startingOn: MAR_1,
      endingBefore: MAR_4,
      group: [
        { key: 'region', value: 'us' },
        { key: 'team', value: team },
      ],
      value: 1,
    });
    expect(first.body.data!.customer!.usageGroups.nodes).toEqual([group('a')]);
    expect(first.body.data!.customer!.usageGroups.pageInfo.hasNextPage).toBe(true);
    const second = await harness.execute(CustomerUsageGroupsDocument, {
      ...variables,
      after: first.body.data!.customer!.usageGroups.pageInfo.endCursor,
    });
    expect(second.body.data!.customer!.usageGroups).toEqual({
      nodes: [group('b')],
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
    });
  });

  it('sends limit and next_page in the query and the grouping in the body', async () => {
    await harness.resetUpstreamCounts();
    await harness.execute(CustomerUsageGroupsDocument, {
      customerId: world.alpha,
      billableMetricId: world.requestsId,
      windowSize: 'DAY',
      startingOn: MAR_1,
      endingBefore: MAR_2,
      groupKey: ['region'],
      first: 5,
    });
    const call = (await server.api('GET', '/_local/requests')).body.requests.find(
      (r: { url: string }) => r.url.startsWith('/v1/usage/groups'),
    );
    expect([call.url, call.body]).toEqual([
      '/v1/usage/groups?limit=5',
      {
        customer_id: world.alpha,
        billable_metric_id: world.requestsId,
        window_size: 'DAY',
        starting_on: MAR_1,
        ending_before: MAR_2,
        group_key: ['region'],
      },
    ]);
  });

  it('answers BAD_USER_INPUT for a group key the metric does not define', async () => {
    const { body } = await harness.execute(CustomerUsageGroupsDocument, {
      customerId: world.alpha,
      billableMetricId: world.requestsId,
      windowSize: 'NONE',
      startingOn: MAR_1,
      endingBefore: MAR_4,
      groupKey: ['team'],
    });
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      [
        'BAD_USER_INPUT',
        `group_key must match a group key of billable metric ${world.requestsId} exactly ([region], [region, team]): [team]`,
      ],
    ]);
  });
});

describe('Query.usageEvents', () => {
  it('searches the transaction ids of every field of an operation with one POST /v1/events/search', async () => {
    await ingest();
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(UsageEventsDocument, { transactionIds: ['a-2', 'unknown'], others: ['b-1'] });
    expect(body).toEqual({
      data: {
        usageEvents: [
          { metronomeId: expect.any(String), transactionId: 'a-2', customerId: 'alpha', isDuplicate: false, matchedCustomer: { name: 'Alpha' } },
        ],
        others: [{ transactionId: 'b-1' }],
      },
    });
    expect(await harness.upstreamCounts()).toEqual({ 'POST /v1/events/search': 1, 'GET /v1/customers': 1 });
    const search = (await server.api('GET', '/_local/requests')).body.requests.find(
      (r: { url: string }) => r.url === '/v1/events/search',
    );
    expect(search.body).toEqual({ transactionIds: ['a-2', 'unknown', 'b-1'] });
  });
});
