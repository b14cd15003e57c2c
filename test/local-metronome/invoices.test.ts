import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan } from '../../src/local-metronome/store/plans.js';
import { useLocalMetronome } from '../support/local-metronome.js';
import { billingFixtures, lineRows } from './billing-fixtures.js';

const server = useLocalMetronome();
const api = (...args: Parameters<typeof server.api>) => server.api(...args);
const f = billingFixtures(api);
const USD = '2714e483-4ff1-48e4-9e25-ac732e8f24f2';

beforeEach(async () => {
  await server.local.reset();
  await f.setClock('2025-01-10T00:00:00Z');
});

describe('usage invoices', () => {
  it('keeps a draft for the open period that follows usage as it is ingested', async () => {
    const { customerId, contractId } = await f.standardWorld();
    await f.ingest([{ n: 100, at: '2025-01-02T00:00:00Z' }]);
    const first = (await f.invoices(customerId)).data;
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      customer_id: customerId,
      contract_id: contractId,
      type: 'USAGE',
      status: 'DRAFT',
      credit_type: { id: USD, name: 'USD (cents)' },
      start_timestamp: '2025-01-01T00:00:00.000Z',
      end_timestamp: '2025-02-01T00:00:00.000Z',
      issued_at: '2025-02-01T00:00:00.000Z',
      subtotal: 250,
      total: 250,
    });
    expect(lineRows(first[0])).toEqual([['usage', 'API calls', 100, 250]]);
    await f.ingest([{ n: 0.1, at: '2025-01-03T00:00:00Z' }, { n: 0.2, at: '2025-01-04T00:00:00Z' }]);
    const second = (await f.invoices(customerId)).data[0];
    expect(second.id).toBe(first[0].id);
    expect(lineRows(second)).toEqual([['usage', 'API calls', 100.3, 250.75]]);
    expect(second.total).toBe(250.75);
  });

  it('finalizes the invoice when the clock passes the period end, and starts a draft for the next period', async () => {
    const { customerId } = await f.standardWorld();
    await f.ingest([{ n: 10, at: '2025-01-31T23:59:59Z' }]);
    const draft = (await f.invoices(customerId)).data[0];
    await f.setClock('2025-02-01T00:00:00Z');
    const after = (await f.invoices(customerId)).data;
    expect(after.map((i) => [i.id === draft.id, i.status, i.start_timestamp, i.total])).toEqual([
      [true, 'FINALIZED', '2025-01-01T00:00:00.000Z', 25],
      [false, 'DRAFT', '2025-02-01T00:00:00.000Z', 0],
    ]);
  });

  it('never changes a finalized invoice, even when late usage arrives for its period', async () => {
    const { customerId } = await f.standardWorld();
    await f.ingest([{ n: 10, at: '2025-01-15T00:00:00Z' }]);
    await f.setClock('2025-02-02T00:00:00Z');
    const finalized = (await f.invoices(customerId, { status: 'FINALIZED' })).data[0];
    await f.ingest([{ n: 1000, at: '2025-01-20T00:00:00Z' }]);
    const again = await f.ok('GET', `/v1/customers/${customerId}/invoices/${finalized.id}`);
    expect(again.data).toEqual(finalized);
    expect(again.data.total).toBe(25);
  });

  it('bills a contract that starts mid-month for a short first period, then monthly', async () => {
    const customerId = await f.customer();
    const metricId = await f.metric();
    const productId = await f.product({ name: 'API calls', type: 'USAGE', billable_metric_id: metricId });
    const rateCardId = await f.rateCard();
    await f.addRate(rateCardId, productId, { rate_type: 'FLAT', price: 1 });
    await f.contract({ customer_id: customerId, starting_at: '2025-01-05T00:00:00Z', rate_card_id: rateCardId });
    await f.setClock('2025-02-10T00:00:00Z');
    const periods = (await f.invoices(customerId)).data.map((i) => [i.status, i.start_timestamp, i.end_timestamp]);
    expect(periods).toEqual([
      ['FINALIZED', '2025-01-05T00:00:00.000Z', '2025-02-01T00:00:00.000Z'],
      ['DRAFT', '2025-02-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z'],
    ]);
  });

  it('counts usage at the period start and leaves usage at the period end to the next period', async () => {
    const { customerId } = await f.standardWorld({ rate: { rate_type: 'FLAT', price: 1 } });
    await f.ingest([
      { n: 1, at: '2025-01-01T00:00:00Z' },
      { n: 10, at: '2025-02-01T00:00:00Z' },
    ]);
    await f.setClock('2025-02-05T00:00:00Z');
    expect((await f.invoices(customerId)).data.map((i) => i.total)).toEqual([1, 10]);
  });

  it('prices tiered rates with one line per tier reached', async () => {
    const { customerId } = await f.standardWorld({ rate: { rate_type: 'TIERED', tiers: [{ size: 100, price: 10 }, { size: 900, price: 5 }, { price: 1 }] } });
    await f.ingest([{ n: 1500, at: '2025-01-02T00:00:00Z' }]);
    const invoice = (await f.invoices(customerId)).data[0];
    expect(invoice.line_items.map((l: any) => [l.quantity, l.unit_price, l.total, l.tier])).toEqual([
      [100, 10, 1000, { level: 1, starting_at: '0', size: '100' }],
      [900, 5, 4500, { level: 2, starting_at: '100', size: '900' }],
      [500, 1, 500, { level: 3, starting_at: '1000', size: null }],
    ]);
    expect(invoice.total).toBe(6000);
  });

  it('applies the product quantity conversion before rounding', async () => {
    const { customerId } = await f.standardWorld({
      rate: { rate_type: 'FLAT', price: 7 },
      usageProduct: { quantity_conversion: { conversion_factor: 1000, operation: 'DIVIDE' }, quantity_rounding: { decimal_places: 0, rounding_method: 'ROUND_UP' } },
    });
    await f.ingest([{ n: 2001, at: '2025-01-02T00:00:00Z' }]);
    expect(lineRows((await f.invoices(customerId)).data[0])).toEqual([['usage', 'API calls', 3, 21]]);
  });

  it('splits lines by pricing group values, each priced by its own rate, and by presentation group values', async () => {
    const customerId = await f.customer();
    const metricId = await f.metric('calls', 'api', { group_keys: [['region', 'tier']] });
    const productId = await f.product({ name: 'API calls', type: 'USAGE', billable_metric_id: metricId, pricing_group_key: ['region'], presentation_group_key: ['tier'] });
    const rateCardId = await f.rateCard();
    await f.addRate(rateCardId, productId, { rate_type: 'FLAT', price: 1, pricing_group_values: { region: 'east' } });
    await f.addRate(rateCardId, productId, { rate_type: 'FLAT', price: 3, pricing_group_values: { region: 'west' } });
    await f.contract({ customer_id: customerId, starting_at: '2025-01-01T00:00:00Z', rate_card_id: rateCardId });
    await f.ingest([
      { n: 10, at: '2025-01-02T00:00:00Z', properties: { region: 'east', tier: 'gold' } },
      { n: 20, at: '2025-01-02T00:00:00Z', properties: { region: 'west', tier: 'gold' } },
      { n: 5, at: '2025-01-03T00:00:00Z', properties: { region: 'west', tier: 'silver' } },
    ]);
    const invoice = (await f.invoices(customerId)).data[0];
    expect(invoice.line_items.map((l: any) => [l.pricing_group_values, l.presentation_group_values, l.quantity, l.total])).toEqual([
      [{ region: 'east' }, { tier: 'gold' }, 10, 10],
      [{ region: 'west' }, { tier: 'gold' }, 20, 60],
      [{ region: 'west' }, { tier: 'silver' }, 5, 15],
    ]);
    expect(invoice.total).toBe(85);
  });

  it('prices with the contract override in force instead of the list rate', async () => {
    const customerId = await f.customer();
    const metricId = await f.metric();
    const productId = await f.product({ name: 'API calls', type: 'USAGE', billable_metric_id: metricId });
    const rateCardId = await f.rateCard();
    await f.addRate(rateCardId, productId, { rate_type: 'FLAT', price: 10 });
    await f.contract({
      customer_id: customerId,
      starting_at: '2025-01-01T00:00:00Z',
      rate_card_id: rateCardId,
      overrides: [{ starting_at: '2025-01-01T00:00:00Z', override_specifiers: [{ product_id: productId }], type: 'MULTIPLIER', multiplier: 0.8 }],
    });
    await f.ingest([{ n: 3, at: '2025-01-02T00:00:00Z' }]);
    const invoice = (await f.invoices(customerId)).data[0];
    expect(invoice.line_items.map((l: any) => [l.unit_price, l.total])).toEqual([[8, 24]]);
  });
});

describe('commits and credits on invoices', () => {
  it('draws the lower-priority commit first and shows each application as a negative line', async () => {
    const c = await f.customer();
    const metricId = await f.metric();
    const usage = await f.product({ name: 'API calls', type: 'USAGE', billable_metric_id: metricId });
    const fixed = await f.product({ name: 'Commit product', type: 'FIXED' });
    const rateCardId = await f.rateCard();
    await f.addRate(rateCardId, usage, { rate_type: 'FLAT', price: 1 });
    await f.contract({
      customer_id: c,
      starting_at: '2025-01-01T00:00:00Z',
      rate_card_id: rateCardId,
      commits: [f.commit(fixed, 100, { name: 'Second', priority: 5 }), f.commit(fixed, 50, { name: 'First', priority: 1 })],
      credits: [{ product_id: fixed, name: 'Promo credit', priority: 10, access_schedule: { schedule_items: [{ amount: 30, starting_at: '2025-01-01T00:00:00Z', ending_before: '2026-01-01T00:00:00Z' }] } }],
    });
    await f.ingest([{ n: 170, at: '2025-01-02T00:00:00Z', alias: 'acme' }]);
    const invoice = (await f.invoices(c)).data[0];
    expect(lineRows(invoice)).toEqual([
      ['usage', 'API calls', 170, 170],
      ['applied_commit_or_credit', 'First', undefined, -50],
      ['applied_commit_or_credit', 'Second', undefined, -100],
      ['applied_commit_or_credit', 'Promo credit', undefined, -20],
    ]);
    expect(invoice.line_items.slice(1).map((l: any) => l.applied_commit_or_credit.type)).toEqual(['PREPAID', 'PREPAID', 'CREDIT']);
    expect([invoice.subtotal, invoice.total]).toEqual([170, 0]);
  });

  it('pays only the products a commit applies to', async () => {
    const customerId = await f.customer();
    const metricId = await f.metric();
    const compute = await f.product({ name: 'Compute', type: 'USAGE', billable_metric_id: metricId, tags: ['infra'] });
    const storage = await f.product({ name: 'Storage', type: 'USAGE', billable_metric_id: metricId });
    const fixed = await f.product({ name: 'Infra commit', type: 'FIXED' });
    const rateCardId = await f.rateCard();
    await f.addRate(rateCardId, compute, { rate_type: 'FLAT', price: 1 });
    await f.addRate(rateCardId, storage, { rate_type: 'FLAT', price: 2 });
    await f.contract({
      customer_id: customerId,
      starting_at: '2025-01-01T00:00:00Z',
      rate_card_id: rateCardId,
      commits: [f.commit(fixed, 1000, { applicable_product_tags: ['infra'] })],
    });
    await f.ingest([{ n: 10, at: '2025-01-02T00:00:00Z' }]);
    const invoice = (await f.invoices(customerId)).data[0];
    expect(lineRows(invoice)).toEqual([
      ['usage', 'Compute', 10, 10],
      ['usage', 'Storage', 10, 20],
      ['applied_commit_or_credit', 'Infra commit', undefined, -10],
    ]);
    expect(invoice.total).toBe(20);
  });

  it('carries what one period left of a commit into the next', async () => {
    const c = await f.customer();
    const metricId = await f.metric();
    const usage = await f.product({ name: 'API calls', type: 'USAGE', billable_metric_id: metricId });
    const fixed = await f.product({ name: 'Commit', type: 'FIXED' });
    const rateCardId = await f.rateCard();
    await f.addRate(rateCardId, usage, { rate_type: 'FLAT', price: 1 });
    await f.contract({ customer_id: c, starting_at: '2025-01-01T00:00:00Z', rate_card_id: rateCardId, commits: [f.commit(fixed, 100)] });
    await f.ingest([{ n: 70, at: '2025-01-02T00:00:00Z' }, { n: 70, at: '2025-02-02T00:00:00Z' }]);
    await f.setClock('2025-02-10T00:00:00Z');
    expect((await f.invoices(c)).data.map((i) => [i.status, i.subtotal, i.total])).toEqual([
      ['FINALIZED', 70, 0],
      ['DRAFT', 70, 40],
    ]);
  });
});

describe('commit segments and pricing units', () => {
  it('lets a segment that starts mid-period pay only for usage after it starts', async () => {
    const customerId = await f.customer();
    const metricId = await f.metric();
    const usage = await f.product({ name: 'API calls', type: 'USAGE', billable_metric_id: metricId });
    const fixed = await f.product({ name: 'Commit', type: 'FIXED' });
    const rateCardId = await f.rateCard();
    await f.addRate(rateCardId, usage, { rate_type: 'FLAT', price: 1 });
    await f.contract({
      customer_id: customerId,
      starting_at: '2025-01-01T00:00:00Z',
      rate_card_id: rateCardId,
      commits: [f.commit(fixed, 1000, {}, { starting_at: '2025-01-15T00:00:00Z', ending_before: '2026-01-01T00:00:00Z' })],
    });
    await f.ingest([{ n: 40, at: '2025-01-05T00:00:00Z' }, { n: 60, at: '2025-01-20T00:00:00Z' }]);
    await f.setClock('2025-01-25T00:00:00Z');
    const invoice = (await f.invoices(customerId)).data[0];
    expect(lineRows(invoice)).toEqual([
      ['usage', 'API calls', 100, 100],
      ['applied_commit_or_credit', 'Commit', undefined, -60],
    ]);
    expect(invoice.total).toBe(40);
  });

  it('draws custom-unit commits first and converts the unpaid custom-unit spend to fiat', async () => {
    const cloud = (await f.ok('POST', '/_local/credit-types', { name: 'cloud credits' })).data;
    const customerId = await f.customer();
    const metricId = await f.metric();
    const usage = await f.product({ name: 'GPU hours', type: 'USAGE', billable_metric_id: metricId });
    const fixed = await f.product({ name: 'Cloud commit', type: 'FIXED' });
    const rateCardId = await f.rateCard('CPU card', { credit_type_conversions: [{ custom_credit_type_id: cloud.id, fiat_per_custom_credit: 50 }] });
    await f.addRate(rateCardId, usage, { rate_type: 'FLAT', price: 2, credit_type_id: cloud.id });
    await f.contract({
      customer_id: customerId,
      starting_at: '2025-01-01T00:00:00Z',
      rate_card_id: rateCardId,
      commits: [f.commit(fixed, 15, { access_schedule: { credit_type_id: cloud.id, schedule_items: [{ amount: 15, starting_at: '2025-01-01T00:00:00Z', ending_before: '2026-01-01T00:00:00Z' }] } })],
    });
    await f.ingest([{ n: 10, at: '2025-01-05T00:00:00Z' }]);
    const invoice = (await f.invoices(customerId)).data[0];
    expect(invoice.line_items.map((l: any) => [l.type, l.credit_type.name, l.quantity, l.total])).toEqual([
      ['usage', 'cloud credits', 10, 20],
      ['applied_commit_or_credit', 'cloud credits', undefined, -15],
      ['cpu_conversion', 'USD (cents)', 5, 250],
    ]);
    expect([invoice.credit_type.name, invoice.total]).toEqual(['USD (cents)', 250]);
  });
});

describe('scheduled charges and subscriptions', () => {
  it('issues scheduled charges on their own invoice, draft until their date', async () => {
    const { customerId, fixedProductId } = await f.standardWorld();
    const contract = await f.contract({
      customer_id: customerId,
      starting_at: '2025-01-01T00:00:00Z',
      scheduled_charges: [{ product_id: fixedProductId, name: 'Onboarding', schedule: { schedule_items: [{ timestamp: '2025-01-20T00:00:00Z', unit_price: 5000, quantity: 2 }] } }],
    });
    const scheduled = () => f.invoices(customerId, { type: 'SCHEDULED' }).then((r) => r.data);
    const before = await scheduled();
    expect(before.map((i) => [i.contract_id === contract, i.status, i.issued_at, i.total])).toEqual([[true, 'DRAFT', '2025-01-20T00:00:00.000Z', 10000]]);
    expect(lineRows(before[0])).toEqual([['scheduled', 'Onboarding', 2, 10000]]);
    await f.setClock('2025-01-20T00:00:00Z');
    const after = await scheduled();
    expect(after.map((i) => [i.id, i.status])).toEqual([[before[0].id, 'FINALIZED']]);
  });

  it('prorates an in-advance subscription that starts mid-period', async () => {
    const customerId = await f.customer();
    const seats = await f.product({ name: 'Seats', type: 'SUBSCRIPTION' });
    const rateCardId = await f.rateCard();
    await f.addRate(rateCardId, seats, { rate_type: 'FLAT', price: 3100, billing_frequency: 'MONTHLY' });
    await f.contract({
      customer_id: customerId,
      starting_at: '2025-01-01T00:00:00Z',
      rate_card_id: rateCardId,
      subscriptions: [
        {
          subscription_rate: { product_id: seats, billing_frequency: 'MONTHLY' },
          collection_schedule: 'ADVANCE',
          proration: { is_prorated: true, invoice_behavior: 'BILL_ON_NEXT_COLLECTION_DATE' },
          initial_quantity: 2,
          starting_at: '2025-01-22T00:00:00Z',
        },
      ],
    });
    await f.setClock('2025-02-10T00:00:00Z');
    const invoices = (await f.invoices(customerId)).data;
    expect(invoices.map((i) => [i.start_timestamp, lineRows(i)])).toEqual([
      ['2025-01-01T00:00:00.000Z', [['subscription', 'Seats', 2, 2000]]],
      ['2025-02-01T00:00:00.000Z', [['subscription', 'Seats', 2, 6200]]],
    ]);
    expect(invoices[0].line_items[0]).toMatchObject({ is_prorated: true, starting_at: '2025-01-22T00:00:00.000Z', ending_before: '2025-02-01T00:00:00.000Z' });
  });
});

describe('listing and reading invoices', () => {
  async function threeMonths() {
    const world = await f.standardWorld({ rate: { rate_type: 'FLAT', price: 1 } });
    await f.ingest([{ n: 1, at: '2025-01-02T00:00:00Z' }, { n: 2, at: '2025-02-02T00:00:00Z' }]);
    await f.setClock('2025-03-05T00:00:00Z');
    return world;
  }

  it('sorts by issue date ascending by default and descending on request', async () => {
    const { customerId } = await threeMonths();
    expect((await f.invoices(customerId)).data.map((i) => i.total)).toEqual([1, 2, 0]);
    expect((await f.invoices(customerId, { sort: 'date_desc' })).data.map((i) => i.total)).toEqual([0, 2, 1]);
  });

  it('filters by status, period window and contract', async () => {
    const { customerId, contractId } = await threeMonths();
    expect((await f.invoices(customerId, { status: 'DRAFT' })).data.map((i) => i.start_timestamp)).toEqual(['2025-03-01T00:00:00.000Z']);
    expect(
      (await f.invoices(customerId, { starting_on: '2025-02-01T00:00:00Z', ending_before: '2025-03-01T00:00:00Z' })).data.map((i) => i.start_timestamp),
    ).toEqual(['2025-02-01T00:00:00.000Z']);
    expect((await f.invoices(customerId, { contract_id: contractId })).data).toHaveLength(3);
    expect((await f.invoices(customerId, { credit_type_id: 'c0ffee00-0000-4000-8000-000000000000' })).data).toEqual([]);
  });

  it('pages with next_page', async () => {
    const { customerId } = await threeMonths();
    const first = await f.invoices(customerId, { limit: 2 });
    expect(first.data.map((i) => i.total)).toEqual([1, 2]);
    const second = await f.invoices(customerId, { limit: 2, next_page: first.next_page! });
    expect(second.data.map((i) => i.total)).toEqual([0]);
    expect(second.next_page).toBeNull();
  });

  it('leaves out zero-quantity line items when asked', async () => {
    const { customerId } = await threeMonths();
    const draft = (await f.invoices(customerId, { status: 'DRAFT', skip_zero_qty_line_items: true })).data[0];
    expect(draft.line_items).toEqual([]);
    const full = await f.ok('GET', `/v1/customers/${customerId}/invoices/${draft.id}`);
    expect(lineRows(full.data)).toEqual([['usage', 'API calls', 0, 0]]);
  });

  it('answers 404 for an unknown customer or invoice', async () => {
    const { customerId } = await threeMonths();
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await api('GET', `/v1/customers/${unknown}/invoices`)).toMatchObject({ status: 404, body: { message: `Customer not found: ${unknown}` } });
    expect(await api('GET', `/v1/customers/${customerId}/invoices/${unknown}`)).toMatchObject({ status: 404, body: { message: `Invoice not found: ${unknown}` } });
  });

  it('answers 400 for a next_page token it did not issue', async () => {
    const { customerId } = await threeMonths();
    expect(await api('GET', `/v1/customers/${customerId}/invoices`, { query: { next_page: 'nope' } })).toMatchObject({ status: 400 });
  });
});

describe('void and regenerate', () => {
  async function finalizedWithCommit() {
    const customerId = await f.customer();
    const metricId = await f.metric();
    const usage = await f.product({ name: 'API calls', type: 'USAGE', billable_metric_id: metricId });
    const fixed = await f.product({ name: 'Commit', type: 'FIXED' });
    const rateCardId = await f.rateCard();
    await f.addRate(rateCardId, usage, { rate_type: 'FLAT', price: 1 });
    const contractId = await f.contract({ customer_id: customerId, starting_at: '2025-01-01T00:00:00Z', rate_card_id: rateCardId, commits: [f.commit(fixed, 100)] });
    await f.ingest([{ n: 60, at: '2025-01-02T00:00:00Z' }]);
    await f.setClock('2025-02-05T00:00:00Z');
    const [january] = (await f.invoices(customerId)).data;
    return { customerId, contractId, rateCardId, usage, january };
  }

  const balance = async (customerId: string) =>
    (await f.ok('POST', '/v1/contracts/customerBalances/list', { customer_id: customerId, include_contract_balances: true, include_balance: true })).data[0].balance;

  it('voids a finalized invoice and returns what it drew to the commit', async () => {
    const { customerId, january } = await finalizedWithCommit();
    expect(await balance(customerId)).toBe(40);
    expect(await f.ok('POST', '/v1/invoices/void', { id: january.id })).toEqual({ data: { id: january.id } });
    const voided = await f.ok('GET', `/v1/customers/${customerId}/invoices/${january.id}`);
    expect(voided.data.status).toBe('VOID');
    expect(lineRows(voided.data)).toEqual(lineRows(january));
    expect(await balance(customerId)).toBe(100);
  });

  it('voids a draft, so its period is not billed again', async () => {
    const { customerId } = await finalizedWithCommit();
    const draft = (await f.invoices(customerId, { status: 'DRAFT' })).data[0];
    await f.ok('POST', '/v1/invoices/void', { id: draft.id });
    await f.setClock('2025-03-05T00:00:00Z');
    expect((await f.invoices(customerId)).data.map((i) => [i.start_timestamp, i.status])).toEqual([
      ['2025-01-01T00:00:00.000Z', 'FINALIZED'],
      ['2025-02-01T00:00:00.000Z', 'VOID'],
      ['2025-03-01T00:00:00.000Z', 'DRAFT'],
    ]);
  });

  it('regenerates a voided invoice at the current rates as a new finalized invoice', async () => {
    const { customerId, rateCardId, usage, january } = await finalizedWithCommit();
    await f.ok('POST', '/v1/invoices/void', { id: january.id });
    await f.addRate(rateCardId, usage, { rate_type: 'FLAT', price: 2 });
    const regenerated = await f.ok('POST', '/v1/invoices/regenerate', { id: january.id });
    expect(regenerated.data.id).not.toBe(january.id);
    const invoice = (await f.ok('GET', `/v1/customers/${customerId}/invoices/${regenerated.data.id}`)).data;
    expect(invoice).toMatchObject({ status: 'FINALIZED', regenerated_from_invoice_id: january.id, start_timestamp: january.start_timestamp, subtotal: 120, total: 20 });
    expect(await balance(customerId)).toBe(0);
  });

  it('refuses to regenerate an invoice that is not void, or twice', async () => {
    const { january } = await finalizedWithCommit();
    expect(await api('POST', '/v1/invoices/regenerate', { body: { id: january.id } })).toMatchObject({
      status: 400,
      body: { message: `Invoice ${january.id} is not void; only voided invoices can be regenerated` },
    });
    await f.ok('POST', '/v1/invoices/void', { id: january.id });
    const first = await f.ok('POST', '/v1/invoices/regenerate', { id: january.id });
    expect(await api('POST', '/v1/invoices/regenerate', { body: { id: january.id } })).toMatchObject({
      status: 409,
      body: { message: `Invoice ${january.id} was already regenerated as ${first.data.id}` },
    });
  });

  it('refuses to void twice and answers 404 for an unknown invoice', async () => {
    const { january } = await finalizedWithCommit();
    await f.ok('POST', '/v1/invoices/void', { id: january.id });
    expect(await api('POST', '/v1/invoices/void', { body: { id: january.id } })).toMatchObject({ status: 400, body: { message: `Invoice ${january.id} is already void` } });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await api('POST', '/v1/invoices/void', { body: { id: unknown } })).toMatchObject({ status: 404, body: { message: `Invoice not found: ${unknown}` } });
    expect(await api('POST', '/v1/invoices/regenerate', { body: { id: unknown } })).toMatchObject({ status: 404 });
  });

  it('tells alerts that the customer changed when an invoice finalizes or is voided', async () => {
    const reasons: string[] = [];
    server.local.events.on('customer.changed', (e) => reasons.push(e.reason));
    const { january } = await finalizedWithCommit();
    await f.ok('POST', '/v1/invoices/void', { id: january.id });
    server.local.events.removeAllListeners('customer.changed');
    expect(reasons.filter((r) => r.startsWith('invoice.'))).toEqual(['invoice.finalized', 'invoice.voided']);
  });
});

describe('breakdowns', () => {
  it('re-rates each invoice day by day within the requested window', async () => {
    const { customerId } = await f.standardWorld({ rate: { rate_type: 'FLAT', price: 1 } });
    await f.ingest([{ n: 1, at: '2025-01-02T05:00:00Z' }, { n: 2, at: '2025-01-03T05:00:00Z' }, { n: 4, at: '2025-01-03T23:00:00Z' }]);
    const response = await f.ok('GET', `/v1/customers/${customerId}/invoices/breakdowns`, undefined, {
      starting_on: '2025-01-02T00:00:00Z',
      ending_before: '2025-01-04T00:00:00Z',
    });
    expect(response.data.map((b: any) => [b.breakdown_start_timestamp, b.breakdown_end_timestamp, b.total, b.status])).toEqual([
      ['2025-01-02T00:00:00.000Z', '2025-01-03T00:00:00.000Z', 1, 'DRAFT'],
      ['2025-01-03T00:00:00.000Z', '2025-01-04T00:00:00.000Z', 6, 'DRAFT'],
    ]);
    expect(response.next_page).toBeNull();
  });

  it('returns at most 24 hourly windows per page', async () => {
    const { customerId } = await f.standardWorld({ rate: { rate_type: 'FLAT', price: 1 } });
    await f.ingest([{ n: 5, at: '2025-01-03T01:30:00Z' }]);
    const query = { starting_on: '2025-01-02T00:00:00Z', ending_before: '2025-01-04T00:00:00Z', window_size: 'HOUR' };
    const first = await f.ok('GET', `/v1/customers/${customerId}/invoices/breakdowns`, undefined, query);
    expect(first.data).toHaveLength(24);
    const second = await f.ok('GET', `/v1/customers/${customerId}/invoices/breakdowns`, undefined, { ...query, next_page: first.next_page });
    expect(second.data).toHaveLength(24);
    expect(second.data[1]).toMatchObject({ breakdown_start_timestamp: '2025-01-03T01:00:00.000Z', total: 5 });
    expect(second.next_page).toBeNull();
  });

  it('returns at most 35 daily windows per page', async () => {
    const { customerId } = await f.standardWorld();
    await f.setClock('2025-03-01T00:00:00Z');
    const response = await f.ok('GET', `/v1/customers/${customerId}/invoices/breakdowns`, undefined, {
      starting_on: '2025-01-01T00:00:00Z',
      ending_before: '2025-03-01T00:00:00Z',
    });
    expect(response.data).toHaveLength(35);
    expect(response.next_page).not.toBeNull();
  });

  it('answers 400 when the window ends before it starts', async () => {
    const { customerId } = await f.standardWorld();
    const response = await api('GET', `/v1/customers/${customerId}/invoices/breakdowns`, {
      query: { starting_on: '2025-01-04T00:00:00Z', ending_before: '2025-01-02T00:00:00Z' },
    });
    expect(response).toMatchObject({ status: 400, body: { message: 'ending_before must be after starting_on' } });
  });
});

describe('previewing events', () => {
  it('shows the draft as it would be with only the given events, and stores nothing', async () => {
    const { customerId } = await f.standardWorld({ rate: { rate_type: 'FLAT', price: 1 } });
    await f.ingest([{ n: 100, at: '2025-01-02T00:00:00Z' }]);
    const preview = await f.ok('POST', `/v1/customers/${customerId}/previewEvents`, {
      events: [{ event_type: 'api', timestamp: '2025-01-05T00:00:00Z', properties: { n: 7 } }],
    });
    expect(preview.data.map((i: any) => [i.status, i.total])).toEqual([['DRAFT', 7]]);
    expect((await f.invoices(customerId)).data[0].total).toBe(100);
  });

  it('merges the given events with stored usage in merge mode', async () => {
    const { customerId } = await f.standardWorld({ rate: { rate_type: 'FLAT', price: 1 } });
    await f.ingest([{ n: 100, at: '2025-01-02T00:00:00Z' }]);
    const preview = await f.ok('POST', `/v1/customers/${customerId}/previewEvents`, {
      mode: 'merge',
      events: [{ event_type: 'api', properties: { n: 7 } }],
    });
    expect(preview.data[0].total).toBe(107);
  });

  it('rejects a transaction id used twice in one request', async () => {
    const { customerId } = await f.standardWorld();
    const response = await api('POST', `/v1/customers/${customerId}/previewEvents`, {
      body: { events: [{ event_type: 'api', transaction_id: 't' }, { event_type: 'api', transaction_id: 't' }] },
    });
    expect(response).toMatchObject({ status: 400, body: { message: 'events[1].transaction_id t is used more than once' } });
  });
});

describe('historical invoices', () => {
  it('prices given quantities at the contract rate, draws commits, and stores the invoice for its period', async () => {
    const customerId = await f.customer();
    const metricId = await f.metric();
    const usage = await f.product({ name: 'API calls', type: 'USAGE', billable_metric_id: metricId });
    const fixed = await f.product({ name: 'Commit', type: 'FIXED' });
    const rateCardId = await f.rateCard();
    await f.addRate(rateCardId, usage, { rate_type: 'FLAT', price: 3 }, '2024-01-01T00:00:00Z');
    const contractId = await f.contract({
      customer_id: customerId,
      starting_at: '2024-11-01T00:00:00Z',
      rate_card_id: rateCardId,
      usage_statement_schedule: { frequency: 'MONTHLY', invoice_generation_starting_at: '2024-12-01T00:00:00Z' },
      commits: [f.commit(fixed, 50, {}, { starting_at: '2024-11-01T00:00:00Z', ending_before: '2026-01-01T00:00:00Z' })],
    });
    const request = (preview: boolean) => ({
      preview,
      invoices: [
        {
          customer_id: customerId,
          contract_id: contractId,
          credit_type_id: USD,
          inclusive_start_date: '2024-11-01T00:00:00Z',
          exclusive_end_date: '2024-12-01T00:00:00Z',
          issue_date: '2024-12-01T00:00:00Z',
          usage_line_items: [
            { product_id: usage, inclusive_start_date: '2024-11-01T00:00:00Z', exclusive_end_date: '2024-12-01T00:00:00Z', quantity: 40 },
          ],
        },
      ],
    });
    const preview = await f.ok('POST', '/v1/contracts/createHistoricalInvoices', request(true));
    expect(preview.data.map((i: any) => [i.status, i.subtotal, i.total])).toEqual([['FINALIZED', 120, 70]]);
    expect((await f.invoices(customerId)).data.map((i) => i.start_timestamp)).toEqual(['2024-12-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z']);
    const created = await f.ok('POST', '/v1/contracts/createHistoricalInvoices', request(false));
    expect(lineRows(created.data[0])).toEqual([
      ['usage', 'API calls', 40, 120],
      ['applied_commit_or_credit', 'Commit', undefined, -50],
    ]);
    expect((await f.invoices(customerId)).data.map((i) => [i.start_timestamp, i.status])).toEqual([
      ['2024-11-01T00:00:00.000Z', 'FINALIZED'],
      ['2024-12-01T00:00:00.000Z', 'FINALIZED'],
      ['2025-01-01T00:00:00.000Z', 'DRAFT'],
    ]);
    expect(await api('POST', '/v1/contracts/createHistoricalInvoices', { body: request(false) })).toMatchObject({ status: 409 });
  });

  it('answers 400 when a line has neither quantity nor subtotals, and 404 for an unknown contract', async () => {
    const { customerId, contractId, usageProductId } = await f.standardWorld();
    const invoice = {
      customer_id: customerId,
      contract_id: contractId,
      credit_type_id: USD,
      inclusive_start_date: '2025-01-01T00:00:00Z',
      exclusive_end_date: '2025-02-01T00:00:00Z',
      issue_date: '2025-02-01T00:00:00Z',
      usage_line_items: [{ product_id: usageProductId, inclusive_start_date: '2025-01-01T00:00:00Z', exclusive_end_date: '2025-02-01T00:00:00Z' }],
    };
    expect(await api('POST', '/v1/contracts/createHistoricalInvoices', { body: { preview: true, invoices: [invoice] } })).toMatchObject({
      status: 400,
      body: { message: 'invoices[0].usage_line_items[0]: give either quantity or subtotals_with_quantity' },
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      await api('POST', '/v1/contracts/createHistoricalInvoices', { body: { preview: true, invoices: [{ ...invoice, contract_id: unknown }] } }),
    ).toMatchObject({ status: 404, body: { message: `Contract not found: ${unknown}` } });
  });
});

describe('professional services invoices', () => {
  it('schedules an invoice for pro service terms, a draft until it is issued', async () => {
    const customerId = await f.customer();
    const service = await f.product({ name: 'Implementation', type: 'PRO_SERVICE' });
    const contractId = await f.contract({
      customer_id: customerId,
      starting_at: '2025-01-01T00:00:00Z',
      professional_services: [{ product_id: service, max_amount: 100000, quantity: 10, unit_price: 5000, description: 'Onboarding hours' }],
    });
    const contract = (await f.ok('POST', '/v1/contracts/get', { customer_id: customerId, contract_id: contractId })).data;
    const serviceId = contract.current.professional_services[0].id;
    const response = await f.ok('POST', '/v1/contracts/scheduleProServicesInvoice', {
      customer_id: customerId,
      contract_id: contractId,
      issued_at: '2025-01-31T00:00:00Z',
      line_items: [{ professional_service_id: serviceId, quantity: 3 }, { professional_service_id: serviceId, amount: 250 }],
    });
    expect(response.data.map((i: any) => [i.type, i.status, i.total])).toEqual([['SCHEDULED', 'DRAFT', 15250]]);
    expect(lineRows(response.data[0])).toEqual([
      ['professional_service', 'Onboarding hours', 3, 15000],
      ['professional_service', 'Onboarding hours', 1, 250],
    ]);
    await f.setClock('2025-02-01T00:00:00Z');
    expect((await f.ok('GET', `/v1/customers/${customerId}/invoices/${response.data[0].id}`)).data.status).toBe('FINALIZED');
  });

  it('answers 400 when a line gives both an amount and a quantity, and 404 for an unknown term', async () => {
    const customerId = await f.customer();
    const service = await f.product({ name: 'Implementation', type: 'PRO_SERVICE' });
    const contractId = await f.contract({
      customer_id: customerId,
      starting_at: '2025-01-01T00:00:00Z',
      professional_services: [{ product_id: service, max_amount: 100000, quantity: 10, unit_price: 5000 }],
    });
    const serviceId = (await f.ok('POST', '/v1/contracts/get', { customer_id: customerId, contract_id: contractId })).data.current.professional_services[0].id;
    const body = (line: Record<string, unknown>) => ({ customer_id: customerId, contract_id: contractId, issued_at: '2025-01-31T00:00:00Z', line_items: [line] });
    expect(await api('POST', '/v1/contracts/scheduleProServicesInvoice', { body: body({ professional_service_id: serviceId, quantity: 1, amount: 5 }) })).toMatchObject({
      status: 400,
      body: { message: 'line_items[0]: give either amount, or quantity (with an optional unit_price), not both' },
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await api('POST', '/v1/contracts/scheduleProServicesInvoice', { body: body({ professional_service_id: unknown, quantity: 1 }) })).toMatchObject({
      status: 404,
      body: { message: `line_items[0].professional_service_id: professional service not found on contract ${contractId}: ${unknown}` },
    });
  });
});

describe('daily costs', () => {
  it('sums each day of usage by pricing unit with a breakdown per line item', async () => {
    const { customerId } = await f.standardWorld({ rate: { rate_type: 'FLAT', price: 2 } });
    await f.ingest([{ n: 3, at: '2025-01-02T10:00:00Z' }]);
    const response = await f.ok('GET', `/v1/customers/${customerId}/costs`, undefined, { starting_on: '2025-01-02T00:00:00Z', ending_before: '2025-01-04T00:00:00Z' });
    expect(response).toEqual({
      data: [
        {
          start_timestamp: '2025-01-02T00:00:00.000Z',
          end_timestamp: '2025-01-03T00:00:00.000Z',
          credit_types: { [USD]: { name: 'USD (cents)', cost: 6, line_item_breakdown: [{ name: 'API calls', cost: 6 }] } },
        },
        {
          start_timestamp: '2025-01-03T00:00:00.000Z',
          end_timestamp: '2025-01-04T00:00:00.000Z',
          credit_types: { [USD]: { name: 'USD (cents)', cost: 0, line_item_breakdown: [{ name: 'API calls', cost: 0 }] } },
        },
      ],
      next_page: null,
    });
  });
});

describe('error cases of the reporting endpoints', () => {
  it('answers 400 for a costs window that ends before it starts, and 404 for an unknown customer', async () => {
    const { customerId } = await f.standardWorld();
    expect(await api('GET', `/v1/customers/${customerId}/costs`, { query: { starting_on: '2025-01-03T00:00:00Z', ending_before: '2025-01-02T00:00:00Z' } })).toMatchObject({
      status: 400,
      body: { message: 'ending_before must be after starting_on' },
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await api('GET', `/v1/customers/${unknown}/costs`, { query: { starting_on: '2025-01-01T00:00:00Z', ending_before: '2025-01-02T00:00:00Z' } })).toMatchObject({ status: 404 });
    expect(await api('POST', `/v1/customers/${unknown}/previewEvents`, { body: { events: [{ event_type: 'api' }] } })).toMatchObject({
      status: 404,
      body: { message: `Customer not found: ${unknown}` },
    });
    expect(await api('GET', `/v1/customers/${unknown}/invoices/breakdowns`, { query: { starting_on: '2025-01-01T00:00:00Z', ending_before: '2025-01-02T00:00:00Z' } })).toMatchObject({ status: 404 });
  });
});

describe('performance', () => {
  it('lists the invoices of a customer with a month of hourly usage quickly', async () => {
    const { customerId } = await f.standardWorld({ rate: { rate_type: 'FLAT', price: 1 } });
    const hours = Array.from({ length: 31 * 24 }, (_, h) => ({ n: 1, at: new Date(Date.UTC(2025, 0, 1, h)).toISOString() }));
    for (let i = 0; i < hours.length; i += 100) await f.ingest(hours.slice(i, i + 100));
    await f.setClock('2025-01-31T12:00:00Z');
    const started = performance.now();
    const list = await f.invoices(customerId);
    const elapsed = performance.now() - started;
    expect(list.data[0].total).toBe(744);
    expect(elapsed).toBeLessThan(250);
  });
});

describe('plan invoices', () => {
  async function onPlan() {
    const customerId = await f.customer();
    const metricId = await f.metric();
    const plan = createPlan(server.local.db, {
      name: 'Usage plan',
      charges: [
        { name: 'Calls', charge_type: 'usage', product_id: '0e7b6a4c-2c1d-4a8e-9f3b-5d6c7e8f9a0b', product_name: 'Calls', prices: [{ tier: 0, value: 2 }, { tier: 100, value: 1 }], billable_metric_id: metricId },
        { name: 'Platform fee', charge_type: 'fixed', product_id: '1e7b6a4c-2c1d-4a8e-9f3b-5d6c7e8f9a0b', product_name: 'Platform', prices: [{ tier: 0, value: 500 }], quantity: 1 },
      ],
    });
    const customerPlan = await f.ok('POST', `/v1/customers/${customerId}/plans/add`, { plan_id: plan.id, starting_on: '2025-01-01T00:00:00Z' });
    return { customerId, plan, customerPlanId: customerPlan.data.id as string };
  }

  it('bills usage charges in graduated tiers and fixed charges each period', async () => {
    const { customerId, plan } = await onPlan();
    await f.ingest([{ n: 150, at: '2025-01-05T00:00:00Z' }]);
    const invoice = (await f.invoices(customerId)).data[0];
    expect(invoice).toMatchObject({ type: 'USAGE', status: 'DRAFT', plan_id: plan.id, plan_name: 'Usage plan', subtotal: 750, total: 750, invoice_adjustments: [] });
    expect(lineRows(invoice)).toEqual([
      ['usage', 'Calls', 150, 250],
      ['fixed', 'Platform fee', 1, 500],
    ]);
  });

  it('draws credit grants by priority and shows them as invoice adjustments', async () => {
    const { customerId } = await onPlan();
    const grant = async (name: string, priority: number, amount: number) =>
      (
        await f.ok('POST', '/v1/credits/createGrant', {
          customer_id: customerId,
          name,
          grant_amount: { amount, credit_type_id: USD },
          paid_amount: { amount: 0, credit_type_id: USD },
          priority,
          effective_at: '2025-01-01T00:00:00Z',
          expires_at: '2026-01-01T00:00:00Z',
        })
      ).data.id as string;
    const later = await grant('Later', 2, 1000);
    const first = await grant('First', 1, 300);
    const invoice = (await f.invoices(customerId)).data[0];
    expect(invoice.invoice_adjustments.map((a: any) => [a.name, a.credit_grant_id, a.total])).toEqual([
      ['First', first, -300],
      ['Later', later, -200],
    ]);
    expect([invoice.subtotal, invoice.total]).toEqual([500, 0]);
    await f.setClock('2025-02-01T00:00:00Z');
    const [january] = (await f.invoices(customerId)).data;
    expect([january.status, january.total]).toEqual(['FINALIZED', 0]);
    const grants = await f.ok('POST', '/v1/credits/listGrants', { customer_ids: [customerId] });
    expect(grants.data.map((g: any) => [g.name, g.balance.excluding_pending])).toEqual([
      ['Later', 800],
      ['First', 0],
    ]);
  });

  it('posts a finalized plan invoice\'s grant deduction to the ledger without the invoices being read first', async () => {
    const { customerId } = await onPlan();
    await f.ok('POST', '/v1/credits/createGrant', {
      customer_id: customerId,
      name: 'Starter credit',
      grant_amount: { amount: 2000, credit_type_id: USD },
      paid_amount: { amount: 0, credit_type_id: USD },
      priority: 1,
      effective_at: '2025-01-01T00:00:00Z',
      expires_at: '2026-01-01T00:00:00Z',
    });
    await f.setClock('2025-02-10T00:00:00Z');
    const entries = await f.ok('POST', '/v1/credits/listEntries', { customer_ids: [customerId] });
    const ledger = entries.data[0].ledgers[0];
    expect([ledger.ending_balance.excluding_pending, ledger.ending_balance.including_pending]).toEqual([1500, 1000]);
  });

  it('reports the daily cost of plan usage charges', async () => {
    const { customerId } = await onPlan();
    await f.ingest([{ n: 120, at: '2025-01-03T10:00:00Z' }]);
    const response = await f.ok('GET', `/v1/customers/${customerId}/costs`, undefined, { starting_on: '2025-01-03T00:00:00Z', ending_before: '2025-01-04T00:00:00Z' });
    expect(response.data).toEqual([
      {
        start_timestamp: '2025-01-03T00:00:00.000Z',
        end_timestamp: '2025-01-04T00:00:00.000Z',
        credit_types: { [USD]: { name: 'USD (cents)', cost: 220, line_item_breakdown: [{ name: 'Calls', cost: 220 }] } },
      },
    ]);
  });

  it('adds a one-time charge to the plan invoice of the period it names', async () => {
    const { customerId, customerPlanId } = await onPlan();
    const other = createPlan(server.local.db, {
      name: 'Add-ons',
      charges: [{ name: 'Setup', charge_type: 'fixed', product_id: '2e7b6a4c-2c1d-4a8e-9f3b-5d6c7e8f9a0b', product_name: 'Setup', prices: [{ tier: 0, value: 100 }] }],
    });
    const body = { charge_id: other.charges[0]!.id, price: 2500, quantity: 2, description: 'Onboarding', customer_plan_id: customerPlanId, invoice_start_timestamp: '2025-01-01T00:00:00Z' };
    expect(await f.ok('POST', `/v1/customers/${customerId}/addCharge`, body)).toEqual({});
    const invoice = (await f.invoices(customerId)).data[0];
    expect(lineRows(invoice)).toEqual([
      ['usage', 'Calls', 0, 0],
      ['fixed', 'Platform fee', 1, 500],
      ['fixed', 'Onboarding', 2, 5000],
    ]);
    expect(await api('POST', `/v1/customers/${customerId}/addCharge`, { body: { ...body, invoice_start_timestamp: '2025-01-15T00:00:00Z' } })).toMatchObject({
      status: 400,
      body: { message: `invoice_start_timestamp 2025-01-15T00:00:00Z is not the start of a billing period of customer plan ${customerPlanId}` },
    });
    expect(await api('POST', `/v1/customers/${customerId}/addCharge`, { body: { ...body, customer_plan_id: '00000000-0000-4000-8000-000000000000' } })).toMatchObject({ status: 404 });
  });
});
