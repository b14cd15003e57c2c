import type { ApiClient } from './local-metronome.js';

export const USD_CENTS = '2714e483-4ff1-48e4-9e25-ac732e8f24f2';

export interface SeatTeamOptions {
  /** An existing customer; otherwise "Acme" with ingest alias `acme` is created. */
  customerId?: string;
  startingAt: string;
  endingBefore?: string;
  seatIds: string[];
  unassignedSeats?: number;
  /** The monthly price of a seat, in cents. */
  seatPrice?: number;
  /** What the recurring credit gives each seat a month, in cents. */
  allowancePerSeat?: number;
}

export interface SeatTeam {
  customerId: string;
  contractId: string;
  rateCardId: string;
}

/**
 * A customer on seats, built over the API: API calls (event type `api`, summing property `n`, grouped and
 * presented by `user_id`) at 1 cent each, a SEAT_BASED subscription whose seats are `user_id` values, and a
 * monthly recurring credit "Seat allowance" allocated INDIVIDUAL to each seat.
 */
export async function createSeatTeam(api: ApiClient, options: SeatTeamOptions): Promise<SeatTeam> {
  const create = async (path: string, body: unknown): Promise<string> => {
    const response = await api('POST', path, { body });
    if (response.status !== 200) throw new Error(`POST ${path} → ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.data.id as string;
  };
  const customerId = options.customerId ?? (await create('/v1/customers', { name: 'Acme', ingest_aliases: ['acme'] }));
  const metric = await create('/v1/billable-metrics/create', {
    name: 'API calls',
    event_type_filter: { in_values: ['api'] },
    property_filters: [{ name: 'n', exists: true }],
    aggregation_type: 'SUM',
    aggregation_key: 'n',
    group_keys: [['user_id']],
  });
  const calls = await create('/v1/contract-pricing/products/create', {
    name: 'API calls',
    type: 'USAGE',
    billable_metric_id: metric,
    presentation_group_key: ['user_id'],
  });
  const seat = await create('/v1/contract-pricing/products/create', { name: 'Seat', type: 'SUBSCRIPTION' });
  const allowance = await create('/v1/contract-pricing/products/create', { name: 'Seat allowance', type: 'FIXED' });
  const rateCardId = await create('/v1/contract-pricing/rate-cards/create', { name: 'Seats' });
  const rate = { rate_card_id: rateCardId, starting_at: options.startingAt, entitled: true };
  await create('/v1/contract-pricing/rate-cards/addRate', { ...rate, product_id: calls, rate_type: 'FLAT', price: 1 });
  await create('/v1/contract-pricing/rate-cards/addRate', {
    ...rate,
    product_id: seat,
    rate_type: 'SUBSCRIPTION',
    price: options.seatPrice ?? 500,
    billing_frequency: 'MONTHLY',
  });
  const contractId = await create('/v1/contracts/create', {
    customer_id: customerId,
    rate_card_id: rateCardId,
    starting_at: options.startingAt,
    ...(options.endingBefore ? { ending_before: options.endingBefore } : {}),
    subscriptions: [
      {
        temporary_id: 'seats',
        subscription_rate: { product_id: seat, billing_frequency: 'MONTHLY' },
        collection_schedule: 'ADVANCE',
        proration: {},
        quantity_management_mode: 'SEAT_BASED',
        seat_config: {
          seat_group_key: 'user_id',
          initial_seat_ids: options.seatIds,
          ...(options.unassignedSeats ? { initial_unassigned_seats: options.unassignedSeats } : {}),
        },
      },
    ],
    recurring_credits: [
      {
        product_id: allowance,
        name: 'Seat allowance',
        priority: 1,
        starting_at: options.startingAt,
        access_amount: { unit_price: options.allowancePerSeat ?? 100, credit_type_id: USD_CENTS },
        commit_duration: { value: 1 },
        subscription_config: { subscription_id: 'seats', allocation: 'INDIVIDUAL', apply_seat_increase_config: { is_prorated: false } },
      },
    ],
  });
  return { customerId, contractId, rateCardId };
}
