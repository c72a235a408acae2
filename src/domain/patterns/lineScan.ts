/**
 * Line scans: N sites evenly spaced along a diameter through the sample centre, the usual
 * quick check of radial uniformity (e.g. a 4-point-probe diameter scan).
 */

import { z } from 'zod';
import {
  edgeExclusionDistanceMm,
  flatDistanceMm,
  type SampleOutline,
  type WaferOutline,
} from '../geometry/outline';
import { degToRad } from '../geometry/point';
import { describePattern } from './descriptor';
import { type MeasurementPattern, numberSites } from './pattern';

export interface LineScanOptions {
  outline: SampleOutline;
  /** Number of sites N ≥ 1 (whole number). */
  siteCount: number;
  /** Direction of the scan, degrees counter-clockwise from +x (0 = along +x, 90 = along +y). */
  angleDeg: number;
}

/** Bisection stops when the bracket is this narrow (mm); the result is within it. */
export const LINE_SCAN_TOLERANCE_MM = 1e-10;

/**
 * Distance from the centre along the unit ray (dx, dy) to the edge-exclusion boundary of a
 * wafer (mm). Exact for the circle (R − EE) and the flat (the ray meets the flat moved inward by
 * EE); a notch is found by bisection on `edgeExclusionDistanceMm ≥ EE` (it only bites when the
 * edge exclusion is shallower than the notch), monotone along the ray because the notch is a
 * convex wedge opening away from the centre.
 */
function waferReachMm(outline: WaferOutline, dx: number, dy: number): number {
  const ee = outline.edgeExclusionMm;
  let reach = outline.diameterMm / 2 - ee;
  if (reach <= 0) return 0;
  const markRad = degToRad(outline.markAngleDeg);
  if (outline.mark === 'flat') {
    const towardFlat = dx * Math.cos(markRad) + dy * Math.sin(markRad);
    const insetFlat = flatDistanceMm(outline.diameterMm, outline.flatLengthMm) - ee;
    if (insetFlat <= 0) return 0;
    if (towardFlat > 0) reach = Math.min(reach, insetFlat / towardFlat);
    return reach;
  }
  if (outline.mark === 'notch') {
    const inside = (t: number) =>
      edgeExclusionDistanceMm(outline, { xMm: t * dx, yMm: t * dy }) >= ee;
    if (inside(reach)) return reach;
    if (!inside(0)) return 0;
    let lo = 0;
    let hi = reach;
    while (hi - lo > LINE_SCAN_TOLERANCE_MM) {
      const mid = (lo + hi) / 2;
      if (inside(mid)) lo = mid;
      else hi = mid;
    }
    return lo;
  }
  return reach;
}

/** Distance from the centre along the unit ray (dx, dy) to the inset rectangle (mm), exact. */
function rectangleReachMm(halfW: number, halfH: number, dx: number, dy: number): number {
  if (halfW <= 0 || halfH <= 0) return 0;
  const ax = Math.abs(dx);
  const ay = Math.abs(dy);
  return Math.min(ax > 0 ? halfW / ax : Infinity, ay > 0 ? halfH / ay : Infinity);
}

/**
 * Half-length L of the longest diameter through the centre at `angleDeg` whose both ends stay
 * inside the edge exclusion: the smaller of the reaches along +direction and −direction (they
 * differ when a flat or notch lies on one side). Exact for circles, flats and rectangles;
 * within LINE_SCAN_TOLERANCE_MM (≤ 1e-9 mm), and never outside, for a notch. 0 when the
 * measurable area is empty.
 */
export function lineScanHalfLengthMm(outline: SampleOutline, angleDeg: number): number {
  const a = degToRad(angleDeg);
  const dx = Math.cos(a);
  const dy = Math.sin(a);
  const reach = (sx: number, sy: number): number =>
    outline.kind === 'rectangle'
      ? rectangleReachMm(
          outline.widthMm / 2 - outline.edgeExclusionMm,
          outline.heightMm / 2 - outline.edgeExclusionMm,
          sx,
          sy,
        )
      : waferReachMm(outline, sx, sy);
  return Math.min(reach(dx, dy), reach(-dx, -dy));
}

/**
 * Line-scan pattern: N sites evenly spaced from −L to +L along the direction `angleDeg` (L from
 * `lineScanHalfLengthMm`), numbered from the −L end; N = 1 gives the centre alone.
 * Coordinates in sample mm. Throws RangeError when N is not a whole number ≥ 1 or the angle is
 * not finite.
 */
export function lineScanPattern(options: LineScanOptions): MeasurementPattern {
  const { outline, siteCount, angleDeg } = options;
  if (!(Number.isInteger(siteCount) && siteCount >= 1)) {
    throw new RangeError(`a line scan needs a whole number of sites ≥ 1, got ${siteCount}`);
  }
  if (!Number.isFinite(angleDeg)) throw new RangeError(`scan angle must be finite: ${angleDeg}`);
  const halfMm = siteCount === 1 ? 0 : lineScanHalfLengthMm(outline, angleDeg);
  const a = degToRad(angleDeg);
  const points = Array.from({ length: siteCount }, (_, k) => {
    const t = siteCount === 1 ? 0 : -halfMm + (2 * halfMm * k) / (siteCount - 1);
    return { xMm: t * Math.cos(a), yMm: t * Math.sin(a) };
  });
  return { name: `Line scan ${siteCount} sites at ${angleDeg}°`, sites: numberSites(points) };
}

/** A line scan through the centre with a typed number of sites and direction. */
export const lineScanPatternKind = describePattern({
  kind: 'line',
  label: 'Line scan…',
  params: z.object({ siteCount: z.number().int().positive(), angleDeg: z.number() }),
  defaults: { siteCount: 21, angleDeg: 0 },
  fields: [
    { kind: 'number', key: 'siteCount', label: 'Sites', min: 1, max: 1000, integer: true },
    { kind: 'number', key: 'angleDeg', label: 'Angle (°)', min: -360, max: 360 },
  ],
  build: (outline, params) => lineScanPattern({ outline, ...params }),
});
