import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decimalsOf,
  formatStored,
  MAX_SIGNIFICANT,
  precisionOf,
  rateDecimals,
  roundDerived,
  roundToDecimals,
  STAT_EXTRA_DECIMALS,
  statDecimalsOf,
} from './decimalPrecision';

const RUNS = { numRuns: 500 };

describe('decimalsOf', () => {
  it.each([
    [9.7878, 4],
    [-0.0935, 4],
    [12, 0],
    [1e-7, 7],
    [1.5e-7, 8],
    [1e21, 0],
    [Number.NaN, 0],
  ])('%d has %d decimals', (x, d) => {
    expect(decimalsOf(x)).toBe(d);
  });
});

describe('roundDerived of decimal inputs', () => {
  // Inputs with d decimals as typed or stored: integers scaled by 10^d (exactly the nearest double).
  const decimalPair = fc
    .tuple(
      fc.integer({ min: 0, max: 6 }),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.integer({ min: -1e9, max: 1e9 }),
    )
    .map(([d, ia, ib]) => ({ d, ia, ib, a: ia / 10 ** d, b: ib / 10 ** d }));

  it('A − B is exactly the decimal difference: no binary noise, for any inputs', () => {
    fc.assert(
      fc.property(decimalPair, ({ d, ia, ib, a, b }) => {
        const value = roundDerived(a - b, precisionOf([a, b]), null);
        expect(value).toBe((ia - ib) / 10 ** d || 0);
        expect(decimalsOf(value)).toBeLessThanOrEqual(d);
      }),
      RUNS,
    );
  });

  it('the tester’s cases: Slot01 − Slot02 values', () => {
    expect(roundDerived(9.7878 - 9.8813, precisionOf([9.7878, 9.8813]), null)).toBe(-0.0935);
    expect(9.7878 - 9.8813).not.toBe(-0.0935);
  });

  it('a rate keeps the difference’s resolution per time plus one guard digit', () => {
    fc.assert(
      fc.property(decimalPair, fc.integer({ min: 1, max: 600 }), ({ a, b, d }, minutes) => {
        const decimals = precisionOf([a, b]);
        const rate = roundDerived((a - b) / minutes, decimals, minutes);
        expect(decimalsOf(rate)).toBeLessThanOrEqual(rateDecimals(d, minutes));
        // Within half a unit of the last kept decimal of the true rate (up to double rounding).
        const step = 10 ** -rateDecimals(decimals, minutes);
        const exact = (a - b) / minutes;
        expect(Math.abs(rate - exact)).toBeLessThanOrEqual(step / 2 + Math.abs(exact) * 1e-14);
      }),
      RUNS,
    );
    expect(roundDerived(-0.0935 / 4, 4, 4)).toBe(-0.023375);
    expect(roundDerived(-0.0935 / 3, 4, 3)).toBe(-0.031167);
    expect(rateDecimals(4, 60)).toBe(7);
  });

  it('drops float noise beyond MAX_SIGNIFICANT digits, so noisy inputs do not carry their noise', () => {
    expect(precisionOf([0.1 + 0.2, 0.1])).toBe(1);
    expect(precisionOf([1 / 3])).toBe(MAX_SIGNIFICANT);
    expect(roundDerived(0.1 + 0.2 - 0.1, precisionOf([0.1 + 0.2, 0.1]), null)).toBe(0.2);
    expect(precisionOf([1234.5, Number.NaN])).toBe(1);
    expect(precisionOf([])).toBe(0);
  });

  it('never returns −0', () => {
    expect(roundToDecimals(-0.00001, 4)).toBe(0);
    expect(Object.is(roundToDecimals(-0.00001, 4), -0)).toBe(false);
    expect(roundToDecimals(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('the display rule', () => {
  it('a value converted by a power of ten carries its shifted decimals, without noise', () => {
    // 10.6835 nm in Å is 106.83500000000001 as a double: 3 decimals, not 14 and not 2.
    expect(10.6835 * 10).not.toBe(106.835);
    expect(precisionOf([10.6835 * 10, 95.002])).toBe(3);
    expect(precisionOf([10.6835 / 10])).toBe(5);
    expect(precisionOf([9.5002, 10.6835, 9.79])).toBe(4);
  });

  it('statistics get one guard digit beyond the data', () => {
    expect(STAT_EXTRA_DECIMALS).toBe(1);
    expect(statDecimalsOf(4)).toBe(5);
    expect(statDecimalsOf(0)).toBe(1);
  });

  it.each([
    [12347.678, '12347.678'],
    [-0.0935, '−0.0935'],
    [9.7878 - 9.8813, '−0.0935'],
    [1.5, '1.5'],
    [-0, '0'],
    [2.5e-7, '2.5e−7'],
    [3.4e17, '3.4e+17'],
  ])('a stored value %d is shown as stored: %s', (x, text) => {
    expect(formatStored(x)).toBe(text);
  });
});
