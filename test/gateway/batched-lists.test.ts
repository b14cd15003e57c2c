import { beforeEach, describe, expect, it } from 'vitest';
import { CustomersCreditGrantsDocument, CustomersUsageDocument, NodeByIdDocument } from './__generated__/graphql.js';
import { create, USD_CENTS } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

beforeEach(async () => {
  await server.local.reset();
});

describe('usage', () => {
  it('fetches the usage of every customer on the page with one POST /v1/usage', async () => {
    await create(server.api, '/v1/billable-metrics/create', {
      name: 'API requests',
      event_type_filter: { in_values: ['api_request'] },
      aggregation_type: 'COUNT',
    });
    const counts = { alpha: 3, beta: 1, gamma: 0 };
    for (const [alias, count] of Object.entries(counts)) {
      await create(server.api, '/v1/customers', { name: alias, ingest_aliases: [alias] });
      const events = Array.from({ length: count }, (_, i) => ({
        transaction_id: `${alias}-${i}`,
        customer_id: alias,
        event_type: 'api_request',
        timestamp: `2025-03-0${i + 1}T12:00:00.000Z`,
      }));
      if (events.length) expect((await server.api('POST', '/v1/ingest', { body: events })).status).toBe(200);
    }
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CustomersUsageDocument, {
      startingOn: '2025-03-01T00:00:00.000Z',
      endingBefore: '2025-04-01T00:00:00.000Z',
    });
    expect(body.errors).toBeUndefined();
    const window = (value: number | null) => ({
      billableMetricName: 'API requests',
      billableMetric: { name: 'API requests' },
      startTimestamp: '2025-03-01T00:00:00.000Z',
      endTimestamp: '2025-04-01T00:00:00.000Z',
      value,
    });
    expect(body.data!.customers.nodes.map((c) => [c.name, c.usage])).toEqual([
      ['alpha', [window(3)]],
      ['beta', [window(1)]],
      ['gamma', [window(0)]],
    ]);
    expect(await harness.upstreamCounts()).toMatchObject({ 'GET /v1/customers': 1, 'POST /v1/usage': 1 });
  });
});

describe('credit grants', () => {
  async function grant(customerId: string, name: string, amount: number) {
    return create(server.api, '/v1/credits/createGrant', {
      customer_id: customerId,
      name,
      grant_amount: { amount, credit_type_id: USD_CENTS },
      paid_amount: { amount: 0, credit_type_id: USD_CENTS },
      effective_at: '2025-01-01T00:00:00.000Z',
      expires_at: '2026-01-01T00:00:00.000Z',
      priority: 1,
    });
  }

  it('fetches the grants of every customer on the page with one POST /v1/credits/listGrants', async () => {
    const alpha = await create(server.api, '/v1/customers', { name: 'Alpha' });
    const beta = await create(server.api, '/v1/customers', { name: 'Beta' });
    await create(server.api, '/v1/customers', { name: 'Gamma' });
    const alphaGrant = await grant(alpha, 'Welcome', 1000);
    const betaGrant = await grant(beta, 'Goodwill', 250);
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CustomersCreditGrantsDocument, {});
    expect(body.errors).toBeUndefined();
    const grantOf = (id: string, name: string, amount: number, customer: string) => ({
      id: Buffer.from(`CreditGrant:${id}`).toString('base64'),
      name,
      grantAmount: { amount, creditType: { name: 'USD (cents)' } },
      paidAmount: { amount: 0 },
      priority: 1,
      expiresAt: '2026-01-01T00:00:00.000Z',
      customer: { name: customer },
    });
    expect(body.data!.customers.nodes.map((c) => [c.name, c.creditGrants])).toEqual([
      ['Alpha', [grantOf(alphaGrant, 'Welcome', 1000, 'Alpha')]],
      ['Beta', [grantOf(betaGrant, 'Goodwill', 250, 'Beta')]],
      ['Gamma', []],
    ]);
    expect(await harness.upstreamCounts()).toEqual({
      'GET /v1/customers': 1,
      'POST /v1/credits/listGrants': 1,
      'GET /v1/credit-types/list': 1,
    });
  });

  it('round-trips a credit grant through node(id:)', async () => {
    const alpha = await create(server.api, '/v1/customers', { name: 'Alpha' });
    const id = await grant(alpha, 'Welcome', 1000);
    const globalId = Buffer.from(`CreditGrant:${id}`).toString('base64');
    const { body } = await harness.graphql(`query ($id: ID!) { node(id: $id) { id ... on CreditGrant { metronomeId name } } }`, {
      id: globalId,
    });
    expect(body).toEqual({ data: { node: { id: globalId, metronomeId: id, name: 'Welcome' } } });
    expect(NodeByIdDocument).toBeDefined();
  });
});
