import { beforeEach, describe, expect, it } from 'vitest';
import {
  ContractAmendDocument,
  ContractArchiveDocument,
  ContractCreateDocument,
  ContractRatesSelectedDocument,
  ContractSetUsageFilterDocument,
  ContractsOfCustomersDocument,
  ContractSubscriptionHistoryDocument,
  ContractUpdateEndDateDocument,
  type CreateContractInput,
} from './__generated__/graphql.js';
import { create, USD_CENTS } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

const NOW = '2025-01-15T00:00:00.000Z';
const JAN = '2025-01-01T00:00:00.000Z';
const FEB = '2025-02-01T00:00:00.000Z';
const MAR = '2025-03-01T00:00:00.000Z';
const APR = '2025-04-01T00:00:00.000Z';
const JUL = '2025-07-01T00:00:00.000Z';
const NEXT_JAN = '2026-01-01T00:00:00.000Z';
const UNKNOWN = '00000000-0000-4000-8000-000000000007';

const codes = (errors: { extensions?: Record<string, any>; message: string }[] | undefined) =>
  errors?.map((e) => [e.extensions?.code, e.message]);

let customerId: string;
let rateCardId: string;
let computeId: string;
let commitProductId: string;
let seatsId: string;

/** A customer and a rate card pricing compute (FLAT 10, by project) and seats (1000 a month). */
async function catalogue(customerName = 'Acme') {
  const metricId = await create(server.api, '/v1/billable-metrics/create', {
    name: 'API calls',
    aggregation_type: 'COUNT',
    group_keys: [['project_id']],
  });
  computeId = await create(server.api, '/v1/contract-pricing/products/create', { name: 'Compute', type: 'USAGE', billable_metric_id: metricId });
  commitProductId = await create(server.api, '/v1/contract-pricing/products/create', { name: 'Prepaid commit', type: 'FIXED' });
  seatsId = await create(server.api, '/v1/contract-pricing/products/create', { name: 'Seats', type: 'SUBSCRIPTION' });
  rateCardId = await create(server.api, '/v1/contract-pricing/rate-cards/create', { name: 'List prices' });
  const rates = await server.api('POST', '/v1/contract-pricing/rate-cards/addRates', {
    body: {
      rate_card_id: rateCardId,
      rates: [
        { product_id: computeId, starting_at: JAN, entitled: true, rate_type: 'FLAT', price: 10 },
        { product_id: seatsId, starting_at: JAN, entitled: true, rate_type: 'SUBSCRIPTION', price: 1000, billing_frequency: 'MONTHLY' },
      ],
    },
  });
  expect(rates.status).toBe(200);
  customerId = await create(server.api, '/v1/customers', { name: customerName });
}

beforeEach(async () => {
  await server.local.reset();
  await server.api('POST', '/_local/clock', { body: { now: NOW, frozen: true } });
  await catalogue();
});

const annualCommit = () => ({
  type: 'PREPAID',
  product_id: commitProductId,
  name: 'Annual commit',
  priority: 1,
  access_schedule: { schedule_items: [{ amount: 100_000, starting_at: JAN, ending_before: NEXT_JAN }] },
  invoice_schedule: { schedule_items: [{ timestamp: JAN, amount: 90_000 }] },
});

const seats = (quantity: number) => ({
  subscription_rate: { product_id: seatsId, billing_frequency: 'MONTHLY' },
  collection_schedule: 'ADVANCE',
  proration: {},
  initial_quantity: quantity,
  name: 'Team seats',
});

async function contract(input: Partial<CreateContractInput> = {}): Promise<string> {
  const { body } = await harness.execute(ContractCreateDocument, {
    input: { customerId, startingAt: JAN, rateCardId, ...input },
  });
  expect(body.errors).toBeUndefined();
  return body.data!.createContract.metronomeId;
}

describe('createContract', () => {
  it('creates a contract from typed fields and REST-shaped terms, and answers it as stored', async () => {
    const { body } = await harness.execute(ContractCreateDocument, {
      input: {
        customerId,
        name: 'Enterprise',
        startingAt: JAN,
        endingBefore: NEXT_JAN,
        rateCardId,
        netPaymentTermsDays: 30,
        uniquenessKey: 'enterprise-2025',
        usageStatementSchedule: { frequency: 'MONTHLY' },
        commits: [annualCommit()],
        subscriptions: [seats(5)],
      },
    });
    expect(body.errors).toBeUndefined();
    const [stored] = (await server.api('POST', '/v1/contracts/list', { body: { customer_id: customerId } })).body.data;
    expect(body.data?.createContract).toEqual({
      metronomeId: stored.id,
      customer: { metronomeId: customerId },
      name: 'Enterprise',
      startingAt: JAN,
      endingBefore: NEXT_JAN,
      rateCard: { metronomeId: rateCardId },
      netPaymentTermsDays: 30,
      usageStatementSchedule: { frequency: 'MONTHLY', billing_anchor_date: JAN },
      uniquenessKey: 'enterprise-2025',
      archivedAt: null,
      commits: [{ name: 'Annual commit', type: 'PREPAID', archivedAt: null, product: { metronomeId: commitProductId } }],
      credits: [],
      usageFilter: null,
      subscriptions: [
        {
          metronomeId: stored.subscriptions[0].id,
          name: 'Team seats',
          description: null,
          product: { metronomeId: seatsId },
          productName: 'Seats',
          billingFrequency: 'MONTHLY',
          startingAt: JAN,
          endingBefore: NEXT_JAN,
          collectionSchedule: 'ADVANCE',
          quantityManagementMode: 'QUANTITY_ONLY',
          // both end with the contract
          quantitySchedule: [{ quantity: 5, startingAt: JAN, endingBefore: NEXT_JAN }],
          seatGroupKey: null,
          proration: { invoiceBehavior: 'BILL_IMMEDIATELY', isProrated: true, rounding: null },
          billingPeriods: { previous: null, current: { startingAt: JAN, endingBefore: FEB }, next: { startingAt: FEB, endingBefore: MAR } },
          billingCycleAnchorDate: JAN,
          invoicePlacement: 'ON_USAGE_INVOICE',
          fiatCreditType: { metronomeId: USD_CENTS },
          customFields: {},
        },
      ],
    });
  });

  it('types a seat-based subscription’s seat group key', async () => {
    const { body } = await harness.execute(ContractCreateDocument, {
      input: {
        customerId,
        startingAt: JAN,
        rateCardId,
        subscriptions: [
          {
            subscription_rate: { product_id: seatsId, billing_frequency: 'MONTHLY' },
            collection_schedule: 'ARREARS',
            proration: { is_prorated: false },
            quantity_management_mode: 'SEAT_BASED',
            seat_config: { seat_group_key: 'user_id', initial_seat_ids: ['u1', 'u2'], initial_unassigned_seats: 1 },
          },
        ],
      },
    });
    const [subscription] = body.data!.createContract.subscriptions;
    expect([
      subscription!.quantityManagementMode,
      subscription!.seatGroupKey,
      subscription!.quantitySchedule,
      subscription!.collectionSchedule,
      subscription!.proration,
    ]).toEqual([
      'SEAT_BASED',
      'user_id',
      [{ quantity: 3, startingAt: JAN, endingBefore: null }],
      'ARREARS',
      { invoiceBehavior: 'BILL_ON_NEXT_COLLECTION_DATE', isProrated: false, rounding: null },
    ]);
  });

  it('creates once when the same idempotency key is sent twice', async () => {
    const variables = { input: { customerId, startingAt: JAN, rateCardId, name: 'Once' }, idempotencyKey: 'contract-once-1' };
    const first = await harness.execute(ContractCreateDocument, variables);
    const second = await harness.execute(ContractCreateDocument, variables);
    expect(second.body.data?.createContract.metronomeId).toBe(first.body.data?.createContract.metronomeId);
    expect((await server.api('POST', '/v1/contracts/list', { body: { customer_id: customerId } })).body.data).toHaveLength(1);
  });

  it('answers CONFLICT when the uniqueness key was used before', async () => {
    await contract({ uniquenessKey: 'deal-42' });
    const { body } = await harness.execute(ContractCreateDocument, { input: { customerId, startingAt: JAN, rateCardId, uniquenessKey: 'deal-42' } });
    expect(body.data).toBeNull();
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
  });

  it('answers NOT_FOUND for a customer that does not exist', async () => {
    const { body } = await harness.execute(ContractCreateDocument, { input: { customerId: UNKNOWN, startingAt: JAN, rateCardId } });
    expect(body.data).toBeNull();
    expect(codes(body.errors)).toEqual([['NOT_FOUND', `Customer not found: ${UNKNOWN}`]]);
  });

  it('answers BAD_USER_INPUT for a subscription the rate card has no rate for', async () => {
    const { body } = await harness.execute(ContractCreateDocument, {
      input: { customerId, startingAt: JAN, rateCardId, subscriptions: [{ ...seats(1), subscription_rate: { product_id: seatsId, billing_frequency: 'ANNUAL' } }] },
    });
    expect(codes(body.errors)).toEqual([
      ['BAD_USER_INPUT', `subscriptions[0].subscription_rate: the contract's rate card has no ANNUAL rate for product ${seatsId}`],
    ]);
  });
});

describe('amendContract', () => {
  it('adds a commit and an override from the amendment’s start, and answers the amended contract', async () => {
    const contractId = await contract({ endingBefore: NEXT_JAN, commits: [annualCommit()] });
    const { body } = await harness.execute(ContractAmendDocument, {
      input: {
        customerId,
        contractId,
        startingAt: MAR,
        commits: [
          {
            type: 'PREPAID',
            product_id: commitProductId,
            name: 'Top-up',
            access_schedule: { schedule_items: [{ amount: 5_000, starting_at: MAR, ending_before: NEXT_JAN }] },
            invoice_schedule: { schedule_items: [{ timestamp: MAR, amount: 5_000 }] },
          },
        ],
        overrides: [{ starting_at: MAR, product_id: computeId, type: 'MULTIPLIER', multiplier: 0.5 }],
      },
      at: APR,
    });
    expect(body.errors).toBeUndefined();
    const amended = body.data!.amendContract;
    expect(amended.commits.map((c) => [c.name, c.type, c.accessSchedule])).toEqual([
      ['Annual commit', 'PREPAID', { credit_type: { id: USD_CENTS, name: 'USD (cents)' }, schedule_items: [expect.objectContaining({ amount: 100_000, starting_at: JAN, ending_before: NEXT_JAN })] }],
      ['Top-up', 'PREPAID', { credit_type: { id: USD_CENTS, name: 'USD (cents)' }, schedule_items: [expect.objectContaining({ amount: 5_000, starting_at: MAR, ending_before: NEXT_JAN })] }],
    ]);
    expect(amended.overrides).toEqual([expect.objectContaining({ starting_at: MAR, type: 'MULTIPLIER', multiplier: 0.5 })]);
    expect(amended.amendments).toEqual([expect.objectContaining({ starting_at: MAR })]);
    expect(amended.rateSchedule.nodes).toEqual([
      { productName: 'Compute', listRate: { price: 10 }, overrideRate: { price: 5 } },
      { productName: 'Seats', listRate: { price: 1000 }, overrideRate: null },
    ]);
  });

  it('answers BAD_USER_INPUT for an amendment that starts after the contract ends', async () => {
    const contractId = await contract({ endingBefore: APR });
    const { body } = await harness.execute(ContractAmendDocument, {
      input: { customerId, contractId, startingAt: JUL, overrides: [{ starting_at: JUL, product_id: computeId, type: 'MULTIPLIER', multiplier: 0.5 }] },
    });
    expect(body.data).toBeNull();
    expect(codes(body.errors)).toEqual([['BAD_USER_INPUT', 'starting_at must be before the contract ends']]);
  });

  it('answers NOT_FOUND for a contract of another customer', async () => {
    const contractId = await contract();
    const other = await create(server.api, '/v1/customers', { name: 'Other' });
    const { body } = await harness.execute(ContractAmendDocument, { input: { customerId: other, contractId, startingAt: MAR } });
    expect(codes(body.errors)).toEqual([['NOT_FOUND', `Contract not found: ${contractId}`]]);
  });
});

describe('contract rate schedule', () => {
  it('selects the contract’s rates by product or billing frequency', async () => {
    const contractId = await contract();
    const read = (selectors: object[]) =>
      harness
        .execute(ContractRatesSelectedDocument, { customerId, contractId, at: APR, selectors })
        .then(({ body }) => body.data?.contract?.rateSchedule.nodes);
    expect(await read([{ productId: computeId }])).toEqual([{ productName: 'Compute', billingFrequency: null, listRate: { price: 10 } }]);
    expect(await read([{ billingFrequency: 'MONTHLY' }])).toEqual([{ productName: 'Seats', billingFrequency: 'MONTHLY', listRate: { price: 1000 } }]);
  });
});

describe('archiveContract', () => {
  it('archives a contract with its commits and credits, and answers it with their archive times', async () => {
    const contractId = await contract({
      commits: [annualCommit()],
      credits: [
        {
          product_id: commitProductId,
          name: 'Welcome credit',
          access_schedule: { schedule_items: [{ amount: 1_000, starting_at: JAN, ending_before: NEXT_JAN }] },
        },
      ],
    });
    const { body } = await harness.execute(ContractArchiveDocument, { customerId, contractId, voidInvoices: true });
    expect(body.errors).toBeUndefined();
    expect(body.data?.archiveContract).toEqual({
      metronomeId: contractId,
      archivedAt: NOW,
      commits: [{ name: 'Annual commit', archivedAt: NOW }],
      credits: [{ name: 'Welcome credit' }],
    });
  });

  it('answers BAD_USER_INPUT when the contract is already archived', async () => {
    const contractId = await contract();
    await harness.execute(ContractArchiveDocument, { customerId, contractId, voidInvoices: false });
    const { body } = await harness.execute(ContractArchiveDocument, { customerId, contractId, voidInvoices: false });
    expect(codes(body.errors)).toEqual([['BAD_USER_INPUT', `Contract ${contractId} is already archived`]]);
  });
});

describe('updateContractEndDate', () => {
  it('moves the end date, and makes the contract open-ended when none is given', async () => {
    const contractId = await contract({ endingBefore: NEXT_JAN });
    const ended = await harness.execute(ContractUpdateEndDateDocument, { customerId, contractId, endingBefore: JUL });
    expect(ended.body.data?.updateContractEndDate).toEqual({ metronomeId: contractId, startingAt: JAN, endingBefore: JUL });
    const open = await harness.execute(ContractUpdateEndDateDocument, { customerId, contractId });
    expect(open.body.data?.updateContractEndDate).toEqual({ metronomeId: contractId, startingAt: JAN, endingBefore: null });
  });

  it('answers BAD_USER_INPUT for an end date before the start', async () => {
    const contractId = await contract();
    const { body } = await harness.execute(ContractUpdateEndDateDocument, { customerId, contractId, endingBefore: JAN, allow: false });
    expect(codes(body.errors)).toEqual([['BAD_USER_INPUT', 'ending_before must be after the contract starting_at']]);
  });
});

describe('setContractUsageFilter', () => {
  it('sets the usage filter and answers the contract read again on its own', async () => {
    const contractId = await contract();
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(ContractSetUsageFilterDocument, {
      customerId,
      contractId,
      groupKey: 'project_id',
      groupValues: ['alpha', 'beta'],
      startingAt: JAN,
    });
    expect(body.errors).toBeUndefined();
    const filter = { groupKey: 'project_id', groupValues: ['alpha', 'beta'], startingAt: JAN };
    expect(body.data?.setContractUsageFilter).toEqual({
      metronomeId: contractId,
      usageFilter: { current: filter, initial: filter, updates: [filter] },
    });
    expect(await harness.upstreamCounts()).toEqual({ 'POST /v1/contracts/setUsageFilter': 1, 'POST /v1/contracts/get': 1 });
  });

  it('keeps the filter in force until a later one starts', async () => {
    const contractId = await contract();
    const set = (groupValues: string[], startingAt: string) =>
      harness.execute(ContractSetUsageFilterDocument, { customerId, contractId, groupKey: 'project_id', groupValues, startingAt });
    await set(['alpha'], JAN);
    const { body } = await set(['beta'], MAR);
    const alpha = { groupKey: 'project_id', groupValues: ['alpha'], startingAt: JAN };
    const beta = { groupKey: 'project_id', groupValues: ['beta'], startingAt: MAR };
    expect(body.data?.setContractUsageFilter.usageFilter).toEqual({ current: alpha, initial: alpha, updates: [alpha, beta] });
  });

  it('answers BAD_USER_INPUT for a group key no billable metric of the rate card has', async () => {
    const contractId = await contract();
    const { body } = await harness.execute(ContractSetUsageFilterDocument, {
      customerId,
      contractId,
      groupKey: 'region',
      groupValues: ['eu'],
      startingAt: JAN,
    });
    expect(codes(body.errors)).toEqual([
      ['BAD_USER_INPUT', "group_key: group key region is not a group key of any billable metric on the contract's rate card"],
    ]);
  });
});

describe('subscription quantity history', () => {
  it('reads a subscription’s quantities and prices over time, once for both fields that ask', async () => {
    await server.api('POST', '/v1/contract-pricing/rate-cards/addRate', {
      body: { rate_card_id: rateCardId, product_id: seatsId, starting_at: MAR, entitled: true, rate_type: 'SUBSCRIPTION', price: 1250, billing_frequency: 'MONTHLY' },
    });
    const contractId = await contract({ subscriptions: [seats(4)] });
    const [stored] = (await server.api('POST', '/v1/contracts/list', { body: { customer_id: customerId } })).body.data;
    const subscriptionId: string = stored.subscriptions[0].id;
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(ContractSubscriptionHistoryDocument, { customerId, contractId, subscriptionId });
    expect(body.errors).toBeUndefined();
    const history = [
      { startingAt: JAN, data: [{ quantity: 4, unitPrice: 1000, total: 4000 }] },
      { startingAt: MAR, data: [{ quantity: 4, unitPrice: 1250, total: 5000 }] },
    ];
    expect(body.data).toEqual({
      contract: {
        subscriptionQuantityHistory: { subscriptionId, fiatCreditType: { metronomeId: USD_CENTS, name: 'USD (cents)' }, history },
        subscriptions: [{ metronomeId: subscriptionId, quantityHistory: { history } }],
      },
    });
    expect(await harness.upstreamCounts()).toEqual({
      'POST /v1/contracts/list': 1,
      'POST /v1/contracts/getSubscriptionQuantityHistory': 1,
      'GET /v1/credit-types/list': 1,
    });
  });

  it('answers BAD_USER_INPUT naming an unknown subscription, and still the rest of the contract', async () => {
    const contractId = await contract({ subscriptions: [seats(4)] });
    const { body } = await harness.execute(ContractSubscriptionHistoryDocument, { customerId, contractId, subscriptionId: UNKNOWN });
    expect(body.data?.contract?.subscriptionQuantityHistory).toBeNull();
    expect(body.data?.contract?.subscriptions).toHaveLength(1);
    expect(body.errors?.map((e) => [e.path, e.extensions?.code, e.message])).toEqual([
      [['contract', 'subscriptionQuantityHistory'], 'BAD_USER_INPUT', `Subscription not found: ${UNKNOWN}`],
    ]);
  });
});

describe('upstream calls', () => {
  it('reads three customers’ contracts with their rate card, usage filter and subscriptions: one contracts/list per customer, one read per shared rate card and product', async () => {
    const customers: string[] = [];
    for (const name of ['Acme', 'Globex', 'Initech']) {
      customerId = await create(server.api, '/v1/customers', { name });
      customers.push(customerId);
      const contractId = await contract({ name: `${name} annual`, subscriptions: [seats(customers.length)] });
      await server.api('POST', '/v1/contracts/setUsageFilter', {
        body: { customer_id: customerId, contract_id: contractId, group_key: 'project_id', group_values: [name.toLowerCase()], starting_at: JAN },
      });
    }
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(ContractsOfCustomersDocument, { first: 10 });
    expect(body.errors).toBeUndefined();
    expect(body.data?.customers.nodes).toEqual([
      { name: 'Acme', contracts: { nodes: [] } },
      ...['Acme', 'Globex', 'Initech'].map((name, index) => ({
        name,
        contracts: {
          nodes: [
            {
              name: `${name} annual`,
              rateCard: { name: 'List prices' },
              usageFilter: { current: { groupValues: [name.toLowerCase()] } },
              subscriptions: [{ productName: 'Seats', product: { name: 'Seats', type: 'SUBSCRIPTION' }, quantitySchedule: [{ quantity: index + 1 }] }],
            },
          ],
        },
      })),
    ]);
    expect(await harness.upstreamCounts()).toEqual({
      'GET /v1/customers': 1,
      'POST /v1/contracts/list': 4,
      'POST /v1/contract-pricing/rate-cards/get': 1,
      'POST /v1/contract-pricing/products/get': 1,
    });
  });
});
