/**
 * Sample outlines: round wafers (with a SEMI primary flat or a notch) and rectangular pieces.
 * All lengths are millimetres in the sample frame (origin at the centre, +x right, +y up).
 *
 * Sources: SEMI M1 (polished monocrystalline silicon wafers) for the standard diameters,
 * primary flat lengths and the 300/200 mm notch (depth 1 mm, 90° included angle).
 */
import { type BoundsMm, degToRad, type PointMm } from './point';

/** Where the flat or notch sits, as the angle of its centre from +x (counter-clockwise). */
export const MARK_ANGLE_BOTTOM_DEG = 270;

export type WaferMark = 'flat' | 'notch' | 'none';

export interface WaferOutline {
  kind: 'wafer';
  diameterMm: number;
  mark: WaferMark;
  /** Chord length of the primary flat; only read when `mark` is 'flat'. */
  flatLengthMm: number;
  /** Angle of the flat/notch centre, degrees counter-clockwise from +x; 270 = bottom. */
  markAngleDeg: number;
  edgeExclusionMm: number;
}

export interface RectangleOutline {
  kind: 'rectangle';
  widthMm: number;
  heightMm: number;
  edgeExclusionMm: number;
}

export type SampleOutline = WaferOutline | RectangleOutline;

/** SEMI standard wafer diameters (mm) with their primary flat length; null = notch. */
export const STANDARD_WAFERS: ReadonlyArray<{ diameterMm: number; flatLengthMm: number | null }> = [
  { diameterMm: 50.8, flatLengthMm: 15.88 },
  { diameterMm: 76.2, flatLengthMm: 22.22 },
  { diameterMm: 100, flatLengthMm: 32.5 },
  { diameterMm: 125, flatLengthMm: 42.5 },
  { diameterMm: 150, flatLengthMm: 57.5 },
  { diameterMm: 200, flatLengthMm: null },
  { diameterMm: 300, flatLengthMm: null },
];

/** SEMI M1 notch: 1 mm deep with a 90° included angle. */
export const NOTCH_DEPTH_MM = 1;
const NOTCH_HALF_ANGLE_RAD = Math.PI / 4;

export const DEFAULT_EDGE_EXCLUSION_MM = 3;

/**
 * The standard outline for a SEMI diameter: the primary flat for ≤150 mm, the notch for 200 and
 * 300 mm, both at the bottom. Throws RangeError for a diameter that is not in STANDARD_WAFERS.
 */
export function standardWafer(
  diameterMm: number,
  edgeExclusionMm = DEFAULT_EDGE_EXCLUSION_MM,
): WaferOutline {
  const spec = STANDARD_WAFERS.find((w) => w.diameterMm === diameterMm);
  if (!spec) throw new RangeError(`${diameterMm} mm is not a standard wafer diameter`);
  return {
    kind: 'wafer',
    diameterMm,
    mark: spec.flatLengthMm === null ? 'notch' : 'flat',
    flatLengthMm: spec.flatLengthMm ?? 0,
    markAngleDeg: MARK_ANGLE_BOTTOM_DEG,
    edgeExclusionMm,
  };
}

/**
 * Distance from the wafer centre to the primary flat: √(R² − (L/2)²) for radius R and flat
 * length L (mm). With the flat at the bottom the flat lies at y = −flatDistanceMm.
 * Throws RangeError when the flat is longer than the diameter.
 */
export function flatDistanceMm(diameterMm: number, flatLengthMm: number): number {
  const r = diameterMm / 2;
  const half = flatLengthMm / 2;
  if (flatLengthMm < 0 || half > r) {
    throw new RangeError(`flat length ${flatLengthMm} mm does not fit a ${diameterMm} mm wafer`);
  }
  return Math.sqrt(r * r - half * half);
}

/** Axis-aligned bounds of the outline, in mm. */
export function outlineBoundsMm(outline: SampleOutline): BoundsMm {
  if (outline.kind === 'rectangle') {
    const hx = outline.widthMm / 2;
    const hy = outline.heightMm / 2;
    return { minXMm: -hx, maxXMm: hx, minYMm: -hy, maxYMm: hy };
  }
  const r = outline.diameterMm / 2;
  return { minXMm: -r, maxXMm: r, minYMm: -r, maxYMm: r };
}

/** Unit vectors along the mark direction (u, outward) and across it (w = u rotated +90°). */
function markAxes(outline: WaferOutline): { ux: number; uy: number; wx: number; wy: number } {
  const a = degToRad(outline.markAngleDeg);
  return { ux: Math.cos(a), uy: Math.sin(a), wx: -Math.sin(a), wy: Math.cos(a) };
}

/** Distance from an inside point to the notch's V (a 90° wedge opening outward), or minus the
 * distance to its sides when the point lies in the V. */
function notchSignedDistanceMm(outline: WaferOutline, p: PointMm): number {
  const { ux, uy, wx, wy } = markAxes(outline);
  const apex = outline.diameterMm / 2 - NOTCH_DEPTH_MM;
  // Coordinates relative to the apex: along the mark direction (a) and across it (b).
  const a = p.xMm * ux + p.yMm * uy - apex;
  const b = p.xMm * wx + p.yMm * wy;
  const c = Math.cos(NOTCH_HALF_ANGLE_RAD);
  const s = Math.sin(NOTCH_HALF_ANGLE_RAD);
  // Distance to each side ray (from the apex, at ±45° from the mark direction).
  const toRay = (dirA: number, dirB: number): number => {
    const t = Math.max(0, a * dirA + b * dirB);
    return Math.hypot(a - t * dirA, b - t * dirB);
  };
  const dist = Math.min(toRay(c, s), toRay(c, -s));
  const insideWedge = a > 0 && Math.abs(b) * c < a * s;
  return insideWedge ? -dist : dist;
}

/**
 * Signed distance from a point to the sample edge, in mm: positive inside, zero on the edge,
 * negative outside. Exact for the flat (disk ∩ half-plane) and the rectangle; for the notch it is
 * exact inside the sample. Inside-only accuracy is what containment and edge exclusion need.
 */
export function edgeDistanceMm(outline: SampleOutline, p: PointMm): number {
  if (outline.kind === 'rectangle') {
    return Math.min(outline.widthMm / 2 - Math.abs(p.xMm), outline.heightMm / 2 - Math.abs(p.yMm));
  }
  const r = outline.diameterMm / 2;
  let d = r - Math.hypot(p.xMm, p.yMm);
  if (outline.mark === 'flat') {
    const { ux, uy } = markAxes(outline);
    d = Math.min(
      d,
      flatDistanceMm(outline.diameterMm, outline.flatLengthMm) - (p.xMm * ux + p.yMm * uy),
    );
  } else if (outline.mark === 'notch') {
    d = Math.min(d, notchSignedDistanceMm(outline, p));
  }
  return d;
}

/** True when the point lies on or inside the sample outline. */
export function isInsideOutline(outline: SampleOutline, p: PointMm): boolean {
  return edgeDistanceMm(outline, p) >= 0;
}

/**
 * Distance (mm) a point must keep from the edge to count as inside the edge exclusion. As in
 * SEMI M1's fixed quality area, it is measured from the nominal edge: the circle and the flat,
 * or the sides of a piece. A notch (1 mm deep, less than any practical edge exclusion) lies
 * within the exclusion zone and does not dent it; a point in the notch itself is off the wafer
 * and gets a negative distance. Positive inside, negative outside.
 */
export function edgeExclusionDistanceMm(outline: SampleOutline, p: PointMm): number {
  if (outline.kind === 'wafer' && outline.mark === 'notch') {
    if (notchSignedDistanceMm(outline, p) < 0) return notchSignedDistanceMm(outline, p);
    return outline.diameterMm / 2 - Math.hypot(p.xMm, p.yMm);
  }
  return edgeDistanceMm(outline, p);
}

/**
 * How far (mm) a point may lie past the edge-exclusion line and still count as inside. Sites are
 * often placed exactly on that line (the outer ring of a polar pattern at R − EE) and instrument
 * files round their coordinates (147.00008 for 147), so an exact test would drop them by chance.
 * 1 µm is below the placement accuracy of any wafer stage.
 */
export const EDGE_EXCLUSION_TOLERANCE_MM = 0.001;

/**
 * True when the point lies inside the measurable area: at least the edge exclusion from the
 * nominal edge (`edgeExclusionDistanceMm`), within EDGE_EXCLUSION_TOLERANCE_MM.
 */
export function isInsideEdgeExclusion(outline: SampleOutline, p: PointMm): boolean {
  return (
    edgeExclusionDistanceMm(outline, p) >= outline.edgeExclusionMm - EDGE_EXCLUSION_TOLERANCE_MM
  );
}

/** Short human description, e.g. "150 mm wafer, flat 57.5 mm" or "20 × 10 mm piece". */
export function describeOutline(outline: SampleOutline): string {
  if (outline.kind === 'rectangle') return `${outline.widthMm} × ${outline.heightMm} mm piece`;
  const mark =
    outline.mark === 'flat'
      ? `, flat ${outline.flatLengthMm} mm`
      : outline.mark === 'notch'
        ? ', notch'
        : '';
  return `${outline.diameterMm} mm wafer${mark}`;
}
