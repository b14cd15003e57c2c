import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan } from '../../src/local-metronome/store/plans.js';
import {
  AddCustomerChargeDocument,
  ContractInvoicesDocument,
  CreateHistoricalInvoicesDocument,
  CustomerCostsDocument,
  CustomerInvoicesDocument,
  InvoiceBreakdownsDocument,
  InvoiceByIdDocument,
  InvoiceNodeDocument,
  InvoicesOfCustomersDocument,
  InvoicesWithOriginsDocument,
  InvoiceSummariesDocument,
  PlanInvoicesDocument,
  PreviewEventsDocument,
  PreviewHistoricalInvoicesDocument,
  RegenerateInvoiceDocument,
  ScheduleProServicesInvoiceDocument,
  VoidInvoiceDocument,
} from './__generated__/graphql.js';
import { create, createPricedCustomer, USD_CENTS, type PricedCustomer } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

const globalId = (type: string, ...parts: string[]) =>
  Buffer.from(`${type}:${parts.map(encodeURIComponent).join(':')}`).toString('base64');

async function setClock(now: string) {
  const response = await server.api('POST', '/_local/clock', { body: { now, frozen: true } });
  expect(response.status).toBe(200);
}

/** 40 API requests, one every 12 hours from 2 January 2025: 200 cents at 5 cents each. */
async function ingestJanuaryUsage(customerId: string, prefix = 'jan') {
  const events = Array.from({ length: 40 }, (_, i) => ({
    transaction_id: `${prefix}-${i}`,
    customer_id: customerId,
    event_type: 'api_request',
    timestamp: new Date(Date.parse('2025-01-02T00:00:00.000Z') + i * 12 * 3_600_000).toISOString(),
    properties: { endpoint: '/v1/things' },
  }));
  const response = await server.api('POST', '/v1/ingest', { body: events });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

interface Billed extends PricedCustomer {
  /** The commit purchase (SCHEDULED, 1 January), January’s usage invoice (FINALIZED) and February’s draft. */
  invoiceIds: { commitPurchase: string; january: string; february: string };
}

/** A priced customer with January’s usage, read on 10 February 2025. */
async function billedCustomer(name = 'Acme'): Promise<Billed> {
  await setClock('2025-01-01T00:00:00.000Z');
  const ids = await createPricedCustomer(server.api, name);
  await ingestJanuaryUsage(ids.customerId, name);
  await setClock('2025-02-10T00:00:00.000Z');
  const listed = await server.api('GET', `/v1/customers/${ids.customerId}/invoices`);
  const [commitPurchase, january, february] = listed.body.data.map((invoice: { id: string }) => invoice.id);
  return { ...ids, invoiceIds: { commitPurchase, january, february } };
}

beforeEach(async () => {
  await server.local.reset();
});

describe('Customer.invoices', () => {
  it('lists a contract customer’s invoices with their line items, products, pricing units, commit and credit exactly as billed', async () => {
    const ids = await billedCustomer();
    const { body } = await harness.execute(CustomerInvoicesDocument, { customerId: ids.customerId });
    expect(body.errors).toBeUndefined();
    const usd = { metronomeId: USD_CENTS, name: 'USD (cents)' };
    const header = {
      creditType: usd,
      customer: { metronomeId: ids.customerId, name: 'Acme' },
      contract: { metronomeId: ids.contractId, name: 'Acme annual' },
    };
    const apiRequests = (quantity: number, total: number, startingAt: string, endingBefore: string) => ({
      name: 'API requests',
      type: 'usage',
      quantity,
      unitPrice: 5,
      total,
      startingAt,
      endingBefore,
      product: { metronomeId: ids.usageProductId, name: 'API requests' },
      creditType: { name: 'USD (cents)' },
      appliedCommitOrCredit: null,
      commit: null,
    });
    expect(body.data!.customer!.invoices).toEqual({
      nodes: [
        {
          id: globalId('Invoice', ids.customerId, ids.invoiceIds.commitPurchase),
          metronomeId: ids.invoiceIds.commitPurchase,
          status: 'FINALIZED',
          type: 'SCHEDULED',
          startTimestamp: '2025-01-01T00:00:00.000Z',
          endTimestamp: '2025-01-01T00:00:00.000Z',
          issuedAt: '2025-01-01T00:00:00.000Z',
          subtotal: 100_000,
          total: 100_000,
          ...header,
          lineItems: [
            {
              name: 'Annual commit',
              type: 'commit_purchase',
              quantity: 1,
              unitPrice: 100_000,
              total: 100_000,
              startingAt: null,
              endingBefore: null,
              product: { metronomeId: ids.commitProductId, name: 'Prepaid commit' },
              creditType: { name: 'USD (cents)' },
              appliedCommitOrCredit: null,
              commit: { metronomeId: ids.commitId, name: 'Annual commit' },
            },
          ],
        },
        {
          id: globalId('Invoice', ids.customerId, ids.invoiceIds.january),
          metronomeId: ids.invoiceIds.january,
          status: 'FINALIZED',
          type: 'USAGE',
          startTimestamp: '2025-01-01T00:00:00.000Z',
          endTimestamp: '2025-02-01T00:00:00.000Z',
          issuedAt: '2025-02-01T00:00:00.000Z',
          subtotal: 200,
          total: 0,
          ...header,
          lineItems: [
            apiRequests(40, 200, '2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z'),
            {
              name: 'Welcome credit',
              type: 'applied_commit_or_credit',
              quantity: null,
              unitPrice: null,
              total: -200,
              startingAt: '2025-01-01T00:00:00.000Z',
              endingBefore: '2025-02-01T00:00:00.000Z',
              product: { metronomeId: ids.creditProductId, name: 'Promotional credit' },
              creditType: { name: 'USD (cents)' },
              appliedCommitOrCredit: { __typename: 'Credit', metronomeId: ids.creditId, name: 'Welcome credit' },
              commit: null,
            },
          ],
        },
        {
          id: globalId('Invoice', ids.customerId, ids.invoiceIds.february),
          metronomeId: ids.invoiceIds.february,
          status: 'DRAFT',
          type: 'USAGE',
          startTimestamp: '2025-02-01T00:00:00.000Z',
          endTimestamp: '2025-03-01T00:00:00.000Z',
          issuedAt: '2025-03-01T00:00:00.000Z',
          subtotal: 0,
          total: 0,
          ...header,
          lineItems: [apiRequests(0, 0, '2025-02-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z')],
        },
      ],
      pageInfo: { hasNextPage: false },
    });
  });

  it('passes status, type, sort and period filters to Metronome', async () => {
    const ids = await billedCustomer();
    const summaries = async (variables: Record<string, unknown>) => {
      const { body } = await harness.execute(InvoiceSummariesDocument, { customerId: ids.customerId, ...variables });
      expect(body.errors).toBeUndefined();
      return body.data!.customer!.invoices.nodes.map((invoice) => [invoice.metronomeId, invoice.type, invoice.status]);
    };
    const { commitPurchase, january, february } = ids.invoiceIds;
    expect(await summaries({ status: 'FINALIZED' })).toEqual([
      [commitPurchase, 'SCHEDULED', 'FINALIZED'],
      [january, 'USAGE', 'FINALIZED'],
    ]);
    expect(await summaries({ type: 'USAGE', sort: 'date_desc' })).toEqual([
      [february, 'USAGE', 'DRAFT'],
      [january, 'USAGE', 'FINALIZED'],
    ]);
    expect(await summaries({ startingOn: '2025-02-01T00:00:00.000Z' })).toEqual([[february, 'USAGE', 'DRAFT']]);
    expect(await summaries({ endingBefore: '2025-01-02T00:00:00.000Z', contractId: ids.contractId })).toEqual([
      [commitPurchase, 'SCHEDULED', 'FINALIZED'],
    ]);
  });

  it('leaves out zero-quantity line items when asked', async () => {
    const ids = await billedCustomer();
    const { body } = await harness.execute(InvoiceSummariesDocument, { customerId: ids.customerId, type: 'USAGE', skipZeroQtyLineItems: true });
    expect(body.data!.customer!.invoices.nodes.map((invoice) => invoice.lineItems)).toEqual([
      [
        { name: 'API requests', quantity: 40 },
        { name: 'Welcome credit', quantity: null },
      ],
      [],
    ]);
  });

  it('pages with first and after, one upstream call per page', async () => {
    const ids = await billedCustomer();
    await harness.resetUpstreamCounts();
    const first = await harness.execute(InvoiceSummariesDocument, { customerId: ids.customerId, first: 2 });
    const page1 = first.body.data!.customer!.invoices;
    expect(page1.nodes.map((invoice) => invoice.metronomeId)).toEqual([ids.invoiceIds.commitPurchase, ids.invoiceIds.january]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await harness.execute(InvoiceSummariesDocument, { customerId: ids.customerId, first: 2, after: page1.pageInfo.endCursor });
    expect(second.body.data!.customer!.invoices).toEqual({
      nodes: [{ metronomeId: ids.invoiceIds.february, type: 'USAGE', status: 'DRAFT', total: 0, lineItems: [{ name: 'API requests', quantity: 0 }] }],
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
    });
    const urls = (await server.api('GET', '/_local/requests')).body.requests
      .map((r: { url: string }) => r.url)
      .filter((url: string) => url.includes('/invoices'));
    expect(urls).toEqual([
      `/v1/customers/${ids.customerId}/invoices?limit=2`,
      `/v1/customers/${ids.customerId}/invoices?limit=2&next_page=${encodeURIComponent(JSON.parse(Buffer.from(page1.pageInfo.endCursor!, 'base64url').toString()).p)}`,
    ]);
  });
});

describe('plan invoices', () => {
  it('shows a plan invoice’s charges with their tiers and the credit grants drawn down as adjustments', async () => {
    await setClock('2025-01-10T00:00:00.000Z');
    const customerId = await create(server.api, '/v1/customers', { name: 'Plan customer' });
    const metricId = await create(server.api, '/v1/billable-metrics/create', {
      name: 'Calls',
      event_type_filter: { in_values: ['call'] },
      aggregation_type: 'COUNT',
    });
    const plan = createPlan(server.local.db, {
      name: 'Usage plan',
      charges: [
        {
          name: 'Calls',
          charge_type: 'usage',
          product_id: '0e7b6a4c-2c1d-4a8e-9f3b-5d6c7e8f9a0b',
          product_name: 'Calls',
          prices: [{ tier: 0, value: 2 }, { tier: 100, value: 1 }],
          billable_metric_id: metricId,
        },
        { name: 'Platform fee', charge_type: 'fixed', product_id: '1e7b6a4c-2c1d-4a8e-9f3b-5d6c7e8f9a0b', product_name: 'Platform', prices: [{ tier: 0, value: 500 }], quantity: 1 },
      ],
    });
    await create(server.api, `/v1/customers/${customerId}/plans/add`, { plan_id: plan.id, starting_on: '2025-01-01T00:00:00.000Z' });
    const grantId = await create(server.api, '/v1/credits/createGrant', {
      customer_id: customerId,
      name: 'Launch grant',
      grant_amount: { amount: 300, credit_type_id: USD_CENTS },
      paid_amount: { amount: 0, credit_type_id: USD_CENTS },
      priority: 1,
      effective_at: '2025-01-01T00:00:00.000Z',
      expires_at: '2026-01-01T00:00:00.000Z',
    });
    const events = Array.from({ length: 150 }, (_, i) => ({
      transaction_id: `call-${i}`,
      customer_id: customerId,
      event_type: 'call',
      timestamp: new Date(Date.parse('2025-01-05T00:00:00.000Z') + i * 60_000).toISOString(),
    }));
    for (const batch of [events.slice(0, 100), events.slice(100)]) expect((await server.api('POST', '/v1/ingest', { body: batch })).status).toBe(200);
    const { body } = await harness.execute(PlanInvoicesDocument, { customerId });
    expect(body.errors).toBeUndefined();
    const [calls, fee] = plan.charges;
    expect(body.data!.customer!.invoices.nodes).toEqual([
      {
        planName: 'Usage plan',
        plan: { name: 'Usage plan' },
        contract: null,
        externalInvoice: null,
        subtotal: 750,
        total: 450,
        lineItems: [
          {
            type: 'usage',
            name: 'Calls',
            quantity: 150,
            unitPrice: null,
            total: 250,
            // A plans-era product: contract pricing does not serve it.
            productId: '0e7b6a4c-2c1d-4a8e-9f3b-5d6c7e8f9a0b',
            product: null,
            subLineItems: [
              {
                name: 'Calls',
                quantity: 150,
                subtotal: 250,
                price: null,
                chargeId: calls!.id,
                tierPeriod: null,
                tiers: [
                  { price: 2, quantity: 100, startingAt: 0, subtotal: 200 },
                  { price: 1, quantity: 50, startingAt: 100, subtotal: 50 },
                ],
                customFields: {},
              },
            ],
          },
          {
            type: 'fixed',
            name: 'Platform fee',
            quantity: 1,
            unitPrice: 500,
            total: 500,
            productId: '1e7b6a4c-2c1d-4a8e-9f3b-5d6c7e8f9a0b',
            product: null,
            subLineItems: [
              { name: 'Platform fee', quantity: 1, subtotal: 500, price: 500, chargeId: fee!.id, tierPeriod: null, tiers: [], customFields: {} },
            ],
          },
        ],
        adjustments: [{ name: 'Launch grant', total: -300, creditType: { name: 'USD (cents)' }, creditGrant: { metronomeId: grantId, name: 'Launch grant' } }],
      },
    ]);
  });
});

describe('Contract.invoices', () => {
  it('lists only the contract’s invoices, through contract_id', async () => {
    const ids = await billedCustomer();
    const other = await create(server.api, '/v1/contracts/create', {
      customer_id: ids.customerId,
      name: 'Side deal',
      rate_card_id: ids.rateCardId,
      starting_at: '2025-02-01T00:00:00.000Z',
    });
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(ContractInvoicesDocument, { customerId: ids.customerId, contractId: other, type: 'USAGE' });
    expect(body.errors).toBeUndefined();
    expect(body.data!.contract).toEqual({
      name: 'Side deal',
      invoices: { nodes: [{ metronomeId: expect.any(String), type: 'USAGE', status: 'DRAFT', total: 0, contract: { name: 'Side deal' } }] },
    });
    const urls = (await server.api('GET', '/_local/requests')).body.requests.map((r: { url: string }) => r.url);
    expect(urls).toContain(`/v1/customers/${ids.customerId}/invoices?limit=20&contract_id=${other}&type=USAGE`);
    expect(await harness.upstreamCounts()).toEqual({ 'POST /v1/contracts/list': 1, 'GET /v1/customers/{customer_id}/invoices': 1 });
  });
});

describe('Query.invoice and node', () => {
  it('reads one invoice by its customer and id', async () => {
    const ids = await billedCustomer();
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(InvoiceByIdDocument, { customerId: ids.customerId, invoiceId: ids.invoiceIds.commitPurchase });
    expect(body.errors).toBeUndefined();
    expect(body.data!.invoice).toMatchObject({
      id: globalId('Invoice', ids.customerId, ids.invoiceIds.commitPurchase),
      metronomeId: ids.invoiceIds.commitPurchase,
      type: 'SCHEDULED',
      total: 100_000,
      lineItems: [{ name: 'Annual commit', commit: { metronomeId: ids.commitId, name: 'Annual commit' } }],
    });
    expect((await harness.upstreamCounts())['GET /v1/customers/{customer_id}/invoices/{invoice_id}']).toBe(1);
  });

  it('fetches an invoice again by its global id', async () => {
    const ids = await billedCustomer();
    const id = globalId('Invoice', ids.customerId, ids.invoiceIds.january);
    const { body } = await harness.execute(InvoiceNodeDocument, { id });
    expect(body).toEqual({
      data: { node: { __typename: 'Invoice', id, metronomeId: ids.invoiceIds.january, type: 'USAGE', total: 0, customer: { name: 'Acme' } } },
    });
  });

  it('answers null with NOT_FOUND for an invoice the customer does not have', async () => {
    const ids = await billedCustomer();
    const missing = '00000000-0000-4000-8000-000000000000';
    const { body } = await harness.execute(InvoiceByIdDocument, { customerId: ids.customerId, invoiceId: missing });
    expect(body.data).toEqual({ invoice: null });
    expect(body.errors?.map((e) => [e.extensions?.code, e.message, e.path])).toEqual([['NOT_FOUND', `Invoice not found: ${missing}`, ['invoice']]]);
  });

  it('answers BAD_USER_INPUT for an invoice global id without a customer part', async () => {
    const { body } = await harness.execute(InvoiceNodeDocument, { id: globalId('Invoice', 'just-an-id') });
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', 'Not a valid invoice id']]);
  });

  it('serves links to invoices the list already read without reading them again', async () => {
    const ids = await billedCustomer();
    await server.api('POST', '/v1/invoices/void', { body: { id: ids.invoiceIds.january } });
    const regenerated = (await server.api('POST', '/v1/invoices/regenerate', { body: { id: ids.invoiceIds.january } })).body.data.id;
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(InvoicesWithOriginsDocument, { customerId: ids.customerId });
    expect(body.errors).toBeUndefined();
    expect(body.data!.customer!.invoices.nodes).toEqual([
      { metronomeId: ids.invoiceIds.january, status: 'VOID', regeneratedFrom: null },
      { metronomeId: regenerated, status: 'FINALIZED', regeneratedFrom: { metronomeId: ids.invoiceIds.january, status: 'VOID' } },
      { metronomeId: ids.invoiceIds.february, status: 'DRAFT', regeneratedFrom: null },
    ]);
    expect(await harness.upstreamCounts()).toEqual({ 'GET /v1/customers': 1, 'GET /v1/customers/{customer_id}/invoices': 1 });
  });
});

describe('Customer.invoiceBreakdowns', () => {
  it('answers the usage invoice day by day, each window linked to its whole invoice read once', async () => {
    const ids = await billedCustomer();
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(InvoiceBreakdownsDocument, {
      customerId: ids.customerId,
      startingOn: '2025-01-01T00:00:00.000Z',
      endingBefore: '2025-01-04T00:00:00.000Z',
      windowSize: 'DAY',
    });
    expect(body.errors).toBeUndefined();
    const day = (n: number) => `2025-01-0${n}T00:00:00.000Z`;
    const whole = { metronomeId: ids.invoiceIds.january, startTimestamp: '2025-01-01T00:00:00.000Z', endTimestamp: '2025-02-01T00:00:00.000Z', total: 0 };
    const window = (n: number, quantity: number) => ({
      breakdownStartTimestamp: day(n),
      breakdownEndTimestamp: day(n + 1),
      metronomeId: ids.invoiceIds.january,
      type: 'USAGE',
      total: quantity * 5,
      lineItems: [{ name: 'API requests', quantity, total: quantity * 5, startingAt: day(n), endingBefore: day(n + 1) }],
      invoice: whole,
    });
    expect(body.data!.customer!.invoiceBreakdowns).toEqual({ nodes: [window(1, 0), window(2, 2), window(3, 2)], pageInfo: { hasNextPage: false } });
    expect(await harness.upstreamCounts()).toEqual({
      'GET /v1/customers': 1,
      'GET /v1/customers/{customer_id}/invoices/breakdowns': 1,
      'GET /v1/customers/{customer_id}/invoices/{invoice_id}': 1,
    });
  });

  it('sends the hourly window size', async () => {
    const ids = await billedCustomer();
    const { body } = await harness.execute(InvoiceBreakdownsDocument, {
      customerId: ids.customerId,
      startingOn: '2025-01-02T11:00:00.000Z',
      endingBefore: '2025-01-02T14:00:00.000Z',
      windowSize: 'HOUR',
    });
    expect(body.data!.customer!.invoiceBreakdowns.nodes.map((b) => [b.breakdownStartTimestamp, b.lineItems[0]!.quantity])).toEqual([
      ['2025-01-02T11:00:00.000Z', 0],
      ['2025-01-02T12:00:00.000Z', 1],
      ['2025-01-02T13:00:00.000Z', 0],
    ]);
  });
});

describe('Customer.costs', () => {
  it('answers daily costs per pricing unit and line item', async () => {
    const ids = await billedCustomer();
    const { body } = await harness.execute(CustomerCostsDocument, {
      customerId: ids.customerId,
      startingOn: '2025-01-01T00:00:00.000Z',
      endingBefore: '2025-01-03T00:00:00.000Z',
    });
    expect(body.errors).toBeUndefined();
    const cost = (amount: number) => [
      {
        creditType: { metronomeId: USD_CENTS, name: 'USD (cents)' },
        name: 'USD (cents)',
        cost: amount,
        lineItemBreakdown: [{ name: 'API requests', cost: amount, groupKey: null, groupValue: null }],
      },
    ];
    expect(body.data!.customer!.costs).toEqual({
      nodes: [
        { startTimestamp: '2025-01-01T00:00:00.000Z', endTimestamp: '2025-01-02T00:00:00.000Z', creditTypes: cost(0) },
        { startTimestamp: '2025-01-02T00:00:00.000Z', endTimestamp: '2025-01-03T00:00:00.000Z', creditTypes: cost(10) },
      ],
      pageInfo: { hasNextPage: false },
    });
  });

  it('answers BAD_USER_INPUT when the window ends before it starts', async () => {
    const ids = await billedCustomer();
    const { body } = await harness.execute(CustomerCostsDocument, {
      customerId: ids.customerId,
      startingOn: '2025-01-03T00:00:00.000Z',
      endingBefore: '2025-01-01T00:00:00.000Z',
    });
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', 'ending_before must be after starting_on']]);
  });
});

describe('Query.previewEvents', () => {
  it('answers the draft as it would be with the given events alone, and stores nothing', async () => {
    const ids = await billedCustomer();
    const events = [3, 4, 5].map((n) => ({
      eventType: 'api_request',
      timestamp: `2025-02-0${n}T00:00:00.000Z`,
      properties: { endpoint: '/v1/preview' },
      transactionId: `preview-${n}`,
    }));
    const { body } = await harness.execute(PreviewEventsDocument, { customerId: ids.customerId, events, mode: 'replace' });
    expect(body.errors).toBeUndefined();
    expect(body.data!.previewEvents).toEqual([
      {
        __typename: 'InvoicePreview',
        metronomeId: ids.invoiceIds.february,
        status: 'DRAFT',
        type: 'USAGE',
        startTimestamp: '2025-02-01T00:00:00.000Z',
        endTimestamp: '2025-03-01T00:00:00.000Z',
        total: 0,
        contract: { name: 'Acme annual' },
        lineItems: [
          { name: 'API requests', type: 'usage', quantity: 3, total: 15, product: { name: 'API requests' } },
          { name: 'Welcome credit', type: 'applied_commit_or_credit', quantity: null, total: -15, product: { name: 'Promotional credit' } },
        ],
      },
    ]);
    const stored = await server.api('GET', `/v1/customers/${ids.customerId}/invoices/${ids.invoiceIds.february}`);
    expect(stored.body.data.line_items.map((line: { quantity: number }) => line.quantity)).toEqual([0]);
  });
  it('adds the events to the stored usage in merge mode', async () => {
    const ids = await billedCustomer();
    const stored = [1, 2].map((n) => ({
      transaction_id: `feb-${n}`,
      customer_id: ids.customerId,
      event_type: 'api_request',
      timestamp: `2025-02-0${n}T00:00:00.000Z`,
      properties: { endpoint: '/v1/things' },
    }));
    expect((await server.api('POST', '/v1/ingest', { body: stored })).status).toBe(200);
    const events = [3, 4, 5].map((n) => ({ eventType: 'api_request', timestamp: `2025-02-0${n}T00:00:00.000Z`, properties: { endpoint: '/v1/preview' } }));
    const { body } = await harness.execute(PreviewEventsDocument, { customerId: ids.customerId, events, mode: 'merge' });
    expect(body.errors).toBeUndefined();
    expect(body.data!.previewEvents.map((draft) => draft.lineItems.map((line) => [line.name, line.quantity, line.total]))).toEqual([
      [
        ['API requests', 5, 25],
        ['Welcome credit', null, -25],
      ],
    ]);
  });

  it('answers BAD_USER_INPUT when a transaction id repeats', async () => {
    const ids = await billedCustomer();
    const event = { eventType: 'api_request', timestamp: '2025-02-03T00:00:00.000Z', transactionId: 'same' };
    const { body } = await harness.execute(PreviewEventsDocument, { customerId: ids.customerId, events: [event, event] });
    expect(body.data).toBeNull();
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'events[1].transaction_id same is used more than once'],
    ]);
  });
});

describe('historical invoices', () => {
  const january = (ids: PricedCustomer) => ({
    customerId: ids.customerId,
    contractId: ids.contractId,
    creditTypeId: USD_CENTS,
    inclusiveStartDate: '2025-01-01T00:00:00.000Z',
    exclusiveEndDate: '2025-02-01T00:00:00.000Z',
    issueDate: '2025-02-01T00:00:00.000Z',
    usageLineItems: [
      { productId: ids.usageProductId, inclusiveStartDate: '2025-01-01T00:00:00.000Z', exclusiveEndDate: '2025-02-01T00:00:00.000Z', quantity: 100 },
    ],
    customFields: {},
  });

  it('previews historical invoices as a query, storing nothing', async () => {
    await setClock('2025-01-15T00:00:00.000Z');
    const ids = await createPricedCustomer(server.api, 'Acme');
    const { body } = await harness.execute(PreviewHistoricalInvoicesDocument, { invoices: [january(ids)] });
    expect(body.errors).toBeUndefined();
    expect(body.data!.previewHistoricalInvoices).toEqual([
      {
        status: 'FINALIZED',
        type: 'USAGE',
        startTimestamp: '2025-01-01T00:00:00.000Z',
        endTimestamp: '2025-02-01T00:00:00.000Z',
        issuedAt: '2025-02-01T00:00:00.000Z',
        total: 0,
        lineItems: [
          { name: 'API requests', type: 'usage', quantity: 100, unitPrice: 5, total: 500 },
          { name: 'Welcome credit', type: 'applied_commit_or_credit', quantity: null, unitPrice: null, total: -500 },
        ],
      },
    ]);
    const listed = await server.api('GET', `/v1/customers/${ids.customerId}/invoices`, { query: { type: 'USAGE' } });
    expect(listed.body.data.map((invoice: { status: string }) => invoice.status)).toEqual(['DRAFT']);
  });

  it('creates historical invoices and answers them as Metronome now serves them', async () => {
    await setClock('2025-01-15T00:00:00.000Z');
    const ids = await createPricedCustomer(server.api, 'Acme');
    const { body } = await harness.execute(CreateHistoricalInvoicesDocument, { invoices: [january(ids)] });
    expect(body.errors).toBeUndefined();
    const stored = (await server.api('GET', `/v1/customers/${ids.customerId}/invoices`, { query: { type: 'USAGE' } })).body.data;
    expect(stored.map((invoice: { status: string }) => invoice.status)).toEqual(['FINALIZED']);
    expect(body.data!.createHistoricalInvoices).toEqual([
      {
        id: globalId('Invoice', ids.customerId, stored[0].id),
        metronomeId: stored[0].id,
        status: 'FINALIZED',
        type: 'USAGE',
        startTimestamp: '2025-01-01T00:00:00.000Z',
        endTimestamp: '2025-02-01T00:00:00.000Z',
        issuedAt: '2025-02-01T00:00:00.000Z',
        total: 0,
        customFields: {},
        lineItems: [
          { name: 'API requests', type: 'usage', quantity: 100, unitPrice: 5, total: 500, product: { name: 'API requests' } },
          { name: 'Welcome credit', type: 'applied_commit_or_credit', quantity: null, unitPrice: null, total: -500, product: { name: 'Promotional credit' } },
        ],
      },
    ]);
  });

  it('answers CONFLICT when the period already has an invoice', async () => {
    await setClock('2025-01-15T00:00:00.000Z');
    const ids = await createPricedCustomer(server.api, 'Acme');
    await harness.execute(CreateHistoricalInvoicesDocument, { invoices: [january(ids)] });
    const { body } = await harness.execute(CreateHistoricalInvoicesDocument, { invoices: [january(ids)] });
    expect(body.data).toBeNull();
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
  });
});

describe('invoice mutations', () => {
  it('voids an invoice and answers it voided', async () => {
    const ids = await billedCustomer();
    const { body } = await harness.execute(VoidInvoiceDocument, { customerId: ids.customerId, invoiceId: ids.invoiceIds.january });
    expect(body).toEqual({ data: { voidInvoice: { metronomeId: ids.invoiceIds.january, status: 'VOID', total: 0 } } });
  });

  it('sends the idempotency key, so a retried void does not void twice', async () => {
    const ids = await billedCustomer();
    const variables = { customerId: ids.customerId, invoiceId: ids.invoiceIds.january, idempotencyKey: 'void-january' };
    await harness.execute(VoidInvoiceDocument, variables);
    const again = await harness.execute(VoidInvoiceDocument, variables);
    expect(again.body).toEqual({ data: { voidInvoice: { metronomeId: ids.invoiceIds.january, status: 'VOID', total: 0 } } });
    const withoutKey = await harness.execute(VoidInvoiceDocument, { customerId: ids.customerId, invoiceId: ids.invoiceIds.january });
    expect(withoutKey.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', `Invoice ${ids.invoiceIds.january} is already void`],
    ]);
  });

  it('regenerates a voided invoice and answers the new one, linked to the voided one', async () => {
    const ids = await billedCustomer();
    await harness.execute(VoidInvoiceDocument, { customerId: ids.customerId, invoiceId: ids.invoiceIds.january });
    const { body } = await harness.execute(RegenerateInvoiceDocument, { customerId: ids.customerId, invoiceId: ids.invoiceIds.january });
    expect(body.errors).toBeUndefined();
    const regenerated = body.data!.regenerateInvoice;
    expect(regenerated.metronomeId).not.toBe(ids.invoiceIds.january);
    expect(regenerated).toEqual({
      metronomeId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'FINALIZED',
      type: 'USAGE',
      total: 0,
      lineItems: [
        { name: 'API requests', type: 'usage', quantity: 40, total: 200 },
        { name: 'Welcome credit', type: 'applied_commit_or_credit', quantity: null, total: -200 },
      ],
      regeneratedFrom: { metronomeId: ids.invoiceIds.january, status: 'VOID' },
    });
  });

  it('answers BAD_USER_INPUT when regenerating an invoice that is not void', async () => {
    const ids = await billedCustomer();
    const { body } = await harness.execute(RegenerateInvoiceDocument, { customerId: ids.customerId, invoiceId: ids.invoiceIds.january });
    expect(body.data).toBeNull();
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', `Invoice ${ids.invoiceIds.january} is not void; only voided invoices can be regenerated`],
    ]);
  });

  it('schedules a professional services invoice and answers it', async () => {
    await setClock('2025-01-10T00:00:00.000Z');
    const customerId = await create(server.api, '/v1/customers', { name: 'Consulting client' });
    const serviceProduct = await create(server.api, '/v1/contract-pricing/products/create', { name: 'Implementation', type: 'PRO_SERVICE' });
    const contractId = await create(server.api, '/v1/contracts/create', {
      customer_id: customerId,
      name: 'Services',
      starting_at: '2025-01-01T00:00:00.000Z',
      professional_services: [{ product_id: serviceProduct, max_amount: 100_000, quantity: 10, unit_price: 5_000, description: 'Onboarding hours' }],
    });
    const contract = await server.api('POST', '/v1/contracts/get', { body: { customer_id: customerId, contract_id: contractId } });
    const serviceId = contract.body.data.current.professional_services[0].id;
    const { body } = await harness.execute(ScheduleProServicesInvoiceDocument, {
      input: {
        customerId,
        contractId,
        issuedAt: '2025-01-31T00:00:00.000Z',
        lineItems: [
          { professionalServiceId: serviceId, quantity: 3 },
          { professionalServiceId: serviceId, amount: 250 },
        ],
      },
    });
    expect(body.errors).toBeUndefined();
    const service = { name: 'Onboarding hours', type: 'professional_service', product: { name: 'Implementation', type: 'PRO_SERVICE' } };
    expect(body.data!.scheduleProServicesInvoice).toEqual([
      {
        metronomeId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        type: 'SCHEDULED',
        status: 'DRAFT',
        issuedAt: '2025-01-31T00:00:00.000Z',
        total: 15_250,
        contract: { name: 'Services' },
        lineItems: [
          { ...service, quantity: 3, unitPrice: 5_000, total: 15_000 },
          { ...service, quantity: 1, unitPrice: 250, total: 250 },
        ],
      },
    ]);
  });

  it('adds a one-time charge to a plan invoice and answers the customer with it', async () => {
    await setClock('2025-01-10T00:00:00.000Z');
    const customerId = await create(server.api, '/v1/customers', { name: 'Plan customer' });
    const plan = createPlan(server.local.db, {
      name: 'Platform plan',
      charges: [{ name: 'Platform fee', charge_type: 'fixed', product_id: '1e7b6a4c-2c1d-4a8e-9f3b-5d6c7e8f9a0b', product_name: 'Platform', prices: [{ tier: 0, value: 500 }], quantity: 1 }],
    });
    const addOns = createPlan(server.local.db, {
      name: 'Add-ons',
      charges: [{ name: 'Setup', charge_type: 'fixed', product_id: '2e7b6a4c-2c1d-4a8e-9f3b-5d6c7e8f9a0b', product_name: 'Setup', prices: [{ tier: 0, value: 100 }] }],
    });
    const customerPlanId = await create(server.api, `/v1/customers/${customerId}/plans/add`, { plan_id: plan.id, starting_on: '2025-01-01T00:00:00.000Z' });
    const { body } = await harness.execute(AddCustomerChargeDocument, {
      customerId,
      input: {
        chargeId: addOns.charges[0]!.id,
        customerPlanId,
        description: 'Onboarding',
        invoiceStartTimestamp: '2025-01-01T00:00:00.000Z',
        price: 2_500,
        quantity: 2,
      },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.addCustomerCharge).toEqual({
      metronomeId: customerId,
      invoices: {
        nodes: [
          {
            planName: 'Platform plan',
            total: 5_500,
            lineItems: [
              { type: 'fixed', name: 'Platform fee', quantity: 1, total: 500 },
              { type: 'fixed', name: 'Onboarding', quantity: 2, total: 5_000 },
            ],
          },
        ],
      },
    });
  });
});

describe('batching', () => {
  it('reads each customer’s invoices once however many fields ask, and each line item’s product and pricing unit once', async () => {
    const a = await billedCustomer('Alpha');
    const b = await billedCustomer('Beta');
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(InvoicesOfCustomersDocument, { first: 10 });
    expect(body.errors).toBeUndefined();
    const customers = body.data!.customers.nodes;
    expect(customers.map((c) => [c.name, c.invoices.nodes.map((i) => [i.total, i.customer?.name, i.lineItems.map((l) => l.product?.name)])])).toEqual(
      ['Alpha', 'Beta'].map((name) => [
        name,
        [
          [100_000, name, ['Prepaid commit']],
          [0, name, ['API requests', 'Promotional credit']],
          [0, name, ['API requests']],
        ],
      ]),
    );
    expect(customers.map((c) => c.sameInvoices.nodes.length)).toEqual([3, 3]);
    const lineItems = customers.flatMap((c) => c.invoices.nodes.flatMap((i) => i.lineItems));
    const distinctProducts = new Set([a, b].flatMap((ids) => [ids.usageProductId, ids.commitProductId, ids.creditProductId]));
    // A naive resolver would read a product and a pricing unit per line item.
    expect(lineItems).toHaveLength(8);
    expect(distinctProducts.size).toBe(6);
    expect(await harness.upstreamCounts()).toEqual({
      'GET /v1/customers': 1,
      'GET /v1/customers/{customer_id}/invoices': 2,
      'POST /v1/contract-pricing/products/get': 6,
      'GET /v1/credit-types/list': 1,
    });
  });
});
