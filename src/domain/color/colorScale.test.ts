import { interpolateViridis } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { makeColorScale } from './colorScale';

describe('makeColorScale', () => {
  it('maps min and max to the ends of viridis and clamps outside', () => {
    const s = makeColorScale([3, 1, 2, Number.NaN]);
    expect(s?.minValue).toBe(1);
    expect(s?.maxValue).toBe(3);
    expect(s?.color(1)).toBe(interpolateViridis(0));
    expect(s?.color(3)).toBe(interpolateViridis(1));
    expect(s?.color(2)).toBe(interpolateViridis(0.5));
    expect(s?.color(99)).toBe(interpolateViridis(1));
  });

  it('uses the middle colour when all values are equal, and null for no values', () => {
    expect(makeColorScale([5, 5])?.color(5)).toBe(interpolateViridis(0.5));
    expect(makeColorScale([])).toBeNull();
  });
});
