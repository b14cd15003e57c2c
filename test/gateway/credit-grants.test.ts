import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan } from '../../src/local-metronome/store/plans.js';
import {
  CreateCreditGrantDocument,
  CreditLedgerEntriesDocument,
  CustomerCreditGrantDeductionsDocument,
  CustomersCreditLedgersAliasedDocument,
  CustomersCreditLedgersDocument,
  EditCreditGrantDocument,
  VoidCreditGrantDocument,
} from './__generated__/graphql.js';
import { create, USD_CENTS } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

const JANUARY = '2025-01-01T00:00:00.000Z';
const FEBRUARY = '2025-02-01T00:00:00.000Z';
const MARCH = '2025-03-01T00:00:00.000Z';
const NEXT_YEAR = '2026-01-01T00:00:00.000Z';

const setClock = (now: string) => server.api('POST', '/_local/clock', { body: { now, frozen: true } });

async function grant(customerId: string, name: string, amount: number, extra: object = {}): Promise<string> {
  return create(server.api, '/v1/credits/createGrant', {
    customer_id: customerId,
    name,
    grant_amount: { amount, credit_type_id: USD_CENTS },
    paid_amount: { amount: 0, credit_type_id: USD_CENTS },
    effective_at: JANUARY,
    expires_at: NEXT_YEAR,
    priority: 1,
    ...extra,
  });
}

interface PlanCustomer {
  customerId: string;
  grantId: string;
  januaryInvoiceId: string;
  februaryInvoiceId: string;
}

/**
 * A customer on a plan with a 500-cent monthly platform fee since January and a 2,000-cent grant, seen on
 * February 10th: January's finalized invoice took 500 from the grant, February's draft will take 500 more.
 */
async function planCustomer(name: string): Promise<PlanCustomer> {
  await setClock('2025-01-10T00:00:00.000Z');
  const customerId = await create(server.api, '/v1/customers', { name });
  const plan = createPlan(server.local.db, {
    name: `${name} plan`,
    charges: [
      {
        name: 'Platform fee',
        charge_type: 'fixed',
        product_id: '1e7b6a4c-2c1d-4a8e-9f3b-5d6c7e8f9a0b',
        product_name: 'Platform',
        prices: [{ tier: 0, value: 500 }],
        quantity: 1,
      },
    ],
  });
  await create(server.api, `/v1/customers/${customerId}/plans/add`, { plan_id: plan.id, starting_on: JANUARY });
  const grantId = await grant(customerId, 'Welcome', 2_000);
  await setClock('2025-02-10T00:00:00.000Z');
  // The Local Metronome draws plan invoices from credit grants only once the invoices are read (see the report).
  const invoices = (await server.api('GET', `/v1/customers/${customerId}/invoices`)).body.data as { id: string; start_timestamp: string }[];
  const invoiceStarting = (start: string) => invoices.find((invoice) => invoice.start_timestamp === start)!.id;
  return { customerId, grantId, januaryInvoiceId: invoiceStarting(JANUARY), februaryInvoiceId: invoiceStarting(FEBRUARY) };
}

beforeEach(async () => {
  await server.local.reset();
});

describe('credit ledgers', () => {
  it('answers the ledger of every customer on a page from one POST /v1/credits/listEntries', async () => {
    const alpha = await planCustomer('Alpha');
    const beta = await create(server.api, '/v1/customers', { name: 'Beta' });
    await grant(beta, 'Goodwill', 300);
    await create(server.api, '/v1/customers', { name: 'Gamma' });
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CustomersCreditLedgersDocument, {});
    expect(body.errors).toBeUndefined();
    const entry = (amount: number, reason: string, runningBalance: number, effectiveAt: string, grantName: string, invoiceId: string | null) => ({
      amount,
      reason,
      runningBalance,
      effectiveAt,
      createdBy: reason === 'Credit grant' ? 'Local API token' : 'Metronome System',
      creditGrant: { name: grantName },
      invoice: invoiceId ? { metronomeId: invoiceId } : null,
    });
    expect(body.data!.customers.nodes).toEqual([
      {
        name: 'Alpha',
        creditLedger: [
          {
            creditType: { name: 'USD (cents)' },
            startingBalance: { effectiveAt: JANUARY, excludingPending: 0, includingPending: 0 },
            endingBalance: { effectiveAt: MARCH, excludingPending: 1_500, includingPending: 1_000 },
            entries: [
              entry(2_000, 'Credit grant', 2_000, JANUARY, 'Welcome', null),
              entry(-500, 'Automated invoice deduction', 1_500, JANUARY, 'Welcome', alpha.januaryInvoiceId),
            ],
            pendingEntries: [entry(-500, 'Automated invoice deduction', 1_000, FEBRUARY, 'Welcome', alpha.februaryInvoiceId)],
          },
        ],
      },
      {
        name: 'Beta',
        creditLedger: [
          {
            creditType: { name: 'USD (cents)' },
            startingBalance: { effectiveAt: JANUARY, excludingPending: 0, includingPending: 0 },
            endingBalance: { effectiveAt: MARCH, excludingPending: 300, includingPending: 300 },
            entries: [entry(300, 'Credit grant', 300, JANUARY, 'Goodwill', null)],
            pendingEntries: [],
          },
        ],
      },
      { name: 'Gamma', creditLedger: [] },
    ]);
    expect(await harness.upstreamCounts()).toEqual({
      'GET /v1/customers': 1,
      'POST /v1/credits/listEntries': 1,
      // the two grants, by id, in one call
      'POST /v1/credits/listGrants': 1,
      'GET /v1/credit-types/list': 1,
      'GET /v1/customers/{customer_id}/invoices/{invoice_id}': 2,
    });
  });

  it('shares one call among fields asking with the same arguments, and makes one per other set', async () => {
    await planCustomer('Alpha');
    await planCustomer('Beta');
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CustomersCreditLedgersAliasedDocument, {});
    expect(body.errors).toBeUndefined();
    const ledgers = (order: number[]) => [{ entries: order.map((amount) => ({ amount })) }];
    expect(body.data!.customers.nodes).toEqual(
      ['Alpha', 'Beta'].map((name) => ({ name, ascending: ledgers([2_000, -500]), sameAgain: ledgers([2_000, -500]), descending: ledgers([-500, 2_000]) })),
    );
    const requests = (await server.api('GET', '/_local/requests')).body.requests
      .filter((r: { operation: string }) => r.operation === 'POST /v1/credits/listEntries')
      .map((r: { url: string; body: { customer_ids: string[] } }) => [new URL(r.url, 'http://local').searchParams.get('sort'), r.body.customer_ids.length]);
    expect(requests.sort()).toEqual([
      ['asc', 2],
      ['desc', 2],
    ]);
  });

  it('answers the ledgers of the customers asked for, in their order, with the window and order asked for', async () => {
    const alpha = await planCustomer('Alpha');
    const beta = await create(server.api, '/v1/customers', { name: 'Beta' });
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CreditLedgerEntriesDocument, {
      customerIds: [beta, alpha.customerId],
      startingOn: '2025-01-15T00:00:00.000Z',
      endingBefore: '2025-02-10T00:00:00.000Z',
      sort: 'DESC',
      creditTypeIds: [USD_CENTS],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.creditLedgerEntries).toEqual([
      { customer: { name: 'Beta' }, ledgers: [] },
      {
        customer: { name: 'Alpha' },
        ledgers: [
          {
            startingBalance: { effectiveAt: '2025-01-15T00:00:00.000Z', excludingPending: 1_500 },
            endingBalance: { effectiveAt: '2025-02-10T00:00:00.000Z', excludingPending: 1_500 },
            entries: [],
            pendingEntries: [{ amount: -500, reason: 'Automated invoice deduction' }],
          },
        ],
      },
    ]);
    const [request] = (await server.api('GET', '/_local/requests')).body.requests.filter(
      (r: { operation: string }) => r.operation === 'POST /v1/credits/listEntries',
    );
    expect([new URL(request.url, 'http://local').search, request.body]).toEqual([
      '?sort=desc',
      {
        customer_ids: [beta, alpha.customerId],
        credit_type_ids: [USD_CENTS],
        starting_on: '2025-01-15T00:00:00.000Z',
        ending_before: '2025-02-10T00:00:00.000Z',
      },
    ]);
  });

  it('answers every customer with ledgers when no customers are named', async () => {
    await planCustomer('Alpha');
    await create(server.api, '/v1/customers', { name: 'Beta' });
    const { body } = await harness.execute(CreditLedgerEntriesDocument, {});
    expect(body.errors).toBeUndefined();
    expect(body.data!.creditLedgerEntries.map((c) => [c.customer?.name, c.ledgers.map((l) => l.entries.length)])).toEqual([['Alpha', [2]]]);
  });

  it('answers BAD_USER_INPUT for a window ending in the future', async () => {
    const alpha = await planCustomer('Alpha');
    const { body } = await harness.execute(CreditLedgerEntriesDocument, { customerIds: [alpha.customerId], endingBefore: NEXT_YEAR });
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', 'ending_before must not be in the future']]);
  });

  it('answers NOT_FOUND for a customer that does not exist', async () => {
    const { body } = await harness.execute(CreditLedgerEntriesDocument, { customerIds: ['7a1c2a9e-0000-4000-8000-000000000000'] });
    expect(body.data).toBeNull();
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});

describe('CreditGrant', () => {
  it('answers a grant’s posted and pending deductions as typed ledger entries', async () => {
    const alpha = await planCustomer('Alpha');
    const { body } = await harness.execute(CustomerCreditGrantDeductionsDocument, { customerId: alpha.customerId });
    expect(body.errors).toBeUndefined();
    const deduction = (runningBalance: number, effectiveAt: string, invoiceId: string) => ({
      amount: -500,
      reason: 'Automated invoice deduction',
      runningBalance,
      effectiveAt,
      createdBy: 'Metronome System',
      creditGrant: { name: 'Welcome' },
      invoice: { metronomeId: invoiceId },
    });
    expect(body.data!.customer!.creditGrants).toEqual([
      {
        name: 'Welcome',
        balanceExcludingPending: 1_500,
        balanceIncludingPending: 1_000,
        deductions: [deduction(1_500, JANUARY, alpha.januaryInvoiceId)],
        pendingDeductions: [deduction(1_000, FEBRUARY, alpha.februaryInvoiceId)],
      },
    ]);
  });
});

describe('credit grant mutations', () => {
  const input = (customerId: string, extra: object = {}) => ({
    customerId,
    name: 'Prepaid credits',
    grantAmount: { amount: 10_000, creditTypeId: USD_CENTS },
    paidAmount: { amount: 8_000, creditTypeId: USD_CENTS },
    priority: 0.5,
    effectiveAt: JANUARY,
    expiresAt: NEXT_YEAR,
    reason: 'Annual prepayment',
    creditGrantType: 'prepaid',
    uniquenessKey: 'prepaid-2025',
    ...extra,
  });

  beforeEach(async () => {
    await setClock('2025-02-10T00:00:00.000Z');
  });

  it('creates a grant and answers it as Metronome stored it', async () => {
    const customerId = await create(server.api, '/v1/customers', { name: 'Acme' });
    const { body } = await harness.execute(CreateCreditGrantDocument, { input: input(customerId) });
    expect(body.errors).toBeUndefined();
    const [stored] = (await server.api('POST', '/v1/credits/listGrants', { body: { customer_ids: [customerId] } })).body.data;
    expect(body.data!.createCreditGrant).toEqual({
      metronomeId: stored.id,
      name: 'Prepaid credits',
      customer: { name: 'Acme' },
      grantAmount: { amount: 10_000, creditType: { name: 'USD (cents)' } },
      paidAmount: { amount: 8_000, creditType: { name: 'USD (cents)' } },
      priority: 0.5,
      effectiveAt: JANUARY,
      expiresAt: NEXT_YEAR,
      reason: 'Annual prepayment',
      creditGrantType: 'prepaid',
      uniquenessKey: 'prepaid-2025',
      customFields: {},
      products: [],
      balanceIncludingPending: 10_000,
    });
  });

  it('creates once when the same idempotency key is sent twice', async () => {
    const customerId = await create(server.api, '/v1/customers', { name: 'Acme' });
    const variables = { input: input(customerId), idempotencyKey: 'grant-once' };
    const first = await harness.execute(CreateCreditGrantDocument, variables);
    const second = await harness.execute(CreateCreditGrantDocument, variables);
    expect(second.body.data!.createCreditGrant.metronomeId).toBe(first.body.data!.createCreditGrant.metronomeId);
    expect((await server.api('POST', '/v1/credits/listGrants', { body: { customer_ids: [customerId] } })).body.data).toHaveLength(1);
  });

  it('answers CONFLICT for a uniqueness key already used', async () => {
    const customerId = await create(server.api, '/v1/customers', { name: 'Acme' });
    const first = await harness.execute(CreateCreditGrantDocument, { input: input(customerId) });
    const { body } = await harness.execute(CreateCreditGrantDocument, { input: input(customerId) });
    expect(body.data).toBeNull();
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['CONFLICT', `A credit grant with uniqueness_key "prepaid-2025" already exists: ${first.body.data!.createCreditGrant.metronomeId}`],
    ]);
  });

  it('answers BAD_USER_INPUT for a grant expiring before it starts', async () => {
    const customerId = await create(server.api, '/v1/customers', { name: 'Acme' });
    const { body } = await harness.execute(CreateCreditGrantDocument, { input: input(customerId, { expiresAt: '2024-06-01T00:00:00.000Z' }) });
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', 'expires_at must be after effective_at']]);
  });

  it('edits a grant’s name, expiry and type and answers them', async () => {
    const customerId = await create(server.api, '/v1/customers', { name: 'Acme' });
    const grantId = await grant(customerId, 'Welcome', 1_000);
    const { body } = await harness.execute(EditCreditGrantDocument, {
      id: grantId,
      name: 'Welcome (extended)',
      expiresAt: '2026-07-01T00:00:00.000Z',
      creditGrantType: 'promotional',
    });
    expect(body).toEqual({
      data: {
        editCreditGrant: {
          metronomeId: grantId,
          name: 'Welcome (extended)',
          expiresAt: '2026-07-01T00:00:00.000Z',
          creditGrantType: 'promotional',
        },
      },
    });
  });

  it('voids a grant and answers its customer without it', async () => {
    const customerId = await create(server.api, '/v1/customers', { name: 'Acme' });
    const voided = await grant(customerId, 'Mistake', 1_000);
    await grant(customerId, 'Welcome', 500);
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(VoidCreditGrantDocument, { id: voided });
    expect(body).toEqual({ data: { voidCreditGrant: { name: 'Acme', creditGrants: [{ name: 'Welcome' }] } } });
    expect(await harness.upstreamCounts()).toEqual({
      // the grant, to know its customer; then the customer's grants
      'POST /v1/credits/listGrants': 2,
      'POST /v1/credits/voidGrant': 1,
      'GET /v1/customers': 1,
    });
  });

  it('releases the uniqueness key of a voided grant when asked, so it can be used again', async () => {
    const customerId = await create(server.api, '/v1/customers', { name: 'Acme' });
    const first = await harness.execute(CreateCreditGrantDocument, { input: input(customerId) });
    await harness.execute(VoidCreditGrantDocument, { id: first.body.data!.createCreditGrant.metronomeId, releaseUniquenessKey: true });
    const { body } = await harness.execute(CreateCreditGrantDocument, { input: input(customerId) });
    expect(body.errors).toBeUndefined();
    expect(body.data!.createCreditGrant.uniquenessKey).toBe('prepaid-2025');
  });

  it('answers NOT_FOUND for voiding a grant that does not exist', async () => {
    const { body } = await harness.execute(VoidCreditGrantDocument, { id: '7a1c2a9e-0000-4000-8000-000000000000' });
    expect(body.data).toEqual({ voidCreditGrant: null });
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['NOT_FOUND', 'Credit grant not found: 7a1c2a9e-0000-4000-8000-000000000000'],
    ]);
  });
});
