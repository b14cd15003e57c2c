import { beforeEach, describe, expect, it } from 'vitest';
import { PLAN_CATALOGUE_IDS, seedPlanCatalogue } from '../../src/local-metronome/seed/plan-catalogue.js';
import {
  AddCustomerPlanDocument,
  CustomersPlansDocument,
  EndCustomerPlanDocument,
  PlanCustomersDocument,
  PlanDetailsDocument,
  PlansDocument,
  PlansWithMinimumsDocument,
} from './__generated__/graphql.js';
import { create, USD_CENTS } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

const NOW = '2025-03-15T00:00:00.000Z';
const { plans: PLANS, charges: CHARGES, products: PRODUCTS } = PLAN_CATALOGUE_IDS;
const globalId = (type: string, ...parts: string[]) => Buffer.from(`${type}:${parts.join(':')}`).toString('base64');

async function onPlan(customerId: string, planId: string, body: object = {}): Promise<string> {
  return create(server.api, `/v1/customers/${customerId}/plans/add`, { plan_id: planId, starting_on: '2025-03-01T00:00:00.000Z', ...body });
}

beforeEach(async () => {
  await server.local.reset();
  await server.api('POST', '/_local/clock', { body: { now: NOW, frozen: true } });
  // Metronome has no endpoint that creates plans: the catalogue goes into the Local Metronome's store.
  seedPlanCatalogue(server.local.db, new Date(NOW));
});

describe('plans', () => {
  it('lists plans page by page', async () => {
    const first = await harness.execute(PlansDocument, { first: 2 });
    expect(first.body.data!.plans).toEqual({
      nodes: [
        { id: globalId('Plan', PLANS.standard), metronomeId: PLANS.standard, name: 'Standard', description: 'Standard self-serve plan', customFields: { tier: 'self-serve' } },
        {
          id: globalId('Plan', PLANS.growth),
          metronomeId: PLANS.growth,
          name: 'Growth',
          description: 'For teams past the free tier: lower usage rates, a monthly minimum and included usage credits',
          customFields: { tier: 'growth' },
        },
      ],
      pageInfo: { hasNextPage: true, endCursor: expect.any(String) },
    });
    const second = await harness.execute(PlansDocument, { first: 2, after: first.body.data!.plans.pageInfo.endCursor });
    expect(second.body.data!.plans.nodes.map((p) => p.name)).toEqual(['Enterprise (ramped)']);
    expect(second.body.data!.plans.pageInfo.hasNextPage).toBe(false);
  });

  it('reads the details of listed plans once per plan', async () => {
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(PlansWithMinimumsDocument, {});
    expect(body.data!.plans.nodes).toEqual([
      { name: 'Standard', minimums: [] },
      { name: 'Growth', minimums: [{ name: 'Monthly minimum', value: 50_000 }] },
      {
        name: 'Enterprise (ramped)',
        minimums: [
          { name: 'Invoice minimum', value: 300_000 },
          { name: 'Invoice minimum', value: 400_000 },
        ],
      },
    ]);
    expect(await harness.upstreamCounts()).toEqual({ 'GET /v1/plans': 1, 'GET /v1/planDetails/{plan_id}': 3 });
  });

  it('answers a plan’s minimums, overage rates and credit grants in their pricing units', async () => {
    const { body } = await harness.execute(PlanDetailsDocument, { planId: PLANS.enterprise, chargesFirst: 2 });
    expect(body.errors).toBeUndefined();
    const usd = { name: 'USD (cents)' };
    const cloudUnits = { name: 'cloud consumption units' };
    expect(body.data!.plan).toMatchObject({
      name: 'Enterprise (ramped)',
      minimums: [
        { name: 'Invoice minimum', value: 300_000, startPeriod: 0, creditType: usd },
        { name: 'Invoice minimum', value: 400_000, startPeriod: 6, creditType: usd },
      ],
      overageRates: [{ toFiatConversionFactor: 1.25, startPeriod: 0, creditType: cloudUnits, fiatCreditType: usd }],
      creditGrants: [
        {
          name: 'Onboarding compute credits',
          amountGranted: 20_000,
          amountGrantedCreditType: cloudUnits,
          amountPaid: 0,
          amountPaidCreditType: usd,
          effectiveDuration: 3,
          priority: '0.5',
          sendInvoice: false,
          reason: 'Onboarding allowance',
          recurrenceDuration: null,
          recurrenceInterval: null,
        },
      ],
    });
    expect(body.data!.plan!.charges.nodes.map((c) => [c.name, c.startPeriod])).toEqual([
      ['API requests (per 1,000)', 0],
      ['API requests (per 1,000)', 6],
    ]);
    expect(body.data!.plan!.charges.pageInfo.hasNextPage).toBe(true);
  });

  it('answers a plan’s charges with their tiers, conversions and quantities', async () => {
    const { body } = await harness.execute(PlanDetailsDocument, { planId: PLANS.standard });
    const charge = { quantity: null, startPeriod: 0, creditType: { name: 'USD (cents)' }, customFields: {} };
    const price = (tier: number, value: number, quantity: number | null = null) => ({
      tier,
      value,
      quantity,
      collectionSchedule: null,
      collectionInterval: null,
    });
    expect(body.data!.plan!.charges).toEqual({
      nodes: [
        {
          ...charge,
          metronomeId: CHARGES.standardRequests,
          name: 'API requests (per 1,000)',
          chargeType: 'USAGE',
          productId: PRODUCTS.api,
          productName: 'API',
          tierResetFrequency: 1,
          unitConversion: { divisionFactor: 1000, roundingBehavior: 'ceiling' },
          prices: [price(0, 20), price(1000, 15)],
        },
        {
          ...charge,
          metronomeId: CHARGES.standardStorage,
          name: 'Storage (GB-month)',
          chargeType: 'USAGE',
          productId: PRODUCTS.storage,
          productName: 'Storage',
          tierResetFrequency: 1,
          unitConversion: null,
          prices: [price(0, 25)],
        },
        {
          ...charge,
          metronomeId: CHARGES.standardPlatformFee,
          name: 'Platform fee',
          chargeType: 'FIXED',
          productId: PRODUCTS.platform,
          productName: 'Platform',
          quantity: 1,
          tierResetFrequency: null,
          unitConversion: null,
          prices: [price(0, 2900, 1)],
        },
      ],
      pageInfo: { hasNextPage: false },
    });
  });

  it('answers null and NOT_FOUND for a plan that does not exist', async () => {
    const { body } = await harness.execute(PlanDetailsDocument, { planId: '7a1c2a9e-0000-4000-8000-000000000000' });
    expect(body.data).toEqual({ plan: null });
    expect(body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['plan'], 'NOT_FOUND']]);
  });
});

describe('Plan.customers', () => {
  async function customersOnStandard() {
    const acme = await create(server.api, '/v1/customers', { name: 'Acme' });
    const beta = await create(server.api, '/v1/customers', { name: 'Beta' });
    const gamma = await create(server.api, '/v1/customers', { name: 'Gamma' });
    const plans = {
      acme: await onPlan(acme, PLANS.standard),
      beta: await onPlan(beta, PLANS.standard, { starting_on: '2025-01-01T00:00:00.000Z', ending_before: '2025-02-01T00:00:00.000Z' }),
      gamma: await onPlan(gamma, PLANS.standard, { starting_on: '2025-04-01T00:00:00.000Z' }),
    };
    return plans;
  }

  it('lists the plan’s current customers by default, with their customer plans, reading each customer’s plans once', async () => {
    const plans = await customersOnStandard();
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(PlanCustomersDocument, { planId: PLANS.standard });
    expect(body).toEqual({
      data: {
        plan: {
          customers: {
            nodes: [
              {
                customer: { name: 'Acme' },
                customerPlanId: plans.acme,
                startingOn: '2025-03-01T00:00:00.000Z',
                endingBefore: null,
                customerPlan: { planName: 'Standard', customer: { name: 'Acme' } },
              },
            ],
          },
        },
      },
    });
    // The customers come with the list: no GET /v1/customers.
    expect(await harness.upstreamCounts()).toEqual({
      'GET /v1/planDetails/{plan_id}': 1,
      'GET /v1/planDetails/{plan_id}/customers': 1,
      'GET /v1/customers/{customer_id}/plans': 1,
    });
  });

  it('ORs statuses together', async () => {
    await customersOnStandard();
    const names = async (statuses: ('ALL' | 'ACTIVE' | 'ENDED' | 'UPCOMING')[]) => {
      const { body } = await harness.execute(PlanCustomersDocument, { planId: PLANS.standard, statuses });
      expect(body.errors).toBeUndefined();
      return body.data!.plan!.customers.nodes.map((n) => n.customer.name);
    };
    expect(await names(['ENDED'])).toEqual(['Beta']);
    expect(await names(['ACTIVE', 'UPCOMING'])).toEqual(['Acme', 'Gamma']);
    expect(await names(['ALL'])).toEqual(['Acme', 'Beta', 'Gamma']);
  });

  it('answers BAD_USER_INPUT for ended and upcoming together, which Metronome does not support', async () => {
    const { body } = await harness.execute(PlanCustomersDocument, { planId: PLANS.standard, statuses: ['ENDED', 'UPCOMING'] });
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'status: the ended,upcoming combination is not supported'],
    ]);
  });
});

describe('Customer.plans', () => {
  it('answers every customer’s plans with trials, adjustments and plan details, one plan list per customer', async () => {
    const acme = await create(server.api, '/v1/customers', { name: 'Acme' });
    const beta = await create(server.api, '/v1/customers', { name: 'Beta' });
    await create(server.api, '/v1/customers', { name: 'Gamma' });
    const acmePlan = await onPlan(acme, PLANS.standard, {
      net_payment_terms_days: 30,
      trial_spec: { length_in_days: 14, spending_cap: { credit_type_id: USD_CENTS, amount: 5_000 } },
      price_adjustments: [
        { charge_id: CHARGES.standardRequests, adjustment_type: 'percentage', start_period: 0, value: -0.1 },
        { charge_id: CHARGES.standardPlatformFee, adjustment_type: 'quantity', start_period: 1, quantity: 2 },
      ],
    });
    const betaPlan = await onPlan(beta, PLANS.growth, { ending_before: '2026-03-01T00:00:00.000Z' });
    await harness.resetUpstreamCounts();
    const { body } = await harness.execute(CustomersPlansDocument, {});
    expect(body.errors).toBeUndefined();
    expect(body.data!.customers.nodes).toEqual([
      {
        name: 'Acme',
        plans: {
          nodes: [
            {
              id: globalId('CustomerPlan', acme, acmePlan),
              metronomeId: acmePlan,
              planName: 'Standard',
              planDescription: 'Standard self-serve plan',
              startingOn: '2025-03-01T00:00:00.000Z',
              endingBefore: null,
              netPaymentTermsDays: 30,
              trialInfo: { endingBefore: '2025-03-15T00:00:00.000Z', spendingCaps: [{ amount: 5_000, amountRemaining: 5_000, creditType: { name: 'USD (cents)' } }] },
              customFields: {},
              plan: { name: 'Standard', minimums: [] },
              priceAdjustments: {
                nodes: [
                  {
                    chargeId: CHARGES.standardRequests,
                    chargeType: 'USAGE',
                    startPeriod: 0,
                    quantity: null,
                    prices: [{ adjustmentType: 'PERCENTAGE', value: -0.1, quantity: null, tier: null }],
                  },
                  {
                    chargeId: CHARGES.standardPlatformFee,
                    chargeType: 'FIXED',
                    startPeriod: 1,
                    quantity: 2,
                    prices: [{ adjustmentType: 'QUANTITY', value: null, quantity: 2, tier: null }],
                  },
                ],
              },
            },
          ],
        },
      },
      {
        name: 'Beta',
        plans: {
          nodes: [
            {
              id: globalId('CustomerPlan', beta, betaPlan),
              metronomeId: betaPlan,
              planName: 'Growth',
              planDescription: 'For teams past the free tier: lower usage rates, a monthly minimum and included usage credits',
              startingOn: '2025-03-01T00:00:00.000Z',
              endingBefore: '2026-03-01T00:00:00.000Z',
              netPaymentTermsDays: null,
              trialInfo: null,
              customFields: {},
              plan: { name: 'Growth', minimums: [{ value: 50_000 }] },
              priceAdjustments: { nodes: [] },
            },
          ],
        },
      },
      { name: 'Gamma', plans: { nodes: [] } },
    ]);
    expect(await harness.upstreamCounts()).toEqual({
      'GET /v1/customers': 1,
      'GET /v1/customers/{customer_id}/plans': 3,
      'GET /v1/customers/{customer_id}/plans/{customer_plan_id}/priceAdjustments': 2,
      'GET /v1/planDetails/{plan_id}': 2,
      'GET /v1/credit-types/list': 1,
    });
  });

  it('round-trips plans and customer plans through node(id:)', async () => {
    const acme = await create(server.api, '/v1/customers', { name: 'Acme' });
    const acmePlan = await onPlan(acme, PLANS.growth);
    const query = `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Plan { name } ... on CustomerPlan { planName } } }`;
    const ids = [globalId('Plan', PLANS.growth), globalId('CustomerPlan', acme, acmePlan)];
    const { body } = await harness.graphql(query, { ids });
    expect(body).toEqual({
      data: {
        nodes: [
          { __typename: 'Plan', id: ids[0], name: 'Growth' },
          { __typename: 'CustomerPlan', id: ids[1], planName: 'Growth' },
        ],
      },
    });
  });
});

describe('customer plan mutations', () => {
  it('puts a customer on a plan and answers the customer plan as stored', async () => {
    const acme = await create(server.api, '/v1/customers', { name: 'Acme' });
    const { body } = await harness.execute(AddCustomerPlanDocument, {
      customerId: acme,
      input: {
        planId: PLANS.standard,
        startingOn: '2025-04-01T00:00:00.000Z',
        endingBefore: '2026-04-01T00:00:00.000Z',
        netPaymentTermsDays: 15,
        trialSpec: { lengthInDays: 7, spendingCap: { creditTypeId: USD_CENTS, amount: 1_000 } },
        priceAdjustments: [{ chargeId: CHARGES.standardStorage, adjustmentType: 'OVERRIDE', startPeriod: 0, value: 18, tier: 0 }],
      },
    });
    expect(body.errors).toBeUndefined();
    const [stored] = (await server.api('GET', `/v1/customers/${acme}/plans`)).body.data;
    expect(body.data!.addCustomerPlan).toEqual({
      metronomeId: stored.id,
      planName: 'Standard',
      startingOn: '2025-04-01T00:00:00.000Z',
      endingBefore: '2026-04-01T00:00:00.000Z',
      netPaymentTermsDays: 15,
      trialInfo: { endingBefore: '2025-04-08T00:00:00.000Z', spendingCaps: [{ amount: 1_000, amountRemaining: 1_000 }] },
      customer: { name: 'Acme' },
      plan: { name: 'Standard' },
      priceAdjustments: {
        nodes: [
          {
            chargeId: CHARGES.standardStorage,
            chargeType: 'USAGE',
            startPeriod: 0,
            quantity: null,
            prices: [{ adjustmentType: 'OVERRIDE', value: 18, quantity: null, tier: 0 }],
          },
        ],
      },
    });
  });

  it('answers BAD_USER_INPUT for a plan that would overlap the customer’s current one', async () => {
    const acme = await create(server.api, '/v1/customers', { name: 'Acme' });
    const current = await onPlan(acme, PLANS.standard);
    const { body } = await harness.execute(AddCustomerPlanDocument, {
      customerId: acme,
      input: { planId: PLANS.growth, startingOn: '2025-04-01T00:00:00.000Z' },
    });
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      [
        'BAD_USER_INPUT',
        `Customer ${acme} is already on plan ${PLANS.standard} (customer plan ${current}) from 2025-03-01T00:00:00.000Z, which overlaps the requested dates`,
      ],
    ]);
  });

  it('ends a customer plan and answers its new end', async () => {
    const acme = await create(server.api, '/v1/customers', { name: 'Acme' });
    const customerPlanId = await onPlan(acme, PLANS.standard);
    const { body } = await harness.execute(EndCustomerPlanDocument, { customerId: acme, customerPlanId, endingBefore: '2025-05-01T00:00:00.000Z' });
    expect(body).toEqual({
      data: { endCustomerPlan: { metronomeId: customerPlanId, startingOn: '2025-03-01T00:00:00.000Z', endingBefore: '2025-05-01T00:00:00.000Z' } },
    });
  });

  it('answers NOT_FOUND for ending a customer plan that does not exist', async () => {
    const acme = await create(server.api, '/v1/customers', { name: 'Acme' });
    const { body } = await harness.execute(EndCustomerPlanDocument, {
      customerId: acme,
      customerPlanId: '7a1c2a9e-0000-4000-8000-000000000000',
      endingBefore: '2025-05-01T00:00:00.000Z',
    });
    expect(body.data).toBeNull();
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['NOT_FOUND', 'customer plan not found: 7a1c2a9e-0000-4000-8000-000000000000'],
    ]);
  });
});
