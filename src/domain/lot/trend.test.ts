import { describe, expect, it } from 'vitest';
import { sampleStatistics } from './lotStatistics';
import { trendSeries } from './trend';

const rows = sampleStatistics(
  [
    { sampleId: 'a', name: 'A', values: [9, 11] },
    { sampleId: 'b', name: 'B', values: [] },
    { sampleId: 'c', name: 'C', values: [12] },
    { sampleId: 'd', name: 'D', values: [14, 16] },
  ],
  'range-over-mean',
);

describe('trendSeries', () => {
  it('gives mean ± σ and non-uniformity per sample in order, leaving out samples without values', () => {
    const t = trendSeries(rows, { unit: 'nm', specLimits: { lsl: 10, usl: 14 } });
    expect(
      t.points.map((p) => [p.index, p.label, p.mean, p.lower, p.upper, p.nonUniformity, p.spec]),
    ).toEqual([
      [0, 'A', 10, 10 - Math.SQRT2, 10 + Math.SQRT2, 20, 'within'],
      [1, 'C', 12, null, null, 0, 'within'],
      [2, 'D', 15, 15 - Math.SQRT2, 15 + Math.SQRT2, (2 / 15) * 100, 'above'],
    ]);
    expect(t.missing).toEqual([{ sampleId: 'b', label: 'B' }]);
    // Integers: means and σ with one decimal (the display rule).
    expect(t.statDecimals).toBe(1);
    const fine = sampleStatistics([{ sampleId: 'e', name: 'E', values: [9.5002, 10.6835] }]);
    expect(trendSeries([...rows, ...fine], { unit: 'nm' }).statDecimals).toBe(5);
    expect([t.lsl, t.usl, t.unit]).toEqual([10, 14, 'nm']);
    expect(t.nonUniformityLabel).toBe('Non-uniformity (%): (max − min) / mean');
  });

  it('spans every error bar and limit on the value axis, padded by 5 %', () => {
    const t = trendSeries(rows, { unit: null, specLimits: { lsl: 5 } });
    const lo = 5;
    const hi = 15 + Math.SQRT2;
    const pad = (hi - lo) * 0.05;
    expect(t.valueDomain?.[0]).toBeCloseTo(lo - pad, 12);
    expect(t.valueDomain?.[1]).toBeCloseTo(hi + pad, 12);
    expect(t.nonUniformityDomain).toEqual([0, 20]);
    expect(t.usl).toBeNull();
  });

  it('handles no points, a flat series, and refuses LSL above USL', () => {
    expect(trendSeries([], { unit: null })).toMatchObject({
      points: [],
      valueDomain: null,
      nonUniformityDomain: [0, 1],
    });
    const flat = trendSeries(sampleStatistics([{ sampleId: 'x', name: 'X', values: [4] }]), {
      unit: null,
    });
    expect(flat.valueDomain).toEqual([3.8, 4.2]);
    expect(() => trendSeries(rows, { unit: null, specLimits: { lsl: 3, usl: 1 } })).toThrow(
      RangeError,
    );
  });
});
