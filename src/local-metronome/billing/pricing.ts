import type { Rate, Tier } from '@metronome/sdk/resources/shared';
import { Decimal, type DecimalInput } from './money.js';

/** The part of a quantity (or amount) that falls in one tier of a graduated price. */
export interface TierCharge {
  /** 1-based position of the tier. */
  level: number;
  /** Where the tier begins, in units of the priced quantity. */
  startingAt: Decimal;
  /** The tier's size; null for the last, unbounded tier. */
  size: Decimal | null;
  quantity: Decimal;
  price: Decimal;
  total: Decimal;
}

/** A quantity priced by a rate: the total, and how it was reached. */
export interface Charge {
  total: Decimal;
  /** The price per unit, for rates with one price (FLAT, SUBSCRIPTION). */
  unitPrice?: Decimal;
  /** For TIERED and TIERED_PERCENTAGE rates: every tier the quantity reached (the first tier at least). */
  tiers?: TierCharge[];
}

/**
 * Graduated tiers, as Metronome prices TIERED rates: each tier prices only the units that fall inside it, the
 * first tier starting at 0 and each `size` units long; the last tier has no size. A quantity of 0 still reports
 * the first tier (with 0 units), so the line item exists.
 */
export function tieredCharge(quantity: DecimalInput, tiers: readonly Tier[]): Charge {
  if (tiers.length === 0) throw new RangeError('A tiered rate needs at least one tier');
  const total = Decimal.from(quantity);
  const charges: TierCharge[] = [];
  let startingAt = Decimal.ZERO;
  for (const [index, tier] of tiers.entries()) {
    const last = index === tiers.length - 1 || tier.size === undefined || tier.size === null;
    const size = last ? null : Decimal.from(tier.size as number);
    const remaining = Decimal.max(total.minus(startingAt), 0);
    const inTier = size === null ? remaining : Decimal.min(remaining, size);
    if (index > 0 && inTier.isZero()) break;
    const price = Decimal.from(tier.price);
    charges.push({ level: index + 1, startingAt, size, quantity: inTier, price, total: inTier.times(price) });
    if (size === null) break;
    startingAt = startingAt.plus(size);
  }
  return { total: Decimal.sum(charges.map((c) => c.total)), tiers: charges };
}

/** A FLAT rate: quantity times price. */
export function flatCharge(quantity: DecimalInput, price: DecimalInput): Charge {
  const unitPrice = Decimal.from(price);
  return { total: Decimal.from(quantity).times(unitPrice), unitPrice };
}

/**
 * A PERCENTAGE rate (on a composite product): `fraction` of the spend it applies to, raised to the rate's
 * `minimum_config.minimum` when one is set.
 */
export function percentageCharge(baseAmount: DecimalInput, fraction: DecimalInput, minimum?: DecimalInput): Charge {
  const charge = Decimal.from(baseAmount).times(fraction);
  return { total: minimum === undefined ? charge : Decimal.max(charge, minimum), unitPrice: Decimal.from(fraction) };
}

/**
 * A TIERED_PERCENTAGE rate: graduated tiers over the spend it applies to, each tier's `price` a fraction of the
 * spend in that tier; raised to the minimum when one is set.
 */
export function tieredPercentageCharge(baseAmount: DecimalInput, tiers: readonly Tier[], minimum?: DecimalInput): Charge {
  const charge = tieredCharge(baseAmount, tiers);
  return minimum === undefined ? charge : { ...charge, total: Decimal.max(charge.total, minimum) };
}

/**
 * A SUBSCRIPTION charge: quantity × price for a whole billing period, times the fraction of the period the
 * subscription covers when it is prorated (see `proration.ts`).
 */
export function subscriptionCharge(quantity: DecimalInput, price: DecimalInput, prorationFraction: DecimalInput = 1): Charge {
  const unitPrice = Decimal.from(price);
  return { total: Decimal.from(quantity).times(unitPrice).times(prorationFraction), unitPrice };
}

/**
 * Prices a usage quantity by a rate. PERCENTAGE and TIERED_PERCENTAGE rates price spend, not quantity, and are
 * priced by the invoice engine with `percentageCharge`; CUSTOM rates are interpreted by custom processors that
 * the Local Metronome does not have, so they price at 0.
 */
export function usageCharge(quantity: DecimalInput, rate: Rate): Charge {
  switch (rate.rate_type) {
    case 'FLAT':
      return flatCharge(quantity, rate.price ?? 0);
    case 'TIERED':
      return tieredCharge(quantity, rate.tiers ?? [{ price: 0 }]);
    case 'SUBSCRIPTION':
      return subscriptionCharge(rate.quantity ?? quantity, rate.price ?? 0);
    case 'PERCENTAGE':
    case 'TIERED_PERCENTAGE':
    case 'CUSTOM':
      return { total: Decimal.ZERO, unitPrice: Decimal.ZERO };
  }
}

/**
 * Spend in a custom pricing unit expressed in fiat, by the rate card's `fiat_per_custom_credit` conversion
 * (e.g. 1 cloud credit = 50 USD cents).
 */
export function customUnitToFiat(amount: DecimalInput, fiatPerCustomCredit: DecimalInput): Decimal {
  return Decimal.from(amount).times(fiatPerCustomCredit);
}
