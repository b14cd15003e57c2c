/**
 * Exact decimal arithmetic for money and quantities.
 *
 * A `Decimal` is an integer coefficient and a power-of-ten scale (`units / 10^scale`), held in a `bigint`, so
 * sums and products are exact: `0.1 + 0.2` is `0.3`, and an invoice total is exactly the sum of its line items.
 * Only division can need rounding; it rounds to `DIVISION_PLACES` unless told otherwise.
 */

/** How a value that does not fit the requested places is rounded. */
export type RoundingMode =
  /** Half away from zero: 2.5 → 3, -2.5 → -3. */
  | 'HALF_UP'
  /** Towards negative infinity. */
  | 'FLOOR'
  /** Towards positive infinity. */
  | 'CEILING'
  /** Towards zero (truncation). */
  | 'DOWN'
  /** Away from zero. */
  | 'UP';

/** Decimal places kept by a division when the quotient does not terminate (a third, a proration fraction). */
export const DIVISION_PLACES = 20;

export type DecimalInput = Decimal | number | string | bigint;

const TEN = 10n;

function pow10(exponent: number): bigint {
  return TEN ** BigInt(exponent);
}

function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator < 0n) return divideRounded(-numerator, -denominator, mode);
  const quotient = numerator / denominator; // truncates towards zero
  const remainder = numerator - quotient * denominator;
  if (remainder === 0n) return quotient;
  const negative = numerator < 0n;
  const awayFromZero = negative ? quotient - 1n : quotient + 1n;
  switch (mode) {
    case 'DOWN':
      return quotient;
    case 'UP':
      return awayFromZero;
    case 'FLOOR':
      return negative ? quotient - 1n : quotient;
    case 'CEILING':
      return negative ? quotient : quotient + 1n;
    case 'HALF_UP': {
      const twiceRemainder = (remainder < 0n ? -remainder : remainder) * 2n;
      return twiceRemainder >= denominator ? awayFromZero : quotient;
    }
  }
}

export class Decimal {
  static readonly ZERO = new Decimal(0n, 0);
  static readonly ONE = new Decimal(1n, 0);

  private constructor(
    /** The value times 10^scale. */
    private readonly units: bigint,
    private readonly scale: number,
  ) {}

  /**
   * Reads a number by its shortest decimal representation (what `String(n)` prints), so `0.1` is exactly one
   * tenth rather than the nearest binary fraction. Strings may use exponent notation.
   */
  static from(value: DecimalInput): Decimal {
    if (value instanceof Decimal) return value;
    if (typeof value === 'bigint') return new Decimal(value, 0);
    if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
    const text = String(value).trim();
    const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
    if (!match || (match[2] === '' && (match[3] ?? '') === '')) throw new RangeError(`Not a decimal number: ${text}`);
    const [, sign, whole = '', fraction = '', exponentText] = match;
    const exponent = exponentText ? Number(exponentText) : 0;
    let units = BigInt(`${whole}${fraction}` || '0');
    let scale = fraction.length - exponent;
    if (scale < 0) {
      units *= pow10(-scale);
      scale = 0;
    }
    return new Decimal(sign === '-' ? -units : units, scale).normalized();
  }

  static sum(values: Iterable<DecimalInput>): Decimal {
    let total = Decimal.ZERO;
    for (const value of values) total = total.plus(value);
    return total;
  }

  static min(a: DecimalInput, b: DecimalInput): Decimal {
    const x = Decimal.from(a);
    const y = Decimal.from(b);
    return x.compare(y) <= 0 ? x : y;
  }

  static max(a: DecimalInput, b: DecimalInput): Decimal {
    const x = Decimal.from(a);
    const y = Decimal.from(b);
    return x.compare(y) >= 0 ? x : y;
  }

  private withScale(scale: number): bigint {
    return this.units * pow10(scale - this.scale);
  }

  /** Trailing zeros dropped, so equal values print the same. */
  private normalized(): Decimal {
    let { units, scale } = this;
    if (units === 0n) return new Decimal(0n, 0);
    while (scale > 0 && units % TEN === 0n) {
      units /= TEN;
      scale -= 1;
    }
    return new Decimal(units, scale);
  }

  plus(other: DecimalInput): Decimal {
    const o = Decimal.from(other);
    const scale = Math.max(this.scale, o.scale);
    return new Decimal(this.withScale(scale) + o.withScale(scale), scale).normalized();
  }

  minus(other: DecimalInput): Decimal {
    return this.plus(Decimal.from(other).negated());
  }

  times(other: DecimalInput): Decimal {
    const o = Decimal.from(other);
    return new Decimal(this.units * o.units, this.scale + o.scale).normalized();
  }

  /** The quotient, exact when it terminates within `places`, otherwise rounded there. */
  dividedBy(other: DecimalInput, places: number = DIVISION_PLACES, mode: RoundingMode = 'HALF_UP'): Decimal {
    const o = Decimal.from(other);
    if (o.units === 0n) throw new RangeError('Division by zero');
    // (a / 10^sa) / (b / 10^sb) = (a * 10^(sb + places - sa) / b) / 10^places
    const shift = o.scale + places - this.scale;
    const numerator = shift >= 0 ? this.units * pow10(shift) : this.units;
    const denominator = shift >= 0 ? o.units : o.units * pow10(-shift);
    return new Decimal(divideRounded(numerator, denominator, mode), places).normalized();
  }

  negated(): Decimal {
    return new Decimal(-this.units, this.scale);
  }

  abs(): Decimal {
    return this.units < 0n ? this.negated() : this;
  }

  /**
   * Rounded to `places` decimal places; negative places round to tens, hundreds, ... (`-2` rounds 1250 to 1300
   * with HALF_UP).
   */
  round(places: number, mode: RoundingMode = 'HALF_UP'): Decimal {
    if (places >= this.scale) return this;
    const divisor = pow10(this.scale - places);
    const rounded = divideRounded(this.units, divisor, mode);
    return places >= 0
      ? new Decimal(rounded, places).normalized()
      : new Decimal(rounded * pow10(-places), 0).normalized();
  }

  compare(other: DecimalInput): -1 | 0 | 1 {
    const o = Decimal.from(other);
    const scale = Math.max(this.scale, o.scale);
    const a = this.withScale(scale);
    const b = o.withScale(scale);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  eq(other: DecimalInput): boolean {
    return this.compare(other) === 0;
  }

  lt(other: DecimalInput): boolean {
    return this.compare(other) < 0;
  }

  lte(other: DecimalInput): boolean {
    return this.compare(other) <= 0;
  }

  gt(other: DecimalInput): boolean {
    return this.compare(other) > 0;
  }

  gte(other: DecimalInput): boolean {
    return this.compare(other) >= 0;
  }

  isZero(): boolean {
    return this.units === 0n;
  }

  isNegative(): boolean {
    return this.units < 0n;
  }

  isPositive(): boolean {
    return this.units > 0n;
  }

  /** The plain decimal text, without exponent or trailing zeros: `"1234.5"`, `"-0.001"`. */
  toString(): string {
    const negative = this.units < 0n;
    const digits = (negative ? -this.units : this.units).toString();
    if (this.scale === 0) return `${negative ? '-' : ''}${digits}`;
    const padded = digits.padStart(this.scale + 1, '0');
    const whole = padded.slice(0, padded.length - this.scale);
    const fraction = padded.slice(padded.length - this.scale);
    return `${negative ? '-' : ''}${whole}.${fraction}`;
  }

  /** The nearest JSON number: what goes on the wire. Computation stays in `Decimal` until this point. */
  toNumber(): number {
    return Number(this.toString());
  }

  toJSON(): number {
    return this.toNumber();
  }
}

/** Shorthand for `Decimal.from`. */
export function dec(value: DecimalInput): Decimal {
  return Decimal.from(value);
}
