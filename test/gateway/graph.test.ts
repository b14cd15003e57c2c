import { beforeEach, describe, expect, it } from 'vitest';
import { CustomerGraphDocument, CustomerNamesDocument, CustomersWithContractsDocument } from './__generated__/graphql.js';
import { CONTRACT_END, CONTRACT_START, create, createPricedCustomer, USD_CENTS } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

const globalId = (type: string, ...parts: string[]) =>
  Buffer.from(`${type}:${parts.map(encodeURIComponent).join(':')}`).toString('base64');

beforeEach(async () => {
  await server.local.reset();
});

describe('nested queries', () => {
  it('returns a customer with its contract, rate card, rates, products, metric, commits and credits exactly as stored', async () => {
    const ids = await createPricedCustomer(server.api, 'Acme');
    const { body } = await harness.execute(CustomerGraphDocument, { id: ids.customerId, at: '2025-06-01T00:00:00.000Z' });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      customer: {
        id: globalId('Customer', ids.customerId),
        metronomeId: ids.customerId,
        name: 'Acme',
        ingestAliases: ['acme'],
        customFields: {},
        archivedAt: null,
        contracts: {
          edges: [
            {
              node: {
                id: globalId('Contract', ids.customerId, ids.contractId),
                metronomeId: ids.contractId,
                name: 'Acme annual',
                startingAt: CONTRACT_START,
                endingBefore: CONTRACT_END,
                customer: { metronomeId: ids.customerId, name: 'Acme' },
                rateCard: {
                  metronomeId: ids.rateCardId,
                  name: 'Standard pricing',
                  description: 'List prices',
                  fiatCreditType: { metronomeId: USD_CENTS, name: 'USD (cents)', isCurrency: true },
                  rates: {
                    nodes: [
                      {
                        productName: 'API requests',
                        startingAt: CONTRACT_START,
                        endingBefore: null,
                        entitled: true,
                        rate: { rateType: 'FLAT', price: 5, tiers: null, creditType: { name: 'USD (cents)' } },
                        product: {
                          metronomeId: ids.usageProductId,
                          name: 'API requests',
                          type: 'USAGE',
                          tags: ['usage'],
                          billableMetric: {
                            metronomeId: ids.metricId,
                            name: 'API requests',
                            aggregationType: 'COUNT',
                            aggregationKey: null,
                            groupKeys: [['endpoint']],
                          },
                        },
                      },
                    ],
                  },
                },
                commits: [
                  {
                    metronomeId: ids.commitId,
                    type: 'PREPAID',
                    name: 'Annual commit',
                    priority: 1,
                    product: { name: 'Prepaid commit' },
                    accessSchedule: {
                      credit_type: { id: USD_CENTS, name: 'USD (cents)' },
                      schedule_items: [
                        {
                          id: expect.any(String),
                          amount: 100_000,
                          starting_at: CONTRACT_START,
                          ending_before: CONTRACT_END,
                        },
                      ],
                    },
                    contract: { metronomeId: ids.contractId },
                  },
                ],
                credits: [
                  {
                    metronomeId: ids.creditId,
                    name: 'Welcome credit',
                    priority: 0,
                    applicableProductTags: ['usage'],
                    product: { name: 'Promotional credit' },
                    contract: { metronomeId: ids.contractId },
                  },
                ],
              },
            },
          ],
          pageInfo: { hasNextPage: false },
        },
      },
    });
  });

  it('makes exactly one upstream call per distinct resource, however often the graph reaches it', async () => {
    const ids = await createPricedCustomer(server.api, 'Acme');
    await harness.resetUpstreamCounts();
    await harness.execute(CustomerGraphDocument, { id: ids.customerId, at: '2025-06-01T00:00:00.000Z' });
    expect(await harness.upstreamCounts()).toEqual({
      // the customer itself, through the batch filter
      'GET /v1/customers': 1,
      // the contract list, which Contract.customer's load does not repeat either
      'POST /v1/contracts/list': 1,
      'POST /v1/contract-pricing/rate-cards/get': 1,
      'POST /v1/contract-pricing/rate-cards/getRates': 1,
      // the usage product, the commit's product and the credit's product
      'POST /v1/contract-pricing/products/get': 3,
      'GET /v1/billable-metrics/{billable_metric_id}': 1,
      // pricing units: one list serves the rate card's fiat unit and the rate's unit
      'GET /v1/credit-types/list': 1,
    });
  });
});

describe('batching', () => {
  it('loads three customers by id with one GET /v1/customers?customer_ids=…', async () => {
    const a = await create(server.api, '/v1/customers', { name: 'Alpha' });
    const b = await create(server.api, '/v1/customers', { name: 'Beta' });
    const c = await create(server.api, '/v1/customers', { name: 'Gamma' });
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CustomerNamesDocument, { a, b, c });
    expect(body.data).toEqual({
      a: { name: 'Alpha', archivedAt: null },
      b: { name: 'Beta', archivedAt: null },
      c: { name: 'Gamma', archivedAt: null },
    });
    expect(await harness.upstreamCounts()).toEqual({ 'GET /v1/customers': 1 });
    const [request] = (await server.api('GET', '/_local/requests')).body.requests;
    expect(request.url).toBe(`/v1/customers?customer_ids=${[a, b, c].join('%2C')}&limit=100`);
  });

  it('finds archived customers with a second batch call for the ids the active list lacked', async () => {
    const a = await create(server.api, '/v1/customers', { name: 'Alpha' });
    const b = await create(server.api, '/v1/customers', { name: 'Beta' });
    const c = await create(server.api, '/v1/customers', { name: 'Gamma' });
    await server.api('POST', '/v1/customers/archive', { body: { id: b } });
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CustomerNamesDocument, { a, b, c });
    expect(body.data!.b).toEqual({ name: 'Beta', archivedAt: expect.stringMatching(/^\d{4}-/) });
    expect(body.data!.a!.name).toBe('Alpha');
    expect(body.data!.c!.name).toBe('Gamma');
    expect(await harness.upstreamCounts()).toEqual({ 'GET /v1/customers': 2 });
    const urls = (await server.api('GET', '/_local/requests')).body.requests.map((r: { url: string }) => r.url);
    expect(urls).toEqual([
      `/v1/customers?customer_ids=${[a, b, c].join('%2C')}&limit=100`,
      `/v1/customers?customer_ids=${b}&limit=100&only_archived=true`,
    ]);
  });

  it('lists each customer’s contracts once, even when two fields ask for them', async () => {
    await createPricedCustomer(server.api, 'Acme');
    await create(server.api, '/v1/customers', { name: 'Beta' });
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CustomersWithContractsDocument, { first: 10 });
    expect(body.data!.customers.nodes.map((c) => [c.name, c.contracts.nodes.map((k) => k.rateCard?.name)])).toEqual([
      ['Acme', ['Standard pricing']],
      ['Beta', []],
    ]);
    expect(await harness.upstreamCounts()).toEqual({
      'GET /v1/customers': 1,
      'POST /v1/contracts/list': 2,
      'POST /v1/contract-pricing/rate-cards/get': 1,
    });
  });
});

describe('one operation', () => {
  it('never sends the same upstream call twice', async () => {
    await createPricedCustomer(server.api, 'Acme');
    await harness.resetUpstreamCounts();
    const { body } = await harness.graphql(`{
      customers(first: 5) {
        nodes {
          name
          contracts { nodes { customer { name } rateCard { name fiatCreditType { name } } commits { product { name } contract { name } } credits { contract { name } } } }
          alsoContracts: contracts(includeArchived: true) { nodes { metronomeId } }
          billableMetrics { nodes { name } }
        }
      }
      creditTypes { nodes { name } }
    }`);
    expect(body.errors).toBeUndefined();
    const requests: { method: string; url: string; body: unknown }[] = (await server.api('GET', '/_local/requests')).body.requests;
    const calls = requests.map((r) => `${r.method} ${r.url} ${JSON.stringify(r.body ?? null)}`);
    expect(calls.length).toBeGreaterThan(5);
    expect(calls).toEqual([...new Set(calls)]);
  });
});

describe('per-operation caches', () => {
  it('reads fresh data in every operation: nothing is cached across requests', async () => {
    const id = await create(server.api, '/v1/customers', { name: 'Before' });
    const query = `query ($id: String!) { customer(metronomeId: $id) { name } }`;
    expect((await harness.graphql(query, { id })).body.data).toEqual({ customer: { name: 'Before' } });
    expect((await server.api('POST', `/v1/customers/${id}/setName`, { body: { name: 'After' } })).status).toBe(200);
    expect((await harness.graphql(query, { id })).body.data).toEqual({ customer: { name: 'After' } });
  });
});
