import { describe, expect, it } from 'vitest';
import { Decimal, dec } from '../../src/local-metronome/billing/money.js';

describe('exact decimal money', () => {
  it('adds tenths without binary drift', () => {
    expect(dec(0.1).plus(0.2).toString()).toBe('0.3');
    expect(Decimal.sum([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]).toString()).toBe('1');
  });

  it('multiplies fractional cents exactly', () => {
    expect(dec('0.0035').times(1234567).toString()).toBe('4320.9845');
    expect(dec(1.1).times(1.1).toNumber()).toBe(1.21);
  });

  it('reads exponent notation, as JSON numbers may arrive', () => {
    expect(dec(1e-7).toString()).toBe('0.0000001');
    expect(dec('2.5e3').toString()).toBe('2500');
    expect(dec(-1.5e21).toString()).toBe('-1500000000000000000000');
  });

  it('divides exactly when the quotient terminates and to 20 places when it does not', () => {
    expect(dec(10).dividedBy(4).toString()).toBe('2.5');
    expect(dec(1).dividedBy(3).toString()).toBe('0.33333333333333333333');
    expect(dec(2).dividedBy(3).toString()).toBe('0.66666666666666666667');
  });

  it('rounds in each mode, negative numbers included', () => {
    expect(dec('2.5').round(0, 'HALF_UP').toString()).toBe('3');
    expect(dec('-2.5').round(0, 'HALF_UP').toString()).toBe('-3');
    expect(dec('2.41').round(1, 'CEILING').toString()).toBe('2.5');
    expect(dec('-2.49').round(1, 'FLOOR').toString()).toBe('-2.5');
    expect(dec('2.49').round(1, 'DOWN').toString()).toBe('2.4');
    expect(dec('2.41').round(1, 'UP').toString()).toBe('2.5');
  });

  it('rounds to tens and hundreds with negative places', () => {
    expect(dec(1250).round(-2, 'HALF_UP').toString()).toBe('1300');
    expect(dec(1249).round(-2, 'HALF_UP').toString()).toBe('1200');
    expect(dec(1201).round(-2, 'CEILING').toString()).toBe('1300');
  });

  it('compares values of different scales', () => {
    expect(dec('1.50').eq('1.5')).toBe(true);
    expect(dec('0.001').lt(0.01)).toBe(true);
    expect(Decimal.max(-1, '-0.5').toString()).toBe('-0.5');
  });

  it('serialises to the nearest JSON number', () => {
    expect(JSON.stringify({ total: dec(0.1).plus(0.2) })).toBe('{"total":0.3}');
  });

  it('rejects text that is not a number', () => {
    expect(() => dec('12abc')).toThrow('Not a decimal number: 12abc');
    expect(() => dec(Number.NaN)).toThrow('Not a finite number: NaN');
  });
});
