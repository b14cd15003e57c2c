import { describe, expect, it } from 'vitest';
import type { Rate } from '@metronome/sdk/resources/shared';
import { applyOverride, overrideMatchesRate, winningOverride } from '../../src/local-metronome/billing/contract-rates.js';
import type { RateScheduleEntry } from '../../src/local-metronome/billing/rate-schedule.js';
import { cycleContaining, occurrences, stepFrom } from '../../src/local-metronome/billing/recurrence.js';
import type { StoredOverride } from '../../src/local-metronome/store/contracts.js';

const USD = { id: '2714e483-4ff1-48e4-9e25-ac732e8f24f2', name: 'USD (cents)' };
const JAN = '2025-01-01T00:00:00.000Z';

function override(fields: Partial<StoredOverride>): StoredOverride {
  return { id: 'o', created_at: JAN, starting_at: JAN, ...fields };
}

function entry(fields: Partial<RateScheduleEntry> = {}): RateScheduleEntry {
  return {
    product_id: 'compute',
    product_name: 'Compute',
    product_tags: ['infra', 'gpu'],
    product_custom_fields: {},
    starting_at: JAN,
    entitled: true,
    rate: { rate_type: 'FLAT', price: 10, credit_type: USD },
    ...fields,
  };
}

describe('applying an override to a list rate', () => {
  it('turns a flat price into tiers under a tiered override, one multiplier per tier', () => {
    const rate: Rate = { rate_type: 'FLAT', price: 0.3, credit_type: USD, pricing_group_values: { region: 'eu' } };
    const tiered = override({ type: 'TIERED', override_tiers: [{ size: 100, multiplier: 1 }, { multiplier: 0.7 }] });
    expect(applyOverride(rate, tiered)).toEqual({
      rate_type: 'TIERED',
      tiers: [{ size: 100, price: 0.3 }, { price: 0.21 }],
      credit_type: USD,
      pricing_group_values: { region: 'eu' },
    });
  });

  it('multiplies every tier of a tiered list rate', () => {
    const rate: Rate = { rate_type: 'TIERED', tiers: [{ size: 10, price: 1.1 }, { price: 0.9 }], credit_type: USD };
    expect(applyOverride(rate, override({ type: 'MULTIPLIER', multiplier: 1.1 }))).toEqual({
      rate_type: 'TIERED',
      tiers: [{ size: 10, price: 1.21 }, { price: 0.99 }],
      credit_type: USD,
    });
  });

  it('replaces the rate with an overwrite, keeping the credit type and pricing group values of the list rate', () => {
    const rate: Rate = { rate_type: 'FLAT', price: 10, credit_type: USD, pricing_group_values: { region: 'us' } };
    expect(applyOverride(rate, override({ type: 'OVERWRITE', overwrite_rate: { rate_type: 'FLAT', price: 3.23 } }))).toEqual({
      rate_type: 'FLAT',
      price: 3.23,
      credit_type: USD,
      pricing_group_values: { region: 'us' },
    });
  });

  it('leaves the rate alone for an entitlement-only override', () => {
    expect(applyOverride({ rate_type: 'FLAT', price: 10 }, override({ entitled: false }))).toBeUndefined();
  });
});

describe('which rates an override reaches', () => {
  it('reaches a rate through a specifier whose every given field matches', () => {
    const specifier = override({ override_specifiers: [{ product_tags: ['infra', 'gpu'], pricing_group_values: { region: 'eu' } }] });
    expect([
      overrideMatchesRate(specifier, entry({ pricing_group_values: { region: 'eu', tier: 'gold' } })),
      overrideMatchesRate(specifier, entry({ pricing_group_values: { region: 'us' } })),
      overrideMatchesRate(specifier, entry({ product_tags: ['infra'], pricing_group_values: { region: 'eu' } })),
    ]).toEqual([true, false, false]);
  });

  it('skips products carrying every excluded tag', () => {
    const excluding = override({ override_specifiers: [{ product_tags: ['infra'], exclude: [{ product_tags: ['gpu'] }] }] });
    expect([overrideMatchesRate(excluding, entry()), overrideMatchesRate(excluding, entry({ product_tags: ['infra'] }))]).toEqual([false, true]);
  });

  it('reaches a rate through any one of its applicable product tags', () => {
    expect(overrideMatchesRate(override({ applicable_product_tags: ['storage', 'gpu'] }), entry())).toBe(true);
  });

  it('never shows an override on presentation group values on a rate', () => {
    expect(overrideMatchesRate(override({ override_specifiers: [{ product_id: 'compute', presentation_group_values: { team: 'a' } }] }), entry())).toBe(false);
  });

  it('matches subscription rates by billing frequency', () => {
    const monthly = override({ override_specifiers: [{ billing_frequency: 'MONTHLY' }] });
    expect([
      overrideMatchesRate(monthly, entry({ billing_frequency: 'MONTHLY' })),
      overrideMatchesRate(monthly, entry({ billing_frequency: 'ANNUAL' })),
    ]).toEqual([true, false]);
  });
});

describe('choosing among overrides in force', () => {
  it('lets the override added last win a tie', () => {
    const first = override({ id: 'first', type: 'MULTIPLIER', multiplier: 0.8 });
    const second = override({ id: 'second', type: 'MULTIPLIER', multiplier: 0.8 });
    expect(winningOverride([first, second], 'LOWEST_MULTIPLIER')?.id).toBe('second');
  });

  it('puts an overwrite before a lower-priority multiplier under explicit prioritization', () => {
    const multiplier = override({ id: 'multiplier', type: 'MULTIPLIER', multiplier: 0.1, priority: 1 });
    const overwrite = override({ id: 'overwrite', type: 'OVERWRITE', priority: 5, overwrite_rate: { rate_type: 'FLAT', price: 1 } });
    expect(winningOverride([multiplier, overwrite], 'EXPLICIT')?.id).toBe('overwrite');
  });
});

describe('calendar steps', () => {
  it('counts months from the anchor, so the 31st comes back after a short month', () => {
    const anchor = new Date('2024-01-31T00:00:00Z');
    expect([1, 2, 3].map((n) => stepFrom(anchor, 'MONTHLY', n).toISOString())).toEqual([
      '2024-02-29T00:00:00.000Z',
      '2024-03-31T00:00:00.000Z',
      '2024-04-30T00:00:00.000Z',
    ]);
  });

  it('finds the cycle containing an instant before the anchor', () => {
    const cycle = cycleContaining(new Date('2025-01-10T00:00:00Z'), 'QUARTERLY', new Date('2024-12-01T00:00:00Z'));
    expect([cycle.startingAt.toISOString(), cycle.endingBefore.toISOString()]).toEqual(['2024-10-10T00:00:00.000Z', '2025-01-10T00:00:00.000Z']);
  });

  it('lists semi-annual occurrences up to an exclusive end', () => {
    const dates = occurrences(new Date(JAN), 'SEMI_ANNUAL', new Date('2026-07-01T00:00:00Z'));
    expect(dates.map((d) => d.toISOString())).toEqual([JAN, '2025-07-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z']);
  });
});
