/**
 * Sampling an interpolated field on a regular grid, for the colour image and the contours.
 *
 * Cell-centred convention: the extent is split into cols × rows equal cells and each value is
 * taken at its cell's centre, so value k of the grid is pixel k of an image drawn over exactly
 * the extent. Rows run top to bottom (row 0 at max y), as image rows and d3-contour expect.
 */
import type { BoundsMm, PointMm } from '../geometry/point';
import type { Interpolator } from './sites';

/** A cols × rows grid of cells covering the extent (mm). */
export interface GridSpec extends BoundsMm {
  cols: number;
  rows: number;
}

/** Throws RangeError unless cols and rows are integers ≥ 1 and the extent is finite, min < max. */
export function assertGridSpec(grid: GridSpec): void {
  const { minXMm, maxXMm, minYMm, maxYMm, cols, rows } = grid;
  if (!Number.isInteger(cols) || !Number.isInteger(rows) || cols < 1 || rows < 1) {
    throw new RangeError(`grid size must be whole numbers ≥ 1, got ${cols} × ${rows}`);
  }
  const finite = [minXMm, maxXMm, minYMm, maxYMm].every(Number.isFinite);
  if (!finite || !(minXMm < maxXMm) || !(minYMm < maxYMm)) {
    throw new RangeError('grid extent must be finite with min < max on both axes');
  }
}

/** Centre (mm) of the cell in column `col` (0 = left) and row `row` (0 = top). */
export function gridCellCenterMm(grid: GridSpec, col: number, row: number): PointMm {
  return {
    xMm: grid.minXMm + ((col + 0.5) * (grid.maxXMm - grid.minXMm)) / grid.cols,
    yMm: grid.maxYMm - ((row + 0.5) * (grid.maxYMm - grid.minYMm)) / grid.rows,
  };
}

/**
 * The field at every cell centre, row-major with row 0 at the top (max y): index
 * `row * cols + col`. Cells whose centre fails `mask` (e.g. `(p) => isInsideEdgeExclusion(outline,
 * p)`) are NaN and the interpolator is not called for them. Throws RangeError for an invalid
 * grid (see assertGridSpec).
 */
export function evaluateGrid(
  interpolator: Interpolator,
  grid: GridSpec,
  mask?: (p: PointMm) => boolean,
): Float64Array {
  assertGridSpec(grid);
  const { cols, rows } = grid;
  const out = new Float64Array(cols * rows);
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const p = gridCellCenterMm(grid, col, row);
      out[row * cols + col] = mask && !mask(p) ? Number.NaN : interpolator.valueAt(p.xMm, p.yMm);
    }
  }
  return out;
}
