/** A point in the sample frame: millimetres, origin at the sample centre, +x right, +y up. */
export interface PointMm {
  xMm: number;
  yMm: number;
}

/** A point in stage (canvas) pixels: origin top-left, +x right, +y down. */
export interface PointPx {
  xPx: number;
  yPx: number;
}

/** Axis-aligned bounds in sample mm. */
export interface BoundsMm {
  minXMm: number;
  maxXMm: number;
  minYMm: number;
  maxYMm: number;
}

/** Euclidean distance between two sample points, in mm. */
export function distanceMm(a: PointMm, b: PointMm): number {
  return Math.hypot(a.xMm - b.xMm, a.yMm - b.yMm);
}

/** Point at `radiusMm` from the origin in direction `angleRad` (counter-clockwise from +x). */
export function polarToPointMm(radiusMm: number, angleRad: number): PointMm {
  return { xMm: radiusMm * Math.cos(angleRad), yMm: radiusMm * Math.sin(angleRad) };
}

export const degToRad = (deg: number): number => (deg * Math.PI) / 180;
