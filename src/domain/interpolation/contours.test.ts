import { describe, expect, it } from 'vitest';
import type { PointMm } from '../geometry/point';
import { contourLines, niceThresholds } from './contours';
import { evaluateGrid, type GridSpec } from './grid';
import type { Interpolator } from './sites';

// 20 × 10 cells of 1 mm over x ∈ [−10, 10], y ∈ [−5, 5]: centres at ±0.5, ±1.5, …
const spec: GridSpec = { minXMm: -10, maxXMm: 10, minYMm: -5, maxYMm: 5, cols: 20, rows: 10 };
const field = (f: (x: number, y: number) => number): Interpolator => ({
  method: 'inverse-distance',
  siteCount: 0,
  valueAt: f,
});
const linesOf = (grid: Float64Array, thresholds: number[], g: GridSpec = spec) =>
  contourLines(grid, g.cols, g.rows, thresholds, g);
const xs = (ps: PointMm[]) => ps.map((p) => p.xMm);
const ys = (ps: PointMm[]) => ps.map((p) => p.yMm);

describe('contourLines', () => {
  it('puts the line of v = x at exactly x = threshold, spanning the sampled rows', () => {
    const grid = evaluateGrid(
      field((x) => x),
      spec,
    );
    for (const threshold of [0.3, 0.5, -7.25]) {
      const lines = linesOf(grid, [threshold]);
      expect(lines).toHaveLength(1);
      const [line] = lines;
      expect(line?.value).toBe(threshold);
      expect(line?.closed).toBe(false);
      for (const x of xs(line?.pointsMm ?? [])) expect(Math.abs(x - threshold)).toBeLessThan(1e-12);
      const y = ys(line?.pointsMm ?? []);
      expect(Math.min(...y)).toBeCloseTo(-4.5, 12);
      expect(Math.max(...y)).toBeCloseTo(4.5, 12);
      expect(line?.labelMm.xMm).toBeCloseTo(threshold, 12);
      expect(line?.labelMm.yMm).toBeCloseTo(0, 12);
    }
  });

  it('puts the line of v = y at y = threshold (row 0 is the top)', () => {
    const grid = evaluateGrid(
      field((_x, y) => y),
      spec,
    );
    const [line] = linesOf(grid, [1.2]);
    for (const y of ys(line?.pointsMm ?? [])) expect(Math.abs(y - 1.2)).toBeLessThan(1e-12);
    expect(Math.min(...xs(line?.pointsMm ?? []))).toBeCloseTo(-9.5, 12);
  });

  it('draws closed rings around a peak, sorted by threshold', () => {
    const grid = evaluateGrid(
      field((x, y) => -Math.hypot(x, y)),
      spec,
    );
    const lines = linesOf(grid, [-2, -3]);
    expect(lines.map((l) => [l.value, l.closed])).toEqual([
      [-3, true],
      [-2, true],
    ]);
    // Linear interpolation of a cone between cell centres: within 0.05 mm of the true circle.
    for (const l of lines) {
      for (const p of l.pointsMm)
        expect(Math.abs(Math.hypot(p.xMm, p.yMm) + l.value)).toBeLessThan(0.05);
    }
  });

  it('draws nothing along the edge of a masked region', () => {
    const inDisk = (p: PointMm) => Math.hypot(p.xMm, p.yMm) <= 4.6;
    const plateau = evaluateGrid(
      field(() => 1),
      spec,
      inDisk,
    );
    expect(linesOf(plateau, [0.5])).toEqual([]);

    const ramp = evaluateGrid(
      field((x) => x),
      spec,
      inDisk,
    );
    const lines = linesOf(ramp, [0, 2.2]);
    expect(lines).toHaveLength(2);
    for (const l of lines) {
      expect(l.closed).toBe(false);
      for (const p of l.pointsMm) {
        expect(Math.abs(p.xMm - l.value)).toBeLessThan(1e-12);
        expect(inDisk(p)).toBe(true);
      }
    }
  });

  it('refuses a grid of the wrong length and non-finite thresholds', () => {
    const grid = new Float64Array(6);
    expect(() => contourLines(grid, 2, 2, [0], spec)).toThrow(RangeError);
    expect(() => contourLines(grid, 3, 2, [Number.NaN], spec)).toThrow(RangeError);
  });
});

describe('niceThresholds', () => {
  it('gives round values strictly inside the range', () => {
    expect(niceThresholds(0, 10, 5)).toEqual([2, 4, 6, 8]);
    expect(niceThresholds(9.5002, 10.6835, 5)).toEqual([9.6, 9.8, 10, 10.2, 10.4, 10.6]);
    expect(niceThresholds(3, 3, 5)).toEqual([]);
    expect(niceThresholds(Number.NaN, 3, 5)).toEqual([]);
  });
});
