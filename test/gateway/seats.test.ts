import { beforeEach, describe, expect, it } from 'vitest';
import { CustomerAlertDocument, CustomerSeatCreditsDocument } from './__generated__/graphql.js';
import { create, USD_CENTS } from './fixtures.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

/**
 * Acme on a seat-based subscription (alice, bob) with a recurring credit of 100 cents a month for each seat,
 * seen on 2025-01-10 after alice used 85 of hers.
 */
async function seatCustomer() {
  await server.api('POST', '/_local/clock', { body: { now: '2025-01-10T00:00:00Z', frozen: true } });
  const customerId = await create(server.api, '/v1/customers', { name: 'Acme', ingest_aliases: ['acme'] });
  const metric = await create(server.api, '/v1/billable-metrics/create', {
    name: 'API calls',
    event_type_filter: { in_values: ['api'] },
    aggregation_type: 'SUM',
    aggregation_key: 'n',
    property_filters: [{ name: 'n', exists: true }],
    group_keys: [['user_id']],
  });
  const calls = await create(server.api, '/v1/contract-pricing/products/create', { name: 'API calls', type: 'USAGE', billable_metric_id: metric, presentation_group_key: ['user_id'] });
  const seat = await create(server.api, '/v1/contract-pricing/products/create', { name: 'Seat', type: 'SUBSCRIPTION' });
  const allowance = await create(server.api, '/v1/contract-pricing/products/create', { name: 'Seat allowance', type: 'FIXED' });
  const rateCardId = await create(server.api, '/v1/contract-pricing/rate-cards/create', { name: 'Standard' });
  const rate = { rate_card_id: rateCardId, starting_at: '2025-01-01T00:00:00Z', entitled: true };
  await server.api('POST', '/v1/contract-pricing/rate-cards/addRate', { body: { ...rate, product_id: calls, rate_type: 'FLAT', price: 1 } });
  await server.api('POST', '/v1/contract-pricing/rate-cards/addRate', { body: { ...rate, product_id: seat, rate_type: 'SUBSCRIPTION', price: 500, billing_frequency: 'MONTHLY' } });
  await create(server.api, '/v1/contracts/create', {
    customer_id: customerId,
    rate_card_id: rateCardId,
    starting_at: '2025-01-01T00:00:00Z',
    ending_before: '2025-03-01T00:00:00Z',
    subscriptions: [
      {
        temporary_id: 'seats',
        subscription_rate: { product_id: seat, billing_frequency: 'MONTHLY' },
        collection_schedule: 'ADVANCE',
        proration: {},
        quantity_management_mode: 'SEAT_BASED',
        seat_config: { seat_group_key: 'user_id', initial_seat_ids: ['alice', 'bob'] },
      },
    ],
    recurring_credits: [
      {
        product_id: allowance,
        name: 'Seat allowance',
        priority: 1,
        starting_at: '2025-01-01T00:00:00Z',
        access_amount: { unit_price: 100, credit_type_id: USD_CENTS },
        commit_duration: { value: 1 },
        subscription_config: { subscription_id: 'seats', allocation: 'INDIVIDUAL', apply_seat_increase_config: { is_prorated: false } },
      },
    ],
  });
  const ingest = await server.api('POST', '/v1/ingest', {
    body: [{ transaction_id: 't1', customer_id: 'acme', event_type: 'api', timestamp: '2025-01-05T00:00:00Z', properties: { n: 85, user_id: 'alice' } }],
  });
  expect(ingest.status).toBe(200);
  return customerId;
}

beforeEach(async () => {
  await server.local.reset();
});

describe('seat-based subscriptions in the graph', () => {
  it("shows a contract's seat subscription and the credits its recurring credit created for each month", async () => {
    const customerId = await seatCustomer();
    const { body } = await harness.execute(CustomerSeatCreditsDocument, { customerId });
    expect(body.errors).toBeUndefined();
    const [contract] = body.data!.customer!.contracts.nodes;
    expect(contract!.subscriptions).toEqual([{ quantityManagementMode: 'SEAT_BASED', seatGroupKey: 'user_id' }]);
    expect(contract!.credits.map(({ recurringCreditId, ...credit }) => ({ ...credit, fromRecurring: recurringCreditId !== null }))).toEqual([
      {
        name: 'Seat allowance',
        fromRecurring: true,
        subscriptionConfig: { allocation: 'INDIVIDUAL', seatIncreaseProrated: false },
        accessSegments: [{ amount: 200, startingAt: '2025-01-01T00:00:00.000Z', endingBefore: '2025-02-01T00:00:00.000Z' }],
        balance: 115,
      },
      {
        name: 'Seat allowance',
        fromRecurring: true,
        subscriptionConfig: { allocation: 'INDIVIDUAL', seatIncreaseProrated: false },
        accessSegments: [{ amount: 200, startingAt: '2025-02-01T00:00:00.000Z', endingBefore: '2025-03-01T00:00:00.000Z' }],
        balance: 0,
      },
    ]);
  });

  it("reads one seat's status on a seat balance alert", async () => {
    const customerId = await seatCustomer();
    const alertId = await create(server.api, '/v1/alerts/create', {
      alert_type: 'low_remaining_seat_balance_reached',
      name: 'Seat nearly out',
      threshold: 20,
      customer_id: customerId,
      seat_filter: { seat_group_key: 'user_id' },
    });
    const status = async (seat: string) => {
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const { body } = await harness.execute(CustomerAlertDocument, { customerId, alertId, seatFilter: { seatGroupKey: 'user_id', seatGroupValue: seat } });
        const value = body.data!.customerAlert!.customerStatus;
        if (value !== 'evaluating') return value;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return 'evaluating';
    };
    expect([await status('alice'), await status('bob')]).toEqual(['in_alarm', 'ok']);
  });
});
