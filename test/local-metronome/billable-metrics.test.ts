import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan } from '../../src/local-metronome/store/plans.js';
import { useLocalMetronome } from '../support/local-metronome.js';
import { usageFixtures } from '../support/usage-fixtures.js';

const server = useLocalMetronome();
const api = (...args: Parameters<typeof server.api>) => server.api(...args);
const { createCustomer, createMetric, freezeClock } = usageFixtures(api);

beforeEach(async () => {
  await server.local.reset();
});

/** The id of what a create request made, failing with the response body when it was refused. */
async function created(path: string, body: Record<string, unknown>): Promise<string> {
  const response = await api('POST', path, { body });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data?.id;
}

const CPU_HOURS = {
  name: 'CPU Hours',
  event_type_filter: { in_values: ['cpu_usage'] },
  property_filters: [
    { name: 'cpu_hours', exists: true },
    { name: 'region', exists: true, in_values: ['EU', 'NA'] },
    { name: 'machine_type', exists: true, in_values: ['slow', 'fast'] },
  ],
  aggregation_type: 'SUM',
  aggregation_key: 'cpu_hours',
  group_keys: [['region'], ['machine_type']],
};

async function expectBadRequest(body: unknown, message: string) {
  const response = await api('POST', '/v1/billable-metrics/create', { body });
  expect(response.status).toBe(400);
  expect(response.body).toEqual({ message });
}

describe('POST /v1/billable-metrics/create', () => {
  it('creates a metric that GET returns with every field as given and its custom fields', async () => {
    const created = await api('POST', '/v1/billable-metrics/create', { body: { ...CPU_HOURS, custom_fields: { team: 'infra' } } });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({ data: { id: expect.stringMatching(/^[0-9a-f-]{36}$/) } });
    const fetched = await api('GET', `/v1/billable-metrics/${created.body.data.id}`);
    expect(fetched.body).toEqual({ data: { id: created.body.data.id, ...CPU_HOURS, custom_fields: { team: 'infra' } } });
  });

  it('creates a COUNT metric without an aggregation key', async () => {
    const id = await createMetric({ name: 'API calls', aggregation_type: 'COUNT', event_type_filter: { in_values: ['api_call'] } });
    const fetched = await api('GET', `/v1/billable-metrics/${id}`);
    expect(fetched.body.data).toEqual({
      id,
      name: 'API calls',
      aggregation_type: 'COUNT',
      event_type_filter: { in_values: ['api_call'] },
      custom_fields: {},
    });
  });

  it('records the creation in the audit log', async () => {
    const id = await createMetric(CPU_HOURS);
    const log = await api('GET', '/v1/auditLogs', { query: { resource_type: 'billable_metric', resource_id: id } });
    expect(log.body.data.map((e: any) => [e.resource_type, e.resource_id, e.action])).toContainEqual(['billable_metric', id, 'create']);
  });

  it('answers 400 when the aggregation key is missing for a SUM metric', async () => {
    const { aggregation_key: _, ...withoutKey } = CPU_HOURS;
    await expectBadRequest(withoutKey, 'aggregation_key is required for SUM billable metrics');
  });

  it('answers 400 when the aggregation key is not one of the property filter names', async () => {
    await expectBadRequest(
      { ...CPU_HOURS, aggregation_key: 'gpu_hours' },
      'aggregation_key must be one of the property filter names (cpu_hours, region, machine_type): gpu_hours',
    );
  });

  it('answers 400 without an aggregation type', async () => {
    await expectBadRequest({ name: 'x' }, 'aggregation_type is required when sql is not provided');
  });

  it('answers 400 for an aggregation type outside the enum, which is spelled in capitals', async () => {
    await expectBadRequest({ ...CPU_HOURS, aggregation_type: 'sum' }, 'aggregation_type must be one of: COUNT, LATEST, MAX, SUM, UNIQUE');
  });

  it('answers 400 for a SQL metric, which the Local Metronome cannot evaluate', async () => {
    await expectBadRequest(
      { name: 'sql metric', sql: 'SELECT count(*) AS value FROM events' },
      'sql billable metrics are not supported by the Local Metronome; define the metric with aggregation_type, aggregation_key, event_type_filter and property_filters',
    );
  });

  it('answers 400 when sql comes with streaming fields', async () => {
    await expectBadRequest(
      { name: 'both', sql: 'SELECT 1', aggregation_type: 'COUNT', group_keys: [['a']] },
      'sql is mutually exclusive with aggregation_type, group_keys',
    );
  });

  it('answers 400 for empty in_values and not_in_values lists', async () => {
    await expectBadRequest(
      { ...CPU_HOURS, event_type_filter: { in_values: [] } },
      'event_type_filter.in_values must be non-empty if present',
    );
    await expectBadRequest(
      { ...CPU_HOURS, property_filters: [{ name: 'cpu_hours', not_in_values: [] }] },
      'property_filters[0].not_in_values must be non-empty if present',
    );
  });

  it('answers 400 for an empty group key', async () => {
    await expectBadRequest({ ...CPU_HOURS, group_keys: [['region'], []] }, 'group_keys[1] must be non-empty if present');
  });

  it('answers 400 for a blank name', async () => {
    await expectBadRequest({ ...CPU_HOURS, name: '  ' }, 'name must not be empty');
  });
});

describe('GET /v1/billable-metrics', () => {
  it('lists active metrics in creation order, paged', async () => {
    const ids = [];
    for (const name of ['a', 'b', 'c']) ids.push(await createMetric({ name, aggregation_type: 'COUNT' }));
    const first = await api('GET', '/v1/billable-metrics', { query: { limit: 2 } });
    expect(first.body.data.map((m: any) => m.id)).toEqual(ids.slice(0, 2));
    const second = await api('GET', '/v1/billable-metrics', { query: { limit: 2, next_page: first.body.next_page } });
    expect(second.body).toEqual({ data: [{ id: ids[2], name: 'c', aggregation_type: 'COUNT', custom_fields: {} }], next_page: null });
  });

  it('leaves archived metrics out unless include_archived is true', async () => {
    await freezeClock('2025-03-01T12:00:00Z');
    const kept = await createMetric({ name: 'kept', aggregation_type: 'COUNT' });
    const archived = await createMetric({ name: 'archived', aggregation_type: 'COUNT' });
    await api('POST', '/v1/billable-metrics/archive', { body: { id: archived } });
    const active = await api('GET', '/v1/billable-metrics');
    expect(active.body.data.map((m: any) => m.id)).toEqual([kept]);
    const all = await api('GET', '/v1/billable-metrics', { query: { include_archived: true } });
    expect(all.body.data.map((m: any) => [m.id, m.archived_at])).toEqual([
      [kept, undefined],
      [archived, '2025-03-01T12:00:00.000Z'],
    ]);
  });
});

describe('GET /v1/billable-metrics/{billable_metric_id}', () => {
  it('answers 404 for an unknown metric', async () => {
    const response = await api('GET', '/v1/billable-metrics/6f4e3c1a-4a0e-4bd6-9d5c-2f6b1c7e8a90');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: 'Billable metric not found: 6f4e3c1a-4a0e-4bd6-9d5c-2f6b1c7e8a90' });
  });
});

describe('POST /v1/billable-metrics/archive', () => {
  it('stamps archived_at with the time of the request and answers with the id', async () => {
    await freezeClock('2025-03-01T12:00:00Z');
    const id = await createMetric(CPU_HOURS);
    const archived = await api('POST', '/v1/billable-metrics/archive', { body: { id } });
    expect(archived.body).toEqual({ data: { id } });
    const fetched = await api('GET', `/v1/billable-metrics/${id}`);
    expect(fetched.body.data.archived_at).toBe('2025-03-01T12:00:00.000Z');
  });

  it('answers 400 when the metric is already archived', async () => {
    const id = await createMetric(CPU_HOURS);
    await api('POST', '/v1/billable-metrics/archive', { body: { id } });
    const again = await api('POST', '/v1/billable-metrics/archive', { body: { id } });
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ message: `Billable metric ${id} is already archived` });
  });

  it('answers 404 for an unknown metric', async () => {
    const response = await api('POST', '/v1/billable-metrics/archive', { body: { id: '6f4e3c1a-4a0e-4bd6-9d5c-2f6b1c7e8a90' } });
    expect(response.status).toBe(404);
  });
});

describe('GET /v1/customers/{customer_id}/billable-metrics', () => {
  it('lists the active metrics with the deprecated fields the endpoint still serves', async () => {
    const customer = await createCustomer('Acme');
    const id = await createMetric(CPU_HOURS);
    const response = await api('GET', `/v1/customers/${customer}/billable-metrics`);
    expect(response.body).toEqual({
      data: [
        {
          id,
          ...CPU_HOURS,
          custom_fields: {},
          aggregate: 'sum',
          aggregate_keys: ['cpu_hours'],
          group_by: ['region', 'machine_type'],
        },
      ],
      next_page: null,
    });
  });

  it('includes archived metrics only with include_archived, and pages', async () => {
    const customer = await createCustomer('Acme');
    const a = await createMetric({ name: 'a', aggregation_type: 'COUNT' });
    const b = await createMetric({ name: 'b', aggregation_type: 'COUNT' });
    await api('POST', '/v1/billable-metrics/archive', { body: { id: a } });
    const active = await api('GET', `/v1/customers/${customer}/billable-metrics`);
    expect(active.body.data.map((m: any) => m.id)).toEqual([b]);
    const first = await api('GET', `/v1/customers/${customer}/billable-metrics`, { query: { include_archived: true, limit: 1 } });
    const second = await api('GET', `/v1/customers/${customer}/billable-metrics`, {
      query: { include_archived: true, limit: 1, next_page: first.body.next_page },
    });
    expect([...first.body.data, ...second.body.data].map((m: any) => m.id)).toEqual([a, b]);
    expect(second.body.next_page).toBeNull();
  });

  it('with on_current_plan, lists only the metrics of the products on the rate card of the contract in force', async () => {
    await freezeClock('2025-02-10T00:00:00Z');
    const customer = await createCustomer('Acme');
    const priced = await createMetric({ name: 'priced', aggregation_type: 'COUNT' });
    await createMetric({ name: 'unpriced', aggregation_type: 'COUNT' });
    const product = await created('/v1/contract-pricing/products/create', { name: 'Calls', type: 'USAGE', billable_metric_id: priced });
    const rateCard = await created('/v1/contract-pricing/rate-cards/create', { name: 'List prices' });
    await created('/v1/contract-pricing/rate-cards/addRate', {
      rate_card_id: rateCard,
      product_id: product,
      entitled: true,
      starting_at: '2025-01-01T00:00:00Z',
      rate_type: 'FLAT',
      price: 1,
    });
    await created('/v1/contracts/create', { customer_id: customer, rate_card_id: rateCard, starting_at: '2025-01-01T00:00:00Z' });
    const response = await api('GET', `/v1/customers/${customer}/billable-metrics`, { query: { on_current_plan: true } });
    expect(response.body.data.map((m: any) => m.name)).toEqual(['priced']);
  });

  it('with on_current_plan, leaves out the metrics of a contract that has ended', async () => {
    await freezeClock('2025-02-10T00:00:00Z');
    const customer = await createCustomer('Acme');
    const priced = await createMetric({ name: 'priced', aggregation_type: 'COUNT' });
    const product = await created('/v1/contract-pricing/products/create', { name: 'Calls', type: 'USAGE', billable_metric_id: priced });
    const rateCard = await created('/v1/contract-pricing/rate-cards/create', { name: 'List prices' });
    await api('POST', '/v1/contract-pricing/rate-cards/addRate', {
      body: { rate_card_id: rateCard, product_id: product, entitled: true, starting_at: '2025-01-01T00:00:00Z', rate_type: 'FLAT', price: 1 },
    });
    await created('/v1/contracts/create', {
      customer_id: customer,
      rate_card_id: rateCard,
      starting_at: '2025-01-01T00:00:00Z',
      ending_before: '2025-02-01T00:00:00Z',
    });
    const response = await api('GET', `/v1/customers/${customer}/billable-metrics`, { query: { on_current_plan: true } });
    expect(response.body.data).toEqual([]);
  });

  it("with on_current_plan, lists the metrics of the usage charges of the customer's plan in force", async () => {
    await freezeClock('2025-02-10T00:00:00Z');
    const customer = await createCustomer('Acme');
    await createMetric({ name: 'unplanned', aggregation_type: 'COUNT' });
    const planned = await createMetric({ name: 'planned', aggregation_type: 'COUNT' });
    const plan = createPlan(server.local.db, {
      name: 'Usage plan',
      charges: [
        {
          name: 'Calls',
          charge_type: 'usage',
          product_id: '0e7b6a4c-2c1d-4a8e-9f3b-5d6c7e8f9a0b',
          product_name: 'Calls',
          prices: [{ value: 2 }],
          billable_metric_id: planned,
        },
      ],
    });
    await created(`/v1/customers/${customer}/plans/add`, { plan_id: plan.id, starting_on: '2025-01-01T00:00:00Z' });
    const response = await api('GET', `/v1/customers/${customer}/billable-metrics`, { query: { on_current_plan: true } });
    expect(response.body.data.map((m: any) => m.name)).toEqual(['planned']);
  });

  it('with on_current_plan, lists nothing for a customer without a contract or plan in force', async () => {
    const customer = await createCustomer('Acme');
    await createMetric({ name: 'a', aggregation_type: 'COUNT' });
    const response = await api('GET', `/v1/customers/${customer}/billable-metrics`, { query: { on_current_plan: true } });
    expect(response.body).toEqual({ data: [], next_page: null });
  });

  it('answers 404 for an unknown customer', async () => {
    const response = await api('GET', '/v1/customers/6f4e3c1a-4a0e-4bd6-9d5c-2f6b1c7e8a90/billable-metrics');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: 'Customer not found: 6f4e3c1a-4a0e-4bd6-9d5c-2f6b1c7e8a90' });
  });
});
