import type { QuantityConversion, QuantityRounding } from '@metronome/sdk/resources/v1/contracts/products';
import { Decimal, type DecimalInput, type RoundingMode } from './money.js';

const QUANTITY_ROUNDING_MODES: Record<QuantityRounding['rounding_method'], RoundingMode> = {
  ROUND_UP: 'CEILING',
  ROUND_DOWN: 'FLOOR',
  ROUND_HALF_UP: 'HALF_UP',
};

/**
 * The billed quantity of a usage product: the billable metric's value over the period, converted by the
 * product's `quantity_conversion` (e.g. bytes DIVIDE 1e9 → GB) and then rounded by its `quantity_rounding`
 * (e.g. ROUND_UP to 0 places → whole GB). Conversion happens before rounding, as Metronome documents; a missing
 * (or null) setting leaves the quantity as it is.
 */
export function billedQuantity(
  metricValue: DecimalInput,
  conversion?: QuantityConversion | null,
  rounding?: QuantityRounding | null,
): Decimal {
  return roundQuantity(convertQuantity(metricValue, conversion), rounding);
}

export function convertQuantity(quantity: DecimalInput, conversion?: QuantityConversion | null): Decimal {
  const value = Decimal.from(quantity);
  if (!conversion) return value;
  return conversion.operation === 'MULTIPLY'
    ? value.times(conversion.conversion_factor)
    : value.dividedBy(conversion.conversion_factor);
}

export function roundQuantity(quantity: DecimalInput, rounding?: QuantityRounding | null): Decimal {
  const value = Decimal.from(quantity);
  if (!rounding) return value;
  return value.round(rounding.decimal_places, QUANTITY_ROUNDING_MODES[rounding.rounding_method]);
}
