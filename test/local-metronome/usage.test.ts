import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan } from '../../src/local-metronome/store/plans.js';
import { conformanceRecorder } from '../support/openapi-responses.js';
import { useLocalMetronome } from '../support/local-metronome.js';
import { eventsEveryMinute, usageFixtures, type IngestEvent } from '../support/usage-fixtures.js';

const server = useLocalMetronome();
const api = (...args: Parameters<typeof server.api>) => server.api(...args);
const { createCustomer, createMetric, ingest, freezeClock } = usageFixtures(api);

const UNKNOWN_ID = '6f4e3c1a-4a0e-4bd6-9d5c-2f6b1c7e8a90';

let customerId: string;
let storageMetric: string;

beforeEach(async () => {
  await server.local.reset();
  await freezeClock('2025-01-10T00:00:00Z');
  customerId = await createCustomer('Acme', ['acme@example.com']);
  storageMetric = await createMetric({
    name: 'Storage GB',
    event_type_filter: { in_values: ['storage'] },
    property_filters: [
      { name: 'gb', exists: true },
      { name: 'region', exists: true },
    ],
    aggregation_type: 'SUM',
    aggregation_key: 'gb',
    group_keys: [['region'], ['region', 'team']],
  });
});

function storage(transactionId: string, timestamp: string, gb: number | string, region: string, team = 'core'): IngestEvent {
  return { transaction_id: transactionId, customer_id: customerId, event_type: 'storage', timestamp, properties: { gb, region, team } };
}

describe('POST /v1/ingest', () => {
  it('answers 200 with an empty body', async () => {
    const response = await api('POST', '/v1/ingest', { body: [storage('t1', '2025-01-01T00:00:00Z', 1, 'EU')] });
    expect(response.status).toBe(200);
    expect(response.body).toBeUndefined();
  });

  it('answers 400 for more than 100 events in one request and stores none of them', async () => {
    const events = eventsEveryMinute(101, { customer_id: customerId, event_type: 'storage', from: '2025-01-01T00:00:00Z', prefix: 'bulk' }, () => ({
      gb: 1,
      region: 'EU',
    }));
    const response = await api('POST', '/v1/ingest', { body: events });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'value must NOT have more than 100 items' });
    const search = await api('POST', '/v1/events/search', { body: { transactionIds: ['bulk-0'] } });
    expect(search.body).toEqual([]);
  });

  it('accepts exactly 100 events', async () => {
    const events = eventsEveryMinute(100, { customer_id: customerId, event_type: 'storage', from: '2025-01-01T00:00:00Z', prefix: 'bulk' }, () => ({
      gb: 1,
      region: 'EU',
    }));
    expect((await api('POST', '/v1/ingest', { body: events })).status).toBe(200);
  });

  it('answers 400 for an empty batch', async () => {
    const response = await api('POST', '/v1/ingest', { body: [] });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'value must NOT have fewer than 1 items' });
  });

  it('answers 400 naming the event whose timestamp is not RFC 3339, and stores none of the batch', async () => {
    const response = await api('POST', '/v1/ingest', {
      body: [storage('ok', '2025-01-01T00:00:00Z', 1, 'EU'), storage('bad', '2025-02-30T00:00:00Z', 1, 'EU')],
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: '[1].timestamp must be an RFC 3339 timestamp: 2025-02-30T00:00:00Z' });
    expect((await api('POST', '/v1/events/search', { body: { transactionIds: ['ok'] } })).body).toEqual([]);
  });

  it('answers 400 when an event lacks a required field', async () => {
    const { event_type: _, ...withoutType } = storage('t1', '2025-01-01T00:00:00Z', 1, 'EU');
    const response = await api('POST', '/v1/ingest', { body: [withoutType] });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: '[0].event_type is required' });
  });

  it('counts an event sent twice with the same transaction_id once', async () => {
    await ingest([storage('t1', '2025-01-01T01:00:00Z', 5, 'EU')]);
    await ingest([storage('t1', '2025-01-01T01:00:00Z', 5, 'EU'), storage('t2', '2025-01-01T02:00:00Z', 1, 'EU')]);
    const usage = await api('POST', '/v1/usage', {
      body: { window_size: 'NONE', starting_on: '2025-01-01T00:00:00Z', ending_before: '2025-01-02T00:00:00Z', customer_ids: [customerId] },
    });
    expect(usage.body.data.map((row: any) => row.value)).toEqual([6]);
  });

  it('keeps the first of two events with the same transaction_id, even when the second differs', async () => {
    await ingest([storage('t1', '2025-01-01T01:00:00Z', 5, 'EU'), storage('t1', '2025-01-01T01:00:00Z', 500, 'EU')]);
    const usage = await api('POST', '/v1/usage', {
      body: { window_size: 'NONE', starting_on: '2025-01-01T00:00:00Z', ending_before: '2025-01-02T00:00:00Z', customer_ids: [customerId] },
    });
    expect(usage.body.data.map((row: any) => row.value)).toEqual([5]);
  });

  it('announces the customers whose usage was stored, resolving aliases, after the request commits', async () => {
    const other = await createCustomer('Other');
    const announced: string[][] = [];
    const listener = ({ customerIds }: { customerIds: string[] }) => announced.push(customerIds);
    server.local.events.on('usage.ingested', listener);
    try {
      await ingest([
        { ...storage('t1', '2025-01-01T01:00:00Z', 1, 'EU'), customer_id: 'acme@example.com' },
        storage('t2', '2025-01-01T01:00:00Z', 1, 'EU'),
        { ...storage('t3', '2025-01-01T01:00:00Z', 1, 'EU'), customer_id: other },
        { ...storage('t4', '2025-01-01T01:00:00Z', 1, 'EU'), customer_id: 'nobody-yet' },
      ]);
      await ingest([storage('t2', '2025-01-01T01:00:00Z', 1, 'EU')]);
    } finally {
      server.local.events.off('usage.ingested', listener);
    }
    expect(announced).toEqual([[customerId, other]]);
  });

  it('stores events for an alias no customer has yet, and counts them once a customer takes the alias', async () => {
    await ingest([{ ...storage('t1', '2025-01-01T01:00:00Z', 3, 'EU'), customer_id: 'later@example.com' }]);
    const late = await createCustomer('Late');
    const before = await api('POST', '/v1/usage', {
      body: { window_size: 'NONE', starting_on: '2025-01-01T00:00:00Z', ending_before: '2025-01-02T00:00:00Z', customer_ids: [late] },
    });
    expect(before.body.data.map((row: any) => row.value)).toEqual([0]);
    const aliased = await api('POST', `/v1/customers/${late}/setIngestAliases`, { body: { ingest_aliases: ['later@example.com'] } });
    expect(aliased.status).toBe(200);
    const after = await api('POST', '/v1/usage', {
      body: { window_size: 'NONE', starting_on: '2025-01-01T00:00:00Z', ending_before: '2025-01-02T00:00:00Z', customer_ids: [late] },
    });
    expect(after.body.data.map((row: any) => row.value)).toEqual([3]);
  });
});

describe('POST /v1/events/search', () => {
  it('returns each event as ingested with the customer and metrics it matched', async () => {
    await ingest([{ ...storage('t1', '2025-01-05T06:07:08.009Z', 2.5, 'EU'), customer_id: 'acme@example.com' }]);
    const response = await api('POST', '/v1/events/search', { body: { transactionIds: ['t1'] } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        transaction_id: 't1',
        customer_id: 'acme@example.com',
        event_type: 'storage',
        timestamp: '2025-01-05T06:07:08.009Z',
        properties: { gb: 2.5, region: 'EU', team: 'core' },
        processed_at: '2025-01-10T00:00:00.000Z',
        is_duplicate: false,
        matched_customer: { id: customerId, name: 'Acme' },
        matched_billable_metrics: [
          {
            id: storageMetric,
            name: 'Storage GB',
            event_type_filter: { in_values: ['storage'] },
            property_filters: [
              { name: 'gb', exists: true },
              { name: 'region', exists: true },
            ],
            aggregation_type: 'SUM',
            aggregation_key: 'gb',
            group_keys: [['region'], ['region', 'team']],
            custom_fields: {},
          },
        ],
      },
    ]);
  });

  it('reports a resent event as a duplicate after the original, in the order of the ids asked for', async () => {
    await ingest([storage('t1', '2025-01-05T00:00:00Z', 1, 'EU'), storage('t2', '2025-01-05T00:00:00Z', 1, 'EU')]);
    await freezeClock('2025-01-10T00:05:00Z');
    await ingest([storage('t1', '2025-01-05T00:00:00Z', 1, 'EU')]);
    const response = await api('POST', '/v1/events/search', { body: { transactionIds: ['t2', 't1', 'unknown'] } });
    expect(response.body.map((e: any) => [e.transaction_id, e.is_duplicate, e.processed_at])).toEqual([
      ['t2', false, '2025-01-10T00:00:00.000Z'],
      ['t1', false, '2025-01-10T00:00:00.000Z'],
      ['t1', true, '2025-01-10T00:05:00.000Z'],
    ]);
  });

  it('leaves out the matched customer when no customer has the id or alias, and lists no unmatched metrics', async () => {
    await ingest([{ transaction_id: 'x', customer_id: 'stranger', event_type: 'other', timestamp: '2025-01-05T00:00:00Z' }]);
    const [event] = (await api('POST', '/v1/events/search', { body: { transactionIds: ['x'] } })).body;
    expect(event.matched_customer).toBeUndefined();
    expect(event.matched_billable_metrics).toEqual([]);
    expect(event.properties).toEqual({});
  });

  it('finds only events that occurred within the last 34 days', async () => {
    await ingest([storage('recent', '2024-12-07T00:00:00Z', 1, 'EU'), storage('old', '2024-12-06T23:59:59Z', 1, 'EU')]);
    const response = await api('POST', '/v1/events/search', { body: { transactionIds: ['recent', 'old'] } });
    expect(response.body.map((e: any) => e.transaction_id)).toEqual(['recent']);
  });
});

describe('POST /v1/usage', () => {
  const range = { starting_on: '2025-01-01T00:00:00Z', ending_before: '2025-01-03T00:00:00Z' };

  it('answers a row per customer, metric and window, windows without usage included', async () => {
    await ingest([storage('t1', '2025-01-01T05:00:00Z', 1.5, 'EU'), storage('t2', '2025-01-01T06:00:00Z', '2.25', 'US')]);
    const response = await api('POST', '/v1/usage', {
      body: { window_size: 'DAY', ...range, customer_ids: [customerId], billable_metrics: [{ id: storageMetric }] },
    });
    expect(response.body).toEqual({
      data: [
        {
          customer_id: customerId,
          billable_metric_id: storageMetric,
          billable_metric_name: 'Storage GB',
          start_timestamp: '2025-01-01T00:00:00.000Z',
          end_timestamp: '2025-01-02T00:00:00.000Z',
          value: 3.75,
        },
        {
          customer_id: customerId,
          billable_metric_id: storageMetric,
          billable_metric_name: 'Storage GB',
          start_timestamp: '2025-01-02T00:00:00.000Z',
          end_timestamp: '2025-01-03T00:00:00.000Z',
          value: 0,
        },
      ],
      next_page: null,
    });
  });

  it('answers null for windows of a MAX metric without usage', async () => {
    const peak = await createMetric({ name: 'peak', aggregation_type: 'MAX', aggregation_key: 'gb', property_filters: [{ name: 'gb' }] });
    await ingest([storage('t1', '2025-01-02T05:00:00Z', 4, 'EU')]);
    const response = await api('POST', '/v1/usage', {
      body: { window_size: 'DAY', ...range, customer_ids: [customerId], billable_metrics: [{ id: peak }] },
    });
    expect(response.body.data.map((row: any) => row.value)).toEqual([null, 4]);
  });

  it('breaks rows down by the group_by values asked for, null where a value had no usage', async () => {
    await ingest([storage('t1', '2025-01-01T05:00:00Z', 1, 'EU'), storage('t2', '2025-01-02T05:00:00Z', 2, 'US')]);
    const response = await api('POST', '/v1/usage', {
      body: {
        window_size: 'DAY',
        ...range,
        customer_ids: [customerId],
        billable_metrics: [{ id: storageMetric, group_by: { key: 'region', values: ['EU', 'AP'] } }],
      },
    });
    expect(response.body.data.map((row: any) => [row.value, row.groups])).toEqual([
      [1, { EU: 1, AP: null }],
      [2, { EU: null, AP: null }],
    ]);
  });

  it('without group_by values, lists every value that occurs in the range', async () => {
    await ingest([storage('t1', '2025-01-01T05:00:00Z', 1, 'US'), storage('t2', '2025-01-02T05:00:00Z', 2, 'EU')]);
    const response = await api('POST', '/v1/usage', {
      body: { window_size: 'NONE', ...range, customer_ids: [customerId], billable_metrics: [{ id: storageMetric, group_by: { key: 'region' } }] },
    });
    expect(response.body.data.map((row: any) => row.groups)).toEqual([{ EU: 2, US: 1 }]);
  });

  it('covers every customer and every active metric when neither is given', async () => {
    const other = await createCustomer('Other');
    const calls = await createMetric({ name: 'calls', aggregation_type: 'COUNT' });
    const archived = await createMetric({ name: 'archived', aggregation_type: 'COUNT' });
    await api('POST', '/v1/billable-metrics/archive', { body: { id: archived } });
    await ingest([storage('t1', '2025-01-01T05:00:00Z', 1, 'EU')]);
    const response = await api('POST', '/v1/usage', { body: { window_size: 'NONE', ...range } });
    expect(response.body.data.map((row: any) => [row.customer_id, row.billable_metric_name, row.value])).toEqual([
      [customerId, 'Storage GB', 1],
      [customerId, 'calls', 1],
      [other, 'Storage GB', 0],
      [other, 'calls', 0],
    ]);
    expect(calls).toBeDefined();
  });

  it('pages through rows with next_page in the query, 100 rows a page', async () => {
    const second = await createCustomer('Second');
    await ingest([{ ...storage('t1', '2025-01-01T05:00:00Z', 7, 'EU'), customer_id: second }]);
    const body = {
      window_size: 'DAY',
      starting_on: '2024-11-01T00:00:00Z',
      ending_before: '2025-01-10T00:00:00Z',
      customer_ids: [customerId, second],
      billable_metrics: [{ id: storageMetric }],
    };
    const first = await api('POST', '/v1/usage', { body });
    expect(first.body.data).toHaveLength(100);
    expect(first.body.next_page).toEqual(expect.any(String));
    const rest = await api('POST', '/v1/usage', { body, query: { next_page: first.body.next_page } });
    expect(rest.body.data).toHaveLength(40);
    expect(rest.body.next_page).toBeNull();
    const rows = [...first.body.data, ...rest.body.data];
    expect(rows.filter((row: any) => row.customer_id === second).map((row: any) => row.start_timestamp)).toHaveLength(70);
    expect(rows[70]).toMatchObject({ customer_id: second, start_timestamp: '2024-11-01T00:00:00.000Z' });
    expect(rows.filter((row: any) => row.value !== 0)).toEqual([
      expect.objectContaining({ customer_id: second, start_timestamp: '2025-01-01T00:00:00.000Z', value: 7 }),
    ]);
  });

  it('answers 400 when ending_before is not after starting_on', async () => {
    const response = await api('POST', '/v1/usage', {
      body: { window_size: 'DAY', starting_on: '2025-01-02T00:00:00Z', ending_before: '2025-01-02T00:00:00Z' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'ending_before must be after starting_on' });
  });

  it('answers 400 when a day window range does not start at midnight UTC', async () => {
    const response = await api('POST', '/v1/usage', {
      body: { window_size: 'DAY', starting_on: '2025-01-01T06:00:00Z', ending_before: '2025-01-03T00:00:00Z' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'starting_on must be at 0:00 UTC (midnight) when window_size is DAY' });
  });

  it('answers 400 when an hour window range does not end on an hour boundary', async () => {
    const response = await api('POST', '/v1/usage', {
      body: { window_size: 'HOUR', starting_on: '2025-01-01T06:00:00Z', ending_before: '2025-01-01T07:30:00Z' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      message: 'ending_before must be on an hour boundary (e.g. 1:00, not 1:30) when window_size is HOUR',
    });
  });

  it('takes any range with window_size NONE', async () => {
    await ingest([storage('t1', '2025-01-01T06:20:00Z', 1, 'EU'), storage('t2', '2025-01-01T06:40:00Z', 2, 'EU')]);
    const response = await api('POST', '/v1/usage', {
      body: { window_size: 'NONE', starting_on: '2025-01-01T06:15:00Z', ending_before: '2025-01-01T06:30:00Z', customer_ids: [customerId] },
    });
    expect(response.body.data).toEqual([
      expect.objectContaining({ start_timestamp: '2025-01-01T06:15:00.000Z', end_timestamp: '2025-01-01T06:30:00.000Z', value: 1 }),
    ]);
  });

  it('takes window_size in lowercase, as the API reference writes it', async () => {
    await ingest([storage('t1', '2025-01-01T06:20:00Z', 1, 'EU')]);
    const response = await api('POST', '/v1/usage', {
      body: { window_size: 'none', starting_on: '2025-01-01T06:00:00Z', ending_before: '2025-01-01T07:00:00Z', customer_ids: [customerId] },
    });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual([
      expect.objectContaining({ start_timestamp: '2025-01-01T06:00:00.000Z', end_timestamp: '2025-01-01T07:00:00.000Z', value: 1 }),
    ]);
  });

  it('answers 404 for an unknown billable metric and for an unknown customer', async () => {
    const metric = await api('POST', '/v1/usage', { body: { window_size: 'DAY', ...range, billable_metrics: [{ id: UNKNOWN_ID }] } });
    expect(metric.status).toBe(404);
    expect(metric.body).toEqual({ message: `Billable metric not found: ${UNKNOWN_ID}` });
    const customer = await api('POST', '/v1/usage', { body: { window_size: 'DAY', ...range, customer_ids: [UNKNOWN_ID] } });
    expect(customer.status).toBe(404);
    expect(customer.body).toEqual({ message: `Customer not found: ${UNKNOWN_ID}` });
  });

  it('answers 400 for a group_by key the metric does not group by', async () => {
    const response = await api('POST', '/v1/usage', {
      body: { window_size: 'DAY', ...range, billable_metrics: [{ id: storageMetric, group_by: { key: 'color' } }] },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      message: `group_by.key must be one of the group keys of billable metric ${storageMetric} (region, team): color`,
    });
  });
});

describe('POST /v1/usage/groups', () => {
  const query = (extra: Record<string, unknown>) => ({
    customer_id: customerId,
    billable_metric_id: storageMetric,
    window_size: 'DAY',
    starting_on: '2025-01-01T00:00:00Z',
    ending_before: '2025-01-03T00:00:00Z',
    ...extra,
  });

  beforeEach(async () => {
    await ingest([
      storage('t1', '2025-01-01T01:00:00Z', 1, 'us-east1', 'ui'),
      storage('t2', '2025-01-01T02:00:00Z', 2, 'us-west1', 'ui'),
      storage('t3', '2025-01-02T03:00:00Z', 4, 'us-east1', 'ml'),
    ]);
  });

  it('answers per window and group value for a simple group key, null where a group had no usage', async () => {
    const response = await api('POST', '/v1/usage/groups', { body: query({ group_key: ['region'] }) });
    expect(response.body).toEqual({
      data: [
        { starting_on: '2025-01-01T00:00:00.000Z', ending_before: '2025-01-02T00:00:00.000Z', group_key: 'region', group_value: 'us-east1', group: { region: 'us-east1' }, value: 1 },
        { starting_on: '2025-01-01T00:00:00.000Z', ending_before: '2025-01-02T00:00:00.000Z', group_key: 'region', group_value: 'us-west1', group: { region: 'us-west1' }, value: 2 },
        { starting_on: '2025-01-02T00:00:00.000Z', ending_before: '2025-01-03T00:00:00.000Z', group_key: 'region', group_value: 'us-east1', group: { region: 'us-east1' }, value: 4 },
        { starting_on: '2025-01-02T00:00:00.000Z', ending_before: '2025-01-03T00:00:00.000Z', group_key: 'region', group_value: 'us-west1', group: { region: 'us-west1' }, value: null },
      ],
      next_page: null,
    });
  });

  it('answers compound groups filtered by group_filters, with null group_key and group_value', async () => {
    const response = await api('POST', '/v1/usage/groups', {
      body: query({ window_size: 'NONE', group_key: ['team', 'region'], group_filters: { team: ['ui'] } }),
    });
    expect(response.body.data).toEqual([
      { starting_on: '2025-01-01T00:00:00.000Z', ending_before: '2025-01-03T00:00:00.000Z', group_key: null, group_value: null, group: { team: 'ui', region: 'us-east1' }, value: 1 },
      { starting_on: '2025-01-01T00:00:00.000Z', ending_before: '2025-01-03T00:00:00.000Z', group_key: null, group_value: null, group: { team: 'ui', region: 'us-west1' }, value: 2 },
    ]);
  });

  it('answers one row per window without a group key', async () => {
    const response = await api('POST', '/v1/usage/groups', { body: query({}) });
    expect(response.body.data.map((row: any) => [row.group_key, row.group_value, row.value])).toEqual([
      [null, null, 3],
      [null, null, 4],
    ]);
  });

  it('still takes the deprecated group_by with values', async () => {
    const response = await api('POST', '/v1/usage/groups', { body: query({ group_by: { key: 'region', values: ['us-west1'] } }) });
    expect(response.body.data.map((row: any) => [row.starting_on, row.group_value, row.value])).toEqual([
      ['2025-01-01T00:00:00.000Z', 'us-west1', 2],
      ['2025-01-02T00:00:00.000Z', 'us-west1', null],
    ]);
  });

  it('pages with limit and next_page', async () => {
    const first = await api('POST', '/v1/usage/groups', { body: query({ group_key: ['region'] }), query: { limit: 3 } });
    expect(first.body.data).toHaveLength(3);
    const second = await api('POST', '/v1/usage/groups', {
      body: query({ group_key: ['region'] }),
      query: { limit: 3, next_page: first.body.next_page },
    });
    expect(second.body.data.map((row: any) => [row.starting_on, row.group_value])).toEqual([['2025-01-02T00:00:00.000Z', 'us-west1']]);
    expect(second.body.next_page).toBeNull();
  });

  it('answers 400 for a group key that only partly matches a compound group key', async () => {
    const response = await api('POST', '/v1/usage/groups', { body: query({ group_key: ['team'] }) });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      message: `group_key must match a group key of billable metric ${storageMetric} exactly ([region], [region, team]): [team]`,
    });
  });

  it('answers 400 for a group filter on a key outside group_key', async () => {
    const response = await api('POST', '/v1/usage/groups', { body: query({ group_key: ['region'], group_filters: { team: ['ui'] } }) });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'group_filters key team is not in group_key' });
  });

  it('answers 400 for group_by together with group_key', async () => {
    const response = await api('POST', '/v1/usage/groups', { body: query({ group_key: ['region'], group_by: { key: 'region' } }) });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'group_by cannot be used together with group_key' });
  });

  it('answers 400 without a range unless current_period is true', async () => {
    const response = await api('POST', '/v1/usage/groups', { body: query({ starting_on: undefined, ending_before: undefined }) });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'starting_on and ending_before are required unless current_period is true' });
  });

  it('answers 400 for current_period when the customer has no contract or plan', async () => {
    const response = await api('POST', '/v1/usage/groups', {
      body: query({ starting_on: undefined, ending_before: undefined, current_period: true }),
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      message: `Customer ${customerId} has no contract or plan in force, so it has no current billing period`,
    });
  });

  it('with current_period, aggregates over the open usage statement period of the contract in force', async () => {
    const rateCard = await api('POST', '/v1/contract-pricing/rate-cards/create', { body: { name: 'List prices' } });
    const contract = await api('POST', '/v1/contracts/create', {
      body: { customer_id: customerId, rate_card_id: rateCard.body.data.id, starting_at: '2024-12-15T00:00:00Z' },
    });
    expect(contract.status, JSON.stringify(contract.body)).toBe(200);
    const response = await api('POST', '/v1/usage/groups', {
      body: query({ window_size: 'NONE', starting_on: undefined, ending_before: undefined, current_period: true }),
    });
    expect(response.body.data).toEqual([
      { starting_on: '2025-01-01T00:00:00.000Z', ending_before: '2025-02-01T00:00:00.000Z', group_key: null, group_value: null, value: 7 },
    ]);
  });

  it('with current_period, aggregates over the open billing period of the plan in force', async () => {
    const plan = createPlan(server.local.db, { name: 'Monthly plan' });
    const added = await api('POST', `/v1/customers/${customerId}/plans/add`, {
      body: { plan_id: plan.id, starting_on: '2024-12-02T00:00:00Z' },
    });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    const response = await api('POST', '/v1/usage/groups', {
      body: query({ window_size: 'NONE', starting_on: undefined, ending_before: undefined, current_period: true }),
    });
    expect(response.body.data).toEqual([
      { starting_on: '2025-01-02T00:00:00.000Z', ending_before: '2025-02-02T00:00:00.000Z', group_key: null, group_value: null, value: 4 },
    ]);
  });

  it('answers 404 for an unknown customer and for an unknown metric', async () => {
    const customer = await api('POST', '/v1/usage/groups', { body: query({ customer_id: UNKNOWN_ID }) });
    expect(customer.status).toBe(404);
    expect(customer.body).toEqual({ message: `Customer not found: ${UNKNOWN_ID}` });
    const metric = await api('POST', '/v1/usage/groups', { body: query({ billable_metric_id: UNKNOWN_ID }) });
    expect(metric.status).toBe(404);
    expect(metric.body).toEqual({ message: `Billable metric not found: ${UNKNOWN_ID}` });
  });
});

const specPath = process.env.METRONOME_OPENAPI_SPEC;

describe.skipIf(!specPath)('conformance to the OpenAPI response schemas', () => {
  it('answers every usage and billable metric operation with a body the spec allows', async () => {
    const { call, findings } = conformanceRecorder(api, specPath!);
    await ingest([storage('t1', '2025-01-05T01:00:00Z', 1, 'EU'), storage('t1', '2025-01-05T01:00:00Z', 1, 'EU')]);
    const range = { starting_on: '2025-01-05T00:00:00Z', ending_before: '2025-01-07T00:00:00Z' };
    await call('GET /v1/billable-metrics', '/v1/billable-metrics', { query: { include_archived: true } });
    await call('GET /v1/billable-metrics/{billable_metric_id}', `/v1/billable-metrics/${storageMetric}`);
    await call('GET /v1/billable-metrics/{billable_metric_id}', `/v1/billable-metrics/${UNKNOWN_ID}`);
    await call('GET /v1/customers/{customer_id}/billable-metrics', `/v1/customers/${customerId}/billable-metrics`);
    await call('POST /v1/usage', '/v1/usage', {
      body: { window_size: 'DAY', ...range, billable_metrics: [{ id: storageMetric, group_by: { key: 'region', values: ['EU', 'US'] } }] },
    });
    await call('POST /v1/usage/groups', '/v1/usage/groups', {
      body: { customer_id: customerId, billable_metric_id: storageMetric, window_size: 'DAY', ...range, group_key: ['region', 'team'] },
    });
    await call('POST /v1/usage/groups', '/v1/usage/groups', {
      body: { customer_id: customerId, billable_metric_id: storageMetric, window_size: 'DAY', ...range },
    });
    await call('POST /v1/events/search', '/v1/events/search', { body: { transactionIds: ['t1'] } });
    await call('POST /v1/ingest', '/v1/ingest', { body: [storage('t9', '2025-01-05T01:00:00Z', 1, 'EU')] });
    await call('POST /v1/billable-metrics/create', '/v1/billable-metrics/create', { body: { name: 'x', aggregation_type: 'COUNT' } });
    await call('POST /v1/billable-metrics/archive', '/v1/billable-metrics/archive', { body: { id: storageMetric } });
    expect(findings).toEqual([]);
  });
});
