import {
  interpolateCividis,
  interpolateMagma,
  interpolateRdBu,
  interpolateViridis,
} from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import {
  COLOR_MAPS,
  colorBarTicks,
  colorMapInterpolator,
  interpolateBlueRed,
  makeColorScale,
} from './colorScale';

describe('makeColorScale', () => {
  it('maps min and max to the ends of viridis and clamps outside', () => {
    const s = makeColorScale([3, 1, 2, Number.NaN]);
    expect(s?.minValue).toBe(1);
    expect(s?.maxValue).toBe(3);
    expect(s?.color(1)).toBe(interpolateViridis(0));
    expect(s?.color(3)).toBe(interpolateViridis(1));
    expect(s?.color(2)).toBe(interpolateViridis(0.5));
    expect(s?.color(99)).toBe(interpolateViridis(1));
    expect([s?.mapId, s?.rangeSource, s?.clampedCount, s?.centerValue]).toEqual([
      'viridis',
      'auto',
      0,
      null,
    ]);
  });

  it('uses the middle colour when all values are equal, and null for no values', () => {
    expect(makeColorScale([5, 5])?.color(5)).toBe(interpolateViridis(0.5));
    expect(makeColorScale([5, 5])?.ticks).toEqual([5]);
    expect(makeColorScale([])).toBeNull();
  });

  it('maps the ends of each sequential map to interpolator(0) and interpolator(1)', () => {
    const maps = [
      ['viridis', interpolateViridis],
      ['cividis', interpolateCividis],
      ['magma', interpolateMagma],
    ] as const;
    for (const [map, interpolate] of maps) {
      const s = makeColorScale([10, 20, 15], { map });
      expect(s?.color(10)).toBe(interpolate(0));
      expect(s?.color(20)).toBe(interpolate(1));
      expect(s?.color(12.5)).toBe(interpolate(0.25));
      expect(s?.interpolate(0.3)).toBe(interpolate(0.3));
    }
  });

  it('clamps to a fixed range and counts the values outside', () => {
    const s = makeColorScale([5, 10, 15, 20, 25], { range: { minValue: 10, maxValue: 20 } });
    expect([s?.minValue, s?.maxValue, s?.rangeSource]).toEqual([10, 20, 'fixed']);
    expect(s?.clampedCount).toBe(2);
    expect(s?.color(5)).toBe(interpolateViridis(0));
    expect(s?.color(25)).toBe(interpolateViridis(1));
    expect(s?.color(15)).toBe(interpolateViridis(0.5));
    expect([s?.isClamped(9.99), s?.isClamped(10), s?.isClamped(20), s?.isClamped(20.01)]).toEqual([
      true,
      false,
      false,
      true,
    ]);
    expect(makeColorScale([], { range: { minValue: 0, maxValue: 1 } })?.clampedCount).toBe(0);
    expect(() => makeColorScale([1], { range: { minValue: 2, maxValue: 2 } })).toThrow(RangeError);
  });

  it('carries colour bar ticks with min and max', () => {
    expect(makeColorScale([9.5002, 10.6835])?.ticks).toEqual([
      9.5002, 9.6, 9.8, 10, 10.2, 10.4, 10.6, 10.6835,
    ]);
  });
});

describe('colorBarTicks', () => {
  it('puts nice values between min and max, dropping ones within 5 % of an end', () => {
    expect(colorBarTicks(0, 10)).toEqual([0, 2, 4, 6, 8, 10]);
    // 10 is 0.1 from 10.1, under 5 % of the span (0.495): its label would collide.
    expect(colorBarTicks(0.2, 10.1)).toEqual([0.2, 2, 4, 6, 8, 10.1]);
    expect(colorBarTicks(3, 3)).toEqual([3]);
    expect(colorBarTicks(4, 3)).toEqual([]);
  });
});

describe('colour maps', () => {
  it('lists the sequential maps and a blue-to-red diverging map', () => {
    expect(COLOR_MAPS.map((m) => [m.id, m.kind])).toEqual([
      ['viridis', 'sequential'],
      ['cividis', 'sequential'],
      ['magma', 'sequential'],
      ['rdbu', 'diverging'],
    ]);
    expect(interpolateBlueRed(0)).toBe(interpolateRdBu(1));
    expect(interpolateBlueRed(1)).toBe(interpolateRdBu(0));
    expect(colorMapInterpolator('magma')).toBe(interpolateMagma);
  });
});
