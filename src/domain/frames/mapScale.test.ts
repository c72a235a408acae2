import { describe, expect, it } from 'vitest';
import { axisTicksMm, formatLengthMm, roundLengthAtMost, scaleBarFor } from './mapScale';

describe('roundLengthAtMost', () => {
  it('steps through 1, 2, 5 × 10ⁿ', () => {
    expect(roundLengthAtMost(100)).toBe(100);
    expect(roundLengthAtMost(99.9)).toBe(50);
    expect(roundLengthAtMost(4.99)).toBe(2);
    expect(roundLengthAtMost(1.99)).toBe(1);
    expect(roundLengthAtMost(0.07)).toBeCloseTo(0.05, 15);
    expect(roundLengthAtMost(0.3 / 0.1 / 10)).toBe(0.2);
  });
  it('keeps a limit that is round but for float error', () => {
    expect(roundLengthAtMost(0.1 + 0.2 + 0.2 - 0.1)).toBeCloseTo(0.2, 15);
    expect(roundLengthAtMost(5 * (1 - 1e-12))).toBe(5);
  });
  it('is NaN for a limit ≤ 0 or not finite', () => {
    expect(roundLengthAtMost(0)).toBeNaN();
    expect(roundLengthAtMost(-3)).toBeNaN();
    expect(roundLengthAtMost(Number.POSITIVE_INFINITY)).toBeNaN();
  });
});

describe('scaleBarFor', () => {
  it('picks the longest round length that fits, between 40 % and 100 % of the room', () => {
    // A 300 mm wafer fitted into 560 px: 1.7333 px per mm; 120 px hold 69.2 mm → 50 mm.
    expect(scaleBarFor(520 / 300)).toEqual({ lengthMm: 50, lengthPx: (50 * 520) / 300 });
    for (const pxPerMm of [0.37, 1, 2.5, 7.9, 33, 128, 4000]) {
      const bar = scaleBarFor(pxPerMm, 120);
      expect(bar.lengthPx).toBeLessThanOrEqual(120 + 1e-9);
      expect(bar.lengthPx).toBeGreaterThanOrEqual(48 - 1e-9);
    }
  });
});

describe('axisTicksMm', () => {
  it('uses the smallest round step at least minGap apart, ticks at its multiples', () => {
    // 2 px per mm, 64 px apart → ≥ 32 mm → 50 mm steps.
    expect(axisTicksMm(-160, 160, 2)).toEqual({
      stepMm: 50,
      ticksMm: [-150, -100, -50, 0, 50, 100, 150],
    });
    // 100 px per mm: ≥ 0.64 mm → 1 mm.
    expect(axisTicksMm(2.5, 5.2, 100)).toEqual({ stepMm: 1, ticksMm: [3, 4, 5] });
  });
  it('has no accumulated error for decimal steps, and no −0', () => {
    const { stepMm, ticksMm } = axisTicksMm(-0.35, 0.35, 500);
    expect(stepMm).toBeCloseTo(0.2, 15);
    expect(ticksMm).toEqual([-0.2, 0, 0.2]);
    expect(Object.is(ticksMm[1], 0)).toBe(true);
  });
  it('accepts the ends in either order and is empty for an empty range', () => {
    expect(axisTicksMm(10, -10, 8).ticksMm).toEqual([-10, 0, 10]);
    expect(axisTicksMm(1, 1, 5).ticksMm).toEqual([]);
  });
});

describe('formatLengthMm', () => {
  it('writes mm, and µm below 0.1 mm', () => {
    expect(formatLengthMm(50)).toBe('50 mm');
    expect(formatLengthMm(0.5)).toBe('0.5 mm');
    expect(formatLengthMm(0.2 + 0.1 - 0.1)).toBe('0.2 mm');
    expect(formatLengthMm(0.02)).toBe('20 µm');
  });
});
