import { beforeEach, describe, expect, it } from 'vitest';
import { billingProviderConfigurationsOf, revenueSystemConfigurationsOf } from '../../src/local-metronome/store/customer-billing.js';
import { resolveCustomerId } from '../../src/local-metronome/store/customers.js';
import { conformanceRecorder } from '../support/openapi-responses.js';
import { useLocalMetronome } from '../support/local-metronome.js';

const server = useLocalMetronome();
const api = (...args: Parameters<typeof server.api>) => server.api(...args);

const T0 = '2025-01-01T00:00:00.000Z';
const T1 = '2025-01-01T01:00:00.000Z';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

beforeEach(async () => {
  await server.local.reset();
  await api('POST', '/_local/clock', { body: { now: T0, frozen: true } });
});

async function createCustomer(body: Record<string, unknown>): Promise<{ id: string; [key: string]: unknown }> {
  const response = await api('POST', '/v1/customers', { body });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data;
}

async function advanceClockOneHour() {
  await api('POST', '/_local/clock', { body: { advance_ms: 3_600_000 } });
}

async function listedIds(query: Record<string, string | number | boolean | string[] | undefined> = {}) {
  const response = await api('GET', '/v1/customers', { query });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data.map((c: { id: string }) => c.id);
}

describe('POST /v1/customers', () => {
  it('creates a customer whose external_id is its first ingest alias', async () => {
    const response = await api('POST', '/v1/customers', {
      body: { name: 'Example, Inc.', ingest_aliases: ['team@example.com', 'ops@example.com'] },
    });
    expect(response.status).toBe(200);
    expect(response.body.data.id).toMatch(UUID);
    expect(response.body).toEqual({
      data: {
        id: response.body.data.id,
        external_id: 'team@example.com',
        ingest_aliases: ['team@example.com', 'ops@example.com'],
        name: 'Example, Inc.',
        custom_fields: {},
      },
    });
  });

  it('uses the Metronome id as external_id when the customer has no ingest alias', async () => {
    const customer = await createCustomer({ name: 'No aliases' });
    expect(customer.external_id).toBe(customer.id);
    expect(customer.ingest_aliases).toEqual([]);
  });

  it('treats the deprecated external_id as the first ingest alias, without duplicates', async () => {
    const customer = await createCustomer({ name: 'Legacy', external_id: 'acct-1', ingest_aliases: ['acct-2', 'acct-1'] });
    expect(customer).toMatchObject({ external_id: 'acct-1', ingest_aliases: ['acct-1', 'acct-2'] });
    expect(resolveCustomerId(server.local.db, 'acct-1')).toBe(customer.id);
  });

  it('truncates a name longer than 160 characters', async () => {
    const customer = await createCustomer({ name: 'x'.repeat(200) });
    expect(customer.name).toBe('x'.repeat(160));
  });

  it('answers 400 when name is missing', async () => {
    const response = await api('POST', '/v1/customers', { body: { ingest_aliases: ['a'] } });
    expect(response).toMatchObject({ status: 400, body: { message: 'name is required' } });
  });

  it('answers 409 when an ingest alias is already another customer’s, and creates nothing', async () => {
    const first = await createCustomer({ name: 'First', ingest_aliases: ['shared'] });
    const response = await api('POST', '/v1/customers', { body: { name: 'Second', ingest_aliases: ['own', 'shared'] } });
    expect(response.status).toBe(409);
    expect(response.body).toEqual({ message: `Ingest alias "shared" is already in use by customer ${first.id}` });
    expect(await listedIds()).toEqual([first.id]);
    expect(resolveCustomerId(server.local.db, 'own')).toBeUndefined();
  });

  it('answers 409 when external_id is another customer’s external_id, even after that alias was removed', async () => {
    const first = await createCustomer({ name: 'First', external_id: 'ext-1' });
    await api('POST', `/v1/customers/${first.id}/setIngestAliases`, { body: { ingest_aliases: [] } });
    const response = await api('POST', '/v1/customers', { body: { name: 'Second', external_id: 'ext-1' } });
    expect(response.status).toBe(409);
    expect(response.body).toEqual({ message: `A customer with external_id "ext-1" already exists: ${first.id}` });
  });

  it('answers 409 when external_id is another customer’s ingest alias', async () => {
    const first = await createCustomer({ name: 'First', ingest_aliases: ['alias-1', 'alias-2'] });
    const response = await api('POST', '/v1/customers', { body: { name: 'Second', external_id: 'alias-2' } });
    expect(response.status).toBe(409);
    expect(response.body).toEqual({ message: `A customer with external_id "alias-2" already exists: ${first.id}` });
  });

  it('stores custom_fields for keys added for customers and serves them', async () => {
    await api('POST', '/v1/customFields/addKey', { body: { entity: 'customer', key: 'x_account_id', enforce_uniqueness: true } });
    const customer = await createCustomer({ name: 'With fields', custom_fields: { x_account_id: 'KyVnHhSBWl7eY2bl' } });
    expect(customer.custom_fields).toEqual({ x_account_id: 'KyVnHhSBWl7eY2bl' });
    const fetched = await api('GET', `/v1/customers/${customer.id}`);
    expect(fetched.body.data.custom_fields).toEqual({ x_account_id: 'KyVnHhSBWl7eY2bl' });
  });

  it('answers 400 for a custom field key that was never added, and creates nothing', async () => {
    const response = await api('POST', '/v1/customers', { body: { name: 'Bad field', custom_fields: { nope: 'v' } } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      message: 'Custom field key "nope" has not been added for entity customer; add it with /v1/customFields/addKey',
    });
    expect(await listedIds()).toEqual([]);
  });

  it('answers 409 when a unique custom field value on create is already another customer’s', async () => {
    await api('POST', '/v1/customFields/addKey', { body: { entity: 'customer', key: 'crm_id', enforce_uniqueness: true } });
    const first = await createCustomer({ name: 'First', custom_fields: { crm_id: 'c-1' } });
    const response = await api('POST', '/v1/customers', { body: { name: 'Second', custom_fields: { crm_id: 'c-1' } } });
    expect(response.status).toBe(409);
    expect(response.body).toEqual({
      message: `Custom field "crm_id" must be unique for entity customer: value "c-1" is already set on ${first.id}`,
    });
  });

  it('stores billing_config as the customer’s billing config for that provider', async () => {
    const customer = await createCustomer({
      name: 'Stripe customer',
      billing_config: {
        billing_provider_type: 'stripe',
        billing_provider_customer_id: 'cus_123',
        stripe_collection_method: 'charge_automatically',
      },
    });
    const config = await api('GET', `/v1/customers/${customer.id}/billing-config/stripe`);
    expect(config).toMatchObject({
      status: 200,
      body: { data: { billing_provider_customer_id: 'cus_123', stripe_collection_method: 'charge_automatically' } },
    });
    expect(Object.keys(config.body.data).sort()).toEqual(['billing_provider_customer_id', 'stripe_collection_method']);
  });

  it('stores customer billing provider configurations with ids, one delivery method id per provider and method', async () => {
    const customer = await createCustomer({
      name: 'Configured',
      customer_billing_provider_configurations: [
        {
          billing_provider: 'stripe',
          delivery_method: 'direct_to_billing_provider',
          configuration: { stripe_customer_id: 'cus_123', stripe_collection_method: 'charge_automatically' },
        },
        { billing_provider: 'stripe', delivery_method: 'direct_to_billing_provider', configuration: { stripe_customer_id: 'cus_456' } },
      ],
      customer_revenue_system_configurations: [{ provider: 'netsuite', delivery_method: 'direct_to_billing_provider' }],
    });
    const [first, second] = billingProviderConfigurationsOf(server.local.db, customer.id);
    expect(first).toEqual({
      id: first!.id,
      customer_id: customer.id,
      billing_provider: 'stripe',
      configuration: { stripe_customer_id: 'cus_123', stripe_collection_method: 'charge_automatically' },
      delivery_method: 'direct_to_billing_provider',
      delivery_method_configuration: {},
      delivery_method_id: first!.delivery_method_id,
      archived_at: null,
    });
    expect(first!.id).toMatch(UUID);
    expect(second!.delivery_method_id).toBe(first!.delivery_method_id);
    expect(second!.configuration).toEqual({ stripe_customer_id: 'cus_456' });
    expect(revenueSystemConfigurationsOf(server.local.db, customer.id)).toMatchObject([
      { provider: 'netsuite', delivery_method: 'direct_to_billing_provider', configuration: {} },
    ]);
  });

  it('answers 400 for a billing provider configuration with neither delivery_method nor delivery_method_id', async () => {
    const response = await api('POST', '/v1/customers', {
      body: { name: 'X', customer_billing_provider_configurations: [{ billing_provider: 'stripe', configuration: {} }] },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      message: 'customer_billing_provider_configurations[0]: one of delivery_method or delivery_method_id is required',
    });
  });

  it('answers 400 for a tax provider on a configuration that does not collect through payment intents', async () => {
    const response = await api('POST', '/v1/customers', {
      body: {
        name: 'X',
        customer_billing_provider_configurations: [
          {
            billing_provider: 'stripe',
            delivery_method: 'direct_to_billing_provider',
            tax_provider: 'anrok',
            configuration: { stripe_collection_method: 'charge_automatically' },
          },
        ],
      },
    });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe(
      'customer_billing_provider_configurations[0].tax_provider is only supported for stripe configurations whose stripe_collection_method is auto_charge_payment_intent or manually_charge_payment_intent',
    );
  });

  it('replays the first response for a repeated Idempotency-Key and creates one customer', async () => {
    const headers = { 'idempotency-key': 'create-acme' };
    const first = await api('POST', '/v1/customers', { body: { name: 'Acme', ingest_aliases: ['acme'] }, headers });
    const replay = await api('POST', '/v1/customers', { body: { name: 'Acme', ingest_aliases: ['acme'] }, headers });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await listedIds()).toEqual([first.body.data.id]);
  });

  it('answers 409 when an Idempotency-Key is reused with a different body', async () => {
    const headers = { 'idempotency-key': 'create-acme' };
    await api('POST', '/v1/customers', { body: { name: 'Acme' }, headers });
    const reused = await api('POST', '/v1/customers', { body: { name: 'Other' }, headers });
    expect(reused.status).toBe(409);
    expect(reused.body).toEqual({ message: 'Idempotency-Key was already used with a different request' });
    expect(await listedIds()).toHaveLength(1);
  });

  it('records the creation in the audit log', async () => {
    const customer = await createCustomer({ name: 'Audited' });
    const log = await api('GET', '/v1/auditLogs', { query: { resource_type: 'customer', resource_id: customer.id } });
    expect(log.body.data).toMatchObject([
      { resource_type: 'customer', resource_id: customer.id, action: 'create', status: 'success', timestamp: T0 },
    ]);
  });
});

describe('GET /v1/customers/{customer_id}', () => {
  it('answers the CustomerDetail of the customer', async () => {
    const customer = await createCustomer({ name: 'Example, Inc.', ingest_aliases: ['team@example.com'] });
    const response = await api('GET', `/v1/customers/${customer.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: {
        id: customer.id,
        external_id: 'team@example.com',
        ingest_aliases: ['team@example.com'],
        name: 'Example, Inc.',
        customer_config: { salesforce_account_id: null },
        custom_fields: {},
        created_at: T0,
        updated_at: T0,
        archived_at: null,
        current_billable_status: { value: 'billable', effective_at: T0 },
      },
    });
  });

  it('still answers for an archived customer, with archived_at set and the customer unbillable', async () => {
    const customer = await createCustomer({ name: 'Gone' });
    await advanceClockOneHour();
    await api('POST', '/v1/customers/archive', { body: { id: customer.id } });
    const response = await api('GET', `/v1/customers/${customer.id}`);
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({
      archived_at: T1,
      updated_at: T1,
      created_at: T0,
      current_billable_status: { value: 'unbillable', effective_at: T1 },
    });
  });

  it('answers 404 for an unknown customer', async () => {
    const response = await api('GET', `/v1/customers/${UNKNOWN_ID}`);
    expect(response).toMatchObject({ status: 404, body: { message: `Customer not found: ${UNKNOWN_ID}` } });
  });

  it('answers 400 for a customer id that is not a uuid', async () => {
    const response = await api('GET', '/v1/customers/not-a-uuid');
    expect(response).toMatchObject({ status: 400, body: { message: 'customer_id must be a valid uuid' } });
  });
});

describe('GET /v1/customers', () => {
  it('pages through more than 100 customers in creation order, 100 per page by default', async () => {
    const created: string[] = [];
    for (let i = 0; i < 105; i++) created.push((await createCustomer({ name: `Customer ${i}` })).id);
    const first = await api('GET', '/v1/customers');
    expect(first.body.data.map((c: { id: string }) => c.id)).toEqual(created.slice(0, 100));
    expect(typeof first.body.next_page).toBe('string');
    const second = await api('GET', '/v1/customers', { query: { next_page: first.body.next_page } });
    expect(second.body.data.map((c: { id: string }) => c.id)).toEqual(created.slice(100));
    expect(second.body.next_page).toBeNull();
  });

  it('honours limit, and gives no next_page when the page holds the last customer', async () => {
    const ids = [];
    for (const name of ['a', 'b', 'c']) ids.push((await createCustomer({ name })).id);
    const first = await api('GET', '/v1/customers', { query: { limit: 2 } });
    expect(first.body.data.map((c: { id: string }) => c.id)).toEqual(ids.slice(0, 2));
    const second = await api('GET', '/v1/customers', { query: { limit: 2, next_page: first.body.next_page } });
    expect(second.body).toMatchObject({ next_page: null });
    expect(second.body.data.map((c: { id: string }) => c.id)).toEqual([ids[2]]);
  });

  it('answers 400 for a limit outside 1–100', async () => {
    expect((await api('GET', '/v1/customers', { query: { limit: 0 } })).body).toEqual({ message: 'limit must be >= 1' });
    expect((await api('GET', '/v1/customers', { query: { limit: 101 } })).body).toEqual({ message: 'limit must be <= 100' });
  });

  it('answers 400 for a next_page token it did not issue', async () => {
    const response = await api('GET', '/v1/customers', { query: { next_page: 'garbage' } });
    expect(response).toMatchObject({ status: 400, body: { message: 'Invalid next_page cursor' } });
  });

  it('filters by customer_ids', async () => {
    const [a, , c] = [await createCustomer({ name: 'a' }), await createCustomer({ name: 'b' }), await createCustomer({ name: 'c' })];
    expect(await listedIds({ customer_ids: [c!.id, a!.id, UNKNOWN_ID] })).toEqual([a!.id, c!.id]);
  });

  it('answers 400 for more than 100 customer_ids', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const response = await api('GET', '/v1/customers', { query: { customer_ids: ids } });
    expect(response).toMatchObject({ status: 400, body: { message: 'customer_ids must NOT have more than 100 items' } });
    expect((await api('GET', '/v1/customers', { query: { customer_ids: ids.slice(0, 100) } })).status).toBe(200);
  });

  it('filters by ingest_alias', async () => {
    await createCustomer({ name: 'a', ingest_aliases: ['alpha'] });
    const b = await createCustomer({ name: 'b', ingest_aliases: ['beta', 'bravo'] });
    expect(await listedIds({ ingest_alias: 'bravo' })).toEqual([b.id]);
    expect(await listedIds({ ingest_alias: 'nobody' })).toEqual([]);
  });

  it('lists only active customers by default and only archived ones with only_archived', async () => {
    const active = await createCustomer({ name: 'active' });
    const archived = await createCustomer({ name: 'archived' });
    await api('POST', '/v1/customers/archive', { body: { id: archived.id } });
    expect(await listedIds()).toEqual([active.id]);
    expect(await listedIds({ only_archived: false })).toEqual([active.id]);
    expect(await listedIds({ only_archived: true })).toEqual([archived.id]);
  });

  it('filters by salesforce_account_ids', async () => {
    const a = await createCustomer({ name: 'a' });
    const b = await createCustomer({ name: 'b' });
    await createCustomer({ name: 'c' });
    await api('POST', `/v1/customers/${a.id}/updateConfig`, { body: { salesforce_account_id: 'SF-A' } });
    await api('POST', `/v1/customers/${b.id}/updateConfig`, { body: { salesforce_account_id: 'SF-B' } });
    expect(await listedIds({ salesforce_account_ids: ['SF-B', 'SF-A'] })).toEqual([a.id, b.id]);
    expect(await listedIds({ salesforce_account_ids: ['SF-B'] })).toEqual([b.id]);
  });

  it('serves each customer as a CustomerDetail with its custom fields', async () => {
    await api('POST', '/v1/customFields/addKey', { body: { entity: 'customer', key: 'tier', enforce_uniqueness: false } });
    const customer = await createCustomer({ name: 'Detailed', custom_fields: { tier: 'gold' } });
    const response = await api('GET', '/v1/customers');
    expect(response.body).toEqual({
      data: [
        {
          id: customer.id,
          external_id: customer.id,
          ingest_aliases: [],
          name: 'Detailed',
          customer_config: { salesforce_account_id: null },
          custom_fields: { tier: 'gold' },
          created_at: T0,
          updated_at: T0,
          archived_at: null,
          current_billable_status: { value: 'billable', effective_at: T0 },
        },
      ],
      next_page: null,
    });
  });
});

describe('POST /v1/customers/archive', () => {
  it('archives the customer and answers its id', async () => {
    const customer = await createCustomer({ name: 'To archive' });
    const response = await api('POST', '/v1/customers/archive', { body: { id: customer.id } });
    expect(response).toMatchObject({ status: 200, body: { data: { id: customer.id } } });
    expect((await api('GET', `/v1/customers/${customer.id}`)).body.data.archived_at).toBe(T0);
  });

  it('answers 400 when the customer is already archived', async () => {
    const customer = await createCustomer({ name: 'Twice' });
    await api('POST', '/v1/customers/archive', { body: { id: customer.id } });
    const again = await api('POST', '/v1/customers/archive', { body: { id: customer.id } });
    expect(again).toMatchObject({ status: 400, body: { message: `Customer ${customer.id} is already archived` } });
  });

  it('answers 404 for an unknown customer', async () => {
    const response = await api('POST', '/v1/customers/archive', { body: { id: UNKNOWN_ID } });
    expect(response).toMatchObject({ status: 404, body: { message: `Customer not found: ${UNKNOWN_ID}` } });
  });

  it('keeps the archived customer’s ingest aliases, so they cannot be reused and still resolve to it', async () => {
    const archived = await createCustomer({ name: 'Old', ingest_aliases: ['team@example.com'] });
    await api('POST', '/v1/customers/archive', { body: { id: archived.id } });
    const reuse = await api('POST', '/v1/customers', { body: { name: 'New', ingest_aliases: ['team@example.com'] } });
    expect(reuse.status).toBe(409);
    expect(reuse.body).toEqual({ message: `Ingest alias "team@example.com" is already in use by customer ${archived.id}` });
    expect(resolveCustomerId(server.local.db, 'team@example.com')).toBe(archived.id);
  });

  it('frees an ingest alias removed before archiving for a new customer', async () => {
    const old = await createCustomer({ name: 'Old', ingest_aliases: ['team@example.com'] });
    await api('POST', `/v1/customers/${old.id}/setIngestAliases`, { body: { ingest_aliases: [] } });
    await api('POST', '/v1/customers/archive', { body: { id: old.id } });
    const fresh = await createCustomer({ name: 'New', ingest_aliases: ['team@example.com'] });
    expect(resolveCustomerId(server.local.db, 'team@example.com')).toBe(fresh.id);
    expect(await listedIds({ ingest_alias: 'team@example.com' })).toEqual([fresh.id]);
  });

  it('records the archive in the audit log', async () => {
    const customer = await createCustomer({ name: 'Audited' });
    await api('POST', '/v1/customers/archive', { body: { id: customer.id } });
    const log = await api('GET', '/v1/auditLogs', { query: { resource_type: 'customer', resource_id: customer.id } });
    expect(log.body.data.map((e: { action: string }) => e.action)).toEqual(['create', 'archive']);
  });
});

describe('POST /v1/customers/{customer_id}/setName', () => {
  it('renames the customer and answers the Customer', async () => {
    const customer = await createCustomer({ name: 'Old name', ingest_aliases: ['n'] });
    await advanceClockOneHour();
    const response = await api('POST', `/v1/customers/${customer.id}/setName`, { body: { name: 'New name' } });
    expect(response.body).toEqual({
      data: { id: customer.id, external_id: 'n', ingest_aliases: ['n'], name: 'New name', custom_fields: {} },
    });
    const detail = (await api('GET', `/v1/customers/${customer.id}`)).body.data;
    expect(detail).toMatchObject({ name: 'New name', updated_at: T1, created_at: T0 });
  });

  it('truncates a name longer than 160 characters', async () => {
    const customer = await createCustomer({ name: 'Short' });
    const response = await api('POST', `/v1/customers/${customer.id}/setName`, { body: { name: 'y'.repeat(161) } });
    expect(response.body.data.name).toBe('y'.repeat(160));
  });

  it('answers 404 for an unknown customer', async () => {
    const response = await api('POST', `/v1/customers/${UNKNOWN_ID}/setName`, { body: { name: 'x' } });
    expect(response).toMatchObject({ status: 404, body: { message: `Customer not found: ${UNKNOWN_ID}` } });
  });
});

describe('POST /v1/customers/{customer_id}/setIngestAliases', () => {
  it('replaces the whole set of aliases and answers an empty 200', async () => {
    const customer = await createCustomer({ name: 'C', ingest_aliases: ['old-1', 'old-2'] });
    const response = await api('POST', `/v1/customers/${customer.id}/setIngestAliases`, {
      body: { ingest_aliases: ['new-1', 'old-2', 'new-1'] },
    });
    expect(response.status).toBe(200);
    expect(response.body).toBeUndefined();
    const detail = (await api('GET', `/v1/customers/${customer.id}`)).body.data;
    expect(detail.ingest_aliases).toEqual(['new-1', 'old-2']);
    expect(detail.external_id).toBe('old-1');
    expect(resolveCustomerId(server.local.db, 'old-1')).toBeUndefined();
    expect(resolveCustomerId(server.local.db, 'new-1')).toBe(customer.id);
  });

  it('answers 409 when an alias belongs to another customer, and changes nothing', async () => {
    const owner = await createCustomer({ name: 'Owner', ingest_aliases: ['taken'] });
    const other = await createCustomer({ name: 'Other', ingest_aliases: ['mine'] });
    const response = await api('POST', `/v1/customers/${other.id}/setIngestAliases`, {
      body: { ingest_aliases: ['fresh', 'taken'] },
    });
    expect(response.status).toBe(409);
    expect(response.body).toEqual({ message: `Ingest alias "taken" is already in use by customer ${owner.id}` });
    expect((await api('GET', `/v1/customers/${other.id}`)).body.data.ingest_aliases).toEqual(['mine']);
    expect(resolveCustomerId(server.local.db, 'fresh')).toBeUndefined();
  });

  it('lets an alias move to another customer once its owner gave it up', async () => {
    const first = await createCustomer({ name: 'First', ingest_aliases: ['moving'] });
    const second = await createCustomer({ name: 'Second' });
    await api('POST', `/v1/customers/${first.id}/setIngestAliases`, { body: { ingest_aliases: [] } });
    const moved = await api('POST', `/v1/customers/${second.id}/setIngestAliases`, { body: { ingest_aliases: ['moving'] } });
    expect(moved.status).toBe(200);
    expect(resolveCustomerId(server.local.db, 'moving')).toBe(second.id);
  });

  it('answers 400 for an archived customer, whose aliases stay as they were', async () => {
    const customer = await createCustomer({ name: 'Archived', ingest_aliases: ['kept'] });
    await api('POST', '/v1/customers/archive', { body: { id: customer.id } });
    const response = await api('POST', `/v1/customers/${customer.id}/setIngestAliases`, { body: { ingest_aliases: [] } });
    expect(response).toMatchObject({
      status: 400,
      body: { message: `Customer ${customer.id} is archived; its ingest aliases can no longer be changed` },
    });
    expect(resolveCustomerId(server.local.db, 'kept')).toBe(customer.id);
  });

  it('answers 404 for an unknown customer', async () => {
    const response = await api('POST', `/v1/customers/${UNKNOWN_ID}/setIngestAliases`, { body: { ingest_aliases: ['a'] } });
    expect(response).toMatchObject({ status: 404, body: { message: `Customer not found: ${UNKNOWN_ID}` } });
  });
});

describe('POST /v1/customers/{customer_id}/updateConfig', () => {
  it('sets, keeps and clears the Salesforce account id', async () => {
    const customer = await createCustomer({ name: 'SF' });
    const set = await api('POST', `/v1/customers/${customer.id}/updateConfig`, {
      body: { salesforce_account_id: '0015500001WO1ZiABL' },
    });
    expect(set.status).toBe(200);
    expect(set.body).toBeUndefined();
    const config = async () => (await api('GET', `/v1/customers/${customer.id}`)).body.data.customer_config;
    expect(await config()).toEqual({ salesforce_account_id: '0015500001WO1ZiABL' });
    await api('POST', `/v1/customers/${customer.id}/updateConfig`, { body: { leave_stripe_invoices_in_draft: true } });
    expect(await config()).toEqual({ salesforce_account_id: '0015500001WO1ZiABL' });
    await api('POST', `/v1/customers/${customer.id}/updateConfig`, { body: { salesforce_account_id: null } });
    expect(await config()).toEqual({ salesforce_account_id: null });
  });

  it('answers 404 for an unknown customer', async () => {
    const response = await api('POST', `/v1/customers/${UNKNOWN_ID}/updateConfig`, { body: { salesforce_account_id: 'x' } });
    expect(response).toMatchObject({ status: 404, body: { message: `Customer not found: ${UNKNOWN_ID}` } });
  });
});

describe('/v1/customers/{customer_id}/billing-config/{billing_provider_type}', () => {
  it('sets a billing config that GET answers, replacing the previous one for the provider', async () => {
    const customer = await createCustomer({ name: 'Billing' });
    const path = `/v1/customers/${customer.id}/billing-config/stripe`;
    const set = await api('POST', path, {
      body: { billing_provider_customer_id: 'cus_AJ6y20bjkOOayM', stripe_collection_method: 'charge_automatically' },
    });
    expect(set.status).toBe(200);
    expect(set.body).toBeUndefined();
    await api('POST', path, { body: { billing_provider_customer_id: 'cus_2', stripe_collection_method: 'send_invoice' } });
    expect((await api('GET', path)).body).toEqual({
      data: { billing_provider_customer_id: 'cus_2', stripe_collection_method: 'send_invoice' },
    });
  });

  it('keeps one billing config per provider', async () => {
    const customer = await createCustomer({ name: 'Two providers' });
    await api('POST', `/v1/customers/${customer.id}/billing-config/stripe`, { body: { billing_provider_customer_id: 'cus_1' } });
    await api('POST', `/v1/customers/${customer.id}/billing-config/aws_marketplace`, {
      body: { billing_provider_customer_id: 'aws_1', aws_product_code: 'prod', aws_region: 'us-west-2' },
    });
    expect((await api('GET', `/v1/customers/${customer.id}/billing-config/aws_marketplace`)).body).toEqual({
      data: { billing_provider_customer_id: 'aws_1', aws_product_code: 'prod', aws_region: 'us-west-2' },
    });
    expect((await api('GET', `/v1/customers/${customer.id}/billing-config/stripe`)).body).toEqual({
      data: { billing_provider_customer_id: 'cus_1' },
    });
  });

  it('answers 404 when the customer has no config for the provider', async () => {
    const customer = await createCustomer({ name: 'None' });
    const response = await api('GET', `/v1/customers/${customer.id}/billing-config/netsuite`);
    expect(response).toMatchObject({
      status: 404,
      body: { message: `Customer ${customer.id} has no netsuite billing config` },
    });
  });

  it('deletes a billing config', async () => {
    const customer = await createCustomer({ name: 'Delete' });
    const path = `/v1/customers/${customer.id}/billing-config/stripe`;
    await api('POST', path, { body: { billing_provider_customer_id: 'cus_1' } });
    const deleted = await api('DELETE', path);
    expect(deleted.status).toBe(200);
    expect((await api('GET', path)).status).toBe(404);
    expect(await api('DELETE', path)).toMatchObject({
      status: 404,
      body: { message: `Customer ${customer.id} has no stripe billing config` },
    });
  });

  it('answers 400 when deleting an AWS or Azure Marketplace billing config', async () => {
    const customer = await createCustomer({ name: 'Marketplace' });
    await api('POST', `/v1/customers/${customer.id}/billing-config/azure_marketplace`, {
      body: { billing_provider_customer_id: 'sub_1' },
    });
    const response = await api('DELETE', `/v1/customers/${customer.id}/billing-config/azure_marketplace`);
    expect(response).toMatchObject({
      status: 400,
      body: { message: 'Deleting a azure_marketplace billing config is not supported' },
    });
    expect((await api('GET', `/v1/customers/${customer.id}/billing-config/azure_marketplace`)).status).toBe(200);
  });

  it('answers 404 for an unknown customer and 400 for an unknown provider type', async () => {
    expect(
      await api('POST', `/v1/customers/${UNKNOWN_ID}/billing-config/stripe`, { body: { billing_provider_customer_id: 'c' } }),
    ).toMatchObject({ status: 404, body: { message: `Customer not found: ${UNKNOWN_ID}` } });
    const customer = await createCustomer({ name: 'X' });
    const response = await api('GET', `/v1/customers/${customer.id}/billing-config/paypal`);
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/^billing_provider_type must be one of: aws_marketplace, stripe,/);
  });

  it('records set and delete in the audit log', async () => {
    const customer = await createCustomer({ name: 'Audited' });
    const path = `/v1/customers/${customer.id}/billing-config/stripe`;
    await api('POST', path, { body: { billing_provider_customer_id: 'cus_1' } });
    await api('DELETE', path);
    const log = await api('GET', '/v1/auditLogs', { query: { resource_type: 'customer', resource_id: customer.id } });
    expect(log.body.data.map((e: { action: string }) => e.action)).toEqual(['create', 'setBillingConfig', 'deleteBillingConfig']);
  });
});

const specPath = process.env.METRONOME_OPENAPI_SPEC;
describe.skipIf(!specPath)('conformance of customer responses to the OpenAPI spec', () => {
  it('answers every customer operation with a body the spec allows', async () => {
    const { call, findings } = conformanceRecorder(api, specPath!);
    await api('POST', '/v1/customFields/addKey', { body: { entity: 'customer', key: 'x_account_id', enforce_uniqueness: true } });
    const created = await call('POST /v1/customers', '/v1/customers', {
      body: { name: 'Spec', ingest_aliases: ['spec'], custom_fields: { x_account_id: 'a' } },
    });
    const id = created.body.data.id;
    await call('POST /v1/customers', '/v1/customers', { body: { name: 'Dup', ingest_aliases: ['spec'] } });
    await call('GET /v1/customers', '/v1/customers');
    await call('GET /v1/customers/{customer_id}', `/v1/customers/${id}`);
    await call('GET /v1/customers/{customer_id}', `/v1/customers/${UNKNOWN_ID}`);
    await call('POST /v1/customers/{customer_id}/setName', `/v1/customers/${id}/setName`, { body: { name: 'Renamed' } });
    await call('POST /v1/customers/{customer_id}/setIngestAliases', `/v1/customers/${id}/setIngestAliases`, {
      body: { ingest_aliases: ['spec-2'] },
    });
    await call('POST /v1/customers/{customer_id}/updateConfig', `/v1/customers/${id}/updateConfig`, {
      body: { salesforce_account_id: 'SF' },
    });
    const billing = `/v1/customers/${id}/billing-config/stripe`;
    await call('POST /v1/customers/{customer_id}/billing-config/{billing_provider_type}', billing, {
      body: { billing_provider_customer_id: 'cus_1', stripe_collection_method: 'send_invoice' },
    });
    await call('GET /v1/customers/{customer_id}/billing-config/{billing_provider_type}', billing);
    await call('DELETE /v1/customers/{customer_id}/billing-config/{billing_provider_type}', billing);
    await call('POST /v1/customers/archive', '/v1/customers/archive', { body: { id } });
    await call('POST /v1/customers/archive', '/v1/customers/archive', { body: { id } });
    await call('GET /v1/customers', '/v1/customers', { query: { only_archived: true } });
    expect(findings).toEqual([]);
  });
});
