import { beforeEach, describe, expect, it } from 'vitest';
import { aggregateUsage, type UsageAggregationQuery } from '../../src/local-metronome/billing/usage-aggregation.js';
import { useLocalMetronome } from '../support/local-metronome.js';
import { usageFixtures, type IngestEvent } from '../support/usage-fixtures.js';

const server = useLocalMetronome();
const { createCustomer, createMetric, ingest } = usageFixtures((...args) => server.api(...args));

let customerId: string;
let sequence = 0;

beforeEach(async () => {
  await server.local.reset();
  customerId = await createCustomer('Acme', ['acme-alias']);
});

/** An event for the test customer at `timestamp`, with a fresh transaction id. */
function event(timestamp: string, properties: Record<string, unknown> = {}, eventType = 'api_call'): IngestEvent {
  sequence += 1;
  return { transaction_id: `tx-${sequence}`, customer_id: customerId, event_type: eventType, timestamp, properties };
}

const JAN_1 = '2025-01-01T00:00:00Z';
const JAN_2 = '2025-01-02T00:00:00Z';
const JAN_3 = '2025-01-03T00:00:00Z';

function aggregate(metric: string, query: Partial<UsageAggregationQuery> = {}) {
  return aggregateUsage(server.local.db, {
    customerId,
    metric,
    startingOn: new Date(JAN_1),
    endingBefore: new Date(JAN_2),
    ...query,
  });
}

/** The single window of a whole-range aggregation, without its bounds. */
function total(metric: string, query: Partial<UsageAggregationQuery> = {}) {
  const [window] = aggregate(metric, query);
  return { value: window!.value, quantity: window!.quantity };
}

function sumOf(key: string, extra: Record<string, unknown> = {}) {
  return createMetric({
    name: `sum of ${key}`,
    aggregation_type: 'SUM',
    aggregation_key: key,
    property_filters: [{ name: key, exists: true }],
    ...extra,
  });
}

describe('aggregation types', () => {
  it('COUNT counts every matching event', async () => {
    const metric = await createMetric({ name: 'calls', aggregation_type: 'COUNT' });
    await ingest([event('2025-01-01T01:00:00Z'), event('2025-01-01T02:00:00Z'), event('2025-01-01T03:00:00Z')]);
    expect(total(metric)).toEqual({ value: 3, quantity: '3' });
  });

  it('SUM adds JSON numbers and numeric strings exactly, without float drift', async () => {
    const metric = await sumOf('gb');
    await ingest([
      ...Array.from({ length: 10 }, (_, i) => event(`2025-01-01T0${i}:00:00Z`, { gb: 0.1 })),
      event('2025-01-01T10:00:00Z', { gb: '0.2' }),
      event('2025-01-01T11:00:00Z', { gb: '1e-3' }),
    ]);
    expect(total(metric)).toEqual({ value: 1.201, quantity: '1.201' });
  });

  it('SUM skips events whose aggregation key is not numeric', async () => {
    const metric = await sumOf('gb');
    await ingest([
      event('2025-01-01T01:00:00Z', { gb: 2 }),
      event('2025-01-01T02:00:00Z', { gb: 'lots' }),
      event('2025-01-01T03:00:00Z', { gb: ' 3' }),
      event('2025-01-01T04:00:00Z', { gb: true }),
    ]);
    expect(total(metric)).toEqual({ value: 2, quantity: '2' });
  });

  it('SUM keeps precision beyond what a double holds', async () => {
    const metric = await sumOf('tokens');
    await ingest([
      event('2025-01-01T01:00:00Z', { tokens: '9007199254740993' }),
      event('2025-01-01T02:00:00Z', { tokens: '0.000000000000000001' }),
    ]);
    expect(total(metric).quantity).toBe('9007199254740993.000000000000000001');
  });

  it('MAX takes the largest value, comparing numeric strings by value', async () => {
    const metric = await createMetric({
      name: 'peak',
      aggregation_type: 'MAX',
      aggregation_key: 'connections',
      property_filters: [{ name: 'connections', exists: true }],
    });
    await ingest([
      event('2025-01-01T01:00:00Z', { connections: '9' }),
      event('2025-01-01T02:00:00Z', { connections: '10' }),
      event('2025-01-01T03:00:00Z', { connections: 9.5 }),
    ]);
    expect(total(metric)).toEqual({ value: 10, quantity: '10' });
  });

  it('LATEST takes the value of the event with the latest timestamp, whatever the order of arrival', async () => {
    const metric = await createMetric({
      name: 'seats',
      aggregation_type: 'LATEST',
      aggregation_key: 'seats',
      property_filters: [{ name: 'seats', exists: true }],
    });
    await ingest([event('2025-01-01T05:00:00Z', { seats: 7 })]);
    await ingest([event('2025-01-01T03:00:00Z', { seats: 12 })]);
    expect(total(metric)).toEqual({ value: 7, quantity: '7' });
  });

  it('UNIQUE counts distinct values, a number and its string as one', async () => {
    const metric = await createMetric({
      name: 'active users',
      aggregation_type: 'UNIQUE',
      aggregation_key: 'user',
      property_filters: [{ name: 'user', exists: true }],
    });
    await ingest([
      event('2025-01-01T01:00:00Z', { user: 'ann' }),
      event('2025-01-01T02:00:00Z', { user: 'bob' }),
      event('2025-01-01T03:00:00Z', { user: 'ann' }),
      event('2025-01-01T04:00:00Z', { user: 5 }),
      event('2025-01-01T05:00:00Z', { user: '5' }),
    ]);
    expect(total(metric)).toEqual({ value: 3, quantity: '3' });
  });

  it('answers 0 for COUNT, SUM and UNIQUE and null for MAX and LATEST when nothing matched', async () => {
    const definitions = {
      COUNT: { aggregation_type: 'COUNT' },
      SUM: { aggregation_type: 'SUM', aggregation_key: 'n', property_filters: [{ name: 'n' }] },
      UNIQUE: { aggregation_type: 'UNIQUE', aggregation_key: 'n', property_filters: [{ name: 'n' }] },
      MAX: { aggregation_type: 'MAX', aggregation_key: 'n', property_filters: [{ name: 'n' }] },
      LATEST: { aggregation_type: 'LATEST', aggregation_key: 'n', property_filters: [{ name: 'n' }] },
    };
    const values: Record<string, unknown> = {};
    for (const [type, definition] of Object.entries(definitions))
      values[type] = total(await createMetric({ name: type, ...definition }));
    expect(values).toEqual({
      COUNT: { value: 0, quantity: '0' },
      SUM: { value: 0, quantity: '0' },
      UNIQUE: { value: 0, quantity: '0' },
      MAX: { value: null, quantity: null },
      LATEST: { value: null, quantity: null },
    });
  });
});

describe('metric filters', () => {
  it('event_type_filter.in_values keeps only the listed event types', async () => {
    const metric = await createMetric({ name: 'm', aggregation_type: 'COUNT', event_type_filter: { in_values: ['a', 'b'] } });
    await ingest([event(JAN_1, {}, 'a'), event(JAN_1, {}, 'b'), event(JAN_1, {}, 'c')]);
    expect(total(metric).value).toBe(2);
  });

  it('event_type_filter.not_in_values drops the listed event types', async () => {
    const metric = await createMetric({ name: 'm', aggregation_type: 'COUNT', event_type_filter: { not_in_values: ['a'] } });
    await ingest([event(JAN_1, {}, 'a'), event(JAN_1, {}, 'b'), event(JAN_1, {}, 'c')]);
    expect(total(metric).value).toBe(2);
  });

  it('exists: true keeps events that carry the property, a null value counting as absent', async () => {
    const metric = await createMetric({ name: 'm', aggregation_type: 'COUNT', property_filters: [{ name: 'region', exists: true }] });
    await ingest([event(JAN_1, { region: 'EU' }), event(JAN_1, { region: null }), event(JAN_1, {})]);
    expect(total(metric).value).toBe(1);
  });

  it('exists: false keeps events without the property', async () => {
    const metric = await createMetric({ name: 'm', aggregation_type: 'COUNT', property_filters: [{ name: 'test', exists: false }] });
    await ingest([event(JAN_1, { test: 'yes' }), event(JAN_1, { test: null }), event(JAN_1, {})]);
    expect(total(metric).value).toBe(2);
  });

  it('in_values keeps events whose value is listed, matching numbers by their text, and drops absent ones', async () => {
    const metric = await createMetric({
      name: 'm',
      aggregation_type: 'COUNT',
      property_filters: [{ name: 'tier', in_values: ['gold', '2'] }],
    });
    await ingest([event(JAN_1, { tier: 'gold' }), event(JAN_1, { tier: 2 }), event(JAN_1, { tier: 'silver' }), event(JAN_1, {})]);
    expect(total(metric).value).toBe(2);
  });

  it('not_in_values drops events whose value is listed and keeps events without the property', async () => {
    const metric = await createMetric({
      name: 'm',
      aggregation_type: 'COUNT',
      property_filters: [{ name: 'env', not_in_values: ['test', 'staging'] }],
    });
    await ingest([event(JAN_1, { env: 'prod' }), event(JAN_1, { env: 'test' }), event(JAN_1, { env: 'staging' }), event(JAN_1, {})]);
    expect(total(metric).value).toBe(2);
  });

  it('applies every filter at once', async () => {
    const metric = await sumOf('gb', {
      event_type_filter: { in_values: ['transfer'] },
      property_filters: [
        { name: 'gb', exists: true },
        { name: 'region', in_values: ['EU'] },
      ],
    });
    await ingest([
      event(JAN_1, { gb: 1, region: 'EU' }, 'transfer'),
      event(JAN_1, { gb: 2, region: 'US' }, 'transfer'),
      event(JAN_1, { gb: 4, region: 'EU' }, 'storage'),
      event(JAN_1, { region: 'EU' }, 'transfer'),
    ]);
    expect(total(metric).value).toBe(1);
  });

  it('reads property names with dots and quotes as plain names', async () => {
    const metric = await sumOf('bytes.out "raw"');
    await ingest([event(JAN_1, { 'bytes.out "raw"': 5, bytes: { out: 7 } })]);
    expect(total(metric).value).toBe(5);
  });
});

describe('grouping', () => {
  const regionMetric = () =>
    sumOf('gb', { property_filters: [{ name: 'gb', exists: true }], group_keys: [['region'], ['region', 'team']] });

  it('breaks each window down by group value, values in order and events without the property last', async () => {
    const metric = await regionMetric();
    await ingest([
      event('2025-01-01T01:00:00Z', { gb: 1, region: 'US' }),
      event('2025-01-01T02:00:00Z', { gb: 2, region: 'EU' }),
      event('2025-01-01T03:00:00Z', { gb: 3, region: 'US' }),
      event('2025-01-01T04:00:00Z', { gb: 4 }),
    ]);
    expect(aggregate(metric, { groupKeys: ['region'] })[0]!.groups).toEqual([
      { group: { region: 'EU' }, value: 2, quantity: '2' },
      { group: { region: 'US' }, value: 4, quantity: '4' },
      { group: { region: null }, value: 4, quantity: '4' },
    ]);
  });

  it('groups by compound keys', async () => {
    const metric = await regionMetric();
    await ingest([
      event(JAN_1, { gb: 1, region: 'EU', team: 'ui' }),
      event(JAN_1, { gb: 2, region: 'EU', team: 'ml' }),
      event(JAN_1, { gb: 3, region: 'EU', team: 'ui' }),
    ]);
    expect(aggregate(metric, { groupKeys: ['region', 'team'] })[0]!.groups).toEqual([
      { group: { region: 'EU', team: 'ml' }, value: 2, quantity: '2' },
      { group: { region: 'EU', team: 'ui' }, value: 4, quantity: '4' },
    ]);
  });

  it('lists in each window only the groups with usage in it, and keeps the window total', async () => {
    const metric = await regionMetric();
    await ingest([event('2025-01-01T01:00:00Z', { gb: 1, region: 'EU' }), event('2025-01-02T01:00:00Z', { gb: 2, region: 'US' })]);
    const windows = aggregate(metric, { endingBefore: new Date(JAN_3), windowSize: 'DAY', groupKeys: ['region'] });
    expect(windows.map((w) => ({ value: w.value, groups: w.groups }))).toEqual([
      { value: 1, groups: [{ group: { region: 'EU' }, value: 1, quantity: '1' }] },
      { value: 2, groups: [{ group: { region: 'US' }, value: 2, quantity: '2' }] },
    ]);
  });

  it('counts only events in the group filters', async () => {
    const metric = await regionMetric();
    await ingest([
      event(JAN_1, { gb: 1, region: 'EU', team: 'ui' }),
      event(JAN_1, { gb: 2, region: 'US', team: 'ui' }),
      event(JAN_1, { gb: 4, region: 'AP', team: 'ml' }),
    ]);
    const [window] = aggregate(metric, { groupKeys: ['region', 'team'], groupFilters: { region: ['EU', 'AP'], team: [] } });
    expect(window!.value).toBe(5);
    expect(window!.groups!.map((g) => g.group)).toEqual([
      { region: 'AP', team: 'ml' },
      { region: 'EU', team: 'ui' },
    ]);
  });
});

describe('windows', () => {
  it('cuts the range into day windows, an event at a window start counting in that window', async () => {
    const metric = await createMetric({ name: 'calls', aggregation_type: 'COUNT' });
    await ingest([
      event('2024-12-31T23:59:59.999Z'),
      event(JAN_1),
      event('2025-01-01T23:59:59.999Z'),
      event(JAN_2),
      event(JAN_3),
    ]);
    const windows = aggregate(metric, { endingBefore: new Date(JAN_3), windowSize: 'DAY' });
    expect(windows.map((w) => [w.startingOn.toISOString(), w.endingBefore.toISOString(), w.value])).toEqual([
      ['2025-01-01T00:00:00.000Z', '2025-01-02T00:00:00.000Z', 2],
      ['2025-01-02T00:00:00.000Z', '2025-01-03T00:00:00.000Z', 1],
    ]);
  });

  it('lists hour windows without usage with the empty value', async () => {
    const metric = await sumOf('gb');
    await ingest([event('2025-01-01T01:30:00Z', { gb: 3 })]);
    const windows = aggregate(metric, { endingBefore: new Date('2025-01-01T03:00:00Z'), windowSize: 'HOUR' });
    expect(windows.map((w) => [w.startingOn.toISOString(), w.value])).toEqual([
      ['2025-01-01T00:00:00.000Z', 0],
      ['2025-01-01T01:00:00.000Z', 3],
      ['2025-01-01T02:00:00.000Z', 0],
    ]);
  });

  it('cuts the last window at the end of the range', async () => {
    const metric = await createMetric({ name: 'calls', aggregation_type: 'COUNT' });
    await ingest([event('2025-01-02T05:00:00Z'), event('2025-01-02T06:00:00Z')]);
    const windows = aggregate(metric, { endingBefore: new Date('2025-01-02T06:00:00Z'), windowSize: 'DAY' });
    expect(windows.map((w) => [w.startingOn.toISOString(), w.endingBefore.toISOString(), w.value])).toEqual([
      ['2025-01-01T00:00:00.000Z', '2025-01-02T00:00:00.000Z', 0],
      ['2025-01-02T00:00:00.000Z', '2025-01-02T06:00:00.000Z', 1],
    ]);
  });

  it('answers 400 when the range is empty', async () => {
    const metric = await createMetric({ name: 'calls', aggregation_type: 'COUNT' });
    expect(() => aggregate(metric, { endingBefore: new Date(JAN_1) })).toThrow('ending_before must be after starting_on');
  });
});

describe('customer matching', () => {
  it('counts events sent with the customer id and with its ingest aliases', async () => {
    const metric = await createMetric({ name: 'calls', aggregation_type: 'COUNT' });
    await ingest([event(JAN_1), { ...event(JAN_1), customer_id: 'acme-alias' }]);
    expect(total(metric).value).toBe(2);
  });

  it("leaves out other customers' events", async () => {
    const metric = await createMetric({ name: 'calls', aggregation_type: 'COUNT' });
    const other = await createCustomer('Other', ['other-alias']);
    await ingest([event(JAN_1), { ...event(JAN_1), customer_id: other }, { ...event(JAN_1), customer_id: 'other-alias' }]);
    expect(total(metric).value).toBe(1);
  });

  it('counts events sent for an alias before any customer had it, once a customer takes the alias', async () => {
    const metric = await createMetric({ name: 'calls', aggregation_type: 'COUNT' });
    await ingest([{ ...event(JAN_1), customer_id: 'future@example.com' }]);
    const late = await createCustomer('Late', ['future@example.com']);
    expect(total(metric, { customerId: late }).value).toBe(1);
  });

  it('answers 404 for an unknown metric id', async () => {
    expect(() => aggregate('00000000-0000-4000-8000-000000000000')).toThrow(
      'Billable metric not found: 00000000-0000-4000-8000-000000000000',
    );
  });
});
