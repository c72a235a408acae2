/**
 * Where to write the value of each contour line: on the line, clear of the drawing's clip
 * boundary (a label cut in half by the wafer edge reads as a different number) and clear of
 * the other labels. Pure, in sample mm; the caller converts its on-screen sizes to mm.
 */
import type { PointMm } from '../geometry/point';
import type { ContourLine } from './contours';

export interface LabelSpot {
  value: number;
  at: PointMm;
}

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
  const avoid = options.avoid ?? [];
  const avoidMm = options.avoidMm ?? 0;
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
    const at = order.find(
      (p) =>
        distanceToBoundaryMm(p, boundary) >= clearance &&
        spots.every((s) => Math.hypot(s.at.xMm - p.xMm, s.at.yMm - p.yMm) >= options.minGapMm) &&
        avoid.every((a) => Math.hypot(a.xMm - p.xMm, a.yMm - p.yMm) >= avoidMm),
    );
    if (at) spots.push({ value: line.value, at });
  }
  return spots;
}
