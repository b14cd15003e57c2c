import { beforeEach, describe, expect, it } from 'vitest';
import { BadRequestError } from '../../src/local-metronome/http/api-error.js';
import { CLOUD_CONSUMPTION_UNITS, PLAN_CATALOGUE_IDS, seedPlanCatalogue } from '../../src/local-metronome/seed/plan-catalogue.js';
import { listCreditTypes, USD_CENTS } from '../../src/local-metronome/store/credit-types.js';
import { createPlan } from '../../src/local-metronome/store/plans.js';
import { conformanceRecorder } from '../support/openapi-responses.js';
import { useLocalMetronome } from '../support/local-metronome.js';

const server = useLocalMetronome();
const api = (...args: Parameters<typeof server.api>) => server.api(...args);

const NOW = '2025-03-15T12:00:00.000Z';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const { plans: PLANS, charges: CHARGES, products: PRODUCTS } = PLAN_CATALOGUE_IDS;
const USD = { id: USD_CENTS.id, name: 'USD (cents)' };

beforeEach(async () => {
  await server.local.reset();
  await api('POST', '/_local/clock', { body: { now: NOW, frozen: true } });
  seedPlanCatalogue(server.local.db, new Date(NOW));
});

function cloudUnits(): { id: string; name: string } {
  const { type } = listCreditTypes(server.local.db).find(({ type }) => type.name === CLOUD_CONSUMPTION_UNITS)!;
  return { id: type.id, name: type.name };
}

async function createCustomer(name: string): Promise<string> {
  const response = await api('POST', '/v1/customers', { body: { name } });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data.id;
}

async function addPlan(customerId: string, body: Record<string, unknown>): Promise<string> {
  const response = await api('POST', `/v1/customers/${customerId}/plans/add`, { body });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data.id;
}

describe('the plan catalogue', () => {
  it('lists plans in the order they were made, paged by limit', async () => {
    const first = await api('GET', '/v1/plans', { query: { limit: 2 } });
    expect(first.status).toBe(200);
    expect(first.body.data).toEqual([
      { id: PLANS.standard, name: 'Standard', description: 'Standard self-serve plan', custom_fields: { tier: 'self-serve' } },
      {
        id: PLANS.growth,
        name: 'Growth',
        description: 'For teams past the free tier: lower usage rates, a monthly minimum and included usage credits',
        custom_fields: { tier: 'growth' },
      },
    ]);
    const second = await api('GET', '/v1/plans', { query: { limit: 2, next_page: first.body.next_page } });
    expect(second.body.data.map((plan: { id: string }) => plan.id)).toEqual([PLANS.enterprise]);
    expect(second.body.next_page).toBeNull();
  });

  it('seeds the catalogue only once when asked twice', async () => {
    seedPlanCatalogue(server.local.db, new Date(NOW));
    const response = await api('GET', '/v1/plans');
    expect(response.body.data).toHaveLength(3);
  });

  it('serves a plan with its minimums, overage rates and credit grants in their pricing units', async () => {
    const response = await api('GET', `/v1/planDetails/${PLANS.enterprise}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: {
        id: PLANS.enterprise,
        name: 'Enterprise (ramped)',
        description: 'Custom enterprise plan with ramped rates and minimums, compute priced in cloud consumption units',
        minimums: [
          { name: 'Invoice minimum', value: 300_000, start_period: 0, credit_type: USD },
          { name: 'Invoice minimum', value: 400_000, start_period: 6, credit_type: USD },
        ],
        overage_rates: [{ start_period: 0, to_fiat_conversion_factor: 1.25, fiat_credit_type: USD, credit_type: cloudUnits() }],
        credit_grants: [
          {
            name: 'Onboarding compute credits',
            amount_granted: 20_000,
            amount_paid: 0,
            effective_duration: 3,
            priority: '0.5',
            send_invoice: false,
            reason: 'Onboarding allowance',
            amount_granted_credit_type: cloudUnits(),
            amount_paid_credit_type: USD,
          },
        ],
        custom_fields: { tier: 'enterprise' },
      },
    });
  });

  it('answers 404 naming a plan that does not exist', async () => {
    for (const path of [`/v1/planDetails/${UNKNOWN_ID}`, `/v1/planDetails/${UNKNOWN_ID}/charges`, `/v1/planDetails/${UNKNOWN_ID}/customers`]) {
      const response = await api('GET', path);
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ message: `plan not found: ${UNKNOWN_ID}` });
    }
  });

  it('lists a ramped charge once per ramp and pages the charges', async () => {
    const first = await api('GET', `/v1/planDetails/${PLANS.enterprise}/charges`, { query: { limit: 2 } });
    expect(first.body.data.map((c: { id: string; start_period: number }) => [c.id, c.start_period])).toEqual([
      [CHARGES.enterpriseRequests, 0],
      [CHARGES.enterpriseRequests, 6],
    ]);
    expect(first.body.data[1].prices).toEqual([{ tier: 0, value: 10 }]);
    const second = await api('GET', `/v1/planDetails/${PLANS.enterprise}/charges`, {
      query: { limit: 3, next_page: first.body.next_page },
    });
    expect(second.body.data.map((c: { name: string }) => c.name)).toEqual(['Compute (CPU-hours)', 'Platform fee', 'Premium support']);
    expect(second.body.next_page).toBeNull();
    expect(second.body.data[0]).toEqual({
      id: CHARGES.enterpriseCompute,
      name: 'Compute (CPU-hours)',
      charge_type: 'usage',
      product_id: PRODUCTS.compute,
      product_name: 'Compute',
      credit_type: cloudUnits(),
      prices: [
        { tier: 0, value: 1 },
        { tier: 50_000, value: 0.8 },
      ],
      start_period: 0,
      tier_reset_frequency: 1,
      custom_fields: {},
    });
  });

  it('serves a flat fixed charge with its quantity and a unit conversion on a tiered usage charge', async () => {
    const response = await api('GET', `/v1/planDetails/${PLANS.standard}/charges`);
    expect(response.body.data).toEqual([
      {
        id: CHARGES.standardRequests,
        name: 'API requests (per 1,000)',
        charge_type: 'usage',
        product_id: PRODUCTS.api,
        product_name: 'API',
        credit_type: USD,
        prices: [
          { tier: 0, value: 20 },
          { tier: 1000, value: 15 },
        ],
        start_period: 0,
        tier_reset_frequency: 1,
        unit_conversion: { division_factor: 1000, rounding_behavior: 'ceiling' },
        custom_fields: {},
      },
      {
        id: CHARGES.standardStorage,
        name: 'Storage (GB-month)',
        charge_type: 'usage',
        product_id: PRODUCTS.storage,
        product_name: 'Storage',
        credit_type: USD,
        prices: [{ tier: 0, value: 25 }],
        start_period: 0,
        tier_reset_frequency: 1,
        custom_fields: {},
      },
      {
        id: CHARGES.standardPlatformFee,
        name: 'Platform fee',
        charge_type: 'fixed',
        product_id: PRODUCTS.platform,
        product_name: 'Platform',
        credit_type: USD,
        prices: [{ tier: 0, value: 2900, quantity: 1 }],
        quantity: 1,
        start_period: 0,
        custom_fields: {},
      },
    ]);
    expect(response.body.next_page).toBeNull();
  });

  it('makes plans only with custom field keys on the allow list, as the API would', () => {
    expect(() => createPlan(server.local.db, { name: 'Tagged', custom_fields: { region: 'eu' } })).toThrow(
      new BadRequestError('Custom field key "region" has not been added for entity plan; add it with /v1/customFields/addKey'),
    );
  });

  it('makes a plan a test can put a customer on', async () => {
    const plan = createPlan(server.local.db, {
      name: 'Test plan',
      charges: [{ name: 'Seats', charge_type: 'seat', product_id: PRODUCTS.platform, product_name: 'Platform', prices: [{ value: 1500 }] }],
    });
    const details = await api('GET', `/v1/planDetails/${plan.id}`);
    expect(details.body.data).toEqual({
      id: plan.id,
      name: 'Test plan',
      description: '',
      minimums: [],
      overage_rates: [],
      credit_grants: [],
      custom_fields: {},
    });
    const customerId = await createCustomer('Tester');
    await addPlan(customerId, { plan_id: plan.id, starting_on: '2025-03-01T00:00:00Z' });
    const listed = await api('GET', `/v1/customers/${customerId}/plans`);
    expect(listed.body.data[0].plan_name).toBe('Test plan');
  });
});

describe('a customer’s plans', () => {
  it('adds a plan with its terms and trial, and lists it', async () => {
    const customerId = await createCustomer('Acme');
    const id = await addPlan(customerId, {
      plan_id: PLANS.standard,
      starting_on: '2025-03-01T00:00:00Z',
      ending_before: '2026-03-01T00:00:00Z',
      net_payment_terms_days: 30,
      trial_spec: { length_in_days: 14, spending_cap: { credit_type_id: USD_CENTS.id, amount: 5000 } },
    });
    const response = await api('GET', `/v1/customers/${customerId}/plans`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: [
        {
          id,
          plan_id: PLANS.standard,
          plan_name: 'Standard',
          plan_description: 'Standard self-serve plan',
          starting_on: '2025-03-01T00:00:00.000Z',
          ending_before: '2026-03-01T00:00:00.000Z',
          net_payment_terms_days: 30,
          trial_info: {
            ending_before: '2025-03-15T00:00:00.000Z',
            spending_caps: [{ credit_type: USD, amount: 5000, amount_remaining: 5000 }],
          },
          custom_fields: {},
        },
      ],
      next_page: null,
    });
  });

  it('lists a customer’s plans newest first, paged', async () => {
    const customerId = await createCustomer('Acme');
    const older = await addPlan(customerId, {
      plan_id: PLANS.standard,
      starting_on: '2025-01-01T00:00:00Z',
      ending_before: '2025-03-01T00:00:00Z',
    });
    const newer = await addPlan(customerId, { plan_id: PLANS.growth, starting_on: '2025-03-01T00:00:00Z' });
    const first = await api('GET', `/v1/customers/${customerId}/plans`, { query: { limit: 1 } });
    expect(first.body.data.map((p: { id: string }) => p.id)).toEqual([newer]);
    expect(first.body.data[0]).not.toHaveProperty('ending_before');
    const second = await api('GET', `/v1/customers/${customerId}/plans`, { query: { limit: 1, next_page: first.body.next_page } });
    expect(second.body.data.map((p: { id: string }) => p.id)).toEqual([older]);
    expect(second.body.next_page).toBeNull();
  });

  it('answers 404 for an unknown customer or plan', async () => {
    const customerId = await createCustomer('Acme');
    const unknownCustomer = await api('POST', `/v1/customers/${UNKNOWN_ID}/plans/add`, {
      body: { plan_id: PLANS.standard, starting_on: '2025-03-01T00:00:00Z' },
    });
    expect(unknownCustomer.status).toBe(404);
    expect(unknownCustomer.body).toEqual({ message: `Customer not found: ${UNKNOWN_ID}` });
    const unknownPlan = await api('POST', `/v1/customers/${customerId}/plans/add`, {
      body: { plan_id: UNKNOWN_ID, starting_on: '2025-03-01T00:00:00Z' },
    });
    expect(unknownPlan.status).toBe(404);
    expect(unknownPlan.body).toEqual({ message: `plan not found: ${UNKNOWN_ID}` });
    const listing = await api('GET', `/v1/customers/${UNKNOWN_ID}/plans`);
    expect(listing.status).toBe(404);
  });

  it('requires plan dates at midnight UTC, the end after the start', async () => {
    const customerId = await createCustomer('Acme');
    const offMidnight = await api('POST', `/v1/customers/${customerId}/plans/add`, {
      body: { plan_id: PLANS.standard, starting_on: '2025-03-01T10:00:00Z' },
    });
    expect(offMidnight.status).toBe(400);
    expect(offMidnight.body).toEqual({ message: 'starting_on must be at 0:00 UTC (midnight)' });
    const backwards = await api('POST', `/v1/customers/${customerId}/plans/add`, {
      body: { plan_id: PLANS.standard, starting_on: '2025-03-01T00:00:00Z', ending_before: '2025-03-01T00:00:00Z' },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body).toEqual({ message: 'ending_before must be after starting_on' });
  });

  it('refuses a plan whose dates overlap another of the customer’s plans', async () => {
    const customerId = await createCustomer('Acme');
    const existing = await addPlan(customerId, { plan_id: PLANS.standard, starting_on: '2025-01-01T00:00:00Z' });
    const response = await api('POST', `/v1/customers/${customerId}/plans/add`, {
      body: { plan_id: PLANS.growth, starting_on: '2025-04-01T00:00:00Z' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      message: `Customer ${customerId} is already on plan ${PLANS.standard} (customer plan ${existing}) from 2025-01-01T00:00:00.000Z, which overlaps the requested dates`,
    });
  });

  it('ends a plan on a date, after which a new plan can start', async () => {
    const customerId = await createCustomer('Acme');
    const id = await addPlan(customerId, { plan_id: PLANS.standard, starting_on: '2025-01-01T00:00:00Z' });
    const ended = await api('POST', `/v1/customers/${customerId}/plans/${id}/end`, { body: { ending_before: '2025-04-01T00:00:00Z' } });
    expect(ended.status).toBe(200);
    expect(ended.body).toEqual({});
    await addPlan(customerId, { plan_id: PLANS.growth, starting_on: '2025-04-01T00:00:00Z' });
    const listed = await api('GET', `/v1/customers/${customerId}/plans`);
    expect(listed.body.data.map((p: { plan_name: string; ending_before?: string }) => [p.plan_name, p.ending_before])).toEqual([
      ['Growth', undefined],
      ['Standard', '2025-04-01T00:00:00.000Z'],
    ]);
  });

  it('clears a plan’s end when no ending_before is given, unless that would overlap a later plan', async () => {
    const customerId = await createCustomer('Acme');
    const id = await addPlan(customerId, {
      plan_id: PLANS.standard,
      starting_on: '2025-01-01T00:00:00Z',
      ending_before: '2025-06-01T00:00:00Z',
    });
    expect((await api('POST', `/v1/customers/${customerId}/plans/${id}/end`, { body: {} })).status).toBe(200);
    const listed = await api('GET', `/v1/customers/${customerId}/plans`);
    expect(listed.body.data[0]).not.toHaveProperty('ending_before');

    await api('POST', `/v1/customers/${customerId}/plans/${id}/end`, { body: { ending_before: '2025-06-01T00:00:00Z' } });
    const later = await addPlan(customerId, { plan_id: PLANS.growth, starting_on: '2025-06-01T00:00:00Z' });
    const clearing = await api('POST', `/v1/customers/${customerId}/plans/${id}/end`, { body: {} });
    expect(clearing.status).toBe(400);
    expect(clearing.body.message).toBe(
      `Customer ${customerId} is already on plan ${PLANS.growth} (customer plan ${later}) from 2025-06-01T00:00:00.000Z, which overlaps the requested dates`,
    );
  });

  it('answers 404 when ending a customer plan that is not the customer’s', async () => {
    const acme = await createCustomer('Acme');
    const other = await createCustomer('Other');
    const id = await addPlan(acme, { plan_id: PLANS.standard, starting_on: '2025-01-01T00:00:00Z' });
    const response = await api('POST', `/v1/customers/${other}/plans/${id}/end`, { body: { ending_before: '2025-04-01T00:00:00Z' } });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `customer plan not found: ${id}` });
  });

  it('serves price adjustments grouped by charge and ramp, in the order given', async () => {
    const customerId = await createCustomer('Acme');
    const id = await addPlan(customerId, {
      plan_id: PLANS.enterprise,
      starting_on: '2025-01-01T00:00:00Z',
      price_adjustments: [
        { charge_id: CHARGES.enterpriseRequests, adjustment_type: 'percentage', start_period: 0, value: -0.1 },
        { charge_id: CHARGES.enterprisePlatformFee, adjustment_type: 'quantity', start_period: 0, quantity: 2 },
        { charge_id: CHARGES.enterpriseRequests, adjustment_type: 'override', start_period: 6, tier: 0, value: 9 },
        { charge_id: CHARGES.enterpriseRequests, adjustment_type: 'fixed', start_period: 0, value: -1 },
      ],
    });
    const response = await api('GET', `/v1/customers/${customerId}/plans/${id}/priceAdjustments`);
    expect(response.body).toEqual({
      data: [
        {
          charge_id: CHARGES.enterpriseRequests,
          charge_type: 'usage',
          start_period: 0,
          prices: [
            { adjustment_type: 'percentage', value: -0.1 },
            { adjustment_type: 'fixed', value: -1 },
          ],
        },
        {
          charge_id: CHARGES.enterprisePlatformFee,
          charge_type: 'fixed',
          start_period: 0,
          quantity: 2,
          prices: [{ adjustment_type: 'quantity', quantity: 2 }],
        },
        {
          charge_id: CHARGES.enterpriseRequests,
          charge_type: 'usage',
          start_period: 6,
          prices: [{ adjustment_type: 'override', value: 9, tier: 0 }],
        },
      ],
      next_page: null,
    });
    const paged = await api('GET', `/v1/customers/${customerId}/plans/${id}/priceAdjustments`, { query: { limit: 2 } });
    const rest = await api('GET', `/v1/customers/${customerId}/plans/${id}/priceAdjustments`, {
      query: { next_page: paged.body.next_page },
    });
    expect(rest.body.data.map((a: { start_period: number }) => a.start_period)).toEqual([6]);
  });

  it('refuses adjustments of charges the plan does not have, or of a quantity on a usage charge', async () => {
    const customerId = await createCustomer('Acme');
    const foreign = await api('POST', `/v1/customers/${customerId}/plans/add`, {
      body: {
        plan_id: PLANS.standard,
        starting_on: '2025-01-01T00:00:00Z',
        price_adjustments: [{ charge_id: CHARGES.growthRequests, adjustment_type: 'percentage', start_period: 0, value: -0.1 }],
      },
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body).toEqual({
      message: `price_adjustments[0].charge_id ${CHARGES.growthRequests} is not a charge of plan ${PLANS.standard}`,
    });
    const quantityOnUsage = await api('POST', `/v1/customers/${customerId}/plans/add`, {
      body: {
        plan_id: PLANS.standard,
        starting_on: '2025-01-01T00:00:00Z',
        price_adjustments: [{ charge_id: CHARGES.standardRequests, adjustment_type: 'quantity', start_period: 0, quantity: 3 }],
      },
    });
    expect(quantityOnUsage.status).toBe(400);
    expect(quantityOnUsage.body).toEqual({ message: 'price_adjustments[0]: quantity adjustments apply only to fixed charges' });
  });

  it('refuses an overage rate adjustment for a pricing unit the plan has no overage rate in', async () => {
    const customerId = await createCustomer('Acme');
    const response = await api('POST', `/v1/customers/${customerId}/plans/add`, {
      body: {
        plan_id: PLANS.standard,
        starting_on: '2025-01-01T00:00:00Z',
        overage_rate_adjustments: [
          { custom_credit_type_id: cloudUnits().id, fiat_currency_credit_type_id: USD_CENTS.id, to_fiat_conversion_factor: 2 },
        ],
      },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      message: `overage_rate_adjustments[0].custom_credit_type_id ${cloudUnits().id} has no overage rate on plan ${PLANS.standard}`,
    });
  });

  it('answers 404 for the price adjustments of an unknown customer plan', async () => {
    const customerId = await createCustomer('Acme');
    const response = await api('GET', `/v1/customers/${customerId}/plans/${UNKNOWN_ID}/priceAdjustments`);
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ message: `customer plan not found: ${UNKNOWN_ID}` });
  });
});

describe('the customers on a plan, by status at the clock’s time', () => {
  async function threeCustomers() {
    const ended = await createCustomer('Ended Co');
    const active = await createCustomer('Active Co');
    const upcoming = await createCustomer('Upcoming Co');
    const endedPlan = await addPlan(ended, {
      plan_id: PLANS.growth,
      starting_on: '2025-01-01T00:00:00Z',
      ending_before: '2025-03-01T00:00:00Z',
    });
    const activePlan = await addPlan(active, { plan_id: PLANS.growth, starting_on: '2025-02-01T00:00:00Z' });
    const upcomingPlan = await addPlan(upcoming, { plan_id: PLANS.growth, starting_on: '2025-04-01T00:00:00Z' });
    // On another plan: never listed.
    await addPlan(await createCustomer('Elsewhere'), { plan_id: PLANS.standard, starting_on: '2025-01-01T00:00:00Z' });
    return { ended, active, upcoming, endedPlan, activePlan, upcomingPlan };
  }

  const customerIds = (body: { data: { customer_details: { id: string } }[] }) => body.data.map((row) => row.customer_details.id);

  it('lists only current customers by default, with their details and the plan’s', async () => {
    const { active, activePlan } = await threeCustomers();
    const response = await api('GET', `/v1/planDetails/${PLANS.growth}/customers`);
    expect(response.status).toBe(200);
    const customer = await api('GET', `/v1/customers/${active}`);
    expect(response.body).toEqual({
      data: [
        {
          customer_details: customer.body.data,
          plan_details: {
            id: PLANS.growth,
            name: 'Growth',
            customer_plan_id: activePlan,
            starting_on: '2025-02-01T00:00:00.000Z',
            ending_before: null,
            custom_fields: { tier: 'growth' },
          },
        },
      ],
      next_page: null,
    });
  });

  it('lists past customers with ended, future ones with upcoming, and every one with all', async () => {
    const { ended, active, upcoming } = await threeCustomers();
    const byStatus = async (status: string) =>
      customerIds((await api('GET', `/v1/planDetails/${PLANS.growth}/customers`, { query: { status } })).body);
    expect(await byStatus('ended')).toEqual([ended]);
    expect(await byStatus('upcoming')).toEqual([upcoming]);
    expect(await byStatus('active')).toEqual([active]);
    expect(await byStatus('all')).toEqual([ended, active, upcoming]);
  });

  it('moves an upcoming customer to active when the clock reaches the plan’s start', async () => {
    const { active, upcoming } = await threeCustomers();
    await api('POST', '/_local/clock', { body: { now: '2025-04-01T00:00:00Z' } });
    const response = await api('GET', `/v1/planDetails/${PLANS.growth}/customers`);
    expect(customerIds(response.body)).toEqual([active, upcoming]);
  });

  it('pages the customers of a plan', async () => {
    const { ended, active, upcoming } = await threeCustomers();
    const first = await api('GET', `/v1/planDetails/${PLANS.growth}/customers`, { query: { status: 'all', limit: 2 } });
    expect(customerIds(first.body)).toEqual([ended, active]);
    const second = await api('GET', `/v1/planDetails/${PLANS.growth}/customers`, {
      query: { status: 'all', limit: 2, next_page: first.body.next_page },
    });
    expect(customerIds(second.body)).toEqual([upcoming]);
    expect(second.body.next_page).toBeNull();
  });
});

describe('credit grants that come with a plan', () => {
  const grantsOf = async (customerId: string) =>
    (await api('POST', '/v1/credits/listGrants', { body: { customer_ids: [customerId] } })).body.data.map(
      (grant: { name: string; effective_at: string; expires_at: string; grant_amount: { amount: number }; balance: { excluding_pending: number } }) => [
        grant.name,
        grant.effective_at,
        grant.expires_at,
        grant.grant_amount.amount,
        grant.balance.excluding_pending,
      ],
    );

  it('issues a plan’s credit grant at the plan’s start, lasting its effective duration in billing periods', async () => {
    const customerId = await createCustomer('Acme');
    await addPlan(customerId, { plan_id: PLANS.enterprise, starting_on: '2025-03-01T00:00:00Z' });
    const response = await api('POST', '/v1/credits/listGrants', { body: { customer_ids: [customerId] } });
    expect(response.body.data).toMatchObject([
      {
        name: 'Onboarding compute credits',
        reason: 'Onboarding allowance',
        priority: 0.5,
        effective_at: '2025-03-01T00:00:00.000Z',
        expires_at: '2025-06-01T00:00:00.000Z',
        grant_amount: { amount: 20_000, credit_type: cloudUnits() },
        paid_amount: { amount: 0, credit_type: USD },
      },
    ]);
  });

  it('issues a recurring plan grant again each period once the period has begun', async () => {
    const customerId = await createCustomer('Acme');
    await addPlan(customerId, { plan_id: PLANS.growth, starting_on: '2025-03-01T00:00:00Z' });
    expect(await grantsOf(customerId)).toEqual([
      ['Included usage', '2025-03-01T00:00:00.000Z', '2025-04-01T00:00:00.000Z', 10_000, 10_000],
    ]);
    await api('POST', '/_local/clock', { body: { now: '2025-04-02T00:00:00Z' } });
    expect(await grantsOf(customerId)).toEqual([
      ['Included usage', '2025-03-01T00:00:00.000Z', '2025-04-01T00:00:00.000Z', 10_000, 0],
      ['Included usage', '2025-04-01T00:00:00.000Z', '2025-05-01T00:00:00.000Z', 10_000, 10_000],
    ]);
  });

  it('stops issuing a recurring grant at the customer plan’s end', async () => {
    const customerId = await createCustomer('Acme');
    await addPlan(customerId, {
      plan_id: PLANS.growth,
      starting_on: '2025-03-01T00:00:00Z',
      ending_before: '2025-04-01T00:00:00Z',
    });
    await api('POST', '/_local/clock', { body: { now: '2025-06-15T00:00:00Z' } });
    expect((await grantsOf(customerId)).map((grant: unknown[]) => grant[1])).toEqual(['2025-03-01T00:00:00.000Z']);
  });
});

const specPath = process.env.METRONOME_OPENAPI_SPEC;
describe.skipIf(!specPath)('conformance of plan responses to the OpenAPI spec', () => {
  it('answers every plan operation with a body the spec allows', async () => {
    const { call, findings } = conformanceRecorder(api, specPath!);
    const customerId = await createCustomer('Spec');
    await call('GET /v1/plans', '/v1/plans');
    await call('GET /v1/planDetails/{plan_id}', `/v1/planDetails/${PLANS.enterprise}`);
    await call('GET /v1/planDetails/{plan_id}/charges', `/v1/planDetails/${PLANS.enterprise}/charges`);
    const added = await call('POST /v1/customers/{customer_id}/plans/add', `/v1/customers/${customerId}/plans/add`, {
      body: {
        plan_id: PLANS.enterprise,
        starting_on: '2025-03-01T00:00:00Z',
        net_payment_terms_days: 15,
        trial_spec: { length_in_days: 7 },
        price_adjustments: [{ charge_id: CHARGES.enterpriseRequests, adjustment_type: 'percentage', start_period: 0, value: -0.2 }],
      },
    });
    const customerPlanId = added.body.data.id;
    await call('POST /v1/customers/{customer_id}/plans/add', `/v1/customers/${customerId}/plans/add`, {
      body: { plan_id: PLANS.standard, starting_on: '2025-03-01T00:00:00Z' },
    });
    await call('GET /v1/customers/{customer_id}/plans', `/v1/customers/${customerId}/plans`);
    await call(
      'GET /v1/customers/{customer_id}/plans/{customer_plan_id}/priceAdjustments',
      `/v1/customers/${customerId}/plans/${customerPlanId}/priceAdjustments`,
    );
    await call('GET /v1/planDetails/{plan_id}/customers', `/v1/planDetails/${PLANS.enterprise}/customers`, { query: { status: 'all' } });
    await call(
      'POST /v1/customers/{customer_id}/plans/{customer_plan_id}/end',
      `/v1/customers/${customerId}/plans/${customerPlanId}/end`,
      { body: { ending_before: '2025-09-01T00:00:00Z' } },
    );
    await call('GET /v1/planDetails/{plan_id}/customers', `/v1/planDetails/${PLANS.enterprise}/customers`);
    await call('GET /v1/planDetails/{plan_id}', `/v1/planDetails/${UNKNOWN_ID}`);
    expect(findings).toEqual([]);
  });
});
