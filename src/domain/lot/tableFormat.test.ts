import { describe, expect, it } from 'vitest';
import { decimalsFor, formatFixed } from './tableFormat';

describe('decimalsFor', () => {
  it('gives the largest value the asked significant digits', () => {
    expect(decimalsFor([9.79, 10.68])).toBe(4);
    expect(decimalsFor([0.244, 0.31, null])).toBe(6);
    expect(decimalsFor([612.5, -1200])).toBe(2);
    expect(decimalsFor([3.4e17])).toBe(0);
    expect(decimalsFor([1e-20])).toBe(12);
    expect(decimalsFor([0, null, Number.NaN])).toBe(0);
  });
});

describe('formatFixed', () => {
  it('writes fixed decimals with a true minus sign, and a dash for nothing', () => {
    expect(formatFixed(9.787755, 4)).toBe('9.7878');
    expect(formatFixed(-0.5, 2)).toBe('−0.50');
    expect(formatFixed(null, 2)).toBe('—');
    expect(formatFixed(Number.NaN, 2)).toBe('—');
  });
});
