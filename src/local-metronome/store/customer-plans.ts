import { randomUUID } from 'node:crypto';
import type {
  PlanAddParams,
  PlanListPriceAdjustmentsResponse,
  PlanListResponse as CustomerPlanWire,
} from '@metronome/sdk/resources/v1/customers/plans';
import { periodBoundary, periodContaining } from '../billing/periods.js';
import { BadRequestError, NotFoundError } from '../http/api-error.js';
import { getCreditType } from './credit-types.js';
import { requireCustomer } from './customers.js';
import type { Db } from './database.js';
import { Collection } from './documents.js';
import { planCollection, type StoredPlan } from './plans.js';

export type PriceAdjustment = PlanListPriceAdjustmentsResponse;
export type CustomerPlanStatus = 'active' | 'ended' | 'upcoming';

/**
 * A customer's plan as stored under document kind `customer_plan` (parent: the customer id): the wire shape of a
 * `/v1/customers/{customer_id}/plans` item without `custom_fields`, plus what the invoice engine needs: the
 * customer, the price adjustments in the wire shape of `/priceAdjustments`, and the overage rate adjustments as
 * they were given.
 */
export interface StoredCustomerPlan extends Omit<CustomerPlanWire, 'custom_fields'> {
  customer_id: string;
  price_adjustments: PriceAdjustment[];
  overage_rate_adjustments: PlanAddParams.OverageRateAdjustment[];
  created_at: string;
}

export const CUSTOMER_PLAN_KIND = 'customer_plan';

export function customerPlanCollection(db: Db): Collection<StoredCustomerPlan> {
  return new Collection<StoredCustomerPlan>(db, CUSTOMER_PLAN_KIND, 'customer plan');
}

/** The customer's plan, or a 404 when it does not exist or belongs to another customer. */
export function requireCustomerPlan(db: Db, customerId: string, customerPlanId: string): StoredCustomerPlan {
  requireCustomer(db, customerId);
  const customerPlan = customerPlanCollection(db).find(customerPlanId);
  if (!customerPlan || customerPlan.customer_id !== customerId)
    throw new NotFoundError(`customer plan not found: ${customerPlanId}`);
  return customerPlan;
}

/** Upcoming before `starting_on`, active from it, ended from `ending_before` (exclusive) on. */
export function customerPlanStatus(customerPlan: StoredCustomerPlan, at: Date): CustomerPlanStatus {
  if (at.getTime() < Date.parse(customerPlan.starting_on)) return 'upcoming';
  if (customerPlan.ending_before !== undefined && at.getTime() >= Date.parse(customerPlan.ending_before)) return 'ended';
  return 'active';
}

/** The customer plan in force at `at`, if any (a customer is on at most one plan at a time). */
export function customerPlanAt(db: Db, customerId: string, at: Date): StoredCustomerPlan | undefined {
  return customerPlanCollection(db)
    .all(customerId)
    .find((customerPlan) => customerPlanStatus(customerPlan, at) === 'active');
}

/** Where billing period `index` (0 = the first) of a customer plan starts. */
export function billingPeriodStart(customerPlan: StoredCustomerPlan, plan: StoredPlan, index: number): Date {
  return periodBoundary(new Date(customerPlan.starting_on), plan.billing_frequency, index);
}

export interface BillingPeriod {
  starting_on: Date;
  ending_before: Date;
  /** The customer plan whose period this is, absent when the customer is on no plan at that time. */
  customer_plan?: StoredCustomerPlan;
}

/**
 * The customer's billing period that contains `at`. On a plan, periods start at the customer plan's `starting_on`
 * and last as long as the plan's billing frequency says, the last one cut short at the plan's `ending_before`.
 * Off any plan, the period is the calendar month (UTC) that contains `at`.
 */
export function billingPeriodAt(db: Db, customerId: string, at: Date): BillingPeriod {
  const customerPlan = customerPlanAt(db, customerId, at);
  if (!customerPlan) {
    const calendarMonth = periodContaining(new Date(Date.UTC(at.getUTCFullYear(), 0, 1)), 'MONTHLY', at);
    return { starting_on: calendarMonth.startingAt, ending_before: calendarMonth.endingBefore };
  }
  const plan = planCollection(db).get(customerPlan.plan_id);
  const period = periodContaining(new Date(customerPlan.starting_on), plan.billing_frequency, at);
  const planEnd = customerPlan.ending_before ? new Date(customerPlan.ending_before) : undefined;
  return {
    starting_on: period.startingAt,
    ending_before: planEnd && planEnd < period.endingBefore ? planEnd : period.endingBefore,
    customer_plan: customerPlan,
  };
}

function requireMidnight(value: string, field: string): Date {
  const instant = new Date(value);
  if (
    instant.getUTCHours() !== 0 ||
    instant.getUTCMinutes() !== 0 ||
    instant.getUTCSeconds() !== 0 ||
    instant.getUTCMilliseconds() !== 0
  )
    throw new BadRequestError(`${field} must be at 0:00 UTC (midnight)`);
  return instant;
}

function overlaps(aStart: number, aEnd: number | undefined, bStart: number, bEnd: number | undefined): boolean {
  return aStart < (bEnd ?? Number.POSITIVE_INFINITY) && bStart < (aEnd ?? Number.POSITIVE_INFINITY);
}

/** A customer is on one plan at a time: a 400 naming the plan the range `[start, end)` would overlap. */
function requireNoOverlap(db: Db, customerId: string, start: Date, end: Date | undefined, except?: string): void {
  for (const other of customerPlanCollection(db).all(customerId)) {
    if (other.id === except) continue;
    const otherEnd = other.ending_before ? Date.parse(other.ending_before) : undefined;
    if (overlaps(start.getTime(), end?.getTime(), Date.parse(other.starting_on), otherEnd))
      throw new BadRequestError(
        `Customer ${customerId} is already on plan ${other.plan_id} (customer plan ${other.id}) from ${other.starting_on}` +
          `${other.ending_before ? ` until ${other.ending_before}` : ''}, which overlaps the requested dates`,
      );
  }
}

function requireEndAfterStart(start: Date, end: Date | undefined): void {
  if (end && end.getTime() <= start.getTime()) throw new BadRequestError('ending_before must be after starting_on');
}

/** Groups the flat adjustments of an add request by charge and ramp, in the order they were given. */
function priceAdjustmentsOf(plan: StoredPlan, adjustments: PlanAddParams.PriceAdjustment[]): PriceAdjustment[] {
  const groups = new Map<string, PriceAdjustment>();
  adjustments.forEach((adjustment, index) => {
    const at = `price_adjustments[${index}]`;
    const charge = plan.charges.find((c) => c.id === adjustment.charge_id);
    if (!charge) throw new BadRequestError(`${at}.charge_id ${adjustment.charge_id} is not a charge of plan ${plan.id}`);
    if (!Number.isInteger(adjustment.start_period) || adjustment.start_period < 0)
      throw new BadRequestError(`${at}.start_period must be a non-negative integer`);
    if (adjustment.adjustment_type === 'quantity') {
      if (charge.charge_type !== 'fixed')
        throw new BadRequestError(`${at}: quantity adjustments apply only to fixed charges`);
      if (adjustment.quantity === undefined && adjustment.value === undefined)
        throw new BadRequestError(`${at}.quantity is required for a quantity adjustment`);
    } else if (adjustment.value === undefined) {
      throw new BadRequestError(`${at}.value is required for a ${adjustment.adjustment_type} adjustment`);
    }
    const key = `${charge.id}@${adjustment.start_period}`;
    const group = groups.get(key) ?? {
      charge_id: charge.id,
      charge_type: charge.charge_type,
      start_period: adjustment.start_period,
      prices: [],
    };
    if (adjustment.adjustment_type === 'quantity' && adjustment.quantity !== undefined) group.quantity = adjustment.quantity;
    group.prices.push({
      adjustment_type: adjustment.adjustment_type,
      ...(adjustment.value !== undefined ? { value: adjustment.value } : {}),
      ...(adjustment.quantity !== undefined ? { quantity: adjustment.quantity } : {}),
      ...(adjustment.tier !== undefined ? { tier: adjustment.tier } : {}),
    });
    groups.set(key, group);
  });
  return [...groups.values()];
}

export type AddCustomerPlanInput = Omit<PlanAddParams, 'customer_id'>;

/**
 * Puts a customer on a plan (`POST /v1/customers/{customer_id}/plans/add`). Unknown customer, plan or credit type:
 * 404. Dates not at midnight UTC, an end not after the start, a range that overlaps another of the customer's
 * plans, adjustments of charges or overage rates the plan does not have: 400.
 */
export function addCustomerPlan(db: Db, customerId: string, input: AddCustomerPlanInput, now: Date): StoredCustomerPlan {
  requireCustomer(db, customerId);
  const plan = planCollection(db).get(input.plan_id);
  const start = requireMidnight(input.starting_on, 'starting_on');
  const end = input.ending_before === undefined ? undefined : requireMidnight(input.ending_before, 'ending_before');
  requireEndAfterStart(start, end);
  if (input.net_payment_terms_days !== undefined && input.net_payment_terms_days < 0)
    throw new BadRequestError('net_payment_terms_days must not be negative');
  const priceAdjustments = priceAdjustmentsOf(plan, input.price_adjustments ?? []);
  (input.overage_rate_adjustments ?? []).forEach((adjustment, index) => {
    getCreditType(db, adjustment.custom_credit_type_id);
    getCreditType(db, adjustment.fiat_currency_credit_type_id);
    if (!plan.overage_rates.some((rate) => rate.credit_type.id === adjustment.custom_credit_type_id))
      throw new BadRequestError(
        `overage_rate_adjustments[${index}].custom_credit_type_id ${adjustment.custom_credit_type_id} has no overage rate on plan ${plan.id}`,
      );
  });
  let trialInfo: CustomerPlanWire.TrialInfo | undefined;
  if (input.trial_spec) {
    const { length_in_days: days, spending_cap: cap } = input.trial_spec;
    if (!Number.isInteger(days) || days < 1) throw new BadRequestError('trial_spec.length_in_days must be a positive integer');
    trialInfo = {
      ending_before: new Date(start.getTime() + days * 86_400_000).toISOString(),
      spending_caps: cap
        ? [{ credit_type: { id: cap.credit_type_id, name: getCreditType(db, cap.credit_type_id).name }, amount: cap.amount, amount_remaining: cap.amount }]
        : [],
    };
  }
  requireNoOverlap(db, customerId, start, end);

  const customerPlan: StoredCustomerPlan = {
    id: randomUUID(),
    customer_id: customerId,
    plan_id: plan.id,
    plan_name: plan.name,
    plan_description: plan.description,
    starting_on: start.toISOString(),
    ...(end ? { ending_before: end.toISOString() } : {}),
    ...(input.net_payment_terms_days !== undefined ? { net_payment_terms_days: input.net_payment_terms_days } : {}),
    ...(trialInfo ? { trial_info: trialInfo } : {}),
    price_adjustments: priceAdjustments,
    overage_rate_adjustments: input.overage_rate_adjustments ?? [],
    created_at: now.toISOString(),
  };
  return customerPlanCollection(db).insert(customerPlan, customerId);
}

/**
 * Moves or clears the end of a customer's plan (`POST .../plans/{customer_plan_id}/end`). Without `ending_before`
 * the plan runs on indefinitely. The new range must not overlap the customer's other plans.
 */
export function endCustomerPlan(
  db: Db,
  customerId: string,
  customerPlanId: string,
  endingBefore: string | undefined,
): StoredCustomerPlan {
  const customerPlan = requireCustomerPlan(db, customerId, customerPlanId);
  const start = new Date(customerPlan.starting_on);
  const end = endingBefore === undefined ? undefined : requireMidnight(endingBefore, 'ending_before');
  requireEndAfterStart(start, end);
  requireNoOverlap(db, customerId, start, end, customerPlan.id);
  const { ending_before: _previous, ...rest } = customerPlan;
  return customerPlanCollection(db).update(end ? { ...rest, ending_before: end.toISOString() } : rest);
}
