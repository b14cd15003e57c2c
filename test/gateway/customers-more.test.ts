import { beforeEach, describe, expect, it } from 'vitest';
import {
  CustomerBillableMetricsDocument,
  CustomerBillingConfigDocument,
  CustomersAndTheirBillableMetricsDocument,
  CustomersByIdsDocument,
  DeleteCustomerBillingConfigDocument,
  SetCustomerBillingConfigDocument,
  SetCustomerIngestAliasesDocument,
  UpdateCustomerConfigDocument,
} from './__generated__/graphql.js';
import { create, createPricedCustomer } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

const MISSING = '00000000-0000-4000-8000-000000000000';

beforeEach(async () => {
  await server.local.reset();
  await server.api('POST', '/_local/clock', { body: { now: '2025-05-01T00:00:00Z', frozen: true } });
});

const codes = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.map((e) => e.extensions?.code);

describe('setCustomerIngestAliases', () => {
  it('replaces the customer’s ingest aliases and answers the customer with them', async () => {
    const id = await create(server.api, '/v1/customers', { name: 'Acme', ingest_aliases: ['acme', 'acme-old'] });
    const { body } = await harness.execute(SetCustomerIngestAliasesDocument, { customerId: id, ingestAliases: ['acme', 'acme@example.com'] });
    expect(body).toEqual({ data: { setCustomerIngestAliases: { metronomeId: id, ingestAliases: ['acme', 'acme@example.com'] } } });
  });

  it('answers BAD_USER_INPUT for an archived customer', async () => {
    const id = await create(server.api, '/v1/customers', { name: 'Acme' });
    await server.api('POST', '/v1/customers/archive', { body: { id } });
    const { body } = await harness.execute(SetCustomerIngestAliasesDocument, { customerId: id, ingestAliases: ['acme'] });
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', `Customer ${id} is archived; its ingest aliases can no longer be changed`],
    ]);
  });

  it('answers NOT_FOUND for a customer that does not exist', async () => {
    const { body } = await harness.execute(SetCustomerIngestAliasesDocument, { customerId: MISSING, ingestAliases: ['acme'] });
    expect(body.data).toBeNull();
    expect(codes(body)).toEqual(['NOT_FOUND']);
  });
});

describe('updateCustomerConfig', () => {
  it('sets the Salesforce account id, and clears it with null', async () => {
    const id = await create(server.api, '/v1/customers', { name: 'Acme' });
    const set = await harness.execute(UpdateCustomerConfigDocument, { customerId: id, salesforceAccountId: '0015000000XyZ12' });
    expect(set.body).toEqual({ data: { updateCustomerConfig: { metronomeId: id, salesforceAccountId: '0015000000XyZ12' } } });
    const cleared = await harness.execute(UpdateCustomerConfigDocument, { customerId: id, salesforceAccountId: null });
    expect(cleared.body).toEqual({ data: { updateCustomerConfig: { metronomeId: id, salesforceAccountId: null } } });
  });

  it('sends only the settings given', async () => {
    const id = await create(server.api, '/v1/customers', { name: 'Acme' });
    await harness.resetUpstreamCounts();
    await harness.execute(UpdateCustomerConfigDocument, { customerId: id, leaveStripeInvoicesInDraft: true });
    const [update] = (await server.api('GET', '/_local/requests')).body.requests;
    expect([update.url, update.body]).toEqual([`/v1/customers/${id}/updateConfig`, { leave_stripe_invoices_in_draft: true }]);
  });
});

describe('billing configuration', () => {
  it('sets a customer’s Stripe billing configuration, read back through Customer.billingConfig', async () => {
    const id = await create(server.api, '/v1/customers', { name: 'Acme' });
    const { body } = await harness.execute(SetCustomerBillingConfigDocument, {
      customerId: id,
      billingProviderType: 'stripe',
      config: { billingProviderCustomerId: 'cus_123', stripeCollectionMethod: 'send_invoice' },
    });
    expect(body).toEqual({
      data: {
        setCustomerBillingConfig: {
          metronomeId: id,
          stripe: { billing_provider_customer_id: 'cus_123', stripe_collection_method: 'send_invoice' },
        },
      },
    });
  });

  it('sends AWS regions as Metronome spells them', async () => {
    const id = await create(server.api, '/v1/customers', { name: 'Acme' });
    await harness.execute(SetCustomerBillingConfigDocument, {
      customerId: id,
      billingProviderType: 'aws_marketplace',
      config: { billingProviderCustomerId: 'aws-1', awsProductCode: 'prod-1', awsRegion: 'us_east_1' },
    });
    const { body } = await harness.execute(CustomerBillingConfigDocument, { customerId: id, provider: 'aws_marketplace' });
    expect(body).toEqual({
      data: { customer: { billingConfig: { billing_provider_customer_id: 'aws-1', aws_product_code: 'prod-1', aws_region: 'us-east-1' } } },
    });
  });

  it('deletes it: the customer is answered, and the configuration is then NOT_FOUND', async () => {
    const id = await create(server.api, '/v1/customers', { name: 'Acme' });
    await server.api('POST', `/v1/customers/${id}/billing-config/stripe`, { body: { billing_provider_customer_id: 'cus_123' } });
    const deleted = await harness.execute(DeleteCustomerBillingConfigDocument, { customerId: id, billingProviderType: 'stripe' });
    expect(deleted.body).toEqual({ data: { deleteCustomerBillingConfig: { metronomeId: id } } });
    const { body } = await harness.execute(CustomerBillingConfigDocument, { customerId: id, provider: 'stripe' });
    expect(body.data).toEqual({ customer: { billingConfig: null } });
    expect(codes(body)).toEqual(['NOT_FOUND']);
  });

  it('answers NOT_FOUND when there is none to delete, and BAD_USER_INPUT for AWS Marketplace', async () => {
    const id = await create(server.api, '/v1/customers', { name: 'Acme' });
    const none = await harness.execute(DeleteCustomerBillingConfigDocument, { customerId: id, billingProviderType: 'stripe' });
    const aws = await harness.execute(DeleteCustomerBillingConfigDocument, { customerId: id, billingProviderType: 'aws_marketplace' });
    expect([none.body.errors, aws.body.errors].map((errors) => errors?.map((e) => [e.extensions?.code, e.message]))).toEqual([
      [['NOT_FOUND', `Customer ${id} has no stripe billing config`]],
      [['BAD_USER_INPUT', 'Deleting a aws_marketplace billing config is not supported']],
    ]);
  });
});

describe('Query.customers', () => {
  it('filters by customer ids with one GET /v1/customers', async () => {
    const a = await create(server.api, '/v1/customers', { name: 'Alpha' });
    await create(server.api, '/v1/customers', { name: 'Beta' });
    const c = await create(server.api, '/v1/customers', { name: 'Gamma' });
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CustomersByIdsDocument, { customerIds: [a, c] });
    expect(body).toEqual({
      data: {
        customers: {
          nodes: [
            { metronomeId: a, name: 'Alpha' },
            { metronomeId: c, name: 'Gamma' },
          ],
        },
      },
    });
    expect(await harness.upstreamCounts()).toEqual({ 'GET /v1/customers': 1 });
  });
});

describe('Customer.billableMetrics', () => {
  async function metrics() {
    const priced = await createPricedCustomer(server.api, 'Acme');
    const unused = await create(server.api, '/v1/billable-metrics/create', { name: 'Unused', aggregation_type: 'COUNT' });
    const old = await create(server.api, '/v1/billable-metrics/create', { name: 'Old', aggregation_type: 'COUNT' });
    await server.api('POST', '/v1/billable-metrics/archive', { body: { id: old } });
    return { customerId: priced.customerId, priced: priced.metricId, unused, old };
  }

  it('lists the metrics of the customer’s current contract with onCurrentPlan', async () => {
    const { customerId, priced } = await metrics();
    const { body } = await harness.execute(CustomerBillableMetricsDocument, { customerId, onCurrentPlan: true });
    expect(body).toEqual({
      data: { customer: { billableMetrics: { nodes: [{ metronomeId: priced, name: 'API requests', archivedAt: null }] } } },
    });
  });

  it('lists the active metrics by default, and archived ones too with includeArchived', async () => {
    const { customerId, priced, unused, old } = await metrics();
    const active = await harness.execute(CustomerBillableMetricsDocument, { customerId });
    const all = await harness.execute(CustomerBillableMetricsDocument, { customerId, includeArchived: true });
    expect(active.body.data!.customer!.billableMetrics.nodes.map((m) => m.metronomeId)).toEqual([priced, unused]);
    expect(all.body.data!.customer!.billableMetrics.nodes).toEqual([
      { metronomeId: priced, name: 'API requests', archivedAt: null },
      { metronomeId: unused, name: 'Unused', archivedAt: null },
      { metronomeId: old, name: 'Old', archivedAt: '2025-05-01T00:00:00.000Z' },
    ]);
  });

  it('lists each customer’s metrics with one call per customer (Metronome has no batch form)', async () => {
    await create(server.api, '/v1/billable-metrics/create', { name: 'Seats', aggregation_type: 'COUNT' });
    for (const name of ['Alpha', 'Beta', 'Gamma']) await create(server.api, '/v1/customers', { name });
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CustomersAndTheirBillableMetricsDocument, {});
    expect(body.data!.customers.nodes).toEqual(
      ['Alpha', 'Beta', 'Gamma'].map((name) => ({ name, billableMetrics: { nodes: [{ name: 'Seats' }] } })),
    );
    expect(await harness.upstreamCounts()).toEqual({
      'GET /v1/customers': 1,
      'GET /v1/customers/{customer_id}/billable-metrics': 3,
      'GET /v1/billable-metrics': 1,
    });
  });
});
