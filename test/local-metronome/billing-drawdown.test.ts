import { describe, expect, it } from 'vitest';
import { drawDown, type DrawableCharge, type DrawableSegment } from '../../src/local-metronome/billing/drawdown.js';
import { dec } from '../../src/local-metronome/billing/money.js';

const USD = 'usd';
const jan = { startingAt: new Date('2025-01-01T00:00:00Z'), endingBefore: new Date('2025-02-01T00:00:00Z') };
const year = { startingAt: new Date('2025-01-01T00:00:00Z'), endingBefore: new Date('2026-01-01T00:00:00Z') };

function segment(id: string, overrides: Partial<DrawableSegment> = {}): DrawableSegment {
  return {
    balanceId: id,
    segmentId: `${id}-s`,
    kind: 'PREPAID',
    creditTypeId: USD,
    access: year,
    remaining: dec(1000),
    contractId: 'contract-1',
    order: 0,
    ...overrides,
  };
}

function charge(key: string, amount: number, overrides: Partial<DrawableCharge> = {}): DrawableCharge {
  return { key, contractId: 'contract-1', creditTypeId: USD, productId: 'compute', productTags: ['infra'], service: jan, amount: dec(amount), ...overrides };
}

const applied = (result: ReturnType<typeof drawDown>) =>
  result.applications.map((a) => [a.chargeKey, a.balanceId, a.amount.toString()]);

describe('commit and credit drawdown', () => {
  it('draws the lower priority first, whatever the creation order', () => {
    const result = drawDown([charge('line', 1500)], [segment('p10', { priority: 10, order: 0 }), segment('p1', { priority: 1, order: 1 })]);
    expect(applied(result)).toEqual([
      ['line', 'p1', '1000'],
      ['line', 'p10', '500'],
    ]);
    expect(result.remaining.get('p10-s')?.toString()).toBe('500');
  });

  it('breaks a priority tie by the soonest expiry', () => {
    const soon = { startingAt: year.startingAt, endingBefore: new Date('2025-03-01T00:00:00Z') };
    const result = drawDown([charge('line', 300)], [segment('late', { priority: 1 }), segment('soon', { priority: 1, access: soon, order: 1 })]);
    expect(applied(result)).toEqual([['line', 'soon', '300']]);
  });

  it('applies contract-level balances before customer-level ones on a full tie', () => {
    const result = drawDown([charge('line', 300)], [segment('customer', { contractId: undefined, order: 0 }), segment('contract', { order: 1 })]);
    expect(applied(result)).toEqual([['line', 'contract', '300']]);
  });

  it('pays only products the balance applies to, by id, by tag or by specifier', () => {
    const charges = [charge('compute', 100), charge('storage', 100, { productId: 'storage', productTags: ['disk'] })];
    expect(applied(drawDown(charges, [segment('ids', { applicableProductIds: ['storage'] })]))).toEqual([['storage', 'ids', '100']]);
    expect(applied(drawDown(charges, [segment('tags', { applicableProductTags: ['infra'] })]))).toEqual([['compute', 'tags', '100']]);
    expect(
      applied(drawDown(charges, [segment('spec', { specifiers: [{ product_id: 'storage', product_tags: ['disk'] }] })])),
    ).toEqual([['storage', 'spec', '100']]);
  });

  it('matches a specifier on pricing group values', () => {
    const east = charge('east', 50, { pricingGroupValues: { region: 'us-east' } });
    const west = charge('west', 70, { pricingGroupValues: { region: 'us-west' } });
    const result = drawDown([east, west], [segment('west-only', { specifiers: [{ pricing_group_values: { region: 'us-west' } }] })]);
    expect(applied(result)).toEqual([['west', 'west-only', '70']]);
  });

  it('pays only charges its access window covers, in its own pricing unit, on its own contract', () => {
    const february = { startingAt: new Date('2025-02-01T00:00:00Z'), endingBefore: new Date('2025-03-01T00:00:00Z') };
    const segments = [segment('feb', { access: february })];
    expect(applied(drawDown([charge('jan', 100)], segments))).toEqual([]);
    expect(applied(drawDown([charge('cpu', 100, { creditTypeId: 'cpu' })], [segment('usd')]))).toEqual([]);
    expect(applied(drawDown([charge('other', 100, { contractId: 'contract-2' })], [segment('usd')]))).toEqual([]);
  });

  it('lets a customer-level balance pay the contracts it names', () => {
    const customerLevel = segment('shared', { contractId: undefined, applicableContractIds: ['contract-2'] });
    expect(applied(drawDown([charge('c1', 10), charge('c2', 10, { contractId: 'contract-2' })], [customerLevel]))).toEqual([['c2', 'shared', '10']]);
  });

  it('skips exhausted segments and never pays more than the charge', () => {
    const result = drawDown([charge('a', 0.3), charge('b', 0.4)], [segment('empty', { remaining: dec(0), priority: 0 }), segment('cents', { remaining: dec(0.5) })]);
    expect(applied(result)).toEqual([
      ['a', 'cents', '0.3'],
      ['b', 'cents', '0.2'],
    ]);
    expect(result.remaining.get('cents-s')?.toString()).toBe('0');
  });
});
