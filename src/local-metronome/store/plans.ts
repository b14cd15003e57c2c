import { randomUUID } from 'node:crypto';
import type { PlanDetail, PlanListChargesResponse } from '@metronome/sdk/resources/v1/plans';
import type { BillingFrequency } from '../billing/periods.js';
import { BadRequestError } from '../http/api-error.js';
import type { Db } from './database.js';
import { Collection } from './documents.js';
import { getCreditType, USD_CENTS } from './credit-types.js';
import { checkCustomFieldValues, assignCustomFields } from './custom-field-keys.js';
import { setCustomFields } from './custom-fields.js';

export type ChargeType = PlanListChargesResponse['charge_type'];
/** Plans bill monthly, quarterly or annually (weekly billing came with Contracts). */
export type PlanBillingFrequency = Exclude<BillingFrequency, 'WEEKLY'>;

/**
 * One charge of a plan as stored: the wire shape of a `/v1/planDetails/{plan_id}/charges` item without
 * `custom_fields` (they live in the custom field store under entity `charge`), plus what the invoice engine needs
 * and the API does not show: the billable metric a usage charge prices. A ramped charge appears once per ramp,
 * with the same `id` and a different `start_period`.
 */
export interface StoredPlanCharge extends Omit<PlanListChargesResponse, 'custom_fields'> {
  start_period: number;
  /** Usage charges: the billable metric whose quantity is priced. Never served. */
  billable_metric_id?: string;
}

/**
 * A plan as stored under document kind `plan`: the wire shape of `/v1/planDetails/{plan_id}` without
 * `custom_fields`, plus its charges (served by `/charges`), its billing frequency and when it was created (neither
 * of which the API shows). Plans are read-only in the API: they are made by `createPlan`.
 */
export interface StoredPlan extends Omit<PlanDetail, 'custom_fields'> {
  description: string;
  minimums: PlanDetail.Minimum[];
  overage_rates: PlanDetail.OverageRate[];
  credit_grants: PlanDetail.CreditGrant[];
  charges: StoredPlanCharge[];
  /** Billing periods start on the customer plan's `starting_on` and last this long. Never served. */
  billing_frequency: PlanBillingFrequency;
  created_at: string;
}

export const PLAN_KIND = 'plan';

export function planCollection(db: Db): Collection<StoredPlan> {
  return new Collection<StoredPlan>(db, PLAN_KIND, 'plan');
}

/** One price point of a charge: `value` per unit from quantity `tier` on (tier 0 for flat prices). */
export interface PlanPriceInput {
  tier?: number;
  value: number;
  quantity?: number;
  collection_schedule?: string;
  collection_interval?: number;
}

export interface PlanChargeInput {
  /** Give the same id to several charges to ramp one charge's price over `start_period`s. */
  id?: string;
  name: string;
  charge_type: ChargeType;
  product_id: string;
  product_name: string;
  /** Defaults to USD (cents). */
  credit_type_id?: string;
  prices: PlanPriceInput[];
  /** Fixed charges: how many units are billed. */
  quantity?: number;
  /** Defaults to 0: the charge applies from the first billing period. */
  start_period?: number;
  /** Usage charges: how many periods tiers accumulate over. Defaults to 1. */
  tier_reset_frequency?: number;
  unit_conversion?: { division_factor: number; rounding_behavior?: 'floor' | 'ceiling' };
  billable_metric_id?: string;
  custom_fields?: Record<string, string>;
}

export interface PlanInput {
  id?: string;
  name: string;
  description?: string;
  /** Defaults to `MONTHLY`. */
  billing_frequency?: PlanBillingFrequency;
  charges?: PlanChargeInput[];
  minimums?: { name: string; value: number; start_period?: number; credit_type_id?: string }[];
  overage_rates?: {
    custom_credit_type_id: string;
    fiat_credit_type_id?: string;
    to_fiat_conversion_factor: number;
    start_period?: number;
  }[];
  /**
   * Credit grants every customer on the plan receives: `effective_duration` billing periods long, issued at the
   * plan's start and, with `recurrence_interval`, again every that many periods (for `recurrence_duration`
   * periods when given, else for as long as the customer plan lasts).
   */
  credit_grants?: {
    name: string;
    amount_granted: number;
    amount_paid?: number;
    /** Defaults to USD (cents). */
    credit_type_id?: string;
    /** Defaults to USD (cents). */
    paid_credit_type_id?: string;
    priority: number;
    effective_duration: number;
    send_invoice?: boolean;
    reason?: string;
    recurrence_interval?: number;
    recurrence_duration?: number;
  }[];
  custom_fields?: Record<string, string>;
  /** Defaults to the current time. */
  created_at?: Date;
}

function creditTypeData(db: Db, id: string | undefined): { id: string; name: string } {
  const { name } = getCreditType(db, id ?? USD_CENTS.id);
  return { id: id ?? USD_CENTS.id, name };
}

function requireWholePeriod(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0) throw new BadRequestError(`${field} must be a non-negative integer`);
  return value;
}

/**
 * Adds a plan to the catalogue. The API has no endpoint for this (plans are made in the Metronome app); the seed
 * and tests call it directly. Unknown credit types are a 404; a charge without prices, a duplicate
 * (charge id, start_period), a negative period, or a custom field key not on the allow list for `plan` / `charge`
 * is a 400.
 */
export function createPlan(db: Db, input: PlanInput): StoredPlan {
  if (input.name.trim() === '') throw new BadRequestError('name must not be empty');
  const seen = new Set<string>();
  const charges = (input.charges ?? []).map((charge, index): StoredPlanCharge => {
    const id = charge.id ?? randomUUID();
    const startPeriod = requireWholePeriod(charge.start_period ?? 0, `charges[${index}].start_period`);
    if (seen.has(`${id}@${startPeriod}`))
      throw new BadRequestError(`charges[${index}] repeats charge ${id} at start_period ${startPeriod}`);
    seen.add(`${id}@${startPeriod}`);
    if (charge.prices.length === 0) throw new BadRequestError(`charges[${index}].prices must not be empty`);
    const prices = charge.prices
      .map((price) => ({ ...price, tier: price.tier ?? 0 }))
      .sort((a, b) => a.tier - b.tier);
    if (prices[0]!.tier !== 0) throw new BadRequestError(`charges[${index}].prices must start at tier 0`);
    return {
      id,
      name: charge.name,
      charge_type: charge.charge_type,
      product_id: charge.product_id,
      product_name: charge.product_name,
      credit_type: creditTypeData(db, charge.credit_type_id),
      prices,
      ...(charge.quantity !== undefined ? { quantity: charge.quantity } : {}),
      start_period: startPeriod,
      ...(charge.charge_type === 'usage' ? { tier_reset_frequency: charge.tier_reset_frequency ?? 1 } : {}),
      ...(charge.unit_conversion ? { unit_conversion: charge.unit_conversion } : {}),
      ...(charge.billable_metric_id ? { billable_metric_id: charge.billable_metric_id } : {}),
    };
  });

  const plan: StoredPlan = {
    id: input.id ?? randomUUID(),
    name: input.name,
    description: input.description ?? '',
    minimums: (input.minimums ?? []).map((minimum, index) => ({
      name: minimum.name,
      value: minimum.value,
      start_period: requireWholePeriod(minimum.start_period ?? 0, `minimums[${index}].start_period`),
      credit_type: creditTypeData(db, minimum.credit_type_id),
    })),
    overage_rates: (input.overage_rates ?? []).map((rate, index) => ({
      start_period: requireWholePeriod(rate.start_period ?? 0, `overage_rates[${index}].start_period`),
      to_fiat_conversion_factor: rate.to_fiat_conversion_factor,
      fiat_credit_type: creditTypeData(db, rate.fiat_credit_type_id),
      credit_type: creditTypeData(db, rate.custom_credit_type_id),
    })),
    credit_grants: (input.credit_grants ?? []).map((grant, index) => {
      if (!(grant.amount_granted > 0)) throw new BadRequestError(`credit_grants[${index}].amount_granted must be positive`);
      if (!Number.isInteger(grant.effective_duration) || grant.effective_duration < 1)
        throw new BadRequestError(`credit_grants[${index}].effective_duration must be a positive integer`);
      if (grant.recurrence_interval !== undefined && (!Number.isInteger(grant.recurrence_interval) || grant.recurrence_interval < 1))
        throw new BadRequestError(`credit_grants[${index}].recurrence_interval must be a positive integer`);
      return {
        name: grant.name,
        amount_granted: grant.amount_granted,
        amount_paid: grant.amount_paid ?? 0,
        effective_duration: grant.effective_duration,
        priority: String(grant.priority),
        send_invoice: grant.send_invoice ?? false,
        ...(grant.reason !== undefined ? { reason: grant.reason } : {}),
        ...(grant.recurrence_duration !== undefined ? { recurrence_duration: grant.recurrence_duration } : {}),
        ...(grant.recurrence_interval !== undefined ? { recurrence_interval: grant.recurrence_interval } : {}),
        amount_granted_credit_type: creditTypeData(db, grant.credit_type_id),
        amount_paid_credit_type: creditTypeData(db, grant.paid_credit_type_id),
      };
    }),
    charges,
    billing_frequency: input.billing_frequency ?? 'MONTHLY',
    created_at: (input.created_at ?? new Date()).toISOString(),
  };
  // Custom fields obey the same allow list as in the API; checked before anything is stored.
  checkCustomFieldValues(db, 'plan', plan.id, input.custom_fields ?? {});
  for (const [index, charge] of (input.charges ?? []).entries())
    checkCustomFieldValues(db, 'charge', charges[index]!.id, charge.custom_fields ?? {});
  planCollection(db).insert(plan);
  setCustomFields(db, 'plan', plan.id, input.custom_fields);
  // Each charge is checked again as it is stored, so two charges of this plan cannot share a unique value.
  for (const [index, charge] of (input.charges ?? []).entries())
    assignCustomFields(db, 'charge', charges[index]!.id, charge.custom_fields);
  return plan;
}
