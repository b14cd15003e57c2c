import { beforeAll, describe, expect, it } from 'vitest';
import { BillingOverviewDocument, InvoicesPaidByCommitsDocument } from './__generated__/graphql.js';
import { create, USD_CENTS } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

const CUSTOMERS = 25;
const START = '2025-01-01T00:00:00.000Z';

/** Three usage products on one rate card, each over its own billable metric, priced FLAT per unit. */
const CATALOGUE = [
  { product: 'API requests', eventType: 'api_request', price: 5 },
  { product: 'Storage', eventType: 'storage', price: 100 },
  { product: 'Compute', eventType: 'compute', price: 20 },
];

async function setClock(now: string) {
  expect((await server.api('POST', '/_local/clock', { body: { now, frozen: true } })).status).toBe(200);
}

/**
 * 25 customers, each on a contract with a prepaid commit over the shared rate card and a month of usage of all
 * three products; read on 10 February 2025, so each has the commit purchase, January’s usage invoice (three usage
 * lines and the commit applied) and February’s draft.
 */
async function billedCustomers(): Promise<void> {
  await server.local.reset();
  await setClock(START);
  const productIds: string[] = [];
  for (const { product, eventType } of CATALOGUE) {
    const metricId = await create(server.api, '/v1/billable-metrics/create', {
      name: product,
      event_type_filter: { in_values: [eventType] },
      aggregation_type: 'COUNT',
    });
    productIds.push(await create(server.api, '/v1/contract-pricing/products/create', { name: product, type: 'USAGE', billable_metric_id: metricId }));
  }
  const commitProductId = await create(server.api, '/v1/contract-pricing/products/create', { name: 'Prepaid commit', type: 'FIXED' });
  const rateCardId = await create(server.api, '/v1/contract-pricing/rate-cards/create', { name: 'Standard pricing' });
  const rates = await server.api('POST', '/v1/contract-pricing/rate-cards/addRates', {
    body: {
      rate_card_id: rateCardId,
      rates: CATALOGUE.map(({ price }, i) => ({ product_id: productIds[i], starting_at: START, entitled: true, rate_type: 'FLAT', price })),
    },
  });
  expect(rates.status, JSON.stringify(rates.body)).toBe(200);
  const customerIds: string[] = [];
  for (let n = 1; n <= CUSTOMERS; n++) {
    const name = `Customer ${String(n).padStart(2, '0')}`;
    const customerId = await create(server.api, '/v1/customers', { name });
    customerIds.push(customerId);
    await create(server.api, '/v1/contracts/create', {
      customer_id: customerId,
      name: `${name} annual`,
      rate_card_id: rateCardId,
      starting_at: START,
      commits: [
        {
          type: 'PREPAID',
          name: 'Annual commit',
          product_id: commitProductId,
          access_schedule: { credit_type_id: USD_CENTS, schedule_items: [{ amount: 50_000, starting_at: START, ending_before: '2026-01-01T00:00:00.000Z' }] },
          invoice_schedule: { credit_type_id: USD_CENTS, schedule_items: [{ amount: 50_000, timestamp: START }] },
        },
      ],
    });
    // n events of each product, on January days n and n + 1.
    const events = CATALOGUE.flatMap(({ eventType }) =>
      Array.from({ length: n }, (_, i) => ({
        transaction_id: `${customerId}-${eventType}-${i}`,
        customer_id: customerId,
        event_type: eventType,
        timestamp: new Date(Date.parse(START) + (n - 1 + (i % 2)) * 86_400_000 + i * 60_000).toISOString(),
      })),
    );
    const ingested = await server.api('POST', '/v1/ingest', { body: events });
    expect(ingested.status, JSON.stringify(ingested.body)).toBe(200);
  }
  await setClock('2025-02-10T00:00:00.000Z');
  for (const [name, threshold] of ALERTS)
    await create(server.api, '/v1/alerts/create', { alert_type: 'low_remaining_commit_balance_reached', name, threshold, credit_type_id: USD_CENTS });
  await alertsEvaluated(customerIds);
}

/**
 * Two threshold notifications for every customer on its commit's remaining balance (50,000 less n × 125 after
 * January): the first is in alarm for customers 8 to 25, the second for customers 16 to 25.
 */
const ALERTS = [
  ['Commit below 49,050', 49_050],
  ['Commit below 48,100', 48_100],
] as const;

/** Alerts are evaluated in the background: waits until no customer's status is still `evaluating`. */
async function alertsEvaluated(customerIds: string[]) {
  const deadline = Date.now() + 10_000;
  for (const customerId of customerIds) {
    for (;;) {
      const listed = await server.api('POST', '/v1/customer-alerts/list', { body: { customer_id: customerId } });
      const statuses = listed.body.data.map((alert: { customer_status: string }) => alert.customer_status);
      if (statuses.length === ALERTS.length && !statuses.includes('evaluating')) break;
      expect(Date.now(), `alerts of ${customerId} still evaluating`).toBeLessThan(deadline);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

describe('the billing overview of 25 customers in one query', () => {
  beforeAll(billedCustomers, 60_000);

  it('answers every customer’s contracts, rate card, invoices, line items with their products and pricing units, and alerts', async () => {
    const { body } = await harness.execute(BillingOverviewDocument);
    expect(body.errors).toBeUndefined();
    const customers = body.data!.customers.nodes;
    expect(customers).toHaveLength(CUSTOMERS);
    expect(customers[9]).toEqual({
      name: 'Customer 10',
      contracts: { nodes: [{ name: 'Customer 10 annual', rateCard: { name: 'Standard pricing' } }] },
      invoices: {
        nodes: [
          {
            type: 'SCHEDULED',
            status: 'FINALIZED',
            total: 50_000,
            lineItems: [{ name: 'Annual commit', total: 50_000, product: { name: 'Prepaid commit' }, creditType: { name: 'USD (cents)' } }],
          },
          {
            type: 'USAGE',
            status: 'FINALIZED',
            total: 0,
            lineItems: [
              { name: 'API requests', total: 10 * 5, product: { name: 'API requests' }, creditType: { name: 'USD (cents)' } },
              { name: 'Storage', total: 10 * 100, product: { name: 'Storage' }, creditType: { name: 'USD (cents)' } },
              { name: 'Compute', total: 10 * 20, product: { name: 'Compute' }, creditType: { name: 'USD (cents)' } },
              { name: 'Annual commit', total: -10 * 125, product: { name: 'Prepaid commit' }, creditType: { name: 'USD (cents)' } },
            ],
          },
          {
            type: 'USAGE',
            status: 'DRAFT',
            total: 0,
            lineItems: ['API requests', 'Storage', 'Compute'].map((name) => ({ name, total: 0, product: { name }, creditType: { name: 'USD (cents)' } })),
          },
        ],
      },
      alerts: {
        nodes: [
          { customerStatus: 'in_alarm', alert: { name: 'Commit below 49,050' } },
          { customerStatus: 'ok', alert: { name: 'Commit below 48,100' } },
        ],
      },
    });
    expect(customers.map((c) => c.alerts.nodes.map((a) => a.customerStatus))).toEqual(
      Array.from({ length: CUSTOMERS }, (_, i) => [i + 1 >= 8 ? 'in_alarm' : 'ok', i + 1 >= 16 ? 'in_alarm' : 'ok']),
    );
    expect(customers.map((c) => [c.name, c.invoices.nodes.map((i) => i.lineItems.length)])).toEqual(
      Array.from({ length: CUSTOMERS }, (_, i) => [`Customer ${String(i + 1).padStart(2, '0')}`, [1, 4, 3]]),
    );
  });

  it('makes the minimal upstream calls: one customer list; one contract, invoice and alert list per customer; one read per distinct rate card, product and pricing unit list', async () => {
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(BillingOverviewDocument);
    expect(body.errors).toBeUndefined();
    const counts = await harness.upstreamCounts();
    expect(counts).toEqual({
      'GET /v1/customers': 1,
      // Metronome lists contracts per customer only: there is no batch endpoint across customers.
      'POST /v1/contracts/list': CUSTOMERS,
      'POST /v1/contract-pricing/rate-cards/get': 1,
      // Likewise invoices: one list per customer, which carries every invoice's line items.
      'GET /v1/customers/{customer_id}/invoices': CUSTOMERS,
      // Three usage products and the commit's product, however many line items name them.
      'POST /v1/contract-pricing/products/get': 4,
      'GET /v1/credit-types/list': 1,
      // Threshold notifications are listed per customer too: no batch endpoint across customers.
      'POST /v1/customer-alerts/list': CUSTOMERS,
    });

    // A resolver per line item (a product read and a pricing unit read each) or per contract (a rate card read
    // each) would make this many calls instead.
    const customers = body.data!.customers.nodes;
    const lineItems = customers.flatMap((c) => c.invoices.nodes.flatMap((i) => i.lineItems));
    const contracts = customers.flatMap((c) => c.contracts.nodes);
    expect(lineItems).toHaveLength(CUSTOMERS * 8);
    const naive = 1 + CUSTOMERS + contracts.length + CUSTOMERS + lineItems.length * 2 + CUSTOMERS;
    const made = Object.values(counts).reduce((sum, n) => sum + n, 0);
    expect(made).toBe(82);
    expect(naive).toBe(501);

    const requests: { method: string; url: string; body: unknown }[] = (await server.api('GET', '/_local/requests')).body.requests;
    const calls = requests.map((r) => `${r.method} ${r.url} ${JSON.stringify(r.body ?? null)}`);
    expect(calls).toEqual([...new Set(calls)]);
  });

  it('reads the commits that bought and paid for the line items with one balance list per customer', async () => {
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(InvoicesPaidByCommitsDocument);
    expect(body.errors).toBeUndefined();
    const customers = body.data!.customers.nodes;
    expect(customers[6]!.invoices.nodes.map((invoice) => invoice.lineItems.filter((line) => line.appliedCommitOrCredit || line.commit))).toEqual([
      [{ appliedCommitOrCredit: null, commit: { name: 'Annual commit' } }],
      [{ appliedCommitOrCredit: { __typename: 'Commit', name: 'Annual commit', balance: 50_000 - 7 * 125 }, commit: null }],
      [],
    ]);
    expect(await harness.upstreamCounts()).toEqual({
      'GET /v1/customers': 1,
      'GET /v1/customers/{customer_id}/invoices': CUSTOMERS,
      // Each customer's commit is named by two line items; both read the customer's balances once.
      'POST /v1/contracts/customerBalances/list': CUSTOMERS,
    });
  });
});
