import { describe, expect, it } from 'vitest';
import { billedQuantity } from '../../src/local-metronome/billing/quantity.js';
import {
  customUnitToFiat,
  flatCharge,
  percentageCharge,
  subscriptionCharge,
  tieredCharge,
  usageCharge,
} from '../../src/local-metronome/billing/pricing.js';

const text = (tiers: ReturnType<typeof tieredCharge>['tiers']) =>
  tiers?.map((t) => ({
    level: t.level,
    startingAt: t.startingAt.toString(),
    size: t.size?.toString() ?? null,
    quantity: t.quantity.toString(),
    price: t.price.toString(),
    total: t.total.toString(),
  }));

describe('flat pricing', () => {
  it('charges quantity times price, in fractional cents', () => {
    const charge = flatCharge(1234, 0.15);
    expect(charge.total.toString()).toBe('185.1');
    expect(charge.unitPrice?.toString()).toBe('0.15');
  });
});

describe('tiered pricing', () => {
  const tiers = [
    { size: 100, price: 10 },
    { size: 900, price: 5 },
    { price: 1 },
  ];

  it('prices each tier only for the units inside it (graduated)', () => {
    const charge = tieredCharge(1500, tiers);
    expect(charge.total.toString()).toBe(String(100 * 10 + 900 * 5 + 500 * 1));
    expect(text(charge.tiers)).toEqual([
      { level: 1, startingAt: '0', size: '100', quantity: '100', price: '10', total: '1000' },
      { level: 2, startingAt: '100', size: '900', quantity: '900', price: '5', total: '4500' },
      { level: 3, startingAt: '1000', size: null, quantity: '500', price: '1', total: '500' },
    ]);
  });

  it('stops at the tier the quantity reaches', () => {
    const charge = tieredCharge(150.5, tiers);
    expect(charge.total.toString()).toBe('1252.5');
    expect(charge.tiers?.map((t) => t.quantity.toString())).toEqual(['100', '50.5']);
  });

  it('reports the first tier with zero units when nothing was used', () => {
    const charge = tieredCharge(0, tiers);
    expect(charge.total.toString()).toBe('0');
    expect(text(charge.tiers)).toEqual([{ level: 1, startingAt: '0', size: '100', quantity: '0', price: '10', total: '0' }]);
  });
});

describe('quantity conversion and rounding', () => {
  it('divides bytes into gigabytes and rounds up to whole units', () => {
    expect(billedQuantity(1_500_000_001, { conversion_factor: 1e9, operation: 'DIVIDE' }, { decimal_places: 0, rounding_method: 'ROUND_UP' }).toString()).toBe('2');
  });

  it('converts before rounding, so rounding sees the converted quantity', () => {
    expect(billedQuantity(1234, { conversion_factor: 1000, operation: 'DIVIDE' }, { decimal_places: 2, rounding_method: 'ROUND_HALF_UP' }).toString()).toBe('1.23');
    expect(billedQuantity(1235, { conversion_factor: 1000, operation: 'DIVIDE' }, { decimal_places: 2, rounding_method: 'ROUND_HALF_UP' }).toString()).toBe('1.24');
  });

  it('rounds down when told to', () => {
    expect(billedQuantity(59.99, { conversion_factor: 60, operation: 'MULTIPLY' }, { decimal_places: 0, rounding_method: 'ROUND_DOWN' }).toString()).toBe('3599');
  });

  it('leaves the quantity as it is without conversion or rounding', () => {
    expect(billedQuantity(0.1 + 0.2).toString()).toBe('0.30000000000000004');
    expect(billedQuantity('17.25', null, null).toString()).toBe('17.25');
  });
});

describe('other rate types', () => {
  it('charges a percentage of spend, raised to its minimum', () => {
    expect(percentageCharge(12345, 0.1).total.toString()).toBe('1234.5');
    expect(percentageCharge(100, 0.1, 500).total.toString()).toBe('500');
  });

  it('prorates a subscription by the fraction of the period it covers', () => {
    expect(subscriptionCharge(3, 1000, '0.5').total.toString()).toBe('1500');
  });

  it('prices custom rates at zero, having no custom processor', () => {
    expect(usageCharge(100, { rate_type: 'CUSTOM', custom_rate: { anything: 1 } }).total.toString()).toBe('0');
  });

  it('converts a custom pricing unit to fiat by the rate card conversion', () => {
    expect(customUnitToFiat(12.5, 40).toString()).toBe('500');
  });

  it('dispatches FLAT and TIERED rates', () => {
    expect(usageCharge(10, { rate_type: 'FLAT', price: 2.5 }).total.toString()).toBe('25');
    expect(usageCharge(10, { rate_type: 'TIERED', tiers: [{ size: 5, price: 2 }, { price: 1 }] }).total.toString()).toBe('15');
  });
});
