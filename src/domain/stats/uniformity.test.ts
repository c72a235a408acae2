import { describe, expect, it } from 'vitest';
import { readKlaFixture } from '../../testing/klaFixture';
import { standardWafer } from '../geometry/outline';
import {
  NON_UNIFORMITY_DEFINITIONS,
  type SiteValue,
  summarizeByRing,
  summarizeInsideEdgeExclusion,
  summarizeValues,
} from './uniformity';

const wafers = readKlaFixture().map((w) => ({
  id: w.waferId,
  headerMean: w.mean,
  headerSd: w.stddev,
  sites: w.sites.map((x): SiteValue => ({ value: x.thicknessNm, xMm: x.xMm, yMm: x.yMm })),
}));
const slot01 = wafers.find((w) => w.id === 'Slot01');

describe('summarizeValues on the KLA-F5x native oxide file', () => {
  it('reads 25 wafers of 49 sites', () => {
    expect(wafers).toHaveLength(25);
    expect(wafers.every((w) => w.sites.length === 49)).toBe(true);
  });

  it('matches the KLA figures for Slot01', () => {
    const s = summarizeValues(slot01?.sites.map((p) => p.value) ?? []);
    expect(s.n).toBe(49);
    expect(Math.abs((s.mean ?? 0) - 9.78776)).toBeLessThanOrEqual(5e-6);
    expect(Math.abs((s.sd ?? 0) - 0.244166)).toBeLessThanOrEqual(5e-7);
    expect(Math.abs((s.pctSd ?? 0) - 2.49461)).toBeLessThanOrEqual(5e-6);
    expect(Math.abs((s.range ?? 0) - 1.1833)).toBeLessThanOrEqual(1e-12);
    expect(s.min).toBe(9.5002);
    expect(s.max).toBe(10.6835);
    expect(s.definition).toBe('half-range-over-mean');
    expect(Math.abs((s.nonUniformity ?? 0) - 6.0448)).toBeLessThanOrEqual(5e-6);
  });

  it('matches MEAN and STDDEV of every block header within 6e-5', () => {
    for (const w of wafers) {
      const s = summarizeValues(w.sites.map((p) => p.value));
      expect(Math.abs((s.mean ?? 0) - w.headerMean), w.id).toBeLessThanOrEqual(6e-5);
      expect(Math.abs((s.sd ?? 0) - w.headerSd), w.id).toBeLessThanOrEqual(6e-5);
    }
  });
});

describe('summarizeValues', () => {
  it('gives the figures of the 13-site synthetic set', () => {
    const t = [
      663.1, 664.2, 665.7, 646.8, 648.1, 643.3, 638.6, 633.8, 629.1, 624.3, 619.6, 614.8, 610.1,
    ];
    const s = summarizeValues(t);
    expect(s.mean).toBeCloseTo(638.5769, 4);
    expect(s.range).toBeCloseTo(55.6, 10);
    expect(s.threeSd).toBeCloseTo(56.3054, 4);
    expect(s.nonUniformity).toBeCloseTo(4.3534, 4);
  });

  it('computes each definition on a hand-computed set', () => {
    // 2, 4, 9: mean 5, range 7, max + min 11, σ = √((9 + 1 + 16) / 2) = √13.
    const by = (d: (typeof NON_UNIFORMITY_DEFINITIONS)[number]['id']) =>
      summarizeValues([2, 4, 9], d).nonUniformity;
    expect(by('half-range-over-mean')).toBeCloseTo(70, 12);
    expect(by('range-over-sum')).toBeCloseTo(700 / 11, 12);
    expect(by('range-over-mean')).toBeCloseTo(140, 12);
    expect(by('sd-over-mean')).toBeCloseTo((Math.sqrt(13) / 5) * 100, 12);
    expect(summarizeValues([2, 4, 9]).sd).toBeCloseTo(Math.sqrt(13), 14);
  });

  it('exports four definitions with a label and a formula', () => {
    expect(NON_UNIFORMITY_DEFINITIONS.map((d) => d.id)).toEqual([
      'half-range-over-mean',
      'range-over-sum',
      'range-over-mean',
      'sd-over-mean',
    ]);
    for (const d of NON_UNIFORMITY_DEFINITIONS) {
      expect(d.label.length).toBeGreaterThan(0);
      expect(d.formula).toMatch(/100 %$/);
    }
  });

  it('stays exact for large values with a small spread (no cancellation)', () => {
    const s = summarizeValues([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);
    expect(s.mean).toBe(1e9 + 10);
    expect(s.sd).toBeCloseTo(Math.sqrt(30), 9);
  });

  it('returns nulls for no values', () => {
    const s = summarizeValues([]);
    expect(s).toEqual({
      n: 0,
      ignoredCount: 0,
      mean: null,
      sd: null,
      min: null,
      max: null,
      range: null,
      pctSd: null,
      threeSd: null,
      nonUniformity: null,
      definition: 'half-range-over-mean',
    });
  });

  it('gives no σ, %σ or 3σ for one point', () => {
    const s = summarizeValues([7.5]);
    expect([s.n, s.mean, s.min, s.max, s.range]).toEqual([1, 7.5, 7.5, 7.5, 0]);
    expect([s.sd, s.pctSd, s.threeSd]).toEqual([null, null, null]);
    expect(s.nonUniformity).toBe(0);
    expect(summarizeValues([7.5], 'sd-over-mean').nonUniformity).toBeNull();
  });

  it('gives null ratios, never NaN or Infinity, when the mean is 0', () => {
    const s = summarizeValues([-1, 1]);
    expect(s.mean).toBe(0);
    expect(s.sd).toBeCloseTo(Math.SQRT2, 15);
    expect(s.pctSd).toBeNull();
    expect(s.nonUniformity).toBeNull();
    expect(summarizeValues([-1, 1], 'range-over-mean').nonUniformity).toBeNull();
    expect(summarizeValues([-1, 1], 'sd-over-mean').nonUniformity).toBeNull();
    expect(summarizeValues([-1, 1], 'range-over-sum').nonUniformity).toBeNull();
    // Mean 0 but max + min = 1: range over sum is still defined, 3 / 1 · 100.
    expect(summarizeValues([-1, -1, 2], 'range-over-sum').nonUniformity).toBeCloseTo(300, 12);
  });

  it('leaves out non-finite values and counts them', () => {
    const s = summarizeValues([1, Number.NaN, 3, Number.POSITIVE_INFINITY]);
    expect([s.n, s.ignoredCount, s.mean, s.min, s.max]).toEqual([2, 2, 2, 1, 3]);
  });
});

describe('summaries by region', () => {
  const sites = slot01?.sites ?? [];

  it('groups the 49-site polar pattern into its rings (values checked with numpy)', () => {
    const rings = summarizeByRing(sites, [147, 0, 49, 98]);
    expect(rings.map((r) => r.radiusMm)).toEqual([0, 49, 98, 147]);
    expect(rings.map((r) => [r.innerMm, r.outerMm])).toEqual([
      [0, 24.5],
      [24.5, 73.5],
      [73.5, 122.5],
      [122.5, Number.POSITIVE_INFINITY],
    ]);
    expect(rings.map((r) => r.summary.n)).toEqual([1, 8, 16, 24]);
    expect(rings[0]?.summary.mean).toBe(9.5113);
    expect(rings[1]?.summary.mean).toBeCloseTo(9.603025, 10);
    expect(rings[2]?.summary.mean).toBeCloseTo(9.67591875, 10);
    expect(rings[3]?.summary.mean).toBeCloseTo(9.9354125, 10);
    expect(rings[3]?.summary.sd).toBeCloseTo(0.2535227994420946, 10);
  });

  it('refuses no radii and negative radii', () => {
    expect(() => summarizeByRing(sites, [])).toThrow(RangeError);
    expect(() => summarizeByRing(sites, [0, -1])).toThrow(RangeError);
  });

  it('keeps only sites inside the edge exclusion', () => {
    // 300 mm wafer, 10 mm exclusion: the outer ring at 147 mm (3 mm from the edge) drops out.
    const { summary, excludedCount } = summarizeInsideEdgeExclusion(sites, standardWafer(300, 10));
    expect(excludedCount).toBe(24);
    expect(summary.n).toBe(25);
    expect(summary.mean).toBeCloseTo(9.646008, 10);
    expect(summary.sd).toBeCloseTo(0.12209081292218521, 10);
  });
});

describe('summarizeInsideEdgeExclusion on the real file', () => {
  it('keeps all 49 KLA Slot01 sites inside a 3 mm edge exclusion (the outer ring sits on it)', () => {
    const { summary, excludedCount } = summarizeInsideEdgeExclusion(
      slot01?.sites ?? [],
      standardWafer(300, 3),
    );
    expect(excludedCount).toBe(0);
    expect(summary.n).toBe(49);
    expect(Math.abs((summary.mean ?? 0) - 9.7878)).toBeLessThan(6e-5);
  });
});
