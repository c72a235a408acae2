import { describe, expect, it } from 'vitest';
import { readKlaFixture } from '../../testing/klaFixture';
import { lotSummary, sampleStatistics } from './lotStatistics';

const moments = (values: number[][]) =>
  sampleStatistics(values.map((v, i) => ({ sampleId: `s${i}`, name: `S${i}`, values: v })));

describe('lotSummary', () => {
  it('reproduces the NIST/SEMATECH §7.4.4 batch example (5 batches × 3)', () => {
    const batches = [
      [74, 76, 75],
      [68, 71, 72],
      [75, 77, 77],
      [72, 74, 73],
      [79, 81, 79],
    ];
    const s = lotSummary(moments(batches));
    // The handbook prints MS 36.935 and 1.799; exactly they are 554/15 and 9/5.
    expect(s.msb).toBeCloseTo(554 / 15, 12);
    expect(s.msw).toBeCloseTo(9 / 5, 12);
    expect(s.n0).toBe(3);
    expect(s.betweenSdAnova).toBeCloseTo(Math.sqrt(527 / 45), 12);
    expect(s.withinSd).toBeCloseTo(Math.sqrt(9 / 5), 12);
    expect(s.meanOfMeans).toBeCloseTo(1123 / 15, 12);
    expect(s.grandMean).toBeCloseTo(1123 / 15, 12);
    expect(s.sdOfMeans).toBeCloseTo(Math.sqrt(2216 / 180), 12);
    expect([s.waferCount, s.valueCount]).toEqual([5, 15]);
  });

  it('uses the effective size n₀ for wafers of unequal size', () => {
    const s = lotSummary(moments([[1, 2, 3], [4, 6], [10]]));
    expect(s.grandMean).toBeCloseTo(13 / 3, 12);
    expect(s.meanOfMeans).toBeCloseTo(17 / 3, 12);
    expect(s.msw).toBeCloseTo(4 / 3, 12);
    expect(s.msb).toBeCloseTo(74 / 3, 12);
    expect(s.n0).toBeCloseTo(11 / 6, 12);
    expect(s.betweenSdAnova).toBeCloseTo(Math.sqrt(140 / 11), 12);
    expect(s.sdOfMeans).toBeCloseTo(Math.sqrt(49 / 3), 12);
  });

  it('gives 0 between wafers when the means vary less than the sites explain', () => {
    const s = lotSummary(
      moments([
        [0, 10],
        [1, 9],
      ]),
    );
    expect(s.msb).toBe(0);
    expect(s.betweenSdAnova).toBe(0);
  });

  it('leaves undefined parts null: one wafer, single-site wafers, no wafers', () => {
    expect(lotSummary(moments([[1, 2, 3]]))).toMatchObject({
      sdOfMeans: null,
      betweenSdAnova: null,
      withinSd: 1,
    });
    expect(lotSummary(moments([[1], [3]]))).toMatchObject({
      withinSd: null,
      betweenSdAnova: null,
      meanOfMeans: 2,
    });
    expect(lotSummary(moments([[], [5, 7]]))).toMatchObject({ waferCount: 1, meanOfMeans: 6 });
    expect(lotSummary([])).toMatchObject({ waferCount: 0, meanOfMeans: null, withinSd: null });
  });

  it('agrees with the balanced-design identities on the real 25-wafer lot', () => {
    const wafers = readKlaFixture();
    const stats = sampleStatistics(
      wafers.map((w) => ({
        sampleId: w.waferId,
        name: w.waferId,
        values: w.sites.map((s) => s.thicknessNm),
      })),
    );
    stats.forEach((s, i) => {
      expect(s.n).toBe(49);
      expect(s.mean?.toFixed(4)).toBe(wafers[i]?.mean.toFixed(4));
      expect(s.sd?.toFixed(4)).toBe(wafers[i]?.stddev.toFixed(4));
    });
    const lot = lotSummary(stats);
    // Balanced (n = 49): MSW is the mean of the wafer variances, MSB is 49 × the variance of the means.
    const meanVariance = stats.reduce((a, s) => a + (s.sd ?? 0) ** 2, 0) / 25;
    const means = stats.map((s) => s.mean ?? 0);
    const m = means.reduce((a, b) => a + b, 0) / 25;
    const varMeans = means.reduce((a, x) => a + (x - m) ** 2, 0) / 24;
    expect(lot.withinSd).toBeCloseTo(Math.sqrt(meanVariance), 12);
    expect(lot.sdOfMeans).toBeCloseTo(Math.sqrt(varMeans), 12);
    expect(lot.betweenSdAnova).toBeCloseTo(Math.sqrt((49 * varMeans - meanVariance) / 49), 12);
    expect(lot.meanOfMeans).toBeCloseTo(m, 12);
  });
});

describe('sampleStatistics', () => {
  it('gives every column of the comparison table with the chosen non-uniformity', () => {
    const [s] = sampleStatistics(
      [{ sampleId: 'a', name: 'A', values: [9, 10, 11, Number.NaN] }],
      'range-over-mean',
    );
    expect(s).toMatchObject({
      sampleId: 'a',
      name: 'A',
      n: 3,
      ignoredCount: 1,
      mean: 10,
      sd: 1,
      min: 9,
      max: 11,
      range: 2,
      pctSd: 10,
      nonUniformity: 20,
    });
  });
});
