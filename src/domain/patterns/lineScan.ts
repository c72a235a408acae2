/**
 * Line scans: N sites evenly spaced along a diameter through the sample centre, the usual
 * quick check of radial uniformity (e.g. a 4-point-probe diameter scan).
 */

import { z } from 'zod';
import type { SampleOutline } from '../geometry/outline';
import { degToRad } from '../geometry/point';
import { measurableReachMm, REACH_TOLERANCE_MM } from '../geometry/reach';
import { describePattern } from './descriptor';
import { type MeasurementPattern, numberSites } from './pattern';

export interface LineScanOptions {
  outline: SampleOutline;
  /** Number of sites N ≥ 1 (whole number). */
  siteCount: number;
  /** Direction of the scan, degrees counter-clockwise from +x (0 = along +x, 90 = along +y). */
  angleDeg: number;
}

/** Bisection tolerance of the notch reach (mm); see `measurableReachMm`. */
export const LINE_SCAN_TOLERANCE_MM = REACH_TOLERANCE_MM;

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
  return Math.min(measurableReachMm(outline, dx, dy), measurableReachMm(outline, -dx, -dy));
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
