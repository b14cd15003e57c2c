import { beforeEach, describe, expect, it } from 'vitest';
import { CustomerAlertDocument, CustomerSeatCreditsDocument } from './__generated__/graphql.js';
import { create } from './fixtures.js';
import { createSeatTeam } from '../support/seat-team.js';
import { useGateway } from '../support/gateway.js';

const harness = useGateway();
const { server } = harness;

/**
 * Acme on a seat-based subscription (alice, bob) with a recurring credit of 100 cents a month for each seat,
 * seen on 2025-01-10 after alice used 85 of hers.
 */
async function seatCustomer() {
  await server.api('POST', '/_local/clock', { body: { now: '2025-01-10T00:00:00Z', frozen: true } });
  const { customerId } = await createSeatTeam(server.api, {
    startingAt: '2025-01-01T00:00:00Z',
    endingBefore: '2025-03-01T00:00:00Z',
    seatIds: ['alice', 'bob'],
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
  it("shows a contract's seat subscription, its recurring credit, and the credits it created for each month", async () => {
    const customerId = await seatCustomer();
    const { body } = await harness.execute(CustomerSeatCreditsDocument, { customerId });
    expect(body.errors).toBeUndefined();
    const [contract] = body.data!.customer!.contracts.nodes;
    expect(contract!.subscriptions).toEqual([{ quantityManagementMode: 'SEAT_BASED', seatGroupKey: 'user_id' }]);
    expect(contract!.recurringCredits).toEqual([
      {
        name: 'Seat allowance',
        accessAmount: { unitPrice: 100, quantity: null, creditType: { name: 'USD (cents)' } },
        commitDurationPeriods: 1,
        proration: 'FIRST_AND_LAST',
        startingAt: '2025-01-01T00:00:00.000Z',
        subscriptionConfig: { allocation: 'INDIVIDUAL' },
      },
    ]);
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
