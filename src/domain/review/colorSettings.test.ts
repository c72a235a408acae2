import { interpolateViridis } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { countOutOfSpec, reviewColorScale, specClassOf } from './colorSettings';

const values = [9.5, 10, 10.5];

describe('reviewColorScale', () => {
  it('uses the data extent by default', () => {
    const r = reviewColorScale(values, 'viridis', {});
    expect([r.scale?.minValue, r.scale?.maxValue, r.scale?.rangeSource, r.problem]).toEqual([
      9.5,
      10.5,
      'auto',
      null,
    ]);
    expect(r.scale?.color(9.5)).toBe(interpolateViridis(0));
  });

  it('uses a typed range and counts the values it clamps', () => {
    const r = reviewColorScale(values, 'magma', { min: 9.8, max: 10.2 });
    expect([r.scale?.minValue, r.scale?.maxValue, r.scale?.mapId]).toEqual([9.8, 10.2, 'magma']);
    expect([r.scale?.rangeSource, r.scale?.clampedCount, r.problem]).toEqual(['fixed', 2, null]);
  });

  it('reports a half-typed or inverted range and falls back to auto', () => {
    expect(reviewColorScale(values, 'viridis', { min: 9 }).problem).toContain('both min and max');
    const inverted = reviewColorScale(values, 'viridis', { min: 11, max: 9 });
    expect(inverted.problem).toContain('min below max');
    expect(inverted.scale?.rangeSource).toBe('auto');
  });

  it('centres the deviation map on the mean, with a typed half width', () => {
    const auto = reviewColorScale(values, 'rdbu', {});
    expect([auto.scale?.centerValue, auto.scale?.minValue, auto.scale?.maxValue]).toEqual([
      10, 9.5, 10.5,
    ]);
    const fixed = reviewColorScale(values, 'rdbu', { halfWidth: 0.25 });
    expect([fixed.scale?.minValue, fixed.scale?.maxValue, fixed.scale?.clampedCount]).toEqual([
      9.75, 10.25, 2,
    ]);
    expect(reviewColorScale(values, 'rdbu', { halfWidth: 0 }).problem).toContain('above 0');
  });

  it('passes spec limits on, and drops them when LSL > USL', () => {
    expect(reviewColorScale(values, 'viridis', { lsl: 9.6 }).limits).toEqual({
      lsl: 9.6,
      usl: undefined,
    });
    const bad = reviewColorScale(values, 'viridis', { lsl: 11, usl: 10 });
    expect(bad.limits).toEqual({});
    expect(bad.problem).toContain('LSL is above USL');
  });

  it('has no scale without values', () => {
    expect(reviewColorScale([], 'viridis', {}).scale).toBeNull();
  });
});

describe('specClassOf and countOutOfSpec', () => {
  it('classifies against the limits, the limits themselves in spec', () => {
    const limits = { lsl: 9.6, usl: 10.4 };
    expect(values.map((v) => specClassOf(v, limits))).toEqual(['below', 'within', 'above']);
    expect(specClassOf(10.4, limits)).toBe('within');
    expect(specClassOf(Number.NaN, limits)).toBe('within');
    expect(countOutOfSpec([...values, 9, 11, 12], limits)).toEqual({ below: 2, above: 3 });
  });
});
