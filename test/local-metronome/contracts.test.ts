import { beforeEach, describe, expect, it } from 'vitest';
import { contractSettings } from '../../src/local-metronome/store/contracts.js';
import { useLocalMetronome } from '../support/local-metronome.js';

const server = useLocalMetronome();
const api = (...args: Parameters<typeof server.api>) => server.api(...args);

const USD = { id: '2714e483-4ff1-48e4-9e25-ac732e8f24f2', name: 'USD (cents)' };
const NOW = '2025-01-15T00:00:00.000Z';
const JAN = '2025-01-01T00:00:00.000Z';
const FEB = '2025-02-01T00:00:00.000Z';
const MAR = '2025-03-01T00:00:00.000Z';
const APR = '2025-04-01T00:00:00.000Z';
const JUL = '2025-07-01T00:00:00.000Z';
const NEXT_JAN = '2026-01-01T00:00:00.000Z';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function created(path: string, body: Record<string, unknown>): Promise<string> {
  const response = await api('POST', path, { body });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data.id;
}

async function addRate(rate: Record<string, unknown>): Promise<void> {
  const response = await api('POST', '/v1/contract-pricing/rate-cards/addRate', {
    body: { rate_card_id: rateCardId, entitled: true, ...rate },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

let customerId: string;
let rateCardId: string;
let computeId: string;
let storageId: string;
let fixedId: string;
let seatsId: string;
let servicesId: string;

beforeEach(async () => {
  await server.local.reset();
  await api('POST', '/_local/clock', { body: { now: NOW, frozen: true } });
  customerId = await created('/v1/customers', { name: 'Acme' });
  const metricId = await created('/v1/billable-metrics/create', {
    name: 'API calls',
    aggregation_type: 'COUNT',
    group_keys: [['project_id'], ['region']],
  });
  computeId = await created('/v1/contract-pricing/products/create', {
    name: 'Compute',
    type: 'USAGE',
    billable_metric_id: metricId,
    tags: ['infra'],
  });
  storageId = await created('/v1/contract-pricing/products/create', {
    name: 'Storage',
    type: 'USAGE',
    billable_metric_id: metricId,
    tags: ['infra', 'storage'],
  });
  fixedId = await created('/v1/contract-pricing/products/create', { name: 'Prepaid commitment', type: 'FIXED' });
  seatsId = await created('/v1/contract-pricing/products/create', { name: 'Seats', type: 'SUBSCRIPTION' });
  servicesId = await created('/v1/contract-pricing/products/create', { name: 'Onboarding', type: 'PRO_SERVICE' });
  rateCardId = await created('/v1/contract-pricing/rate-cards/create', {
    name: 'List prices',
    aliases: [{ name: 'standard' }],
  });
  await addRate({ product_id: computeId, starting_at: JAN, rate_type: 'FLAT', price: 10 });
  await addRate({ product_id: storageId, starting_at: JAN, rate_type: 'FLAT', price: 1.1 });
  await addRate({
    product_id: seatsId,
    starting_at: JAN,
    rate_type: 'SUBSCRIPTION',
    price: 1000,
    billing_frequency: 'MONTHLY',
  });
});

async function createContract(body: Record<string, unknown> = {}) {
  return api('POST', '/v1/contracts/create', {
    body: { customer_id: customerId, rate_card_id: rateCardId, starting_at: JAN, ...body },
  });
}

async function contractId(body: Record<string, unknown> = {}): Promise<string> {
  const response = await createContract(body);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data.id;
}

async function getContract(id: string, flags: Record<string, boolean> = {}) {
  const response = await api('POST', '/v1/contracts/get', { body: { customer_id: customerId, contract_id: id, ...flags } });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data;
}

async function rateSchedule(id: string, body: Record<string, unknown> = {}, query?: Record<string, string | number>) {
  return api('POST', '/v1/contracts/getContractRateSchedule', {
    body: { customer_id: customerId, contract_id: id, ...body },
    query,
  });
}

const prepaidCommit = {
  type: 'PREPAID',
  product_id: '',
  name: 'Annual commit',
  priority: 1,
  applicable_product_tags: ['infra'],
  access_schedule: { schedule_items: [{ amount: 100000, starting_at: JAN, ending_before: NEXT_JAN }] },
  invoice_schedule: { schedule_items: [{ timestamp: JAN, amount: 90000 }] },
};

describe('creating a contract', () => {
  it('stores the terms as initial and current, and serves them from contracts/get', async () => {
    const id = await contractId({ name: 'Enterprise', ending_before: NEXT_JAN, net_payment_terms_days: 30 });
    const terms = {
      name: 'Enterprise',
      rate_card_id: rateCardId,
      starting_at: JAN,
      ending_before: NEXT_JAN,
      commits: [],
      credits: [],
      recurring_commits: [],
      recurring_credits: [],
      overrides: [],
      discounts: [],
      professional_services: [],
      scheduled_charges: [],
      transitions: [],
      reseller_royalties: [],
      created_at: NOW,
      created_by: 'Local API token',
      net_payment_terms_days: 30,
      usage_statement_schedule: { frequency: 'MONTHLY', billing_anchor_date: JAN },
    };
    expect(await getContract(id)).toEqual({
      id,
      customer_id: customerId,
      initial: terms,
      current: terms,
      amendments: [],
      subscriptions: [],
      custom_fields: {},
    });
  });

  it('answers with the id and the created contract flattened', async () => {
    const response = await createContract({ name: 'Enterprise', uniqueness_key: 'order-1' });
    expect(response.body).toEqual({
      data: {
        id: response.body.data.id,
        contract: {
          id: response.body.data.id,
          customer_id: customerId,
          created_at: NOW,
          created_by: 'Local API token',
          name: 'Enterprise',
          uniqueness_key: 'order-1',
          rate_card_id: rateCardId,
          starting_at: JAN,
          multiplier_override_prioritization: 'LOWEST_MULTIPLIER',
          custom_fields: {},
          usage_statement_schedule: { frequency: 'MONTHLY', billing_anchor_date: JAN },
          usage_filter: [],
          commits: [],
          credits: [],
          has_more: { commits: false, credits: false },
          recurring_commits: [],
          recurring_credits: [],
          overrides: [],
          scheduled_charges: [],
          transitions: [],
          subscriptions: [],
        },
      },
    });
  });

  it('gives every access segment and invoice schedule item of a prepaid commit its own id', async () => {
    const id = await contractId({ commits: [{ ...prepaidCommit, product_id: fixedId }] });
    const [commit] = (await getContract(id)).current.commits;
    expect(commit).toEqual({
      id: expect.stringMatching(UUID),
      type: 'PREPAID',
      product: { id: fixedId, name: 'Prepaid commitment' },
      contract: { id },
      name: 'Annual commit',
      priority: 1,
      applicable_product_tags: ['infra'],
      access_schedule: {
        credit_type: USD,
        schedule_items: [{ id: expect.stringMatching(UUID), amount: 100000, starting_at: JAN, ending_before: NEXT_JAN }],
      },
      invoice_schedule: {
        credit_type: USD,
        schedule_items: [
          { id: expect.stringMatching(UUID), amount: 90000, unit_price: 90000, quantity: 1, timestamp: JAN, invoice_id: expect.stringMatching(UUID) },
        ],
        do_not_invoice: false,
      },
      invoice_contract: { id },
      created_at: NOW,
      created_by: 'Local API token',
      custom_fields: {},
    });
  });

  it('expands a recurring invoice schedule, splitting a DIVIDED_ROUNDED amount in whole units', async () => {
    const id = await contractId({
      commits: [
        {
          ...prepaidCommit,
          product_id: fixedId,
          invoice_schedule: {
            recurring_schedule: {
              starting_at: JAN,
              ending_before: APR,
              frequency: 'MONTHLY',
              amount: 100000,
              amount_distribution: 'DIVIDED_ROUNDED',
            },
          },
        },
      ],
    });
    const [commit] = (await getContract(id)).current.commits;
    expect(commit.invoice_schedule.schedule_items.map((i: { timestamp: string; amount: number }) => [i.timestamp, i.amount])).toEqual([
      [JAN, 33333],
      [FEB, 33333],
      [MAR, 33334],
    ]);
  });

  it('names on each invoice schedule item the scheduled invoice that bills it', async () => {
    const id = await contractId({ commits: [{ ...prepaidCommit, product_id: fixedId }] });
    const [commit] = (await getContract(id)).current.commits;
    const invoices = await api('GET', `/v1/customers/${customerId}/invoices`);
    const billing = invoices.body.data.find((invoice: { id: string }) => invoice.id === commit.invoice_schedule.schedule_items[0].invoice_id);
    expect([billing?.type, billing?.total]).toEqual(['SCHEDULED', 90000]);
  });

  it('prices an invoice item given as unit price and quantity exactly', async () => {
    const id = await contractId({
      scheduled_charges: [
        { product_id: fixedId, name: 'Platform fee', schedule: { schedule_items: [{ timestamp: FEB, unit_price: 0.1, quantity: 3 }] } },
      ],
    });
    const [charge] = (await getContract(id)).current.scheduled_charges;
    expect(charge).toEqual({
      id: expect.stringMatching(UUID),
      product: { id: fixedId, name: 'Prepaid commitment' },
      name: 'Platform fee',
      schedule: {
        credit_type: USD,
        schedule_items: [
          { id: expect.stringMatching(UUID), amount: 0.3, unit_price: 0.1, quantity: 3, timestamp: FEB, invoice_id: expect.stringMatching(UUID) },
        ],
      },
      custom_fields: {},
    });
  });

  it('stores a postpaid commit whose invoice schedule matches its access amount', async () => {
    const id = await contractId({
      commits: [
        {
          type: 'POSTPAID',
          product_id: fixedId,
          access_schedule: { schedule_items: [{ amount: 5000, starting_at: JAN, ending_before: NEXT_JAN }] },
          invoice_schedule: { schedule_items: [{ timestamp: NEXT_JAN, amount: 5000 }] },
        },
      ],
    });
    const [commit] = (await getContract(id)).current.commits;
    expect([commit.type, commit.access_schedule.schedule_items[0].amount, commit.invoice_schedule.schedule_items[0].timestamp]).toEqual([
      'POSTPAID',
      5000,
      NEXT_JAN,
    ]);
  });

  it('stores credits with their access segments', async () => {
    const id = await contractId({
      credits: [
        {
          product_id: fixedId,
          name: 'Launch credit',
          priority: 2,
          access_schedule: { schedule_items: [{ amount: 2500, starting_at: JAN, ending_before: APR }] },
        },
      ],
    });
    const [credit] = (await getContract(id)).current.credits;
    expect(credit).toEqual({
      id: expect.stringMatching(UUID),
      type: 'CREDIT',
      product: { id: fixedId, name: 'Prepaid commitment' },
      contract: { id },
      name: 'Launch credit',
      priority: 2,
      access_schedule: {
        credit_type: USD,
        schedule_items: [{ id: expect.stringMatching(UUID), amount: 2500, starting_at: JAN, ending_before: APR }],
      },
      created_by: 'Local API token',
      custom_fields: {},
    });
  });

  it('stores multiplier, overwrite and specifier overrides', async () => {
    const id = await contractId({
      overrides: [
        { starting_at: JAN, product_id: computeId, type: 'MULTIPLIER', multiplier: 0.9 },
        { starting_at: FEB, ending_before: JUL, applicable_product_tags: ['storage'], type: 'OVERWRITE', overwrite_rate: { rate_type: 'FLAT', price: 2 } },
        { starting_at: JAN, override_specifiers: [{ product_tags: ['infra'], pricing_group_values: { region: 'eu' } }], entitled: false },
      ],
    });
    expect((await getContract(id)).current.overrides).toEqual([
      { id: expect.stringMatching(UUID), created_at: NOW, starting_at: JAN, product: { id: computeId, name: 'Compute' }, type: 'MULTIPLIER', multiplier: 0.9 },
      {
        id: expect.stringMatching(UUID),
        created_at: NOW,
        starting_at: FEB,
        ending_before: JUL,
        applicable_product_tags: ['storage'],
        type: 'OVERWRITE',
        overwrite_rate: { rate_type: 'FLAT', price: 2 },
      },
      {
        id: expect.stringMatching(UUID),
        created_at: NOW,
        starting_at: JAN,
        override_specifiers: [{ product_tags: ['infra'], pricing_group_values: { region: 'eu' } }],
        entitled: false,
      },
    ]);
  });

  it('resolves a commit-specific override naming a commit by its temporary id', async () => {
    const id = await contractId({
      commits: [{ ...prepaidCommit, product_id: fixedId, temporary_id: 'main-commit' }],
      overrides: [
        {
          starting_at: JAN,
          type: 'MULTIPLIER',
          multiplier: 0.5,
          is_commit_specific: true,
          override_specifiers: [{ product_id: computeId, commit_ids: ['main-commit'] }],
        },
      ],
    });
    const { current } = await getContract(id);
    expect(current.overrides[0].override_specifiers).toEqual([{ product_id: computeId, commit_ids: [current.commits[0].id] }]);
    expect(current.overrides[0].target).toBe('LIST_RATE');
  });

  it('stores discounts and professional services', async () => {
    const id = await contractId({
      discounts: [{ product_id: fixedId, name: 'Year one', schedule: { schedule_items: [{ timestamp: FEB, amount: 500 }] } }],
      professional_services: [{ product_id: servicesId, unit_price: 15000, quantity: 2, max_amount: 30000, description: 'Setup' }],
    });
    const { current } = await getContract(id);
    expect(current.discounts).toEqual([
      {
        id: expect.stringMatching(UUID),
        product: { id: fixedId, name: 'Prepaid commitment' },
        name: 'Year one',
        schedule: { credit_type: USD, schedule_items: [{ id: expect.stringMatching(UUID), amount: 500, unit_price: 500, quantity: 1, timestamp: FEB }] },
        custom_fields: {},
      },
    ]);
    expect(current.professional_services).toEqual([
      {
        id: expect.stringMatching(UUID),
        product_id: servicesId,
        unit_price: 15000,
        quantity: 2,
        max_amount: 30000,
        description: 'Setup',
        custom_fields: {},
      },
    ]);
  });

  it('stores a subscription with its quantity and the billing periods around now', async () => {
    const id = await contractId({
      subscriptions: [
        {
          subscription_rate: { product_id: seatsId, billing_frequency: 'MONTHLY' },
          collection_schedule: 'ADVANCE',
          proration: {},
          initial_quantity: 5,
          name: 'Team seats',
        },
      ],
    });
    expect((await getContract(id)).subscriptions).toEqual([
      {
        id: expect.stringMatching(UUID),
        subscription_rate: { billing_frequency: 'MONTHLY', product: { id: seatsId, name: 'Seats' } },
        name: 'Team seats',
        collection_schedule: 'ADVANCE',
        proration: { is_prorated: true, invoice_behavior: 'BILL_IMMEDIATELY' },
        quantity_schedule: [{ quantity: 5, starting_at: JAN }],
        quantity_management_mode: 'QUANTITY_ONLY',
        starting_at: JAN,
        fiat_credit_type_id: USD.id,
        billing_cycle_config: { anchor_date: JAN, invoice_placement: 'ON_USAGE_INVOICE' },
        billing_periods: { current: { starting_at: JAN, ending_before: FEB }, next: { starting_at: FEB, ending_before: MAR } },
        custom_fields: {},
      },
    ]);
  });

  it('counts a seat-based subscription from its initial seats', async () => {
    const id = await contractId({
      subscriptions: [
        {
          subscription_rate: { product_id: seatsId, billing_frequency: 'MONTHLY' },
          collection_schedule: 'ARREARS',
          proration: { is_prorated: false },
          quantity_management_mode: 'SEAT_BASED',
          seat_config: { seat_group_key: 'user_id', initial_seat_ids: ['u1', 'u2'], initial_unassigned_seats: 3 },
        },
      ],
    });
    const [subscription] = (await getContract(id)).subscriptions;
    expect([subscription.quantity_schedule, subscription.seat_config, subscription.proration]).toEqual([
      [{ quantity: 5, starting_at: JAN }],
      { seat_group_key: 'user_id' },
      { is_prorated: false, invoice_behavior: 'BILL_ON_NEXT_COLLECTION_DATE' },
    ]);
  });

  it('anchors usage statements at the contract start or a custom date when asked', async () => {
    const fromStart = await contractId({
      starting_at: '2025-01-10T00:00:00Z',
      usage_statement_schedule: { frequency: 'QUARTERLY', day: 'CONTRACT_START' },
    });
    const custom = await contractId({
      starting_at: '2025-01-10T00:00:00Z',
      usage_statement_schedule: { frequency: 'MONTHLY', day: 'CUSTOM_DATE', billing_anchor_date: '2024-12-05T00:00:00Z' },
    });
    const firstOfMonth = await contractId({ starting_at: '2025-01-10T00:00:00Z' });
    expect([
      (await getContract(fromStart)).current.usage_statement_schedule,
      (await getContract(custom)).current.usage_statement_schedule,
      (await getContract(firstOfMonth)).current.usage_statement_schedule,
    ]).toEqual([
      { frequency: 'QUARTERLY', billing_anchor_date: '2025-01-10T00:00:00.000Z' },
      { frequency: 'MONTHLY', billing_anchor_date: '2024-12-05T00:00:00.000Z' },
      { frequency: 'MONTHLY', billing_anchor_date: JAN },
    ]);
  });

  it('stores a usage filter starting with the contract', async () => {
    const id = await contractId({ usage_filter: { group_key: 'project_id', group_values: ['p1'] } });
    const filter = { group_key: 'project_id', group_values: ['p1'], starting_at: JAN };
    expect((await getContract(id)).current.usage_filter).toEqual({ initial: filter, current: filter, updates: [] });
  });

  it('picks the rate card by the alias in force at the start date', async () => {
    const response = await api('POST', '/v1/contracts/create', {
      body: { customer_id: customerId, rate_card_alias: 'standard', starting_at: JAN },
    });
    expect((await getContract(response.body.data.id)).current.rate_card_id).toBe(rateCardId);
  });

  it('serves custom fields of the contract and its commits from the custom field store', async () => {
    await api('POST', '/v1/customFields/addKey', { body: { entity: 'contract', key: 'deal', enforce_uniqueness: false } });
    await api('POST', '/v1/customFields/addKey', { body: { entity: 'commit', key: 'sku', enforce_uniqueness: false } });
    const id = await contractId({
      custom_fields: { deal: 'D-7' },
      commits: [{ ...prepaidCommit, product_id: fixedId, custom_fields: { sku: 'C-1' } }],
    });
    const contract = await getContract(id);
    expect([contract.custom_fields, contract.current.commits[0].custom_fields]).toEqual([{ deal: 'D-7' }, { sku: 'C-1' }]);
  });

  it('renews a contract: the old one ends where the new one starts and both record the transition', async () => {
    const oldId = await contractId({ starting_at: JAN });
    const newId = await contractId({ starting_at: JUL, transition: { type: 'RENEWAL', from_contract_id: oldId } });
    const transition = { type: 'RENEWAL', from_contract_id: oldId, to_contract_id: newId };
    const [previous, next] = [await getContract(oldId), await getContract(newId)];
    expect([previous.current.ending_before, previous.current.transitions, next.current.transitions]).toEqual([
      JUL,
      [transition],
      [transition],
    ]);
  });

  it('records the creation in the audit log', async () => {
    const id = await contractId();
    const log = await api('GET', '/v1/auditLogs', { query: { resource_type: 'contract', resource_id: id } });
    expect(log.body.data.map((entry: { action: string; resource_type: string }) => [entry.resource_type, entry.action])).toEqual([
      ['contract', 'create'],
    ]);
  });
});

describe('creating a contract with its other terms', () => {
  it('stores recurring commits and credits, linking a recurring credit to a subscription by temporary id', async () => {
    const id = await contractId({
      subscriptions: [
        {
          subscription_rate: { product_id: seatsId, billing_frequency: 'MONTHLY' },
          collection_schedule: 'ADVANCE',
          proration: {},
          initial_quantity: 3,
          temporary_id: 'seats',
        },
      ],
      recurring_commits: [
        {
          product_id: fixedId,
          access_amount: { unit_price: 1000, quantity: 1, credit_type_id: USD.id },
          invoice_amount: { unit_price: 900, quantity: 1, credit_type_id: USD.id },
          priority: 1,
          starting_at: JAN,
          commit_duration: { value: 1 },
          recurrence_frequency: 'MONTHLY',
        },
      ],
      recurring_credits: [
        {
          product_id: fixedId,
          access_amount: { unit_price: 50, credit_type_id: USD.id },
          priority: 2,
          starting_at: JAN,
          ending_before: JUL,
          commit_duration: { value: 2, unit: 'PERIODS' },
          subscription_config: { subscription_id: 'seats', apply_seat_increase_config: { is_prorated: true } },
        },
      ],
    });
    const contract = await getContract(id);
    expect([contract.current.recurring_commits, contract.current.recurring_credits]).toEqual([
      [
        {
          id: expect.stringMatching(UUID),
          contract: { id },
          product: { id: fixedId, name: 'Prepaid commitment' },
          access_amount: { unit_price: 1000, quantity: 1, credit_type_id: USD.id },
          invoice_amount: { unit_price: 900, quantity: 1, credit_type_id: USD.id },
          priority: 1,
          rate_type: 'COMMIT_RATE',
          starting_at: JAN,
          commit_duration: { value: 1, unit: 'PERIODS' },
          recurrence_frequency: 'MONTHLY',
          proration: 'FIRST_AND_LAST',
        },
      ],
      [
        {
          id: expect.stringMatching(UUID),
          contract: { id },
          product: { id: fixedId, name: 'Prepaid commitment' },
          access_amount: { unit_price: 50, credit_type_id: USD.id },
          priority: 2,
          rate_type: 'COMMIT_RATE',
          starting_at: JAN,
          ending_before: JUL,
          commit_duration: { value: 2, unit: 'PERIODS' },
          proration: 'FIRST_AND_LAST',
          subscription_config: {
            allocation: 'POOLED',
            apply_seat_increase_config: { is_prorated: true },
            subscription_id: contract.subscriptions[0].id,
          },
        },
      ],
    ]);
  });

  it('answers 400 for a recurring commit without a quantity or a subscription', async () => {
    const response = await createContract({
      recurring_commits: [
        { product_id: fixedId, access_amount: { unit_price: 1, credit_type_id: USD.id }, priority: 1, starting_at: JAN, commit_duration: { value: 1 } },
      ],
    });
    expect([response.status, response.body]).toEqual([
      400,
      { message: 'recurring_commits[0].access_amount.quantity is required unless a subscription is attached via subscription_config' },
    ]);
  });

  it('stores reseller royalties with their marketplace options', async () => {
    const id = await contractId({
      reseller_royalties: [
        {
          reseller_type: 'AWS',
          fraction: 0.03,
          netsuite_reseller_id: 'ns-1',
          applicable_product_tags: ['infra'],
          starting_at: JAN,
          aws_options: { aws_account_number: '123', aws_offer_id: 'offer-1' },
        },
      ],
    });
    expect((await getContract(id)).current.reseller_royalties).toEqual([
      {
        reseller_type: 'AWS',
        fraction: 0.03,
        netsuite_reseller_id: 'ns-1',
        applicable_product_tags: ['infra'],
        starting_at: JAN,
        aws_account_number: '123',
        aws_offer_id: 'offer-1',
      },
    ]);
  });

  it('answers 400 for a reseller royalty that applies to no product', async () => {
    const response = await createContract({
      reseller_royalties: [{ reseller_type: 'GCP', fraction: 0.1, netsuite_reseller_id: 'ns', starting_at: JAN }],
    });
    expect([response.status, response.body]).toEqual([
      400,
      { message: 'reseller_royalties[0]: provide at least one of applicable_product_ids or applicable_product_tags' },
    ]);
  });

  it('links a child contract to its parent, which lists it among its children', async () => {
    const parentId = await contractId({ hierarchy_configuration: { parent_behavior: { invoice_consolidation_type: 'CONCATENATE' } } });
    const childCustomer = await created('/v1/customers', { name: 'Acme EU' });
    const child = await api('POST', '/v1/contracts/create', {
      body: {
        customer_id: childCustomer,
        starting_at: JAN,
        hierarchy_configuration: { parent: { contract_id: parentId, customer_id: customerId }, payer: 'PARENT' },
      },
    });
    const childId = child.body.data.id;
    const childContract = await api('POST', '/v1/contracts/get', { body: { customer_id: childCustomer, contract_id: childId } });
    expect([(await getContract(parentId)).current.hierarchy_configuration, childContract.body.data.current.hierarchy_configuration]).toEqual([
      { children: [{ contract_id: childId, customer_id: childCustomer }], parent_behavior: { invoice_consolidation_type: 'CONCATENATE' } },
      { parent: { contract_id: parentId, customer_id: customerId }, payer: 'PARENT' },
    ]);
  });

  it("attaches the customer's billing provider configuration named by provider and delivery method", async () => {
    const configured = await created('/v1/customers', {
      name: 'Billed through Stripe',
      customer_billing_provider_configurations: [
        { billing_provider: 'stripe', delivery_method: 'direct_to_billing_provider', configuration: { stripe_customer_id: 'cus_1' } },
      ],
    });
    const response = await api('POST', '/v1/contracts/create', {
      body: {
        customer_id: configured,
        starting_at: JAN,
        billing_provider_configuration: { billing_provider: 'stripe', delivery_method: 'direct_to_billing_provider' },
      },
    });
    const contract = await api('POST', '/v1/contracts/get', { body: { customer_id: configured, contract_id: response.body.data.id } });
    expect(contract.body.data.customer_billing_provider_configuration).toEqual({
      id: expect.stringMatching(UUID),
      customer_id: configured,
      billing_provider: 'stripe',
      configuration: { stripe_customer_id: 'cus_1' },
      delivery_method: 'direct_to_billing_provider',
      delivery_method_configuration: {},
      delivery_method_id: expect.stringMatching(UUID),
      archived_at: null,
    });
  });

  it('answers 404 when the customer has no such billing provider configuration', async () => {
    const response = await createContract({
      billing_provider_configuration: { billing_provider: 'netsuite', delivery_method: 'direct_to_billing_provider' },
    });
    expect([response.status, response.body]).toEqual([
      404,
      { message: 'The customer has no netsuite billing provider configuration delivered by direct_to_billing_provider' },
    ]);
  });

  it('stores threshold billing configurations and spend trackers on the contract and its terms', async () => {
    const paymentGate = { payment_gate_type: 'NONE' };
    const prepaid = {
      is_enabled: true,
      threshold_amount: 1000,
      recharge_to_amount: 5000,
      commit: { product_id: fixedId, name: 'Top-up' },
      payment_gate_config: paymentGate,
    };
    const tracker = {
      alias: 'purchases',
      credit_type_id: USD.id,
      reset_frequency: 'BILLING_PERIOD',
      applicable_spend_specifiers: [{ spend_type: 'COMMIT_PURCHASE', sources: ['MANUAL'] }],
    };
    const id = await contractId({ prepaid_balance_threshold_configuration: prepaid, spend_trackers: [tracker] });
    const contract = await getContract(id);
    expect([
      contract.prepaid_balance_threshold_configuration,
      contract.current.prepaid_balance_threshold_configuration,
      contract.spend_trackers,
    ]).toEqual([prepaid, prepaid, [tracker]]);
  });

  it('answers 400 when the recharge-to amount does not exceed the threshold', async () => {
    const response = await createContract({
      prepaid_balance_threshold_configuration: {
        is_enabled: true,
        threshold_amount: 1000,
        recharge_to_amount: 1000,
        commit: { product_id: fixedId },
        payment_gate_config: { payment_gate_type: 'NONE' },
      },
    });
    expect([response.status, response.body]).toEqual([
      400,
      { message: 'prepaid_balance_threshold_configuration.recharge_to_amount must be greater than threshold_amount' },
    ]);
  });

  it('answers 400 for two spend trackers with one alias', async () => {
    const tracker = {
      alias: 'purchases',
      credit_type_id: USD.id,
      reset_frequency: 'BILLING_PERIOD',
      applicable_spend_specifiers: [{ spend_type: 'COMMIT_PURCHASE', sources: ['MANUAL'] }],
    };
    const response = await createContract({ spend_trackers: [tracker, tracker] });
    expect([response.status, response.body]).toEqual([400, { message: 'spend_trackers[1].alias purchases is not unique within the contract' }]);
  });

  it('remembers the override prioritization and when usage invoices start', async () => {
    const id = await contractId({
      multiplier_override_prioritization: 'EXPLICIT',
      usage_statement_schedule: { frequency: 'MONTHLY', invoice_generation_starting_at: MAR },
    });
    expect(contractSettings(server.local.db, id)).toEqual({
      contract_id: id,
      multiplier_override_prioritization: 'EXPLICIT',
      invoice_generation_starting_at: MAR,
      trueup_invoice_behavior: null,
      void_invoices_on_archive: null,
      rollovers: [],
    });
  });
});

describe('contract validation', () => {
  it('answers 404 for an unknown customer', async () => {
    const response = await api('POST', '/v1/contracts/create', {
      body: { customer_id: '00000000-0000-4000-8000-000000000000', starting_at: JAN },
    });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: 'Customer not found: 00000000-0000-4000-8000-000000000000' });
  });

  it('answers 404 for an unknown rate card', async () => {
    const response = await createContract({ rate_card_id: '00000000-0000-4000-8000-000000000001' });
    expect([response.status, response.body]).toEqual([404, { message: 'Rate card not found: 00000000-0000-4000-8000-000000000001' }]);
  });

  it('answers 400 when the contract ends before it starts', async () => {
    const response = await createContract({ ending_before: '2024-12-01T00:00:00Z' });
    expect([response.status, response.body]).toEqual([400, { message: 'ending_before must be after starting_at' }]);
  });

  it('answers 404 naming the field of an unknown commit product', async () => {
    const response = await createContract({ commits: [{ ...prepaidCommit, product_id: '00000000-0000-4000-8000-000000000002' }] });
    expect([response.status, response.body]).toEqual([
      404,
      { message: 'Product not found: 00000000-0000-4000-8000-000000000002 (commits[0].product_id)' },
    ]);
  });

  it('answers 400 when a commit is on a usage product', async () => {
    const response = await createContract({ commits: [{ ...prepaidCommit, product_id: computeId }] });
    expect([response.status, response.body]).toEqual([
      400,
      { message: `commits[0].product_id: product ${computeId} is a USAGE product; expected FIXED` },
    ]);
  });

  it('answers 400 when an access segment ends before it starts', async () => {
    const response = await createContract({
      credits: [{ product_id: fixedId, access_schedule: { schedule_items: [{ amount: 1, starting_at: FEB, ending_before: JAN }] } }],
    });
    expect([response.status, response.body]).toEqual([
      400,
      { message: 'credits[0].access_schedule.schedule_items[0].ending_before must be after credits[0].access_schedule.schedule_items[0].starting_at' },
    ]);
  });

  it('answers 400 when a commit has no access schedule', async () => {
    const { access_schedule: _access, ...commit } = prepaidCommit;
    const response = await createContract({ commits: [{ ...commit, product_id: fixedId }] });
    expect([response.status, response.body]).toEqual([400, { message: 'commits[0].access_schedule is required' }]);
  });

  it('answers 400 for a rollover fraction above 1', async () => {
    const response = await createContract({ commits: [{ ...prepaidCommit, product_id: fixedId, rollover_fraction: 1.5 }] });
    expect([response.status, response.body]).toEqual([400, { message: 'commits[0].rollover_fraction must be between 0 and 1' }]);
  });

  it('answers 400 when a postpaid commit has no invoice schedule', async () => {
    const response = await createContract({
      commits: [{ type: 'POSTPAID', product_id: fixedId, access_schedule: prepaidCommit.access_schedule }],
    });
    expect([response.status, response.body]).toEqual([400, { message: 'commits[0].invoice_schedule is required for POSTPAID commits' }]);
  });

  it('answers 400 when a postpaid invoice total differs from its access amount', async () => {
    const response = await createContract({
      commits: [{ type: 'POSTPAID', product_id: fixedId, access_schedule: prepaidCommit.access_schedule, invoice_schedule: prepaidCommit.invoice_schedule }],
    });
    expect([response.status, response.body]).toEqual([
      400,
      { message: 'commits[0].invoice_schedule total must match the access_schedule amount for POSTPAID commits' },
    ]);
  });

  it('answers 400 for an invoice item with both an amount and a unit price', async () => {
    const response = await createContract({
      scheduled_charges: [{ product_id: fixedId, schedule: { schedule_items: [{ timestamp: FEB, amount: 5, unit_price: 5, quantity: 1 }] } }],
    });
    expect([response.status, response.body]).toEqual([
      400,
      { message: 'scheduled_charges[0].schedule.schedule_items[0]: provide either amount or unit_price and quantity, not both' },
    ]);
  });

  it('answers 400 for a multiplier override without a multiplier', async () => {
    const response = await createContract({ overrides: [{ starting_at: JAN, product_id: computeId, type: 'MULTIPLIER' }] });
    expect([response.status, response.body]).toEqual([400, { message: 'overrides[0].multiplier is required for MULTIPLIER overrides' }]);
  });

  it('answers 400 for a tiered override unless prioritization is explicit', async () => {
    const tiered = { starting_at: JAN, product_id: computeId, type: 'TIERED', priority: 1, tiers: [{ size: 100, multiplier: 1 }, { multiplier: 0.5 }] };
    const implicit = await createContract({ overrides: [tiered] });
    const explicit = await createContract({ overrides: [tiered], multiplier_override_prioritization: 'EXPLICIT' });
    expect([implicit.status, implicit.body, explicit.status]).toEqual([
      400,
      { message: 'overrides[0]: TIERED overrides require multiplier_override_prioritization EXPLICIT' },
      200,
    ]);
  });

  it('answers 400 for an override with specifiers and a product id', async () => {
    const response = await createContract({
      overrides: [{ starting_at: JAN, product_id: computeId, override_specifiers: [{ product_tags: ['infra'] }], entitled: true }],
    });
    expect([response.status, response.body]).toEqual([
      400,
      { message: 'overrides[0].override_specifiers cannot be used in conjunction with product_id or applicable_product_tags' },
    ]);
  });

  it('answers 400 for a subscription the rate card has no rate for', async () => {
    const response = await createContract({
      subscriptions: [
        { subscription_rate: { product_id: seatsId, billing_frequency: 'ANNUAL' }, collection_schedule: 'ADVANCE', proration: {}, initial_quantity: 1 },
      ],
    });
    expect([response.status, response.body]).toEqual([
      400,
      { message: `subscriptions[0].subscription_rate: the contract's rate card has no ANNUAL rate for product ${seatsId}` },
    ]);
  });

  it('answers 400 for a quantity-only subscription without an initial quantity', async () => {
    const response = await createContract({
      subscriptions: [{ subscription_rate: { product_id: seatsId, billing_frequency: 'MONTHLY' }, collection_schedule: 'ADVANCE', proration: {} }],
    });
    expect([response.status, response.body]).toEqual([
      400,
      { message: 'subscriptions[0].initial_quantity is required when quantity_management_mode is QUANTITY_ONLY' },
    ]);
  });

  it('answers 400 for a custom usage statement day without an anchor date', async () => {
    const response = await createContract({ usage_statement_schedule: { frequency: 'MONTHLY', day: 'CUSTOM_DATE' } });
    expect([response.status, response.body]).toEqual([
      400,
      { message: 'usage_statement_schedule.billing_anchor_date is required when day is CUSTOM_DATE' },
    ]);
  });

  it('answers 400 for a usage filter on a group key no billable metric of the rate card has', async () => {
    const response = await createContract({ usage_filter: { group_key: 'team', group_values: ['a'] } });
    expect([response.status, response.body]).toEqual([
      400,
      { message: "usage_filter.group_key: group key team is not a group key of any billable metric on the contract's rate card" },
    ]);
  });

  it('answers 409 when a live contract already has the uniqueness key, and accepts it again once that one is archived', async () => {
    const first = await contractId({ uniqueness_key: 'order-42' });
    const duplicate = await createContract({ uniqueness_key: 'order-42' });
    await api('POST', '/v1/contracts/archive', { body: { customer_id: customerId, contract_id: first, void_invoices: false } });
    const again = await createContract({ uniqueness_key: 'order-42' });
    expect([duplicate.status, duplicate.body, again.status]).toEqual([
      409,
      { message: 'A contract with uniqueness_key "order-42" already exists' },
      200,
    ]);
  });

  it('stores nothing when any part of the request is invalid', async () => {
    await createContract({ commits: [{ ...prepaidCommit, product_id: fixedId }, { ...prepaidCommit, product_id: computeId }] });
    const list = await api('POST', '/v1/contracts/list', { body: { customer_id: customerId } });
    expect(list.body).toEqual({ data: [] });
  });
});

describe('listing contracts', () => {
  it('leaves archived contracts out unless include_archived is set', async () => {
    const live = await contractId({ name: 'live' });
    const gone = await contractId({ name: 'gone' });
    await api('POST', '/v1/contracts/archive', { body: { customer_id: customerId, contract_id: gone, void_invoices: true } });
    const names = async (body: Record<string, unknown>) =>
      (await api('POST', '/v1/contracts/list', { body: { customer_id: customerId, ...body } })).body.data.map(
        (c: { id: string; archived_at?: string }) => [c.id, c.archived_at ?? null],
      );
    expect([await names({}), await names({ include_archived: true })]).toEqual([
      [[live, null]],
      [
        [live, null],
        [gone, NOW],
      ],
    ]);
  });

  it('keeps the contracts in force on covering_date', async () => {
    const h1 = await contractId({ starting_at: JAN, ending_before: JUL });
    const h2 = await contractId({ starting_at: JUL });
    const covering = async (date: string) =>
      (await api('POST', '/v1/contracts/list', { body: { customer_id: customerId, covering_date: date } })).body.data.map((c: { id: string }) => c.id);
    expect([await covering(FEB), await covering(JUL), await covering('2024-06-01T00:00:00Z')]).toEqual([[h1], [h2], []]);
  });

  it('keeps the contracts starting on or after starting_at', async () => {
    await contractId({ starting_at: JAN });
    const later = await contractId({ starting_at: MAR });
    const response = await api('POST', '/v1/contracts/list', { body: { customer_id: customerId, starting_at: MAR } });
    expect(response.body.data.map((c: { id: string }) => c.id)).toEqual([later]);
  });

  it('answers 400 when starting_at and covering_date are both given', async () => {
    const response = await api('POST', '/v1/contracts/list', { body: { customer_id: customerId, starting_at: JAN, covering_date: JAN } });
    expect([response.status, response.body]).toEqual([400, { message: 'starting_at cannot be provided together with covering_date' }]);
  });

  it('answers 404 for an unknown customer', async () => {
    const response = await api('POST', '/v1/contracts/list', { body: { customer_id: '00000000-0000-4000-8000-000000000000' } });
    expect([response.status, response.body]).toEqual([404, { message: 'Customer not found: 00000000-0000-4000-8000-000000000000' }]);
  });

  it('adds ledgers and balances when asked: started segments open the ledger and count in the balance', async () => {
    await contractId({
      commits: [
        {
          ...prepaidCommit,
          product_id: fixedId,
          access_schedule: {
            schedule_items: [
              { amount: 1000, starting_at: '2024-12-01T00:00:00Z', ending_before: JAN },
              { amount: 3000, starting_at: JAN, ending_before: FEB },
              { amount: 5000, starting_at: FEB, ending_before: MAR },
            ],
          },
        },
      ],
    });
    const response = await api('POST', '/v1/contracts/list', {
      body: { customer_id: customerId, include_ledgers: true, include_balance: true },
    });
    const [commit] = response.body.data[0].current.commits;
    const [first, second] = commit.access_schedule.schedule_items;
    expect([commit.balance, commit.ledger]).toEqual([
      3000,
      [
        { type: 'PREPAID_COMMIT_SEGMENT_START', timestamp: '2024-12-01T00:00:00.000Z', amount: 1000, segment_id: first.id },
        { type: 'PREPAID_COMMIT_EXPIRATION', timestamp: JAN, amount: -1000, segment_id: first.id },
        { type: 'PREPAID_COMMIT_SEGMENT_START', timestamp: JAN, amount: 3000, segment_id: second.id },
      ],
    ]);
  });

  it('shows manual ledger entries in the ledger and the balance', async () => {
    const id = await contractId({ commits: [{ ...prepaidCommit, product_id: fixedId }] });
    const [commit] = (await getContract(id)).current.commits;
    const segmentId = commit.access_schedule.schedule_items[0].id;
    const entry = await api('POST', '/v1/contracts/addManualBalanceLedgerEntry', {
      body: { customer_id: customerId, contract_id: id, id: commit.id, segment_id: segmentId, amount: -2500, reason: 'goodwill reversal', timestamp: NOW },
    });
    expect(entry.status, JSON.stringify(entry.body)).toBe(200);
    const served = (await getContract(id, { include_ledgers: true, include_balance: true })).current.commits[0];
    expect([served.balance, served.ledger]).toEqual([
      97500,
      [
        { type: 'PREPAID_COMMIT_SEGMENT_START', timestamp: JAN, amount: 100000, segment_id: segmentId },
        { type: 'PREPAID_COMMIT_MANUAL', timestamp: NOW, amount: -2500, reason: 'goodwill reversal' },
      ],
    ]);
  });

  it('serves no ledger or balance unless asked', async () => {
    await contractId({ commits: [{ ...prepaidCommit, product_id: fixedId }] });
    const response = await api('POST', '/v1/contracts/list', { body: { customer_id: customerId } });
    const [commit] = response.body.data[0].current.commits;
    expect(['ledger' in commit, 'balance' in commit]).toEqual([false, false]);
  });
});

describe('getting a contract', () => {
  it('answers 404 for an unknown contract', async () => {
    const response = await api('POST', '/v1/contracts/get', {
      body: { customer_id: customerId, contract_id: '00000000-0000-4000-8000-000000000003' },
    });
    expect([response.status, response.body]).toEqual([404, { message: 'Contract not found: 00000000-0000-4000-8000-000000000003' }]);
  });

  it("answers 404 for another customer's contract", async () => {
    const id = await contractId();
    const other = await created('/v1/customers', { name: 'Other' });
    const response = await api('POST', '/v1/contracts/get', { body: { customer_id: other, contract_id: id } });
    expect([response.status, response.body]).toEqual([404, { message: `Contract not found: ${id}` }]);
  });
});

describe('amending a contract', () => {
  it('adds commits and overrides to the current terms and records the amendment, leaving the initial terms alone', async () => {
    const id = await contractId();
    await api('POST', '/_local/clock', { body: { now: FEB, frozen: true } });
    const response = await api('POST', '/v1/contracts/amend', {
      body: {
        customer_id: customerId,
        contract_id: id,
        starting_at: MAR,
        commits: [{ ...prepaidCommit, product_id: fixedId }],
        overrides: [{ starting_at: MAR, product_id: computeId, type: 'MULTIPLIER', multiplier: 0.8 }],
      },
    });
    expect(response.status).toBe(200);
    const contract = await getContract(id);
    expect(contract.amendments).toEqual([
      {
        id: response.body.data.id,
        starting_at: MAR,
        commits: contract.current.commits,
        credits: [],
        overrides: contract.current.overrides,
        scheduled_charges: [],
        discounts: [],
        professional_services: [],
        created_at: FEB,
        created_by: 'Local API token',
      },
    ]);
    expect([contract.initial.commits, contract.initial.overrides, contract.current.commits.length, contract.current.overrides[0].multiplier]).toEqual([
      [],
      [],
      1,
      0.8,
    ]);
  });

  it('lets an amendment override name an existing commit', async () => {
    const id = await contractId({ commits: [{ ...prepaidCommit, product_id: fixedId }] });
    const commitId = (await getContract(id)).current.commits[0].id;
    const response = await api('POST', '/v1/contracts/amend', {
      body: {
        customer_id: customerId,
        contract_id: id,
        starting_at: FEB,
        overrides: [
          { starting_at: FEB, type: 'OVERWRITE', overwrite_rate: { rate_type: 'FLAT', price: 1 }, is_commit_specific: true, override_specifiers: [{ product_id: computeId, commit_ids: [commitId] }] },
        ],
      },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect((await getContract(id)).current.overrides[0].override_specifiers).toEqual([{ product_id: computeId, commit_ids: [commitId] }]);
  });

  it('adds a reseller royalty for a new reseller type and updates the one of a known type', async () => {
    const id = await contractId({
      reseller_royalties: [{ reseller_type: 'AWS', fraction: 0.03, netsuite_reseller_id: 'ns-1', applicable_product_tags: ['infra'], starting_at: JAN }],
    });
    const response = await api('POST', '/v1/contracts/amend', {
      body: {
        customer_id: customerId,
        contract_id: id,
        starting_at: MAR,
        reseller_royalties: [
          { reseller_type: 'AWS', fraction: 0.05, ending_before: NEXT_JAN },
          { reseller_type: 'GCP', fraction: 0.1, netsuite_reseller_id: 'ns-2', applicable_product_ids: [computeId], starting_at: MAR },
        ],
      },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const contract = await getContract(id);
    expect([contract.current.reseller_royalties, contract.amendments[0].reseller_royalties]).toEqual([
      [
        { reseller_type: 'AWS', fraction: 0.05, netsuite_reseller_id: 'ns-1', applicable_product_tags: ['infra'], starting_at: JAN, ending_before: NEXT_JAN },
        { reseller_type: 'GCP', fraction: 0.1, netsuite_reseller_id: 'ns-2', applicable_product_ids: [computeId], starting_at: MAR },
      ],
      [
        { reseller_type: 'AWS', fraction: 0.05, ending_before: NEXT_JAN },
        { reseller_type: 'GCP', fraction: 0.1, netsuite_reseller_id: 'ns-2', starting_at: MAR },
      ],
    ]);
  });

  it('answers 400 for an archived contract', async () => {
    const id = await contractId();
    await api('POST', '/v1/contracts/archive', { body: { customer_id: customerId, contract_id: id, void_invoices: false } });
    const response = await api('POST', '/v1/contracts/amend', { body: { customer_id: customerId, contract_id: id, starting_at: FEB } });
    expect([response.status, response.body]).toEqual([400, { message: `Contract ${id} is archived and cannot be amended` }]);
  });

  it('answers 404 for an unknown contract', async () => {
    const response = await api('POST', '/v1/contracts/amend', {
      body: { customer_id: customerId, contract_id: '00000000-0000-4000-8000-000000000004', starting_at: FEB },
    });
    expect([response.status, response.body]).toEqual([404, { message: 'Contract not found: 00000000-0000-4000-8000-000000000004' }]);
  });
});

describe('archiving a contract', () => {
  it('archives the contract with its commits and credits and keeps the void_invoices choice', async () => {
    const id = await contractId({
      commits: [{ ...prepaidCommit, product_id: fixedId }],
      credits: [{ product_id: fixedId, access_schedule: { schedule_items: [{ amount: 10, starting_at: JAN, ending_before: APR }] } }],
    });
    const response = await api('POST', '/v1/contracts/archive', { body: { customer_id: customerId, contract_id: id, void_invoices: true } });
    const contract = await getContract(id, { include_balance: true });
    expect([
      response.body,
      contract.archived_at,
      contract.current.commits[0].archived_at,
      contract.current.credits[0].archived_at,
      contract.current.commits[0].balance,
      contractSettings(server.local.db, id).void_invoices_on_archive,
    ]).toEqual([{ data: { id } }, NOW, NOW, NOW, 0, true]);
  });

  it('archives every live contract of a customer that is archived, voiding their invoices', async () => {
    const first = await contractId();
    const second = await contractId();
    await api('POST', '/v1/contracts/archive', { body: { customer_id: customerId, contract_id: second, void_invoices: false } });
    await api('POST', '/v1/customers/archive', { body: { id: customerId } });
    expect([
      (await getContract(first)).archived_at,
      contractSettings(server.local.db, first).void_invoices_on_archive,
      contractSettings(server.local.db, second).void_invoices_on_archive,
    ]).toEqual([NOW, true, false]);
  });

  it('answers 400 when the contract is already archived', async () => {
    const id = await contractId();
    await api('POST', '/v1/contracts/archive', { body: { customer_id: customerId, contract_id: id, void_invoices: false } });
    const response = await api('POST', '/v1/contracts/archive', { body: { customer_id: customerId, contract_id: id, void_invoices: false } });
    expect([response.status, response.body]).toEqual([400, { message: `Contract ${id} is already archived` }]);
  });
});

describe('updating the end date', () => {
  it('truncates the current terms when the contract ends earlier', async () => {
    const id = await contractId({
      ending_before: NEXT_JAN,
      commits: [{ ...prepaidCommit, product_id: fixedId }],
      scheduled_charges: [
        { product_id: fixedId, schedule: { schedule_items: [{ timestamp: FEB, amount: 1 }, { timestamp: JUL, amount: 2 }] } },
      ],
      overrides: [{ starting_at: JAN, product_id: computeId, type: 'MULTIPLIER', multiplier: 0.5 }],
      subscriptions: [
        { subscription_rate: { product_id: seatsId, billing_frequency: 'MONTHLY' }, collection_schedule: 'ADVANCE', proration: {}, initial_quantity: 2 },
      ],
    });
    const response = await api('POST', '/v1/contracts/updateEndDate', { body: { customer_id: customerId, contract_id: id, ending_before: APR } });
    const contract = await getContract(id);
    expect([
      response.body,
      contract.current.ending_before,
      contract.current.commits[0].access_schedule.schedule_items[0].ending_before,
      contract.current.scheduled_charges[0].schedule.schedule_items.map((i: { amount: number }) => i.amount),
      contract.current.overrides[0].ending_before,
      contract.subscriptions[0].ending_before,
      contract.initial.ending_before,
    ]).toEqual([{ data: { id } }, APR, APR, [1], APR, APR, NEXT_JAN]);
  });

  it('only moves the end when the contract ends later: terms are not extended', async () => {
    const id = await contractId({ ending_before: APR, commits: [{ ...prepaidCommit, product_id: fixedId, access_schedule: { schedule_items: [{ amount: 5, starting_at: JAN, ending_before: APR }] } }] });
    await api('POST', '/v1/contracts/updateEndDate', { body: { customer_id: customerId, contract_id: id, ending_before: JUL } });
    const contract = await getContract(id);
    expect([contract.current.ending_before, contract.current.commits[0].access_schedule.schedule_items[0].ending_before]).toEqual([JUL, APR]);
  });

  it('makes the contract open-ended when no end is given', async () => {
    const id = await contractId({ ending_before: APR });
    await api('POST', '/v1/contracts/updateEndDate', { body: { customer_id: customerId, contract_id: id } });
    expect('ending_before' in (await getContract(id)).current).toBe(false);
  });

  it('refuses to end before a finalized invoice only when allow_ending_before_finalized_invoice is false', async () => {
    const id = await contractId();
    await api('POST', '/_local/clock', { body: { now: '2025-02-10T00:00:00Z', frozen: true } });
    const invoices = await api('GET', `/v1/customers/${customerId}/invoices`, { query: { status: 'FINALIZED' } });
    const [january] = invoices.body.data;
    const refused = await api('POST', '/v1/contracts/updateEndDate', {
      body: { customer_id: customerId, contract_id: id, ending_before: '2025-01-20T00:00:00Z', allow_ending_before_finalized_invoice: false },
    });
    const allowed = await api('POST', '/v1/contracts/updateEndDate', {
      body: { customer_id: customerId, contract_id: id, ending_before: '2025-01-20T00:00:00Z' },
    });
    expect([january.end_timestamp, refused.status, refused.body, allowed.status]).toEqual([
      FEB,
      400,
      {
        message: `ending_before is before the end of finalized invoice ${january.id} (${FEB}); set allow_ending_before_finalized_invoice to allow it`,
      },
      200,
    ]);
  });

  it('answers 400 for an end before the start', async () => {
    const id = await contractId({ starting_at: FEB });
    const response = await api('POST', '/v1/contracts/updateEndDate', { body: { customer_id: customerId, contract_id: id, ending_before: JAN } });
    expect([response.status, response.body]).toEqual([400, { message: 'ending_before must be after the contract starting_at' }]);
  });

  it('records the change in the audit log under the contract', async () => {
    const id = await contractId();
    await api('POST', '/v1/contracts/updateEndDate', { body: { customer_id: customerId, contract_id: id, ending_before: APR } });
    const log = await api('GET', '/v1/auditLogs', { query: { resource_type: 'contract', resource_id: id } });
    expect(log.body.data.map((entry: { action: string }) => entry.action)).toEqual(['create', 'updateEndDate']);
  });
});

describe('setting the usage filter', () => {
  it('adds an update that becomes the current filter once it starts', async () => {
    const id = await contractId({ usage_filter: { group_key: 'project_id', group_values: ['p1'] } });
    const response = await api('POST', '/v1/contracts/setUsageFilter', {
      body: { customer_id: customerId, contract_id: id, group_key: 'region', group_values: ['eu'], starting_at: FEB },
    });
    const initial = { group_key: 'project_id', group_values: ['p1'], starting_at: JAN };
    const update = { group_key: 'region', group_values: ['eu'], starting_at: FEB };
    const before = (await getContract(id)).current.usage_filter;
    await api('POST', '/_local/clock', { body: { now: MAR, frozen: true } });
    const after = (await getContract(id)).current.usage_filter;
    expect([response.status, response.body, before, after]).toEqual([
      200,
      undefined,
      { initial, current: initial, updates: [update] },
      { initial, current: update, updates: [update] },
    ]);
  });

  it('answers 400 for a group key no billable metric of the rate card has', async () => {
    const id = await contractId();
    const response = await api('POST', '/v1/contracts/setUsageFilter', {
      body: { customer_id: customerId, contract_id: id, group_key: 'team', group_values: ['a'], starting_at: FEB },
    });
    expect([response.status, response.body]).toEqual([
      400,
      { message: "group_key: group key team is not a group key of any billable metric on the contract's rate card" },
    ]);
  });

  it('answers 404 for an unknown contract', async () => {
    const response = await api('POST', '/v1/contracts/setUsageFilter', {
      body: { customer_id: customerId, contract_id: '00000000-0000-4000-8000-000000000005', group_key: 'region', group_values: [], starting_at: FEB },
    });
    expect([response.status, response.body]).toEqual([404, { message: 'Contract not found: 00000000-0000-4000-8000-000000000005' }]);
  });
});

describe('the contract rate schedule', () => {
  const prices = (data: { product_name: string; list_rate: { price?: number }; override_rate?: { price?: number } }[]) =>
    data.map((entry) => [entry.product_name, entry.list_rate.price, entry.override_rate?.price ?? null]);

  it('serves the rate card rates in force now with the multiplier applied exactly', async () => {
    const id = await contractId({ overrides: [{ starting_at: JAN, product_id: storageId, type: 'MULTIPLIER', multiplier: 1.1 }] });
    const response = await rateSchedule(id);
    expect(response.body).toEqual({
      data: [
        {
          rate_card_id: rateCardId,
          product_id: computeId,
          product_name: 'Compute',
          product_tags: ['infra'],
          product_custom_fields: {},
          starting_at: JAN,
          entitled: true,
          list_rate: { rate_type: 'FLAT', price: 10, credit_type: USD },
        },
        {
          rate_card_id: rateCardId,
          product_id: storageId,
          product_name: 'Storage',
          product_tags: ['infra', 'storage'],
          product_custom_fields: {},
          starting_at: JAN,
          entitled: true,
          list_rate: { rate_type: 'FLAT', price: 1.1, credit_type: USD },
          override_rate: { rate_type: 'FLAT', price: 1.21, credit_type: USD },
        },
        {
          rate_card_id: rateCardId,
          product_id: seatsId,
          product_name: 'Seats',
          product_tags: [],
          product_custom_fields: {},
          starting_at: JAN,
          entitled: true,
          list_rate: { rate_type: 'SUBSCRIPTION', price: 1000, credit_type: USD },
          billing_frequency: 'MONTHLY',
        },
      ],
      next_page: null,
    });
  });

  it('prefers an overwrite to any multiplier', async () => {
    const id = await contractId({
      overrides: [
        { starting_at: JAN, product_id: computeId, type: 'MULTIPLIER', multiplier: 0.5 },
        { starting_at: JAN, applicable_product_tags: ['infra'], type: 'OVERWRITE', overwrite_rate: { rate_type: 'FLAT', price: 7 } },
      ],
    });
    const response = await rateSchedule(id, { selectors: [{ product_id: computeId }] });
    expect(prices(response.body.data)).toEqual([['Compute', 10, 7]]);
  });

  it('applies the lowest multiplier by default and the lowest priority under explicit prioritization', async () => {
    const overrides = [
      { starting_at: JAN, product_id: computeId, type: 'MULTIPLIER', multiplier: 0.6, priority: 2 },
      { starting_at: JAN, product_id: computeId, type: 'MULTIPLIER', multiplier: 0.9, priority: 1 },
    ];
    const lowest = await contractId({ overrides });
    const explicit = await contractId({ overrides, multiplier_override_prioritization: 'EXPLICIT' });
    const selectors = [{ product_id: computeId }];
    expect([prices((await rateSchedule(lowest, { selectors })).body.data), prices((await rateSchedule(explicit, { selectors })).body.data)]).toEqual([
      [['Compute', 10, 6]],
      [['Compute', 10, 9]],
    ]);
  });

  it('cuts a rate where an override starts', async () => {
    const id = await contractId({ overrides: [{ starting_at: MAR, product_id: computeId, type: 'MULTIPLIER', multiplier: 0.5 }] });
    const selectors = [{ product_id: computeId }];
    const before = (await rateSchedule(id, { selectors, at: FEB })).body.data[0];
    const after = (await rateSchedule(id, { selectors, at: APR })).body.data[0];
    expect([
      [before.starting_at, before.ending_before, before.override_rate ?? null],
      [after.starting_at, after.ending_before ?? null, after.override_rate.price],
    ]).toEqual([
      [JAN, MAR, null],
      [MAR, null, 5],
    ]);
  });

  it('leaves out rates an override disentitles', async () => {
    const id = await contractId({ overrides: [{ starting_at: JAN, applicable_product_tags: ['storage'], entitled: false }] });
    const response = await rateSchedule(id);
    expect(response.body.data.map((entry: { product_name: string }) => entry.product_name)).toEqual(['Compute', 'Seats']);
  });

  it('selects rates by product tag', async () => {
    const id = await contractId();
    const response = await rateSchedule(id, { selectors: [{ product_tags: ['storage'] }] });
    expect(response.body.data.map((entry: { product_name: string }) => entry.product_name)).toEqual(['Storage']);
  });

  it('serves no rates outside the contract term', async () => {
    const id = await contractId({ starting_at: FEB });
    const response = await rateSchedule(id, { at: JAN });
    expect(response.body).toEqual({ data: [], next_page: null });
  });

  it('pages with limit and next_page', async () => {
    const id = await contractId();
    const first = await rateSchedule(id, {}, { limit: 2 });
    const second = await rateSchedule(id, {}, { limit: 2, next_page: first.body.next_page });
    expect([
      first.body.data.map((e: { product_name: string }) => e.product_name),
      second.body.data.map((e: { product_name: string }) => e.product_name),
      second.body.next_page,
    ]).toEqual([['Compute', 'Storage'], ['Seats'], null]);
  });

  it('answers 404 for an unknown contract', async () => {
    const response = await rateSchedule('00000000-0000-4000-8000-000000000006');
    expect([response.status, response.body]).toEqual([404, { message: 'Contract not found: 00000000-0000-4000-8000-000000000006' }]);
  });
});

describe('subscription quantity history', () => {
  async function subscriptionContract(body: Record<string, unknown> = {}) {
    const id = await contractId({
      subscriptions: [
        { subscription_rate: { product_id: seatsId, billing_frequency: 'MONTHLY' }, collection_schedule: 'ADVANCE', proration: {}, initial_quantity: 4 },
      ],
      ...body,
    });
    return { id, subscriptionId: (await getContract(id)).subscriptions[0].id as string };
  }

  it('lists the quantity with its price and total, again wherever the price changes', async () => {
    await addRate({ product_id: seatsId, starting_at: MAR, rate_type: 'SUBSCRIPTION', price: 1250, billing_frequency: 'MONTHLY' });
    const { id, subscriptionId } = await subscriptionContract();
    const response = await api('POST', '/v1/contracts/getSubscriptionQuantityHistory', {
      body: { customer_id: customerId, contract_id: id, subscription_id: subscriptionId },
    });
    expect(response.body).toEqual({
      data: {
        subscription_id: subscriptionId,
        fiat_credit_type_id: USD.id,
        history: [
          { starting_at: JAN, data: [{ quantity: 4, unit_price: 1000, total: 4000 }] },
          { starting_at: MAR, data: [{ quantity: 4, unit_price: 1250, total: 5000 }] },
        ],
      },
    });
  });

  it('prices the subscription with the contract override', async () => {
    const { id, subscriptionId } = await subscriptionContract({
      overrides: [{ starting_at: JAN, product_id: seatsId, type: 'MULTIPLIER', multiplier: 0.75 }],
    });
    const response = await api('POST', '/v1/contracts/getSubscriptionQuantityHistory', {
      body: { customer_id: customerId, contract_id: id, subscription_id: subscriptionId },
    });
    expect(response.body.data.history).toEqual([{ starting_at: JAN, data: [{ quantity: 4, unit_price: 750, total: 3000 }] }]);
  });

  it('answers 400 naming an unknown subscription, as the spec says', async () => {
    const { id } = await subscriptionContract();
    const response = await api('POST', '/v1/contracts/getSubscriptionQuantityHistory', {
      body: { customer_id: customerId, contract_id: id, subscription_id: '00000000-0000-4000-8000-000000000007' },
    });
    expect([response.status, response.body]).toEqual([
      400,
      { code: 'SubscriptionNotFound', message: 'Subscription not found: 00000000-0000-4000-8000-000000000007' },
    ]);
  });

  it('answers 400 for an unknown contract', async () => {
    const response = await api('POST', '/v1/contracts/getSubscriptionQuantityHistory', {
      body: { customer_id: customerId, contract_id: '00000000-0000-4000-8000-000000000008', subscription_id: '00000000-0000-4000-8000-000000000007' },
    });
    expect([response.status, response.body]).toEqual([
      400,
      { code: 'ContractNotFound', message: 'Contract not found: 00000000-0000-4000-8000-000000000008' },
    ]);
  });
});
