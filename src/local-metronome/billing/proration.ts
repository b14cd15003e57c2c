import { Decimal } from './money.js';
import type { Period } from './periods.js';

/**
 * The fraction of a billing period that `covered` occupies: 1 when it spans the whole period, 0 when it misses
 * it. Measured in milliseconds; billing periods and subscription dates are day-aligned in practice, so this is
 * the ratio of days Metronome prorates by.
 */
export function prorationFraction(period: Period, covered: Period): Decimal {
  const start = Math.max(period.startingAt.getTime(), covered.startingAt.getTime());
  const end = Math.min(period.endingBefore.getTime(), covered.endingBefore.getTime());
  const length = period.endingBefore.getTime() - period.startingAt.getTime();
  if (end <= start || length <= 0) return Decimal.ZERO;
  if (end - start === length) return Decimal.ONE;
  return Decimal.from(end - start).dividedBy(length);
}
