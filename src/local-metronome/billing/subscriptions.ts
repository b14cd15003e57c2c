import { randomUUID } from 'node:crypto';
import type { Subscription } from '@metronome/sdk/resources/shared';
import type { ContractRetrieveSubscriptionQuantityHistoryResponse } from '@metronome/sdk/resources/v1/contracts/contracts';
import { BadRequestError } from '../http/api-error.js';
import { assignCustomFields } from '../store/custom-field-keys.js';
import { customFieldsOf } from '../store/custom-fields.js';
import type { Db } from '../store/database.js';
import { iso, productReference, type TermsContext } from '../store/contract-terms.js';
import type { MultiplierOverridePrioritization, StoredContract, StoredSubscription } from '../store/contracts.js';
import { contractRateSchedule } from './contract-rates.js';
import { Decimal } from './money.js';
import { rateCardSchedule } from './rate-schedule.js';
import { quantityAt, type SeatScheduleEntry } from './seats.js';
import { cycleContaining, type Window } from './recurrence.js';

/** A subscription of a create request, as the spec's `SubscriptionInput` spells it. */
export interface SubscriptionInput {
  subscription_rate: { billing_frequency: 'MONTHLY' | 'QUARTERLY' | 'ANNUAL' | 'WEEKLY'; product_id: string };
  name?: string;
  description?: string;
  collection_schedule: 'ADVANCE' | 'ARREARS';
  proration: {
    is_prorated?: boolean;
    invoice_behavior?: 'BILL_IMMEDIATELY' | 'BILL_ON_NEXT_COLLECTION_DATE';
    rounding?: { rounding_method: 'HALF_UP' | 'FLOOR' | 'CEILING'; decimal_places: number };
  };
  initial_quantity?: number;
  starting_at?: string;
  ending_before?: string;
  custom_fields?: Record<string, string>;
  temporary_id?: string;
  quantity_management_mode?: 'SEAT_BASED' | 'QUANTITY_ONLY';
  seat_config?: { seat_group_key: string; initial_seat_ids: string[]; initial_unassigned_seats?: number };
  billing_cycle_config?: { anchor_date?: string; invoice_placement?: 'ON_SCHEDULED_INVOICE' | 'ON_USAGE_INVOICE' };
  payment_gate_config?: unknown;
}

/** The contract a subscription is created on, as far as the subscription needs to know it. */
export interface SubscriptionTerms {
  startingAt: string;
  endingBefore?: string | undefined;
  rateCardId?: string | undefined;
  fiatCreditTypeId: string;
  /** The usage statement billing anchor: a subscription's billing cycle follows it unless told otherwise. */
  billingAnchorDate: string;
}

/**
 * A subscription of a new contract. Its product must be a SUBSCRIPTION product with a rate of the same billing
 * frequency on the contract's rate card; its window defaults to the contract's; a QUANTITY_ONLY subscription
 * starts at `initial_quantity`, a SEAT_BASED one at its initial seats plus unassigned seats.
 */
export function buildSubscription(
  context: TermsContext,
  input: SubscriptionInput,
  terms: SubscriptionTerms,
  field: string,
): StoredSubscription {
  const product = productReference(context, input.subscription_rate.product_id, `${field}.subscription_rate.product_id`, ['SUBSCRIPTION']);
  const startingAt = iso(input.starting_at ?? terms.startingAt);
  const endingBefore = input.ending_before !== undefined ? iso(input.ending_before) : terms.endingBefore && iso(terms.endingBefore);
  if (Date.parse(startingAt) < Date.parse(terms.startingAt))
    throw new BadRequestError(`${field}.starting_at must not be before the contract's starting_at`);
  if (endingBefore !== undefined && Date.parse(endingBefore) <= Date.parse(startingAt))
    throw new BadRequestError(`${field}.ending_before must be after its starting_at`);
  if (terms.endingBefore !== undefined && endingBefore !== undefined && Date.parse(endingBefore) > Date.parse(terms.endingBefore))
    throw new BadRequestError(`${field}.ending_before must not be after the contract's ending_before`);

  const frequency = input.subscription_rate.billing_frequency;
  const hasRate =
    terms.rateCardId !== undefined &&
    rateCardSchedule(context.db, terms.rateCardId, {
      startingAt: new Date(startingAt),
      ...(endingBefore !== undefined ? { endingBefore: new Date(endingBefore) } : {}),
      selectors: [{ product_id: product.id, billing_frequency: frequency }],
    }).length > 0;
  if (!hasRate)
    throw new BadRequestError(
      `${field}.subscription_rate: the contract's rate card has no ${frequency} rate for product ${product.id}`,
    );

  const mode = input.quantity_management_mode ?? 'QUANTITY_ONLY';
  let quantity: number;
  let seats: Pick<SeatScheduleEntry, 'assigned_seat_ids' | 'unassigned_seats'> | undefined;
  if (mode === 'QUANTITY_ONLY') {
    if (input.initial_quantity === undefined) throw new BadRequestError(`${field}.initial_quantity is required when quantity_management_mode is QUANTITY_ONLY`);
    if (input.seat_config) throw new BadRequestError(`${field}.seat_config is only allowed when quantity_management_mode is SEAT_BASED`);
    quantity = input.initial_quantity;
  } else {
    if (!input.seat_config) throw new BadRequestError(`${field}.seat_config is required when quantity_management_mode is SEAT_BASED`);
    if (input.initial_quantity !== undefined)
      throw new BadRequestError(`${field}.initial_quantity is not allowed when quantity_management_mode is SEAT_BASED; the seats set the quantity`);
    const assigned = input.seat_config.initial_seat_ids;
    if (new Set(assigned).size !== assigned.length) throw new BadRequestError(`${field}.seat_config.initial_seat_ids must not repeat a seat id`);
    const unassigned = input.seat_config.initial_unassigned_seats ?? 0;
    if (!Number.isInteger(unassigned) || unassigned < 0)
      throw new BadRequestError(`${field}.seat_config.initial_unassigned_seats must be a non-negative integer`);
    seats = { assigned_seat_ids: [...assigned], unassigned_seats: unassigned };
    quantity = assigned.length + unassigned;
  }
  if (quantity < 0) throw new BadRequestError(`${field}.initial_quantity must be non-negative`);

  const invoiceBehavior =
    input.proration.invoice_behavior ?? (input.collection_schedule === 'ADVANCE' ? 'BILL_IMMEDIATELY' : 'BILL_ON_NEXT_COLLECTION_DATE');
  if (invoiceBehavior === 'BILL_IMMEDIATELY' && input.collection_schedule !== 'ADVANCE')
    throw new BadRequestError(`${field}.proration.invoice_behavior BILL_IMMEDIATELY is only available when collection_schedule is ADVANCE`);

  const id = randomUUID();
  if (input.temporary_id !== undefined) {
    if (context.subscriptionIdsByTemporaryId.has(input.temporary_id))
      throw new BadRequestError(`${field}.temporary_id ${input.temporary_id} is used more than once`);
    context.subscriptionIdsByTemporaryId.set(input.temporary_id, id);
  } else context.subscriptionIdsByTemporaryId.set(id, id);
  if (mode === 'SEAT_BASED') context.seatBasedSubscriptionIds.add(id);
  assignCustomFields(context.db, 'subscription', id, input.custom_fields);

  return {
    id,
    subscription_rate: { billing_frequency: frequency, product: { id: product.id, name: product.name } },
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    collection_schedule: input.collection_schedule,
    proration: {
      is_prorated: input.proration.is_prorated ?? true,
      invoice_behavior: invoiceBehavior,
      ...(input.proration.rounding ? { rounding: input.proration.rounding } : {}),
    },
    quantity_schedule: [{ quantity, starting_at: startingAt, ...(endingBefore !== undefined ? { ending_before: endingBefore } : {}) }],
    quantity_management_mode: mode,
    ...(input.seat_config ? { seat_config: { seat_group_key: input.seat_config.seat_group_key } } : {}),
    ...(seats
      ? { seat_schedule: [{ starting_at: startingAt, ...(endingBefore !== undefined ? { ending_before: endingBefore } : {}), ...seats }] }
      : {}),
    starting_at: startingAt,
    ...(endingBefore !== undefined ? { ending_before: endingBefore } : {}),
    fiat_credit_type_id: terms.fiatCreditTypeId,
    billing_cycle_config: {
      anchor_date: iso(input.billing_cycle_config?.anchor_date ?? terms.billingAnchorDate),
      invoice_placement: input.billing_cycle_config?.invoice_placement ?? 'ON_USAGE_INVOICE',
    },
  };
}

function periodOf(window: Window): { starting_at: string; ending_before: string } {
  return { starting_at: window.startingAt.toISOString(), ending_before: window.endingBefore.toISOString() };
}

/**
 * The subscription's billing period containing `instant`, cut to the subscription's window: periods follow the
 * billing cycle anchor at the rate's billing frequency, the first starting at the subscription's start.
 */
function billingPeriodAt(subscription: StoredSubscription, instant: number): Window | undefined {
  const start = Date.parse(subscription.starting_at);
  const end = subscription.ending_before ? Date.parse(subscription.ending_before) : Number.POSITIVE_INFINITY;
  if (instant < start || instant >= end) return undefined;
  const anchor = new Date(subscription.billing_cycle_config?.anchor_date ?? subscription.starting_at);
  const cycle = cycleContaining(anchor, subscription.subscription_rate.billing_frequency, new Date(instant));
  return {
    startingAt: new Date(Math.max(cycle.startingAt.getTime(), start)),
    endingBefore: new Date(Math.min(cycle.endingBefore.getTime(), end)),
  };
}

/** The previous, current and next billing periods as of `now` (each absent when there is none). */
export function billingPeriods(subscription: StoredSubscription, now: Date): Subscription.BillingPeriods {
  const start = Date.parse(subscription.starting_at);
  const end = subscription.ending_before ? Date.parse(subscription.ending_before) : Number.POSITIVE_INFINITY;
  const t = now.getTime();
  if (t < start) {
    const first = billingPeriodAt(subscription, start)!;
    return { next: periodOf(first) };
  }
  if (t >= end) {
    const last = billingPeriodAt(subscription, end - 1)!;
    return { previous: periodOf(last) };
  }
  const current = billingPeriodAt(subscription, t)!;
  const previous = billingPeriodAt(subscription, current.startingAt.getTime() - 1);
  const next = billingPeriodAt(subscription, current.endingBefore.getTime());
  return {
    ...(previous ? { previous: periodOf(previous) } : {}),
    current: periodOf(current),
    ...(next ? { next: periodOf(next) } : {}),
  };
}

/** The wire `Subscription` as of `now`: billing periods, only the current and future quantities, custom fields. */
export function subscriptionAsServed(db: Db, stored: StoredSubscription, now: Date): Subscription {
  const { seat_schedule: _seats, ...subscription } = stored;
  return {
    ...subscription,
    quantity_schedule: subscription.quantity_schedule.filter(
      (item) => item.ending_before === undefined || Date.parse(item.ending_before) > now.getTime(),
    ),
    billing_periods: billingPeriods(subscription, now),
    custom_fields: customFieldsOf(db, 'subscription', subscription.id),
  };
}

export type SubscriptionQuantityHistory = ContractRetrieveSubscriptionQuantityHistoryResponse.Data;

/**
 * Every quantity the subscription has had and the price it was charged at: one entry wherever the quantity or
 * the contract's price for the subscription product (override applied) changes, with `total = quantity ×
 * unit_price`.
 */
export function subscriptionQuantityHistory(
  db: Db,
  contract: StoredContract,
  prioritization: MultiplierOverridePrioritization,
  subscription: StoredSubscription,
): SubscriptionQuantityHistory {
  const start = Date.parse(subscription.starting_at);
  const end = subscription.ending_before ? Date.parse(subscription.ending_before) : Number.POSITIVE_INFINITY;
  const prices = contractRateSchedule(db, contract, prioritization, {
    startingAt: new Date(start),
    ...(Number.isFinite(end) ? { endingBefore: new Date(end) } : {}),
    selectors: [{ product_id: subscription.subscription_rate.product.id, billing_frequency: subscription.subscription_rate.billing_frequency }],
    includeUnentitled: true,
  });
  const priceAt = (t: number): number => {
    const segment = prices.find(
      (entry) => Date.parse(entry.starting_at) <= t && (entry.ending_before === undefined || t < Date.parse(entry.ending_before)),
    );
    return (segment?.override_rate ?? segment?.list_rate)?.price ?? 0;
  };
  const changes = new Set<number>([start]);
  for (const item of subscription.quantity_schedule) changes.add(Date.parse(item.starting_at));
  for (const entry of prices) changes.add(Math.max(Date.parse(entry.starting_at), start));
  const history: NonNullable<SubscriptionQuantityHistory['history']> = [];
  let previous = '';
  for (const t of [...changes].filter((c) => c >= start && c < end).sort((a, b) => a - b)) {
    const quantity = quantityAt(subscription, new Date(t));
    if (quantity === undefined) continue;
    const unitPrice = priceAt(t);
    const key = `${quantity}|${unitPrice}`;
    if (key === previous) continue;
    previous = key;
    history.push({
      starting_at: new Date(t).toISOString(),
      data: [{ quantity, unit_price: unitPrice, total: Decimal.from(quantity).times(unitPrice).toNumber() }],
    });
  }
  return {
    subscription_id: subscription.id,
    ...(subscription.fiat_credit_type_id ? { fiat_credit_type_id: subscription.fiat_credit_type_id } : {}),
    history,
  };
}
