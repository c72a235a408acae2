import { describe, expect, it } from 'vitest';
import { klaWafer } from '../../testing/klaFixture';
import { edgeDistanceMm, flatDistanceMm, standardWafer } from '../geometry/outline';
import { computeField, createFieldInterpolator, type Field, fieldGridSpec } from './field';
import { gridCellCenterMm } from './grid';
import type { SiteValue } from './sites';

const slot01: SiteValue[] = klaWafer('Slot01').sites.map((s) => ({
  xMm: s.xMm,
  yMm: s.yMm,
  value: s.thicknessNm,
}));

function fieldOf(outcome: ReturnType<typeof computeField>): Field {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.field;
}

describe('fieldGridSpec', () => {
  it('covers the outline with square cells, the resolution across the longer side', () => {
    expect(fieldGridSpec(standardWafer(300), 200)).toEqual({
      minXMm: -150,
      maxXMm: 150,
      minYMm: -150,
      maxYMm: 150,
      cols: 200,
      rows: 200,
    });
    const piece = fieldGridSpec(
      { kind: 'rectangle', widthMm: 20, heightMm: 7, edgeExclusionMm: 0 },
      20,
    );
    expect([piece.cols, piece.rows]).toEqual([20, 7]);
    expect(piece.maxYMm - piece.minYMm).toBeCloseTo(7, 12);
  });
});

describe('computeField', () => {
  const outline = standardWafer(300, 3);

  it('interpolates KLA Slot01 with the spline inside the edge exclusion only', () => {
    const field = fieldOf(computeField({ sites: slot01, outline, method: 'thin-plate-spline' }));
    expect([field.method, field.fallback, field.siteCount]).toEqual([
      'thin-plate-spline',
      null,
      49,
    ]);
    const cell = (field.spec.maxXMm - field.spec.minXMm) / field.spec.cols;
    let inside = 0;
    for (let row = 0; row < field.spec.rows; row++) {
      for (let col = 0; col < field.spec.cols; col++) {
        const v = field.grid[row * field.spec.cols + col] ?? Number.NaN;
        const d = edgeDistanceMm(outline, gridCellCenterMm(field.spec, col, row));
        if (d >= 3) {
          expect(Number.isFinite(v)).toBe(true);
          inside += 1;
        }
        if (d < 3 - cell * Math.SQRT2) expect(v).toBeNaN();
      }
    }
    expect(inside).toBeGreaterThan(30_000);
    expect(field.thresholds).toEqual([9.6, 9.8, 10, 10.2, 10.4, 10.6]);
    expect(field.contours.length).toBeGreaterThan(0);
    for (const line of field.contours) {
      for (const p of line.pointsMm) {
        expect(edgeDistanceMm(outline, p)).toBeGreaterThan(3 - 2 * cell);
      }
    }
  });

  it('keeps the field and the contours off the flat of a 150 mm wafer', () => {
    const flat = standardWafer(150, 5);
    const sites = slot01.map((s) => ({ ...s, xMm: s.xMm / 2.2, yMm: s.yMm / 2.2 }));
    const field = fieldOf(computeField({ sites, outline: flat, method: 'thin-plate-spline' }));
    const flatY = -flatDistanceMm(150, 57.5);
    const cell = (field.spec.maxXMm - field.spec.minXMm) / field.spec.cols;
    for (let row = 0; row < field.spec.rows; row++) {
      for (let col = 0; col < field.spec.cols; col++) {
        const p = gridCellCenterMm(field.spec, col, row);
        if (p.yMm < flatY + 5 - 2 * cell) expect(field.grid[row * field.spec.cols + col]).toBeNaN();
      }
    }
    const lowest = Math.min(...field.contours.flatMap((l) => l.pointsMm.map((p) => p.yMm)));
    expect(lowest).toBeGreaterThan(flatY + 5 - 2 * cell);
  });

  it('falls back to IDW above the spline site limit and says so', () => {
    const field = fieldOf(
      computeField({ sites: slot01, outline, method: 'thin-plate-spline', maxTpsSites: 10 }),
    );
    expect(field.method).toBe('inverse-distance');
    expect(field.fallback).toContain('limited to 10 sites (49 here)');
  });

  it('falls back to IDW for sites on one line', () => {
    const line = [0, 10, 20, 30].map((x) => ({ xMm: x, yMm: x, value: x }));
    const field = fieldOf(computeField({ sites: line, outline, method: 'thin-plate-spline' }));
    expect(field.method).toBe('inverse-distance');
    expect(field.fallback).toContain('one line');
  });

  it('uses IDW when asked, which gives 2 halfway between sites of 1 and 3', () => {
    const sites = [
      { xMm: -9.25, yMm: 0.75, value: 1 },
      { xMm: 10.75, yMm: 0.75, value: 3 },
      { xMm: 0.75, yMm: 140, value: 2 },
      { xMm: 0.75, yMm: -140, value: 2 },
    ];
    const field = fieldOf(computeField({ sites, outline, method: 'inverse-distance' }));
    expect(field.fallback).toBeNull();
    // The cell centred at (0.75, 0.75): column 100, row 99 of the 1.5 mm grid.
    expect(field.grid[99 * 200 + 100]).toBeCloseTo(2, 12);
  });

  it('refuses fewer than 3 distinct sites', () => {
    const two = [
      { xMm: 0, yMm: 0, value: 1 },
      { xMm: 0, yMm: 0.0001, value: 2 },
      { xMm: 5, yMm: 0, value: Number.NaN },
      { xMm: 9, yMm: 9, value: 3 },
    ];
    const outcome = computeField({ sites: two, outline, method: 'thin-plate-spline' });
    expect(outcome).toEqual({
      ok: false,
      message: 'An interpolated map needs at least 3 distinct sites (2 here).',
    });
  });
});

describe('createFieldInterpolator', () => {
  it('is the interpolator computeField samples: same values at the cell centres', () => {
    const field = fieldOf(
      computeField({
        sites: slot01,
        outline: standardWafer(300),
        method: 'thin-plate-spline',
        resolution: 20,
      }),
    );
    const { interpolator, fallback } = createFieldInterpolator(slot01, 'thin-plate-spline');
    expect([interpolator.method, fallback]).toEqual(['thin-plate-spline', null]);
    const centre = gridCellCenterMm(field.spec, 10, 10);
    expect(interpolator.valueAt(centre.xMm, centre.yMm)).toBe(
      field.grid[10 * field.spec.cols + 10],
    );
  });

  it('falls back to IDW with the reason, leaves out non-finite sites, refuses none', () => {
    const line = [0, 1, 2].map((x) => ({ xMm: x, yMm: 0, value: x }));
    const r = createFieldInterpolator(
      [...line, { xMm: Number.NaN, yMm: 1, value: 1 }],
      'thin-plate-spline',
    );
    expect(r.interpolator.method).toBe('inverse-distance');
    expect(r.fallback).toContain('No thin-plate spline');
    expect(() => createFieldInterpolator([], 'inverse-distance')).toThrow(RangeError);
  });
});
