/**
 * Where to write the value of each contour line: on the line, clear of the drawing's clip
 * boundary (a label cut in half by the wafer edge reads as a different number) and clear of
 * the other labels. Pure, in sample mm; the caller converts its on-screen sizes to mm.
 */
import type { PointMm } from '../geometry/point';
import type { ContourLine } from './contours';

/** Where the label of a contour value goes (sample mm). */
export interface LabelSpot {
  value: number;
  at: PointMm;
}

/** Spacing rules of contourLabelSpots. */
export interface LabelOptions {
  /** Least distance (mm) from a label's anchor to the boundary, per label value (its text is
   * wider or narrower). */
  clearanceMm: (value: number) => number;
  /** Least distance (mm) between two label anchors. */
  minGapMm: number;
  /** Lines with fewer vertices get no label (tiny rings would be hidden by it). */
  minPoints?: number;
  /** Candidate anchors tried per line, from its middle outwards. */
  candidates?: number;
  /** Points a label must not cover (the measured sites, drawn above the labels). */
  avoid?: readonly PointMm[];
  /** Least distance (mm) from a label anchor to an avoided point. */
  avoidMm?: number;
}

/** Distance (mm) from p to the closed polygon's edges; Infinity for an empty polygon. */
export function distanceToBoundaryMm(p: PointMm, polygon: readonly PointMm[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i] as PointMm;
    const b = polygon[(i + 1) % polygon.length] as PointMm;
    const dx = b.xMm - a.xMm;
    const dy = b.yMm - a.yMm;
    const len2 = dx * dx + dy * dy;
    const t =
      len2 === 0
        ? 0
        : Math.max(0, Math.min(1, ((p.xMm - a.xMm) * dx + (p.yMm - a.yMm) * dy) / len2));
    best = Math.min(best, Math.hypot(p.xMm - a.xMm - t * dx, p.yMm - a.yMm - t * dy));
  }
  return best;
}

/** A test for "is any avoided point within `radiusMm` of p", O(1) per query via a hash grid. */
function nearAny(points: readonly PointMm[], radiusMm: number): (p: PointMm) => boolean {
  if (points.length === 0 || !(radiusMm > 0)) return () => false;
  const cells = new Map<string, PointMm[]>();
  const key = (i: number, j: number) => `${i},${j}`;
  for (const q of points) {
    const k = key(Math.floor(q.xMm / radiusMm), Math.floor(q.yMm / radiusMm));
    const cell = cells.get(k);
    if (cell) cell.push(q);
    else cells.set(k, [q]);
  }
  return (p) => {
    const ci = Math.floor(p.xMm / radiusMm);
    const cj = Math.floor(p.yMm / radiusMm);
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        const cell = cells.get(key(ci + di, cj + dj));
        if (cell?.some((q) => Math.hypot(q.xMm - p.xMm, q.yMm - p.yMm) < radiusMm)) return true;
      }
    }
    return false;
  };
}

/**
 * At most one label per line: the first candidate vertex, from the middle of the line outwards,
 * that is at least `clearanceMm(value)` from the boundary, `minGapMm` from every label already
 * placed and `avoidMm` from every avoided point. Lines without such a vertex get none.
 */
export function contourLabelSpots(
  lines: readonly ContourLine[],
  boundary: readonly PointMm[],
  options: LabelOptions,
): LabelSpot[] {
  const minPoints = options.minPoints ?? 8;
  const tries = options.candidates ?? 12;
  const nearSite = nearAny(options.avoid ?? [], options.avoidMm ?? 0);
  const spots: LabelSpot[] = [];
  for (const line of lines) {
    const pts = line.pointsMm;
    if (pts.length < minPoints) continue;
    const clearance = options.clearanceMm(line.value);
    const step = Math.max(1, Math.floor(pts.length / tries));
    const mid = Math.floor(pts.length / 2);
    const order = [line.labelMm];
    for (let k = step; k <= pts.length / 2; k += step) {
      const before = pts[mid - k];
      const after = pts[mid + k];
      if (before) order.push(before);
      if (after) order.push(after);
    }
    // Cheapest test first: with hundreds of lines (IDW around 1000 sites) most candidates fail
    // on the gap to a placed label, and only the rest pay for the boundary distance.
    const at = order.find(
      (p) =>
        spots.every((s) => Math.hypot(s.at.xMm - p.xMm, s.at.yMm - p.yMm) >= options.minGapMm) &&
        !nearSite(p) &&
        distanceToBoundaryMm(p, boundary) >= clearance,
    );
    if (at) spots.push({ value: line.value, at });
  }
  return spots;
}
