import { describe, expect, it } from 'vitest';
import { formatStat, statDecimals } from './formatStat';

describe('statDecimals', () => {
  it('gives 4 decimals for ordinary magnitudes', () => {
    expect(statDecimals(10.6835)).toBe(4);
    expect(statDecimals(665.7)).toBe(4);
    expect(statDecimals(123456)).toBe(4);
    expect(statDecimals(0.5)).toBe(4);
  });

  it('keeps 4 significant digits for small magnitudes, up to 10 decimals', () => {
    expect(statDecimals(0.05)).toBe(5);
    expect(statDecimals(0.005123)).toBe(6);
    expect(statDecimals(1e-12)).toBe(10);
  });

  it('adds decimals so that σ keeps 3 significant digits', () => {
    expect(statDecimals(10.6835, 0.244166)).toBe(4);
    expect(statDecimals(0.9919, 0.000447)).toBe(6);
    expect(statDecimals(665.7, 0)).toBe(4);
    expect(statDecimals(665.7, null)).toBe(4);
  });

  it('falls back to 4 for 0 and non-finite input', () => {
    expect(statDecimals(0)).toBe(4);
    expect(statDecimals(Number.NaN)).toBe(4);
    expect(statDecimals(Number.POSITIVE_INFINITY)).toBe(4);
  });
});

describe('formatStat', () => {
  it('prints the KLA Slot01 figures at 4 decimals', () => {
    expect(formatStat(9.787755102040816, 4)).toBe('9.7878');
    expect(formatStat(0.24416608, 4)).toBe('0.2442');
    expect(formatStat(56.30537, 4)).toBe('56.3054');
  });

  it('prints "—" for undefined figures', () => {
    expect(formatStat(null, 4)).toBe('—');
    expect(formatStat(Number.NaN, 4)).toBe('—');
  });

  it('never prints a negative zero', () => {
    expect(formatStat(-0.00001, 4)).toBe('0.0000');
    expect(formatStat(-1.5, 2)).toBe('−1.50');
  });

  it('uses exponent notation where fixed decimals would hide the value', () => {
    expect(formatStat(1.23456e-12, 10)).toBe('1.235e−12');
    expect(formatStat(2e15, 4)).toBe('2.000e+15');
  });
});
