import { interpolateRdBu } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { makeDeviationColorScale } from './divergingScale';

describe('makeDeviationColorScale', () => {
  it('centres on the mean with a symmetric range, high = red', () => {
    // Mean 10; largest deviation 6 (from 4), so the range is 4 … 16.
    const s = makeDeviationColorScale([4, 10, 12, 14]);
    expect([s?.centerValue, s?.minValue, s?.maxValue, s?.mapId]).toEqual([10, 4, 16, 'rdbu']);
    expect(s?.color(10)).toBe(interpolateRdBu(0.5));
    expect(s?.color(16)).toBe(interpolateRdBu(0));
    expect(s?.color(4)).toBe(interpolateRdBu(1));
    expect(s?.color(13)).toBe(interpolateRdBu(0.25));
    expect(s?.clampedCount).toBe(0);
    expect(s?.ticks).toEqual([4, 6, 8, 10, 12, 14, 16]);
  });

  it('clamps beyond a fixed half width and counts those values', () => {
    const s = makeDeviationColorScale([4, 10, 12, 14], { halfWidth: 3 });
    expect([s?.minValue, s?.maxValue, s?.rangeSource, s?.clampedCount]).toEqual([
      7,
      13,
      'fixed',
      2,
    ]);
    expect(s?.color(4)).toBe(interpolateRdBu(1));
    expect(s?.color(14)).toBe(interpolateRdBu(0));
    expect(s?.isClamped(13)).toBe(false);
  });

  it('accepts a given centre, gives the middle colour for equal values, null for none', () => {
    expect(makeDeviationColorScale([1, 3], { center: 0 })?.color(0)).toBe(interpolateRdBu(0.5));
    expect(makeDeviationColorScale([5, 5])?.color(5)).toBe(interpolateRdBu(0.5));
    expect(makeDeviationColorScale([Number.NaN])).toBeNull();
    expect(() => makeDeviationColorScale([1], { halfWidth: 0 })).toThrow(RangeError);
    expect(() => makeDeviationColorScale([1], { center: Number.NaN })).toThrow(RangeError);
  });
});
