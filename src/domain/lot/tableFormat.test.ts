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

  it('keeps the small values of a column of mixed magnitudes to 4 decimals (100.93 beside 9.7878)', () => {
    // A 100.93 nm sample compared with Slot01 (mean 9.7878): Slot01 was shown as 9.788.
    const d = decimalsFor([100.93, 9.7878, 10.2611]);
    expect(d).toBe(4);
    expect(formatFixed(9.7878, d)).toBe('9.7878');
    // Tiles: 5 significant digits on the largest mean, still 4 decimals for 9.7878.
    expect(decimalsFor([100.93, 9.7878], 5)).toBe(4);
    expect(decimalsFor([1000.5, 0.98765])).toBe(5);
    expect(decimalsFor([1e-20, 1])).toBe(12);
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
