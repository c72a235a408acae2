import { describe, expect, it } from 'vitest';
import { standardWafer } from '../geometry/outline';
import {
  BIN_ABOVE_SITES,
  BIN_NEIGHBOURS,
  createBinnedInverseDistance,
} from './binnedInverseDistance';
import { computeField } from './field';
import type { GridSpec } from './grid';

// 10 × 10 cells of 1 mm over [0, 10] mm.
const spec: GridSpec = { minXMm: 0, maxXMm: 10, minYMm: 0, maxYMm: 10, cols: 10, rows: 10 };

describe('createBinnedInverseDistance', () => {
  it('averages the sites of one cell: position and value', () => {
    const f = createBinnedInverseDistance(
      [
        { xMm: 2.2, yMm: 7.2, value: 10 },
        { xMm: 2.4, yMm: 7.4, value: 20 },
        { xMm: 2.6, yMm: 7.6, value: 30 },
      ],
      spec,
    );
    expect(f.binCount).toBe(1);
    expect(f.valueAt(2.4, 7.4)).toBe(20); // on the bin's mean position: its mean, exactly
    expect(f.valueAt(9, 1)).toBe(20); // the only bin
  });

  it('weights a query by 1/d² from the nearest bins', () => {
    const f = createBinnedInverseDistance(
      [
        { xMm: 0.5, yMm: 0.5, value: 0 },
        { xMm: 2.5, yMm: 0.5, value: 12 },
      ],
      spec,
    );
    // d = 0.5 and 1.5 mm: weights 4 and 4/9 → (0·4 + 12·4/9) / (4 + 4/9) = 1.2
    expect(f.valueAt(1, 0.5)).toBeCloseTo(1.2, 12);
  });

  it('finds the nearest bins however far, and at least the neighbour count where they exist', () => {
    const sites = Array.from({ length: BIN_NEIGHBOURS + 2 }, (_, i) => ({
      xMm: 9.5,
      yMm: i + 0.5,
      value: i,
    }));
    const f = createBinnedInverseDistance(sites, spec);
    const v = f.valueAt(0.5, 0.5);
    expect(v).toBeGreaterThan(0);
    expect(v).toBeLessThan(BIN_NEIGHBOURS + 1);
    expect(Number.isFinite(v)).toBe(true);
  });

  it('keeps a constant field constant', () => {
    const sites = Array.from({ length: 500 }, (_, i) => ({
      xMm: (i * 7.3) % 10,
      yMm: (i * 3.1) % 10,
      value: 42,
    }));
    const f = createBinnedInverseDistance(sites, spec);
    for (const [x, y] of [
      [0.1, 0.1],
      [5, 5],
      [9.9, 3],
    ] as const) {
      expect(f.valueAt(x, y)).toBeCloseTo(42, 12);
    }
  });
});

describe('computeField on dense maps', () => {
  const wafer = standardWafer(200);
  /** `n` sites on a spiral over the 200 mm wafer, value = x (a linear field). */
  const spiral = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const r = 95 * Math.sqrt((i + 0.5) / n);
      const a = i * 2.399963;
      return { xMm: r * Math.cos(a), yMm: r * Math.sin(a), value: r * Math.cos(a) };
    });

  it('uses every site exactly up to BIN_ABOVE_SITES', () => {
    const outcome = computeField({
      sites: spiral(BIN_ABOVE_SITES),
      outline: wafer,
      method: 'inverse-distance',
      resolution: 40,
    });
    expect(outcome.ok && outcome.field.binning).toBeNull();
  });

  it('bins above it, says so, and still follows the data', () => {
    const outcome = computeField({
      sites: spiral(20_000),
      outline: wafer,
      method: 'thin-plate-spline',
      resolution: 100,
    });
    if (!outcome.ok) throw new Error(outcome.message);
    const { field } = outcome;
    expect(field.method).toBe('inverse-distance');
    expect(field.siteCount).toBe(20_000);
    expect(field.binning).toEqual({ bins: expect.any(Number), neighbours: BIN_NEIGHBOURS });
    expect(field.binning?.bins).toBeGreaterThan(6000);
    // The linear field x is recovered within a cell or two (2 mm cells).
    const { cols, rows, minXMm, maxXMm } = field.spec;
    const cell = (maxXMm - minXMm) / cols;
    let worst = 0;
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < cols; col++) {
        const v = field.grid[row * cols + col] ?? Number.NaN;
        const x = minXMm + (col + 0.5) * cell;
        const y = field.spec.maxYMm - (row + 0.5) * cell;
        if (!Number.isNaN(v) && Math.hypot(x, y) < 90) worst = Math.max(worst, Math.abs(v - x));
      }
    }
    expect(worst).toBeLessThan(2 * cell);
  });
});
