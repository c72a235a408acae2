import { interpolateViridis } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { makeColorScale } from './colorScale';
import { makeDeviationColorScale } from './divergingScale';
import { colorLookupTable, gridToRgba, parseCssColor } from './fieldImage';

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
