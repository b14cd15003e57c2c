import { beforeEach, describe, expect, it } from 'vitest';
import { create, createPricedCustomer, CONTRACT_END, CONTRACT_START, USD_CENTS } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

beforeEach(async () => {
  await server.local.reset();
});

describe('catalogue entry points', () => {
  it('lists products, billable metrics and rate cards as stored', async () => {
    const ids = await createPricedCustomer(server.api, 'Acme');
    const { body } = await harness.graphql(`{
      products { nodes { metronomeId name type tags billableMetric { metronomeId } archivedAt } pageInfo { hasNextPage } }
      billableMetrics { nodes { metronomeId name aggregationType propertyFilters eventTypeFilter } }
      rateCards { nodes { metronomeId name description createdBy } }
    }`);
    expect(body).toEqual({
      data: {
        products: {
          nodes: [
            { metronomeId: ids.usageProductId, name: 'API requests', type: 'USAGE', tags: ['usage'], billableMetric: { metronomeId: ids.metricId }, archivedAt: null },
            { metronomeId: ids.commitProductId, name: 'Prepaid commit', type: 'FIXED', tags: [], billableMetric: null, archivedAt: null },
            { metronomeId: ids.creditProductId, name: 'Promotional credit', type: 'FIXED', tags: [], billableMetric: null, archivedAt: null },
          ],
          pageInfo: { hasNextPage: false },
        },
        billableMetrics: {
          nodes: [
            {
              metronomeId: ids.metricId,
              name: 'API requests',
              aggregationType: 'COUNT',
              propertyFilters: [{ name: 'endpoint', exists: true }],
              eventTypeFilter: { in_values: ['api_request'] },
            },
          ],
        },
        rateCards: { nodes: [{ metronomeId: ids.rateCardId, name: 'Standard pricing', description: 'List prices', createdBy: expect.any(String) }] },
      },
    });
  });

  it('reads a contract’s rate schedule with the rate card’s list rate', async () => {
    const ids = await createPricedCustomer(server.api, 'Acme');
    await harness.resetUpstreamCounts();
    const { body } = await harness.graphql(
      `query ($customerId: String!, $id: String!) {
        contract(customerId: $customerId, metronomeId: $id) {
          name
          rateSchedule(at: "2025-06-01T00:00:00.000Z") {
            nodes { productName product { metronomeId } rateCard { metronomeId } startingAt endingBefore entitled listRate { rateType price } overrideRate { price } }
            pageInfo { hasNextPage }
          }
        }
      }`,
      { customerId: ids.customerId, id: ids.contractId },
    );
    expect(body).toEqual({
      data: {
        contract: {
          name: 'Acme annual',
          rateSchedule: {
            nodes: [
              {
                productName: 'API requests',
                product: { metronomeId: ids.usageProductId },
                rateCard: { metronomeId: ids.rateCardId },
                startingAt: CONTRACT_START,
                // the rate card's rate has no end; on the contract it ends with the contract
                endingBefore: CONTRACT_END,
                entitled: true,
                listRate: { rateType: 'FLAT', price: 5 },
                overrideRate: null,
              },
            ],
            pageInfo: { hasNextPage: false },
          },
        },
      },
    });
    expect(await harness.upstreamCounts()).toMatchObject({ 'POST /v1/contracts/list': 1, 'POST /v1/contracts/getContractRateSchedule': 1 });
  });

  it('answers a contract id of another customer with null and NOT_FOUND', async () => {
    const ids = await createPricedCustomer(server.api, 'Acme');
    const other = await create(server.api, '/v1/customers', { name: 'Other' });
    const { body } = await harness.graphql(`query ($c: String!, $id: String!) { contract(customerId: $c, metronomeId: $id) { name } }`, {
      c: other,
      id: ids.contractId,
    });
    expect(body.data).toEqual({ contract: null });
    expect(body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      [`Contract not found: ${ids.contractId} (customer ${other})`, 'NOT_FOUND'],
    ]);
  });
});

describe('body-cursor lists', () => {
  it('pages a customer’s 30 commits 25 at a time, the endpoint’s maximum, with the cursor in the body', async () => {
    const customerId = await create(server.api, '/v1/customers', { name: 'Acme' });
    const productId = await create(server.api, '/v1/contract-pricing/products/create', { name: 'Prepaid commit', type: 'FIXED' });
    for (let i = 1; i <= 30; i++)
      await create(server.api, '/v1/contracts/customerCommits/create', {
        customer_id: customerId,
        type: 'PREPAID',
        name: `Commit ${String(i).padStart(2, '0')}`,
        priority: i,
        product_id: productId,
        access_schedule: {
          credit_type_id: USD_CENTS,
          schedule_items: [{ amount: 100 * i, starting_at: CONTRACT_START, ending_before: CONTRACT_END }],
        },
      });
    await harness.resetUpstreamCounts();
    const query = `query ($id: String!, $after: String) { customer(metronomeId: $id) {
      commits(first: 100, after: $after) { nodes { name priority contract { name } } pageInfo { hasNextPage endCursor } } } }`;
    const first = await harness.graphql(query, { id: customerId });
    const firstPage = first.body.data.customer.commits;
    expect(firstPage.nodes).toHaveLength(25);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const second = await harness.graphql(query, { id: customerId, after: firstPage.pageInfo.endCursor });
    const secondPage = second.body.data.customer.commits;
    expect([...firstPage.nodes, ...secondPage.nodes].map((c: { name: string }) => c.name)).toEqual(
      Array.from({ length: 30 }, (_, i) => `Commit ${String(i + 1).padStart(2, '0')}`),
    );
    expect(secondPage.nodes[0]).toEqual({ name: 'Commit 26', priority: 26, contract: null });
    expect(secondPage.pageInfo.hasNextPage).toBe(false);
    const bodies = (await server.api('GET', '/_local/requests')).body.requests
      .filter((r: { operation: string }) => r.operation === 'POST /v1/contracts/customerCommits/list')
      .map((r: { body: { limit: number; next_page?: string } }) => [r.body.limit, typeof r.body.next_page]);
    expect(bodies).toEqual([
      [25, 'undefined'],
      [25, 'string'],
    ]);
  });
});

describe('billing configuration', () => {
  it('returns a customer’s billing configuration for a provider, and NOT_FOUND for one it lacks', async () => {
    const customerId = await create(server.api, '/v1/customers', { name: 'Acme' });
    const set = await server.api('POST', `/v1/customers/${customerId}/billing-config/stripe`, {
      body: { billing_provider_customer_id: 'cus_123', stripe_collection_method: 'charge_automatically' },
    });
    expect(set.status).toBe(200);
    const { body } = await harness.graphql(
      `query ($id: String!) { customer(metronomeId: $id) { stripe: billingConfig(provider: stripe) aws: billingConfig(provider: aws_marketplace) } }`,
      { id: customerId },
    );
    expect(body.data.customer.stripe).toEqual(
      (await server.api('GET', `/v1/customers/${customerId}/billing-config/stripe`)).body.data,
    );
    expect(body.data.customer.stripe.billing_provider_customer_id).toBe('cus_123');
    expect(body.data.customer.aws).toBeNull();
    expect(body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['customer', 'aws'], 'NOT_FOUND']]);
  });
});
