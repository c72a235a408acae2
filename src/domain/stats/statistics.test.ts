import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NON_UNIFORMITY,
  NON_UNIFORMITY_IDS,
  nonUniformityDefinition,
} from './nonUniformity';
import { statisticInput } from './statistic';
import { computeStatistics, STATISTICS } from './statistics';
import { summarizeValues } from './uniformity';

const figures = (values: number[]) =>
  Object.fromEntries(
    computeStatistics(statisticInput(values, summarizeValues(values))).map((f) => [
      f.statistic.id,
      f.value,
    ]),
  );

describe('STATISTICS', () => {
  it('has unique ids and labels', () => {
    expect(new Set(STATISTICS.map((s) => s.id)).size).toBe(STATISTICS.length);
    expect(new Set(STATISTICS.map((s) => s.label)).size).toBe(STATISTICS.length);
  });

  it('computes the figures of 2, 4, 4, 4, 5, 5, 7, 9 exactly', () => {
    // Mean 5, Σ(x − mean)² = 32, σ (n − 1) = √(32/7).
    const f = figures([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(f).toMatchObject({ n: 8, mean: 5, min: 2, max: 9, range: 7 });
    expect(f.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(f['pct-sd']).toBeCloseTo((Math.sqrt(32 / 7) / 5) * 100, 12);
    expect(f['three-sd']).toBeCloseTo(3 * Math.sqrt(32 / 7), 12);
  });

  it('gives null, never NaN, where a figure is undefined', () => {
    const f = figures([3]);
    expect(f).toMatchObject({ n: 1, mean: 3, sd: null, 'pct-sd': null, 'three-sd': null });
    expect(Object.values(figures([])).filter((v) => v !== null && v !== 0)).toEqual([]);
  });
});

describe('statisticInput', () => {
  it('leaves non-finite values out and sorts once, on demand', () => {
    const input = statisticInput(
      [3, Number.NaN, 1, Number.POSITIVE_INFINITY, 2],
      summarizeValues([]),
    );
    expect(input.values).toEqual([3, 1, 2]);
    expect(input.sorted()).toEqual([1, 2, 3]);
    expect(input.sorted()).toBe(input.sorted());
  });
});

describe('non-uniformity definitions', () => {
  it('compute (max − min) / (2 · mean) by default, and fall back to it for unknown ids', () => {
    const s = { mean: 10, sd: 1, min: 9, max: 12 };
    expect(nonUniformityDefinition(DEFAULT_NON_UNIFORMITY).compute(s)).toBe(15);
    expect(nonUniformityDefinition('gone').compute(s)).toBe(15);
    expect(NON_UNIFORMITY_IDS).toEqual([
      'half-range-over-mean',
      'range-over-sum',
      'range-over-mean',
      'sd-over-mean',
    ]);
    expect(nonUniformityDefinition('sd-over-mean').compute({ ...s, sd: null })).toBeNull();
  });
});
