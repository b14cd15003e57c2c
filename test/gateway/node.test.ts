import { beforeAll, describe, expect, it } from 'vitest';
import { CustomerGraphDocument, NodeByIdDocument, NodesByIdsDocument } from './__generated__/graphql.js';
import { createPricedCustomer, USD_CENTS, type PricedCustomer } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;
let ids: PricedCustomer;
let globalIds: Record<string, string>;

beforeAll(async () => {
  await server.local.reset();
  ids = await createPricedCustomer(server.api, 'Acme');
  const { body } = await harness.graphql(
    `query ($id: String!) {
      customer(metronomeId: $id) {
        id
        contracts { nodes { id rateCard { id fiatCreditType { id } rates(at: "2025-06-01T00:00:00.000Z") { nodes { product { id billableMetric { id } } } } }
          commits { id } credits { id } } }
      }
    }`,
    { id: ids.customerId },
  );
  const contract = body.data.customer.contracts.nodes[0];
  globalIds = {
    Customer: body.data.customer.id,
    Contract: contract.id,
    RateCard: contract.rateCard.id,
    CreditType: contract.rateCard.fiatCreditType.id,
    Product: contract.rateCard.rates.nodes[0].product.id,
    BillableMetric: contract.rateCard.rates.nodes[0].product.billableMetric.id,
    Commit: contract.commits[0].id,
    Credit: contract.credits[0].id,
  };
});

describe('global ids', () => {
  it('round-trips every node type through node(id:)', async () => {
    const expected: Record<string, Record<string, unknown>> = {
      Customer: { metronomeId: ids.customerId, name: 'Acme' },
      Contract: { metronomeId: ids.contractId, contractName: 'Acme annual' },
      RateCard: { metronomeId: ids.rateCardId, name: 'Standard pricing' },
      CreditType: { metronomeId: USD_CENTS, name: 'USD (cents)' },
      Product: { metronomeId: ids.usageProductId, name: 'API requests' },
      BillableMetric: { metronomeId: ids.metricId, name: 'API requests' },
      Commit: { metronomeId: ids.commitId, commitName: 'Annual commit' },
      Credit: { metronomeId: ids.creditId, creditName: 'Welcome credit' },
    };
    for (const [type, id] of Object.entries(globalIds)) {
      const { body } = await harness.execute(NodeByIdDocument, { id });
      expect(body.errors, type).toBeUndefined();
      expect(body.data!.node).toEqual({ __typename: type, id, ...expected[type] });
    }
  });

  it('encodes the customer id into the global id of a contract, so node(id:) needs no other lookup', async () => {
    expect(Buffer.from(globalIds.Contract!, 'base64').toString()).toBe(`Contract:${ids.customerId}:${ids.contractId}`);
    await harness.resetUpstreamCounts();
    await harness.execute(NodeByIdDocument, { id: globalIds.Contract! });
    expect(await harness.upstreamCounts()).toEqual({ 'POST /v1/contracts/list': 1 });
  });

  it('loads nodes(ids:) in order, batching the customers into one call', async () => {
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(NodesByIdsDocument, { ids: [globalIds.Contract!, globalIds.Customer!, globalIds.Customer!] });
    expect(body.data!.nodes).toEqual([
      { __typename: 'Contract', id: globalIds.Contract, contractName: 'Acme annual' },
      { __typename: 'Customer', id: globalIds.Customer, name: 'Acme' },
      { __typename: 'Customer', id: globalIds.Customer, name: 'Acme' },
    ]);
    expect(await harness.upstreamCounts()).toEqual({ 'GET /v1/customers': 1, 'POST /v1/contracts/list': 1 });
  });

  it('answers null and NOT_FOUND for the global id of a customer that does not exist', async () => {
    const id = Buffer.from('Customer:7a1c2a9e-0000-4000-8000-000000000000').toString('base64');
    const { body } = await harness.execute(NodeByIdDocument, { id });
    expect(body.data).toEqual({ node: null });
    expect(body.errors).toEqual([
      {
        message: 'Customer not found: 7a1c2a9e-0000-4000-8000-000000000000',
        path: ['node'],
        locations: [{ line: 2, column: 3 }],
        extensions: { code: 'NOT_FOUND', upstreamStatus: 404, upstreamRequestId: null },
      },
    ]);
  });

  it('answers BAD_USER_INPUT for a string that is not a global id', async () => {
    const { body } = await harness.execute(NodeByIdDocument, { id: 'not-a-global-id' });
    expect(body.data).toEqual({ node: null });
    expect(body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['Not a valid global id: not-a-global-id', 'BAD_USER_INPUT'],
    ]);
  });

  it('answers BAD_USER_INPUT for a contract global id without its customer part', async () => {
    const id = Buffer.from(`Contract:${ids.contractId}`).toString('base64');
    const { body } = await harness.execute(NodeByIdDocument, { id });
    expect(body.data).toEqual({ node: null });
    expect(body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['Not a valid contract id', 'BAD_USER_INPUT']]);
  });
});

describe('typed documents', () => {
  it('reach the same customer by metronomeId as by node', async () => {
    const { body } = await harness.execute(CustomerGraphDocument, { id: ids.customerId, at: '2025-06-01T00:00:00.000Z' });
    expect(body.data!.customer!.id).toBe(globalIds.Customer);
  });
});

describe('unknown node types', () => {
  it('answers BAD_USER_INPUT for the global id of a type that is not a node', async () => {
    const id = Buffer.from('LineItem:123').toString('base64');
    const { body } = await harness.execute(NodeByIdDocument, { id });
    expect(body.data).toEqual({ node: null });
    expect(body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([[`Not a valid global id: ${id}`, 'BAD_USER_INPUT']]);
  });
});
