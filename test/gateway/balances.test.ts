import { beforeEach, describe, expect, it } from 'vitest';
import {
  AddManualBalanceLedgerEntryDocument,
  CommitAndCreditDocument,
  CreateCustomerCommitDocument,
  CreateCustomerCreditDocument,
  CustomerBalanceNamesDocument,
  CustomerBalancesDocument,
  CustomerContractsCommitBalancesDocument,
  CustomersBalancesDocument,
  UpdateCustomerCommitEndDateDocument,
  UpdateCustomerCreditEndDateDocument,
} from './__generated__/graphql.js';
import { CONTRACT_END, CONTRACT_START, create, createPricedCustomer, USD_CENTS, type PricedCustomer } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

const NOW = '2025-03-15T00:00:00.000Z';
const globalId = (type: string, ...parts: string[]) => Buffer.from(`${type}:${parts.join(':')}`).toString('base64');

/** The Acme fixture with four API requests in January, seen from mid-March: January's invoice drew 20 from the credit. */
async function customerWithUsage(name = 'Acme'): Promise<PricedCustomer> {
  await server.api('POST', '/_local/clock', { body: { now: CONTRACT_START, frozen: true } });
  const ids = await createPricedCustomer(server.api, name);
  const events = Array.from({ length: 4 }, (_, i) => ({
    transaction_id: `${name}-${i}`,
    customer_id: name.toLowerCase(),
    event_type: 'api_request',
    timestamp: `2025-01-1${i}T00:00:00.000Z`,
    properties: { endpoint: '/v1/things' },
  }));
  expect((await server.api('POST', '/v1/ingest', { body: events })).status).toBe(200);
  await server.api('POST', '/_local/clock', { body: { now: NOW, frozen: true } });
  return ids;
}

/** What Metronome says about a customer's commits and credits: segment ids, the invoice that drew the credit down. */
async function restBalances(customerId: string) {
  const response = await server.api('POST', '/v1/contracts/customerBalances/list', {
    body: { customer_id: customerId, include_contract_balances: true, include_archived: true, include_ledgers: true },
  });
  return response.body.data as { id: string; access_schedule: { schedule_items: { id: string }[] }; ledger: { invoice_id?: string }[] }[];
}

async function customerCredit(customerId: string, name: string, startingAt: string, endingBefore: string, extra: object = {}) {
  const productId = await create(server.api, '/v1/contract-pricing/products/create', { name: `${name} product`, type: 'FIXED' });
  return create(server.api, '/v1/contracts/customerCredits/create', {
    customer_id: customerId,
    name,
    priority: 1,
    product_id: productId,
    access_schedule: { credit_type_id: USD_CENTS, schedule_items: [{ amount: 1000, starting_at: startingAt, ending_before: endingBefore }] },
    ...extra,
  });
}

beforeEach(async () => {
  await server.local.reset();
  await server.api('POST', '/_local/clock', { body: { now: NOW, frozen: true } });
});

describe('Customer.balances', () => {
  it('answers each commit and credit with its balance, segments and typed ledger, links included', async () => {
    const ids = await customerWithUsage();
    const [commit, credit] = await restBalances(ids.customerId);
    const invoiceId = credit!.ledger[1]!.invoice_id!;
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CustomerBalancesDocument, { customerId: ids.customerId, includeBalance: true, includeLedgers: true });
    expect(body.errors).toBeUndefined();
    const commitSegment = { amount: 100_000, startingAt: CONTRACT_START, endingBefore: CONTRACT_END };
    const creditSegment = { amount: 5_000, startingAt: CONTRACT_START, endingBefore: CONTRACT_END };
    expect(body.data!.customer!.balances).toEqual({
      nodes: [
        {
          __typename: 'Commit',
          id: globalId('Commit', ids.customerId, ids.commitId),
          metronomeId: ids.commitId,
          type: 'PREPAID',
          name: 'Annual commit',
          balance: 100_000,
          creditType: { name: 'USD (cents)' },
          accessSegments: [{ metronomeId: commit!.access_schedule.schedule_items[0]!.id, ...commitSegment }],
          // The schedule item links to the scheduled invoice that bills the commit.
          invoiceScheduleItems: [{ amount: 100_000, timestamp: CONTRACT_START, invoice: { type: 'SCHEDULED' } }],
          invoiceContract: { metronomeId: ids.contractId },
          contract: { metronomeId: ids.contractId },
          product: { name: 'Prepaid commit' },
          ledger: [
            {
              __typename: 'SegmentLedgerEntry',
              type: 'PREPAID_COMMIT_SEGMENT_START',
              amount: 100_000,
              timestamp: CONTRACT_START,
              segmentId: commit!.access_schedule.schedule_items[0]!.id,
              segment: commitSegment,
            },
          ],
        },
        {
          __typename: 'Credit',
          id: globalId('Credit', ids.customerId, ids.creditId),
          metronomeId: ids.creditId,
          name: 'Welcome credit',
          balance: 4_980,
          applicableProductTags: ['usage'],
          contract: { metronomeId: ids.contractId },
          ledger: [
            {
              __typename: 'SegmentLedgerEntry',
              type: 'CREDIT_SEGMENT_START',
              amount: 5_000,
              timestamp: CONTRACT_START,
              segmentId: credit!.access_schedule.schedule_items[0]!.id,
              segment: creditSegment,
            },
            {
              __typename: 'InvoiceLedgerEntry',
              type: 'CREDIT_AUTOMATED_INVOICE_DEDUCTION',
              amount: -20,
              timestamp: CONTRACT_START,
              segmentId: credit!.access_schedule.schedule_items[0]!.id,
              segment: creditSegment,
              invoiceId,
              invoice: { metronomeId: invoiceId, type: 'USAGE' },
              contract: { name: 'Acme annual' },
            },
          ],
        },
      ],
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
    });
    expect(await harness.upstreamCounts()).toEqual({
      'GET /v1/customers': 1,
      'POST /v1/contracts/customerBalances/list': 1,
      'POST /v1/contract-pricing/products/get': 1,
      'POST /v1/contracts/list': 1,
      'GET /v1/credit-types/list': 1,
      // the usage invoice that drew the credit down, and the scheduled invoice that bills the commit
      'GET /v1/customers/{customer_id}/invoices/{invoice_id}': 2,
    });
  });

  it('still answers balances and ledgers not asked for, with one more call for the customer', async () => {
    const ids = await customerWithUsage();
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CustomerBalancesDocument, { customerId: ids.customerId });
    expect(body.errors).toBeUndefined();
    const nodes = body.data!.customer!.balances.nodes as { balance: number | null; ledger: { amount: number }[] }[];
    expect(nodes.map((n) => [n.balance, n.ledger.map((e) => e.amount)])).toEqual([
      [100_000, [100_000]],
      [4_980, [5_000, -20]],
    ]);
    expect((await harness.upstreamCounts())['POST /v1/contracts/customerBalances/list']).toBe(2);
  });

  it('reads the balances of every customer on a page with one call per customer, and each product once', async () => {
    await customerWithUsage('Acme');
    await customerWithUsage('Beta');
    await create(server.api, '/v1/customers', { name: 'Gamma' });
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CustomersBalancesDocument, {});
    expect(body.errors).toBeUndefined();
    const balances = (name: string) => [
      { name: 'Annual commit', balance: 100_000, product: { name: 'Prepaid commit' }, ledger: [{ type: 'PREPAID_COMMIT_SEGMENT_START', amount: 100_000 }] },
      {
        name: 'Welcome credit',
        balance: 4_980,
        product: { name: 'Promotional credit' },
        ledger: [
          { type: 'CREDIT_SEGMENT_START', amount: 5_000 },
          { type: 'CREDIT_AUTOMATED_INVOICE_DEDUCTION', amount: -20 },
        ],
      },
    ].map((b) => ({ ...b, customer: name }));
    expect(
      body.data!.customers.nodes.map((c) => [c.name, c.balances.nodes.map((b) => ({ ...b, customer: c.name }))]),
    ).toEqual([
      ['Acme', balances('Acme')],
      ['Beta', balances('Beta')],
      ['Gamma', []],
    ]);
    expect(await harness.upstreamCounts()).toEqual({
      'GET /v1/customers': 1,
      // no batch endpoint: one per customer, with balances and ledgers in the same answer
      'POST /v1/contracts/customerBalances/list': 3,
      // each customer's commit product and credit product
      'POST /v1/contract-pricing/products/get': 4,
    });
  });

  it('pages with limit and next_page in the body, clamping first to 25', async () => {
    const customerId = await create(server.api, '/v1/customers', { name: 'Acme' });
    for (const name of ['First', 'Second', 'Third']) await customerCredit(customerId, name, '2025-03-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z');
    const flags = { includeBalance: true, includeLedgers: true };
    const first = await harness.execute(CustomerBalancesDocument, { customerId, first: 2, ...flags });
    const page = first.body.data!.customer!.balances;
    expect(page.nodes.map((n) => (n as { name: string }).name)).toEqual(['First', 'Second']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await harness.execute(CustomerBalancesDocument, { customerId, first: 100, after: page.pageInfo.endCursor, ...flags });
    expect(second.body.data!.customer!.balances.nodes.map((n) => (n as { name: string }).name)).toEqual(['Third']);
    expect(second.body.data!.customer!.balances.pageInfo.hasNextPage).toBe(false);
    const all = await harness.execute(CustomerBalancesDocument, { customerId, first: 100, ...flags });
    expect(all.body.data!.customer!.balances.nodes).toHaveLength(3);
    const limits = (await server.api('GET', '/_local/requests')).body.requests
      .filter((r: { operation: string }) => r.operation === 'POST /v1/contracts/customerBalances/list')
      .map((r: { body: { limit: number; next_page?: string } }) => [r.body.limit, typeof r.body.next_page]);
    // The second page is fetched as the first page's cursor says: the same limit, its next_page.
    expect(limits).toEqual([
      [2, 'undefined'],
      [2, 'string'],
      [25, 'undefined'],
    ]);
  });

  it('filters by covering date, access window, level, id and zero balance as Metronome does', async () => {
    const ids = await customerWithUsage();
    const spring = await customerCredit(ids.customerId, 'Spring', '2025-03-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z');
    await customerCredit(ids.customerId, 'Summer', '2025-06-01T00:00:00.000Z', '2025-09-01T00:00:00.000Z');
    const names = async (variables: Record<string, unknown>) => {
      const { body } = await harness.execute(CustomerBalanceNamesDocument, { customerId: ids.customerId, ...variables });
      expect(body.errors).toBeUndefined();
      return body.data!.customer!.balances.nodes.map((n) => (n as { name: string }).name);
    };
    expect(await names({})).toEqual(['Spring', 'Summer']);
    expect(await names({ includeContractBalances: true })).toEqual(['Annual commit', 'Welcome credit', 'Spring', 'Summer']);
    expect(await names({ coveringDate: '2025-07-01T00:00:00.000Z' })).toEqual(['Summer']);
    expect(await names({ effectiveBefore: '2025-04-01T00:00:00.000Z' })).toEqual(['Spring']);
    expect(await names({ startingAt: '2025-06-01T00:00:00.000Z' })).toEqual(['Summer']);
    expect(await names({ balanceId: spring })).toEqual(['Spring']);
    // Summer has not started: nothing of it is available yet.
    expect(await names({ excludeZeroBalances: true })).toEqual(['Spring']);
  });
});

describe('Commit and Credit', () => {
  it('reads a commit and a credit by customer and id with one call for both', async () => {
    const ids = await customerWithUsage();
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CommitAndCreditDocument, { customerId: ids.customerId, commitId: ids.commitId, creditId: ids.creditId });
    expect(body).toEqual({
      data: {
        commit: { name: 'Annual commit', balance: 100_000, customer: { name: 'Acme' } },
        credit: { name: 'Welcome credit', balance: 4_980, customer: { name: 'Acme' } },
      },
    });
    expect(await harness.upstreamCounts()).toEqual({ 'POST /v1/contracts/customerBalances/list': 1, 'GET /v1/customers': 1 });
  });

  it('answers null and NOT_FOUND for a credit id asked for as a commit', async () => {
    const ids = await customerWithUsage();
    const { body } = await harness.execute(CommitAndCreditDocument, { customerId: ids.customerId, commitId: ids.creditId, creditId: ids.creditId });
    expect(body.data).toEqual({ commit: null, credit: { name: 'Welcome credit', balance: 4_980, customer: { name: 'Acme' } } });
    expect(body.errors?.map((e) => [e.path, e.extensions?.code, e.message])).toEqual([
      [['commit'], 'NOT_FOUND', `Commit not found: ${ids.creditId} (customer ${ids.customerId})`],
    ]);
  });

  it('loads the balances of a contract’s commits and credits with one call for the customer', async () => {
    const ids = await customerWithUsage();
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CustomerContractsCommitBalancesDocument, { customerId: ids.customerId });
    expect(body).toEqual({
      data: {
        customer: {
          contracts: {
            nodes: [
              {
                commits: [{ name: 'Annual commit', balance: 100_000, ledger: [{ type: 'PREPAID_COMMIT_SEGMENT_START', amount: 100_000 }] }],
                credits: [{ name: 'Welcome credit', balance: 4_980 }],
              },
            ],
          },
        },
      },
    });
    expect(await harness.upstreamCounts()).toEqual({
      'GET /v1/customers': 1,
      'POST /v1/contracts/list': 1,
      'POST /v1/contracts/customerBalances/list': 1,
    });
  });
});

describe('commit and credit mutations', () => {
  const commitInput = (customerId: string, productId: string, extra: object = {}) => ({
    customerId,
    productId,
    type: 'PREPAID' as const,
    name: 'Goodwill commit',
    priority: 5,
    applicableProductTags: ['usage'],
    uniquenessKey: 'goodwill-2025',
    accessSchedule: {
      creditTypeId: USD_CENTS,
      scheduleItems: [{ amount: 2_500, startingAt: '2025-03-01T00:00:00.000Z', endingBefore: '2025-06-01T00:00:00.000Z' }],
    },
    ...extra,
  });

  it('creates a customer-level commit and answers it as Metronome stored it', async () => {
    const ids = await customerWithUsage();
    const { body } = await harness.execute(CreateCustomerCommitDocument, { input: commitInput(ids.customerId, ids.commitProductId) });
    expect(body.errors).toBeUndefined();
    const stored = (await restBalances(ids.customerId)).find((b) => !['Annual commit', 'Welcome credit'].includes((b as { name?: string }).name!))!;
    expect(body.data!.createCustomerCommit).toEqual({
      metronomeId: stored.id,
      type: 'PREPAID',
      name: 'Goodwill commit',
      priority: 5,
      balance: 2_500,
      uniquenessKey: 'goodwill-2025',
      applicableProductTags: ['usage'],
      accessSegments: [
        {
          metronomeId: stored.access_schedule.schedule_items[0]!.id,
          amount: 2_500,
          startingAt: '2025-03-01T00:00:00.000Z',
          endingBefore: '2025-06-01T00:00:00.000Z',
        },
      ],
      invoiceScheduleItems: [],
      invoiceContract: null,
      contract: null,
      ledger: [{ type: 'PREPAID_COMMIT_SEGMENT_START', amount: 2_500 }],
    });
  });

  it('invoices a commit on the contract it names', async () => {
    const ids = await customerWithUsage();
    const { body } = await harness.execute(CreateCustomerCommitDocument, {
      input: commitInput(ids.customerId, ids.commitProductId, {
        invoiceContractId: ids.contractId,
        invoiceSchedule: { creditTypeId: USD_CENTS, scheduleItems: [{ timestamp: '2025-04-01T00:00:00.000Z', amount: 2_500 }] },
      }),
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.createCustomerCommit).toMatchObject({
      invoiceScheduleItems: [{ amount: 2_500, timestamp: '2025-04-01T00:00:00.000Z' }],
      invoiceContract: { metronomeId: ids.contractId },
    });
  });

  it('creates once when the same idempotency key is sent twice', async () => {
    const ids = await customerWithUsage();
    const variables = { input: commitInput(ids.customerId, ids.commitProductId), idempotencyKey: 'goodwill-once' };
    const first = await harness.execute(CreateCustomerCommitDocument, variables);
    const second = await harness.execute(CreateCustomerCommitDocument, variables);
    expect(second.body.data!.createCustomerCommit.metronomeId).toBe(first.body.data!.createCustomerCommit.metronomeId);
    expect(await restBalances(ids.customerId)).toHaveLength(3);
  });

  it('answers CONFLICT for a uniqueness key already used', async () => {
    const ids = await customerWithUsage();
    await harness.execute(CreateCustomerCommitDocument, { input: commitInput(ids.customerId, ids.commitProductId) });
    const { body } = await harness.execute(CreateCustomerCommitDocument, { input: commitInput(ids.customerId, ids.commitProductId) });
    expect(body.data).toBeNull();
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['CONFLICT', 'A commit or credit with uniqueness_key "goodwill-2025" already exists'],
    ]);
  });

  it('answers BAD_USER_INPUT for a postpaid commit without the contract to invoice it on', async () => {
    const ids = await customerWithUsage();
    const { body } = await harness.execute(CreateCustomerCommitDocument, {
      input: commitInput(ids.customerId, ids.commitProductId, {
        type: 'POSTPAID',
        invoiceSchedule: { scheduleItems: [{ timestamp: '2025-06-01T00:00:00.000Z', amount: 2_500 }] },
      }),
    });
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'invoice_contract_id is required for POSTPAID commits'],
    ]);
  });

  it('shortens a commit and answers its new access schedule', async () => {
    const ids = await customerWithUsage();
    const created = await harness.execute(CreateCustomerCommitDocument, { input: commitInput(ids.customerId, ids.commitProductId) });
    const commitId = created.body.data!.createCustomerCommit.metronomeId;
    const { body } = await harness.execute(UpdateCustomerCommitEndDateDocument, {
      customerId: ids.customerId,
      commitId,
      accessEndingBefore: '2025-05-01T00:00:00.000Z',
    });
    expect(body).toEqual({
      data: {
        updateCustomerCommitEndDate: {
          metronomeId: commitId,
          accessSegments: [{ amount: 2_500, startingAt: '2025-03-01T00:00:00.000Z', endingBefore: '2025-05-01T00:00:00.000Z' }],
        },
      },
    });
  });

  it('answers NOT_FOUND for a commit the customer does not have', async () => {
    const ids = await customerWithUsage();
    const { body } = await harness.execute(UpdateCustomerCommitEndDateDocument, {
      customerId: ids.customerId,
      commitId: '7a1c2a9e-0000-4000-8000-000000000000',
      accessEndingBefore: '2025-05-01T00:00:00.000Z',
    });
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['NOT_FOUND', 'Commit not found: 7a1c2a9e-0000-4000-8000-000000000000'],
    ]);
  });

  it('creates a customer-level credit, then shortens it', async () => {
    const customerId = await create(server.api, '/v1/customers', { name: 'Acme' });
    const productId = await create(server.api, '/v1/contract-pricing/products/create', { name: 'Goodwill', type: 'FIXED' });
    const created = await harness.execute(CreateCustomerCreditDocument, {
      input: {
        customerId,
        productId,
        name: 'Goodwill credit',
        priority: 2,
        customFields: {},
        accessSchedule: { scheduleItems: [{ amount: 750, startingAt: '2025-03-01T00:00:00.000Z', endingBefore: '2025-09-01T00:00:00.000Z' }] },
      },
    });
    expect(created.body.errors).toBeUndefined();
    const creditId = created.body.data!.createCustomerCredit.metronomeId;
    const [stored] = await restBalances(customerId);
    expect(created.body.data!.createCustomerCredit).toEqual({
      metronomeId: stored!.id,
      name: 'Goodwill credit',
      priority: 2,
      balance: 750,
      customFields: {},
      creditType: { name: 'USD (cents)' },
      specifiers: [],
      accessSegments: [
        {
          metronomeId: stored!.access_schedule.schedule_items[0]!.id,
          amount: 750,
          startingAt: '2025-03-01T00:00:00.000Z',
          endingBefore: '2025-09-01T00:00:00.000Z',
        },
      ],
      contract: null,
    });
    const { body } = await harness.execute(UpdateCustomerCreditEndDateDocument, {
      customerId,
      creditId,
      accessEndingBefore: '2025-04-01T00:00:00.000Z',
    });
    expect(body).toEqual({
      data: {
        updateCustomerCreditEndDate: {
          metronomeId: creditId,
          balance: 750,
          accessSegments: [{ amount: 750, startingAt: '2025-03-01T00:00:00.000Z', endingBefore: '2025-04-01T00:00:00.000Z' }],
        },
      },
    });
  });

  it('reads specifiers back typed, with the product they name', async () => {
    const ids = await customerWithUsage();
    const { body } = await harness.execute(CreateCustomerCreditDocument, {
      input: {
        customerId: ids.customerId,
        productId: ids.creditProductId,
        priority: 1,
        specifiers: [{ product_id: ids.usageProductId, pricing_group_values: { region: 'eu' } }, { product_tags: ['usage'] }],
        accessSchedule: { scheduleItems: [{ amount: 100, startingAt: '2025-03-01T00:00:00.000Z', endingBefore: '2025-04-01T00:00:00.000Z' }] },
      },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.createCustomerCredit.specifiers).toEqual([
      { productId: ids.usageProductId, product: { name: 'API requests' }, productTags: [], pricingGroupValues: { region: 'eu' }, presentationGroupValues: null },
      { productId: null, product: null, productTags: ['usage'], pricingGroupValues: null, presentationGroupValues: null },
    ]);
  });

  it('answers BAD_USER_INPUT for moving a credit’s end later', async () => {
    const customerId = await create(server.api, '/v1/customers', { name: 'Acme' });
    const creditId = await customerCredit(customerId, 'Spring', '2025-03-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z');
    const { body } = await harness.execute(UpdateCustomerCreditEndDateDocument, {
      customerId,
      creditId,
      accessEndingBefore: '2025-07-01T00:00:00.000Z',
    });
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      [
        'BAD_USER_INPUT',
        "access_ending_before 2025-07-01T00:00:00.000Z is after the credit's current end 2025-06-01T00:00:00.000Z; the end date can only be moved earlier",
      ],
    ]);
  });
});

describe('addManualBalanceLedgerEntry', () => {
  it('draws a contract credit down by hand and answers it with the entry in its ledger', async () => {
    const ids = await customerWithUsage();
    const [, credit] = await restBalances(ids.customerId);
    const segmentId = credit!.access_schedule.schedule_items[0]!.id;
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(AddManualBalanceLedgerEntryDocument, {
      input: {
        customerId: ids.customerId,
        contractId: ids.contractId,
        balanceId: ids.creditId,
        segmentId,
        amount: -480,
        reason: 'Outage credit reversed',
        timestamp: '2025-03-10T00:00:00.000Z',
      },
    });
    expect(body.errors).toBeUndefined();
    const segment = { amount: 5_000, startingAt: CONTRACT_START, endingBefore: CONTRACT_END };
    expect(body.data!.addManualBalanceLedgerEntry).toEqual({
      __typename: 'Credit',
      metronomeId: ids.creditId,
      balance: 4_500,
      ledger: [
        { __typename: 'SegmentLedgerEntry', type: 'CREDIT_SEGMENT_START', amount: 5_000, timestamp: CONTRACT_START, segmentId, segment },
        {
          __typename: 'InvoiceLedgerEntry',
          type: 'CREDIT_AUTOMATED_INVOICE_DEDUCTION',
          amount: -20,
          timestamp: CONTRACT_START,
          segmentId,
          segment,
          invoiceId: credit!.ledger[1]!.invoice_id,
          invoice: { metronomeId: credit!.ledger[1]!.invoice_id, type: 'USAGE' },
          contract: { name: 'Acme annual' },
        },
        {
          __typename: 'ManualLedgerEntry',
          type: 'CREDIT_MANUAL',
          amount: -480,
          timestamp: '2025-03-10T00:00:00.000Z',
          segmentId: null,
          segment: null,
          reason: 'Outage credit reversed',
        },
      ],
    });
    expect(await harness.upstreamCounts()).toEqual({
      'POST /v1/contracts/addManualBalanceLedgerEntry': 1,
      'POST /v1/contracts/customerBalances/list': 1,
      'POST /v1/contracts/list': 1,
      'GET /v1/customers/{customer_id}/invoices/{invoice_id}': 1,
    });
  });

  it('answers NOT_FOUND for a segment the commit does not have', async () => {
    const ids = await customerWithUsage();
    const { body } = await harness.execute(AddManualBalanceLedgerEntryDocument, {
      input: {
        customerId: ids.customerId,
        contractId: ids.contractId,
        balanceId: ids.commitId,
        segmentId: '7a1c2a9e-0000-4000-8000-000000000000',
        amount: 10,
        reason: 'Goodwill',
      },
    });
    expect(body.data).toBeNull();
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['NOT_FOUND', `Segment not found on commit ${ids.commitId}: 7a1c2a9e-0000-4000-8000-000000000000`],
    ]);
  });
});
