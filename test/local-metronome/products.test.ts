import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocalMetronome } from '../support/local-metronome.js';

const server = useLocalMetronome();
const api = (...args: Parameters<typeof server.api>) => server.api(...args);

const CREATED_AT = '2025-03-01T10:00:00.000Z';
const ACTOR = 'Local API token';

async function createBillableMetric(groupKeys?: string[][]): Promise<string> {
  const response = await api('POST', '/v1/billable-metrics/create', {
    body: { name: 'Requests', aggregation_type: 'COUNT', ...(groupKeys ? { group_keys: groupKeys } : {}) },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data.id;
}

async function createProduct(body: Record<string, unknown>): Promise<string> {
  const response = await api('POST', '/v1/contract-pricing/products/create', { body });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data.id;
}

async function getProduct(id: string) {
  return api('POST', '/v1/contract-pricing/products/get', { body: { id } });
}

async function setClock(now: string) {
  await api('POST', '/_local/clock', { body: { now, frozen: true } });
}

beforeEach(async () => {
  await server.local.reset();
  await setClock(CREATED_AT);
});

describe('creating products', () => {
  it('stores a USAGE product on an existing billable metric and serves it in full', async () => {
    await api('POST', '/v1/customFields/addKey', { body: { entity: 'product', key: 'sku', enforce_uniqueness: true } });
    const metricId = await createBillableMetric([['region', 'cloud']]);
    const id = await createProduct({
      name: 'Compute',
      type: 'USAGE',
      billable_metric_id: metricId,
      pricing_group_key: ['region'],
      presentation_group_key: ['cloud'],
      quantity_conversion: { name: 'MB to GB', conversion_factor: 1024, operation: 'DIVIDE' },
      quantity_rounding: { decimal_places: 2, rounding_method: 'ROUND_UP' },
      tags: ['compute'],
      custom_fields: { sku: 'C-1' },
    });
    const state = {
      name: 'Compute',
      billable_metric_id: metricId,
      quantity_conversion: { name: 'MB to GB', conversion_factor: 1024, operation: 'DIVIDE' },
      quantity_rounding: { decimal_places: 2, rounding_method: 'ROUND_UP' },
      tags: ['compute'],
      pricing_group_key: ['region'],
      presentation_group_key: ['cloud'],
      starting_at: CREATED_AT,
      created_at: CREATED_AT,
      created_by: ACTOR,
    };
    const response = await getProduct(id);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: { id, type: 'USAGE', archived_at: null, initial: state, current: state, updates: [], custom_fields: { sku: 'C-1' } },
    });
  });

  it('requires a billable metric for a USAGE product', async () => {
    const response = await api('POST', '/v1/contract-pricing/products/create', { body: { name: 'Compute', type: 'USAGE' } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'billable_metric_id is required for USAGE products' });
  });

  it('answers 404 for a USAGE product on an unknown billable metric', async () => {
    const metricId = randomUUID();
    const response = await api('POST', '/v1/contract-pricing/products/create', {
      body: { name: 'Compute', type: 'USAGE', billable_metric_id: metricId },
    });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `Billable metric not found: ${metricId}` });
  });

  it('refuses an archived billable metric', async () => {
    const metricId = await createBillableMetric();
    await api('POST', '/v1/billable-metrics/archive', { body: { id: metricId } });
    const response = await api('POST', '/v1/contract-pricing/products/create', {
      body: { name: 'Compute', type: 'USAGE', billable_metric_id: metricId },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: `billable_metric_id ${metricId} is archived` });
  });

  it('accepts pricing and presentation group keys whose union is a compound group key of the metric, in any order', async () => {
    const metricId = await createBillableMetric([['region'], ['cloud', 'region']]);
    const id = await createProduct({
      name: 'Compute',
      type: 'USAGE',
      billable_metric_id: metricId,
      pricing_group_key: ['region'],
      presentation_group_key: ['region', 'cloud'],
    });
    expect((await getProduct(id)).body.data.current.pricing_group_key).toEqual(['region']);
  });

  it('refuses group keys whose union is not one of the metric group keys', async () => {
    const metricId = await createBillableMetric([['region'], ['cloud']]);
    const response = await api('POST', '/v1/contract-pricing/products/create', {
      body: { name: 'Compute', type: 'USAGE', billable_metric_id: metricId, pricing_group_key: ['region'], presentation_group_key: ['cloud'] },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      message: `pricing_group_key and presentation_group_key together ([region, cloud]) must be one of the group keys of billable metric ${metricId}: [region], [cloud]`,
    });
  });

  it('refuses a quantity conversion factor that is not positive', async () => {
    const metricId = await createBillableMetric();
    const response = await api('POST', '/v1/contract-pricing/products/create', {
      body: { name: 'Compute', type: 'USAGE', billable_metric_id: metricId, quantity_conversion: { conversion_factor: 0, operation: 'MULTIPLY' } },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'quantity_conversion.conversion_factor must be greater than 0' });
  });

  it('refuses fractional rounding decimal places', async () => {
    const metricId = await createBillableMetric();
    const response = await api('POST', '/v1/contract-pricing/products/create', {
      body: { name: 'Compute', type: 'USAGE', billable_metric_id: metricId, quantity_rounding: { decimal_places: 1.5, rounding_method: 'ROUND_DOWN' } },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'quantity_rounding.decimal_places must be a whole number' });
  });

  it('refuses a rounding method outside the enum', async () => {
    const metricId = await createBillableMetric();
    const response = await api('POST', '/v1/contract-pricing/products/create', {
      body: { name: 'Compute', type: 'USAGE', billable_metric_id: metricId, quantity_rounding: { decimal_places: 1, rounding_method: 'ROUND' } },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'quantity_rounding.rounding_method must be one of: ROUND_UP, ROUND_DOWN, ROUND_HALF_UP' });
  });

  it.each(['FIXED', 'SUBSCRIPTION', 'PRO_SERVICE'])('creates a %s product from a name alone', async (type) => {
    const id = await createProduct({ name: 'Onboarding', type });
    const data = (await getProduct(id)).body.data;
    expect(data.type).toBe(type);
    expect(data.current).toEqual({ name: 'Onboarding', starting_at: CREATED_AT, created_at: CREATED_AT, created_by: ACTOR });
  });

  it('reports a PROFESSIONAL_SERVICE product as PRO_SERVICE', async () => {
    const id = await createProduct({ name: 'Onboarding', type: 'PROFESSIONAL_SERVICE' });
    expect((await getProduct(id)).body.data.type).toBe('PRO_SERVICE');
  });

  it('refuses a product type outside the enum', async () => {
    const response = await api('POST', '/v1/contract-pricing/products/create', { body: { name: 'X', type: 'usage' } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      message: 'type must be one of: FIXED, USAGE, COMPOSITE, SUBSCRIPTION, PROFESSIONAL_SERVICE, PRO_SERVICE',
    });
  });

  it.each([
    ['billable_metric_id', randomUUID()],
    ['quantity_conversion', { conversion_factor: 2, operation: 'MULTIPLY' }],
    ['quantity_rounding', { decimal_places: 0, rounding_method: 'ROUND_UP' }],
    ['pricing_group_key', ['region']],
    ['presentation_group_key', ['region']],
  ])('refuses %s on a product that is not USAGE', async (field, value) => {
    const response = await api('POST', '/v1/contract-pricing/products/create', { body: { name: 'Fee', type: 'FIXED', [field]: value } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: `${field} is only valid for USAGE products` });
  });

  it('creates a COMPOSITE product over existing products and tags', async () => {
    const metricId = await createBillableMetric();
    const usageId = await createProduct({ name: 'Compute', type: 'USAGE', billable_metric_id: metricId });
    const id = await createProduct({
      name: 'Support',
      type: 'COMPOSITE',
      composite_product_ids: [usageId],
      composite_tags: ['infra'],
      composite_scope: 'CUSTOMER',
      exclude_free_usage: true,
      include_composite_spend: false,
    });
    expect((await getProduct(id)).body.data.current).toEqual({
      name: 'Support',
      composite_product_ids: [usageId],
      composite_tags: ['infra'],
      composite_scope: 'CUSTOMER',
      exclude_free_usage: true,
      include_composite_spend: false,
      starting_at: CREATED_AT,
      created_at: CREATED_AT,
      created_by: ACTOR,
    });
  });

  it('requires a COMPOSITE product to name its products or tags', async () => {
    const response = await api('POST', '/v1/contract-pricing/products/create', { body: { name: 'Support', type: 'COMPOSITE', composite_tags: [] } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'composite_product_ids or composite_tags is required for COMPOSITE products' });
  });

  it('answers 404 for a COMPOSITE product over an unknown product', async () => {
    const unknown = randomUUID();
    const response = await api('POST', '/v1/contract-pricing/products/create', {
      body: { name: 'Support', type: 'COMPOSITE', composite_product_ids: [unknown] },
    });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `Product not found: ${unknown}` });
  });

  it('refuses composite settings on a product that is not COMPOSITE', async () => {
    const response = await api('POST', '/v1/contract-pricing/products/create', {
      body: { name: 'Fee', type: 'FIXED', composite_tags: ['infra'] },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'composite_tags is only valid for COMPOSITE products' });
  });

  it('refuses an empty name', async () => {
    const response = await api('POST', '/v1/contract-pricing/products/create', { body: { name: ' ', type: 'FIXED' } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'name must not be empty' });
  });

  it('records each create in the audit log', async () => {
    const id = await createProduct({ name: 'Fee', type: 'FIXED' });
    const log = server.local.db.prepare('SELECT resource_type, resource_id, data FROM audit_logs').all() as {
      resource_type: string;
      resource_id: string;
      data: string;
    }[];
    expect(log.map((entry) => [entry.resource_type, entry.resource_id, JSON.parse(entry.data).action])).toEqual([
      ['product', id, 'create'],
    ]);
  });

  it('refuses custom fields whose key was never added for products', async () => {
    const response = await api('POST', '/v1/contract-pricing/products/create', {
      body: { name: 'Fee', type: 'FIXED', custom_fields: { sku: 'F-1' } },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      message: 'Custom field key "sku" has not been added for entity product; add it with /v1/customFields/addKey',
    });
  });
});

describe('getting products', () => {
  it('answers 404 naming an unknown product', async () => {
    const id = randomUUID();
    const response = await getProduct(id);
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `Product not found: ${id}` });
  });
});

describe('updating products', () => {
  it('keeps the current state until the update starts, then serves the update as current', async () => {
    const id = await createProduct({ name: 'Compute', type: 'FIXED', tags: ['a'] });
    const update = await api('POST', '/v1/contract-pricing/products/update', {
      body: { product_id: id, starting_at: '2025-04-01T00:00:00Z', name: 'Compute v2' },
    });
    expect(update.body).toEqual({ data: { id } });

    const initial = { name: 'Compute', tags: ['a'], starting_at: CREATED_AT, created_at: CREATED_AT, created_by: ACTOR };
    const before = (await getProduct(id)).body.data;
    expect(before.initial).toEqual(initial);
    expect(before.current).toEqual(initial);
    expect(before.updates).toEqual([
      { name: 'Compute v2', starting_at: '2025-04-01T00:00:00.000Z', created_at: CREATED_AT, created_by: ACTOR },
    ]);

    await setClock('2025-04-01T00:00:00Z');
    const after = (await getProduct(id)).body.data;
    expect(after.initial).toEqual(initial);
    expect(after.current).toEqual({ ...initial, name: 'Compute v2' });
  });

  it('applies updates in order of their starting_at, not the order they were made', async () => {
    const id = await createProduct({ name: 'Compute', type: 'FIXED' });
    await api('POST', '/v1/contract-pricing/products/update', {
      body: { product_id: id, starting_at: '2025-03-01T09:00:00Z', name: 'Later name', tags: ['later'] },
    });
    await api('POST', '/v1/contract-pricing/products/update', {
      body: { product_id: id, starting_at: '2025-02-01T00:00:00Z', name: 'Earlier name' },
    });
    expect((await getProduct(id)).body.data.current).toMatchObject({ name: 'Later name', tags: ['later'] });
  });

  it('refuses a starting_at off the hour boundary', async () => {
    const id = await createProduct({ name: 'Compute', type: 'FIXED' });
    const response = await api('POST', '/v1/contract-pricing/products/update', {
      body: { product_id: id, starting_at: '2025-04-01T01:30:00Z', name: 'x' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'starting_at must be on an hour boundary (e.g. 1:00, not 1:30)' });
  });

  it('answers 404 for an unknown product', async () => {
    const id = randomUUID();
    const response = await api('POST', '/v1/contract-pricing/products/update', { body: { product_id: id, starting_at: '2025-04-01T00:00:00Z' } });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `Product not found: ${id}` });
  });

  it('refuses USAGE-only fields on a product of another type', async () => {
    const id = await createProduct({ name: 'Seats', type: 'SUBSCRIPTION' });
    const response = await api('POST', '/v1/contract-pricing/products/update', {
      body: { product_id: id, starting_at: '2025-04-01T00:00:00Z', pricing_group_key: ['region'] },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'pricing_group_key is only valid for USAGE products' });
  });

  it('checks new group keys against the billable metric the product uses', async () => {
    const metricId = await createBillableMetric([['region']]);
    const id = await createProduct({ name: 'Compute', type: 'USAGE', billable_metric_id: metricId });
    const response = await api('POST', '/v1/contract-pricing/products/update', {
      body: { product_id: id, starting_at: '2025-04-01T00:00:00Z', pricing_group_key: ['cloud'] },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      message: `pricing_group_key and presentation_group_key together ([cloud]) must be one of the group keys of billable metric ${metricId}: [region]`,
    });
  });

  it('moves a USAGE product to another billable metric', async () => {
    const id = await createProduct({ name: 'Compute', type: 'USAGE', billable_metric_id: await createBillableMetric() });
    const next = await createBillableMetric();
    await api('POST', '/v1/contract-pricing/products/update', {
      body: { product_id: id, starting_at: '2025-03-01T00:00:00Z', billable_metric_id: next },
    });
    expect((await getProduct(id)).body.data.current.billable_metric_id).toBe(next);
  });

  it('refuses to update an archived product', async () => {
    const id = await createProduct({ name: 'Compute', type: 'FIXED' });
    await api('POST', '/v1/contract-pricing/products/archive', { body: { product_id: id } });
    const response = await api('POST', '/v1/contract-pricing/products/update', { body: { product_id: id, starting_at: '2025-04-01T00:00:00Z', name: 'x' } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: `product ${id} is archived and cannot be updated` });
  });
});

describe('listing and archiving products', () => {
  it('lists products that are not archived by default, in creation order', async () => {
    const first = await createProduct({ name: 'One', type: 'FIXED' });
    const archived = await createProduct({ name: 'Two', type: 'FIXED' });
    const third = await createProduct({ name: 'Three', type: 'FIXED' });
    await api('POST', '/v1/contract-pricing/products/archive', { body: { product_id: archived } });

    const list = await api('POST', '/v1/contract-pricing/products/list', {});
    expect(list.body.data.map((p: { id: string }) => p.id)).toEqual([first, third]);
    expect(list.body.next_page).toBeNull();
  });

  it('filters archived products, or serves all of them, as archive_filter says', async () => {
    const first = await createProduct({ name: 'One', type: 'FIXED' });
    const archived = await createProduct({ name: 'Two', type: 'FIXED' });
    await setClock('2025-03-02T00:00:00Z');
    await api('POST', '/v1/contract-pricing/products/archive', { body: { product_id: archived } });

    const onlyArchived = await api('POST', '/v1/contract-pricing/products/list', { body: { archive_filter: 'ARCHIVED' } });
    expect(onlyArchived.body.data.map((p: { id: string; archived_at: string }) => [p.id, p.archived_at])).toEqual([
      [archived, '2025-03-02T00:00:00.000Z'],
    ]);
    const all = await api('POST', '/v1/contract-pricing/products/list', { body: { archive_filter: 'ALL' } });
    expect(all.body.data.map((p: { id: string }) => p.id)).toEqual([first, archived]);
  });

  it('pages with limit and next_page', async () => {
    const ids = [];
    for (const name of ['A', 'B', 'C']) ids.push(await createProduct({ name, type: 'FIXED' }));
    const first = await api('POST', '/v1/contract-pricing/products/list', { body: {}, query: { limit: 2 } });
    expect(first.body.data.map((p: { id: string }) => p.id)).toEqual(ids.slice(0, 2));
    const second = await api('POST', '/v1/contract-pricing/products/list', { body: {}, query: { limit: 2, next_page: first.body.next_page } });
    expect(second.body.data.map((p: { id: string }) => p.id)).toEqual(ids.slice(2));
    expect(second.body.next_page).toBeNull();
  });

  it('refuses to archive a product twice', async () => {
    const id = await createProduct({ name: 'One', type: 'FIXED' });
    expect((await api('POST', '/v1/contract-pricing/products/archive', { body: { product_id: id } })).body).toEqual({ data: { id } });
    const again = await api('POST', '/v1/contract-pricing/products/archive', { body: { product_id: id } });
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ message: `product ${id} is already archived` });
  });

  it('answers 404 when archiving an unknown product', async () => {
    const id = randomUUID();
    const response = await api('POST', '/v1/contract-pricing/products/archive', { body: { product_id: id } });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `Product not found: ${id}` });
  });
});
