/**
 * How far the measurable area (the outline minus its edge exclusion, flat and notch included)
 * reaches from the sample centre in a given direction. Measurement patterns use it so no site
 * is ever placed off the measurable area (a ring site facing a flat, the ends of a line scan).
 */
import {
  edgeExclusionDistanceMm,
  flatDistanceMm,
  type SampleOutline,
  type WaferOutline,
} from './outline';
import { degToRad } from './point';

/** Bisection stops when the bracket is this narrow (mm); the result is within it. */
export const REACH_TOLERANCE_MM = 1e-10;

/** How far inside the notch's side a reach found by bisection is put (mm): 1 nm. */
const NOTCH_SAFETY_MM = 1e-6;

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
    while (hi - lo > REACH_TOLERANCE_MM) {
      const mid = (lo + hi) / 2;
      if (inside(mid)) lo = mid;
      else hi = mid;
    }
    // `lo` can lie within 1e-10 mm of the notch's side, where the edge-exclusion distance drops
    // from the circle's to below 0: a site placed there and rounded to 1e-9 mm (numberSites)
    // could fall into the notch. One nanometre inward keeps it out, far below any stage's step.
    return Math.max(0, lo - NOTCH_SAFETY_MM);
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
 * Distance (mm) from the sample centre along the unit vector (dx, dy) to the edge of the
 * measurable area. Exact for circles, flats and rectangles; within 1 nm plus REACH_TOLERANCE_MM, and
 * never outside, for a notch. 0 when the measurable area is empty.
 */
export function measurableReachMm(outline: SampleOutline, dx: number, dy: number): number {
  return outline.kind === 'rectangle'
    ? rectangleReachMm(
        outline.widthMm / 2 - outline.edgeExclusionMm,
        outline.heightMm / 2 - outline.edgeExclusionMm,
        dx,
        dy,
      )
    : waferReachMm(outline, dx, dy);
}
