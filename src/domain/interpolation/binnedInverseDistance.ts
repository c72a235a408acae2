/**
 * Inverse-distance weighting for dense maps (mapping ellipsometers, XRF/XRD mappers: 10⁴–10⁵
 * points a wafer). The sites are first binned onto the field's own grid, each occupied cell
 * becoming one site at the mean position with the mean value (O(n)), the usual gridding step of
 * mapping software (as GMT's `blockmean` before `nearneighbor`). Each query is then weighted
 * (Shepard, power 2, see inverseDistance.ts) from the bins in the smallest square window of
 * cells around it that holds at least `neighbours` bins, plus one ring more so bins just outside
 * the square are not missed. A 100k-site field so costs O(n + cells · window) instead of
 * O(n · cells); with a site in most cells the window is 5 × 5 cells.
 */
import type { GridSpec } from './grid';
import { assertFiniteSites, type Interpolator, type SiteValue } from './sites';

/** Above this many distinct sites the field is binned first (exact IDW costs n × cells). */
export const BIN_ABOVE_SITES = 2000;
/** Bins each query is weighted from, at least (where that many exist). */
export const BIN_NEIGHBOURS = 8;

/** Squared distance (mm²) at which a query is on a bin (IDW_COINCIDENCE_MM squared). */
const COINCIDENCE2_MM2 = 1e-24;

/** A binned interpolator and how many grid cells hold sites. */
export interface BinnedInterpolator extends Interpolator {
  /** Occupied cells: the sites the weighting actually uses. */
  binCount: number;
}

/**
 * Bin `input` onto `spec` (cells as in grid.ts; sites beyond the extent go to the nearest edge
 * cell) and weight each query from the nearest bins (see the module comment). At a query within
 * 1e-12 mm of a bin's mean position it returns that bin's mean. Throws RangeError for no sites
 * or a non-finite site.
 */
export function createBinnedInverseDistance(
  input: readonly SiteValue[],
  spec: GridSpec,
  neighbours = BIN_NEIGHBOURS,
): BinnedInterpolator {
  assertFiniteSites(input);
  if (input.length === 0) throw new RangeError('inverse-distance weighting needs at least 1 site');
  const { cols, rows } = spec;
  const cellW = (spec.maxXMm - spec.minXMm) / cols;
  const cellH = (spec.maxYMm - spec.minYMm) / rows;
  const colOf = (x: number) =>
    Math.min(cols - 1, Math.max(0, Math.floor((x - spec.minXMm) / cellW)));
  const rowOf = (y: number) =>
    Math.min(rows - 1, Math.max(0, Math.floor((spec.maxYMm - y) / cellH)));
  const count = new Float64Array(cols * rows);
  const sx = new Float64Array(cols * rows);
  const sy = new Float64Array(cols * rows);
  const sv = new Float64Array(cols * rows);
  for (const s of input) {
    const k = rowOf(s.yMm) * cols + colOf(s.xMm);
    count[k] = (count[k] ?? 0) + 1;
    sx[k] = (sx[k] ?? 0) + s.xMm;
    sy[k] = (sy[k] ?? 0) + s.yMm;
    sv[k] = (sv[k] ?? 0) + s.value;
  }
  let binCount = 0;
  for (let k = 0; k < count.length; k++) {
    const c = count[k] ?? 0;
    if (c === 0) continue;
    binCount += 1;
    sx[k] = (sx[k] ?? 0) / c;
    sy[k] = (sy[k] ?? 0) / c;
    sv[k] = (sv[k] ?? 0) / c;
  }
  const want = Math.min(neighbours, binCount);
  const maxRing = Math.max(cols, rows);

  return {
    method: 'inverse-distance',
    siteCount: binCount,
    binCount,
    valueAt(xMm, yMm) {
      const c0 = colOf(xMm);
      const r0 = rowOf(yMm);
      let found = 0;
      let stopAt = maxRing;
      let weightSum = 0;
      let weightedSum = 0;
      let exact = Number.NaN;
      /** Weigh the bin at (col, row); true when the query sits on its mean position. */
      const visit = (col: number, row: number): boolean => {
        if (col < 0 || row < 0 || col >= cols || row >= rows) return false;
        const k = row * cols + col;
        if ((count[k] ?? 0) === 0) return false;
        found += 1;
        const dx = xMm - (sx[k] ?? 0);
        const dy = yMm - (sy[k] ?? 0);
        const d2 = dx * dx + dy * dy;
        if (d2 <= COINCIDENCE2_MM2) {
          exact = sv[k] ?? 0;
          return true;
        }
        weightSum += 1 / d2;
        weightedSum += (sv[k] ?? 0) / d2;
        return false;
      };
      for (let ring = 0; ring <= stopAt; ring++) {
        if (ring === 0) {
          if (visit(c0, r0)) return exact;
        } else {
          for (let d = -ring; d <= ring; d++) {
            if (visit(c0 + d, r0 - ring) || visit(c0 + d, r0 + ring)) return exact;
            if (d > -ring && d < ring && (visit(c0 - ring, r0 + d) || visit(c0 + ring, r0 + d))) {
              return exact;
            }
          }
        }
        if (found >= want && stopAt === maxRing) stopAt = ring + 1;
      }
      return weightedSum / weightSum;
    },
  };
}
