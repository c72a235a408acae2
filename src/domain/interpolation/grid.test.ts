import { describe, expect, it } from 'vitest';
import { evaluateGrid, type GridSpec, gridCellCenterMm } from './grid';
import type { Interpolator } from './sites';

const field = (f: (x: number, y: number) => number): Interpolator => ({
  method: 'inverse-distance',
  siteCount: 0,
  valueAt: f,
});

const spec: GridSpec = { minXMm: -4, maxXMm: 4, minYMm: -1, maxYMm: 1, cols: 4, rows: 2 };

describe('evaluateGrid', () => {
  it('samples cell centres row by row from the top', () => {
    expect(gridCellCenterMm(spec, 0, 0)).toEqual({ xMm: -3, yMm: 0.5 });
    expect(gridCellCenterMm(spec, 3, 1)).toEqual({ xMm: 3, yMm: -0.5 });
    const grid = evaluateGrid(
      field((x, y) => x + 10 * y),
      spec,
    );
    expect([...grid]).toEqual([2, 4, 6, 8, -8, -6, -4, -2]);
  });

  it('puts NaN outside the mask without calling the interpolator there', () => {
    const calls: number[] = [];
    const grid = evaluateGrid(
      field((x) => {
        calls.push(x);
        return x;
      }),
      spec,
      (p) => p.xMm > 0,
    );
    expect([...grid].map((v) => (Number.isNaN(v) ? 'NaN' : v))).toEqual([
      'NaN',
      'NaN',
      1,
      3,
      'NaN',
      'NaN',
      1,
      3,
    ]);
    expect(calls).toEqual([1, 3, 1, 3]);
  });

  it('refuses an invalid grid', () => {
    const f = field(() => 0);
    expect(() => evaluateGrid(f, { ...spec, cols: 0 })).toThrow(RangeError);
    expect(() => evaluateGrid(f, { ...spec, rows: 2.5 })).toThrow(RangeError);
    expect(() => evaluateGrid(f, { ...spec, minXMm: 4 })).toThrow(RangeError);
    expect(() => evaluateGrid(f, { ...spec, maxYMm: Number.NaN })).toThrow(RangeError);
  });
});
