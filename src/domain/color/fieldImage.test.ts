import { interpolateViridis } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { makeColorScale } from './colorScale';
import { makeDeviationColorScale } from './divergingScale';
import { colorLookupTable, gridToRgba, parseCssColor, quantizedColor } from './fieldImage';

describe('parseCssColor', () => {
  it('reads the forms d3-scale-chromatic produces', () => {
    expect(parseCssColor('#21918c')).toEqual([0x21, 0x91, 0x8c]);
    expect(parseCssColor('#fff')).toEqual([255, 255, 255]);
    expect(parseCssColor('rgb(127, 124, 117)')).toEqual([127, 124, 117]);
    expect(parseCssColor('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3]);
  });

  it('refuses anything else', () => {
    expect(() => parseCssColor('red')).toThrow(RangeError);
    expect(() => parseCssColor('#12345')).toThrow(RangeError);
  });
});

describe('colorLookupTable and gridToRgba', () => {
  const scale = makeColorScale([10, 20]);
  if (!scale) throw new Error('no scale');
  const lut = colorLookupTable(scale);

  it('samples the scale from min (entry 0) to max (last entry)', () => {
    expect(lut).toHaveLength(256 * 3);
    expect([...lut.slice(0, 3)]).toEqual(parseCssColor(interpolateViridis(0)));
    expect([...lut.slice(-3)]).toEqual(parseCssColor(interpolateViridis(1)));
  });

  it('colours cells, clamps outside the range and leaves NaN transparent', () => {
    const px = gridToRgba([10, 20, Number.NaN, 99, -5], lut, 10, 20, 200);
    const pixel = (k: number) => [...px.slice(k * 4, k * 4 + 4)];
    expect(pixel(0)).toEqual([...parseCssColor(interpolateViridis(0)), 200]);
    expect(pixel(1)).toEqual([...parseCssColor(interpolateViridis(1)), 200]);
    expect(pixel(2)).toEqual([0, 0, 0, 0]);
    expect(pixel(3)).toEqual(pixel(1));
    expect(pixel(4)).toEqual(pixel(0));
  });

  it('puts the mean of a deviation scale at its white middle', () => {
    const dev = makeDeviationColorScale([1, 2, 3]);
    if (!dev) throw new Error('no scale');
    const px = gridToRgba([2], colorLookupTable(dev, 257), dev.minValue, dev.maxValue);
    expect([...px.slice(0, 3)]).toEqual(parseCssColor(dev.color(2)));
  });

  it('gives the middle colour when the range is a single value', () => {
    const px = gridToRgba([5, 7], lut, 5, 5);
    expect([...px.slice(0, 3)]).toEqual([...lut.slice(128 * 3, 128 * 3 + 3)]);
    expect([...px.slice(4, 7)]).toEqual([...px.slice(0, 3)]);
  });

  it('refuses a lookup table of fewer than 2 entries', () => {
    expect(() => colorLookupTable(scale, 1)).toThrow(RangeError);
  });
});

describe('quantizedColor', () => {
  const scale = {
    minValue: 10,
    maxValue: 20,
    color: (v: number) => `v${Math.min(20, Math.max(10, v)).toFixed(4)}`,
  };

  it('gives the colour of the nearest of `size` evenly spaced values, ends clamped', () => {
    const q = quantizedColor(scale, 11);
    expect(q(10)).toBe('v10.0000');
    expect(q(14.49)).toBe('v14.0000');
    expect(q(14.51)).toBe('v15.0000');
    expect(q(20)).toBe('v20.0000');
    expect(q(-5)).toBe('v10.0000');
    expect(q(99)).toBe('v20.0000');
  });

  it('has at most `size` distinct colours over any values', () => {
    const q = quantizedColor(scale, 256);
    const seen = new Set(Array.from({ length: 10_000 }, (_, i) => q(9 + i * 0.0013)));
    expect(seen.size).toBeLessThanOrEqual(256);
    expect(seen.size).toBeGreaterThan(200);
  });

  it('uses the middle entry for an empty range, and throws for size < 2', () => {
    const flat = { minValue: 3, maxValue: 3, color: (v: number) => `c${v}` };
    expect(quantizedColor(flat, 3)(3)).toBe('c3');
    expect(() => quantizedColor(scale, 1)).toThrow(RangeError);
  });
});
