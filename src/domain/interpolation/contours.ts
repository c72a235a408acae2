/**
 * Iso-value lines of a gridded field (from evaluateGrid), in sample mm.
 *
 * d3-contour (marching squares, stitched into rings) does the tracing. Its rings are the borders
 * of filled regions, so besides the true iso-lines they run along the grid border and along NaN
 * (masked) cells, which d3-contour treats as below every threshold. To keep only real iso-lines
 * the rings are traced unsmoothed: every raw ring vertex then sits exactly halfway between two
 * neighbouring grid values. A vertex whose two values both exist and are finite is a true
 * crossing, placed by linear interpolation between them (the formula of d3-contour's own
 * smoothing); any other vertex is artificial and cuts the ring there. Lines therefore end within
 * one cell of the mask edge and never run along or across it.
 *
 * Coordinates: in d3-contour's frame grid value (col, row) covers the unit square
 * [col, col + 1] × [row, row + 1], i.e. sits at (col + ½, row + ½). With evaluateGrid's
 * cell-centred sampling that is exactly x = minX + cx·cellWidth, y = maxY − cy·cellHeight, so a
 * linear field gives its iso-lines at the exact positions (up to rounding).
 */
import { ticks } from 'd3-array';
import { contours } from 'd3-contour';
import type { BoundsMm, PointMm } from '../geometry/point';

export interface ContourLine {
  /** The threshold this line belongs to (field units). */
  value: number;
  /** Vertices in sample mm; a closed line does not repeat its first vertex. */
  pointsMm: PointMm[];
  closed: boolean;
  /** Where a label can sit: halfway along the line. */
  labelMm: PointMm;
}

/** Halfway along a polyline by length (the first vertex for a zero-length line). */
function midpointAlong(points: PointMm[], closed: boolean): PointMm {
  const path = closed && points.length > 0 ? [...points, points[0] as PointMm] : points;
  const lengths = path.slice(1).map((p, i) => {
    const q = path[i] as PointMm;
    return Math.hypot(p.xMm - q.xMm, p.yMm - q.yMm);
  });
  let remaining = lengths.reduce((s, l) => s + l, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    const l = lengths[i] ?? 0;
    const a = path[i] as PointMm;
    const b = path[i + 1] as PointMm;
    if (remaining <= l && l > 0) {
      const t = remaining / l;
      return { xMm: a.xMm + t * (b.xMm - a.xMm), yMm: a.yMm + t * (b.yMm - a.yMm) };
    }
    remaining -= l;
  }
  return path[0] ?? { xMm: Number.NaN, yMm: Number.NaN };
}

/**
 * Iso-lines of `grid` (cols × rows, row-major, row 0 at max y, NaN = masked, as evaluateGrid
 * returns) at each threshold, as polylines in sample mm over `extent` (the grid's extent).
 * Lines are grouped by threshold in ascending order. Throws RangeError when the grid length is
 * not cols × rows, the size is below 1 × 1, or a threshold is not finite.
 */
export function contourLines(
  grid: ArrayLike<number>,
  cols: number,
  rows: number,
  thresholds: readonly number[],
  extent: BoundsMm,
): ContourLine[] {
  if (!Number.isInteger(cols) || !Number.isInteger(rows) || cols < 1 || rows < 1) {
    throw new RangeError(`grid size must be whole numbers ≥ 1, got ${cols} × ${rows}`);
  }
  if (grid.length !== cols * rows) {
    throw new RangeError(`grid has ${grid.length} values, expected ${cols} × ${rows}`);
  }
  if (!thresholds.every(Number.isFinite)) throw new RangeError('thresholds must be finite');
  const cellW = (extent.maxXMm - extent.minXMm) / cols;
  const cellH = (extent.maxYMm - extent.minYMm) / rows;
  const at = (col: number, row: number): number =>
    col >= 0 && col < cols && row >= 0 && row < rows
      ? (grid[row * cols + col] ?? Number.NaN)
      : Number.NaN;

  /** The true crossing at a raw ring vertex in mm, or null for an artificial vertex. */
  const crossing = (px: number, py: number, threshold: number): PointMm | null => {
    const horizontal = Number.isInteger(px);
    const col1 = horizontal ? px : px - 0.5;
    const row1 = horizontal ? py - 0.5 : py;
    const v0 = horizontal ? at(col1 - 1, row1) : at(col1, row1 - 1);
    const v1 = at(col1, row1);
    if (!Number.isFinite(v0) || !Number.isFinite(v1)) return null;
    const offset = (threshold - v0) / (v1 - v0) - 0.5;
    const cx = horizontal ? px + offset : px;
    const cy = horizontal ? py : py + offset;
    return { xMm: extent.minXMm + cx * cellW, yMm: extent.maxYMm - cy * cellH };
  };

  // d3 reads the values by index only; a plain array keeps to its declared type.
  const values = Array.from(grid);
  const generator = contours().size([cols, rows]).smooth(false);
  const lines: ContourLine[] = [];
  const push = (value: number, pointsMm: PointMm[], closed: boolean) => {
    if (pointsMm.length >= 2) {
      lines.push({ value, pointsMm, closed, labelMm: midpointAlong(pointsMm, closed) });
    }
  };
  for (const threshold of [...thresholds].sort((a, b) => a - b)) {
    for (const polygon of generator.contour(values, threshold).coordinates) {
      for (const ring of polygon) {
        // d3 closes each ring by repeating its first vertex.
        const raw = ring.slice(0, -1);
        const mm = raw.map(([px = 0, py = 0]) => crossing(px, py, threshold));
        const cut = mm.indexOf(null);
        if (cut < 0) {
          push(threshold, mm as PointMm[], true);
          continue;
        }
        let run: PointMm[] = [];
        for (let k = 1; k <= mm.length; k++) {
          const p = mm[(cut + k) % mm.length];
          if (p) {
            run.push(p);
          } else {
            push(threshold, run, false);
            run = [];
          }
        }
      }
    }
  }
  return lines;
}

/**
 * Round threshold values strictly between min and max, about `count` of them (d3-array `ticks`:
 * 1, 2 or 5 × 10ᵏ steps). Empty when min ≥ max or either is not finite.
 */
export function niceThresholds(min: number, max: number, count: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(min < max)) return [];
  return ticks(min, max, count).filter((t) => t > min && t < max);
}
