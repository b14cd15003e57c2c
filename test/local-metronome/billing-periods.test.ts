import { describe, expect, it } from 'vitest';
import { periodBoundary, periodContaining, statementPeriods } from '../../src/local-metronome/billing/periods.js';
import { prorationFraction } from '../../src/local-metronome/billing/proration.js';

const d = (iso: string) => new Date(iso);
const iso = (periods: { startingAt: Date; endingBefore: Date }[]) =>
  periods.map((p) => [p.startingAt.toISOString(), p.endingBefore.toISOString()]);

describe('billing period boundaries', () => {
  it('keeps an anchor on the 31st at the end of shorter months and returns to the 31st', () => {
    const anchor = d('2024-01-31T00:00:00Z');
    expect([1, 2, 3].map((n) => periodBoundary(anchor, 'MONTHLY', n).toISOString())).toEqual([
      '2024-02-29T00:00:00.000Z',
      '2024-03-31T00:00:00.000Z',
      '2024-04-30T00:00:00.000Z',
    ]);
  });

  it('steps quarters, years and weeks, backwards as well as forwards', () => {
    const anchor = d('2025-02-15T00:00:00Z');
    expect(periodBoundary(anchor, 'QUARTERLY', 1).toISOString()).toBe('2025-05-15T00:00:00.000Z');
    expect(periodBoundary(anchor, 'ANNUAL', -1).toISOString()).toBe('2024-02-15T00:00:00.000Z');
    expect(periodBoundary(anchor, 'WEEKLY', 2).toISOString()).toBe('2025-03-01T00:00:00.000Z');
  });

  it('finds the period containing an instant, the start inclusive and the end exclusive', () => {
    const anchor = d('2025-01-01T00:00:00Z');
    const at = periodContaining(anchor, 'MONTHLY', d('2025-03-01T00:00:00Z'));
    expect([at.startingAt.toISOString(), at.endingBefore.toISOString()]).toEqual(['2025-03-01T00:00:00.000Z', '2025-04-01T00:00:00.000Z']);
    const before = periodContaining(anchor, 'MONTHLY', d('2025-02-28T23:59:59.999Z'));
    expect(before.startingAt.toISOString()).toBe('2025-02-01T00:00:00.000Z');
  });
});

describe('usage statement periods', () => {
  it('starts with a short period when the contract starts mid-cycle', () => {
    const periods = statementPeriods(
      { startingAt: d('2025-01-15T00:00:00Z'), billingAnchorDate: d('2025-01-01T00:00:00Z'), frequency: 'MONTHLY' },
      d('2025-03-10T00:00:00Z'),
    );
    expect(iso(periods)).toEqual([
      ['2025-01-15T00:00:00.000Z', '2025-02-01T00:00:00.000Z'],
      ['2025-02-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z'],
      ['2025-03-01T00:00:00.000Z', '2025-04-01T00:00:00.000Z'],
    ]);
  });

  it('follows a custom anchor before the contract start', () => {
    const periods = statementPeriods(
      { startingAt: d('2024-09-15T00:00:00Z'), billingAnchorDate: d('2024-09-10T00:00:00Z'), frequency: 'MONTHLY' },
      d('2024-10-11T00:00:00Z'),
    );
    expect(iso(periods)).toEqual([
      ['2024-09-15T00:00:00.000Z', '2024-10-10T00:00:00.000Z'],
      ['2024-10-10T00:00:00.000Z', '2024-11-10T00:00:00.000Z'],
    ]);
  });

  it('cuts the last period at the contract end and lists nothing after it', () => {
    const periods = statementPeriods(
      {
        startingAt: d('2025-01-01T00:00:00Z'),
        endingBefore: d('2025-02-10T00:00:00Z'),
        billingAnchorDate: d('2025-01-01T00:00:00Z'),
        frequency: 'MONTHLY',
      },
      d('2025-06-01T00:00:00Z'),
    );
    expect(iso(periods)).toEqual([
      ['2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z'],
      ['2025-02-01T00:00:00.000Z', '2025-02-10T00:00:00.000Z'],
    ]);
  });

  it('lists a period the moment it starts, and none before the contract starts', () => {
    const schedule = { startingAt: d('2025-01-01T00:00:00Z'), billingAnchorDate: d('2025-01-01T00:00:00Z'), frequency: 'WEEKLY' as const };
    expect(statementPeriods(schedule, d('2025-01-08T00:00:00Z'))).toHaveLength(2);
    expect(statementPeriods(schedule, d('2025-01-07T23:59:59Z'))).toHaveLength(1);
    expect(statementPeriods(schedule, d('2024-12-31T00:00:00Z'))).toEqual([]);
  });
});

describe('proration', () => {
  const april = { startingAt: d('2025-04-01T00:00:00Z'), endingBefore: d('2025-05-01T00:00:00Z') };

  it('is the fraction of days covered', () => {
    expect(prorationFraction(april, { startingAt: d('2025-04-16T00:00:00Z'), endingBefore: d('2025-06-01T00:00:00Z') }).toString()).toBe('0.5');
    expect(prorationFraction(april, { startingAt: d('2025-04-21T00:00:00Z'), endingBefore: d('2025-05-01T00:00:00Z') }).toString()).toBe('0.33333333333333333333');
  });

  it('is 1 for a whole period and 0 for a period not covered', () => {
    expect(prorationFraction(april, { startingAt: d('2025-01-01T00:00:00Z'), endingBefore: d('2026-01-01T00:00:00Z') }).toString()).toBe('1');
    expect(prorationFraction(april, { startingAt: d('2025-05-01T00:00:00Z'), endingBefore: d('2025-06-01T00:00:00Z') }).toString()).toBe('0');
  });
});
