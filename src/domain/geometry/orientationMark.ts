/**
 * Where a wafer's orientation mark is: the notch's V or the primary flat's chord, as a polyline
 * in sample mm, and the outward direction at its centre. Drawn on top of every marker (maps,
 * PNG, PDF), so a site measured next to the notch never hides it.
 */
import { flatDistanceMm, NOTCH_DEPTH_MM, type SampleOutline } from './outline';
import { degToRad, type PointMm } from './point';

/** The mark's line and where it faces. */
export interface OrientationMark {
  kind: 'notch' | 'flat';
  /** Notch: [side end, apex, side end]; flat: [one end, other end]. Sample mm. */
  line: PointMm[];
  /** The point of the edge at the mark's centre (notch apex, flat midpoint). */
  centerMm: PointMm;
  /** Unit vector pointing out of the sample at the mark. */
  outward: { x: number; y: number };
}

/**
 * The orientation mark of a wafer with a notch or a flat; null for a wafer without a mark and
 * for rectangles. The notch is SEMI M1's (NOTCH_DEPTH_MM deep, 90° included angle), its sides
 * ending on the circle; the flat is the chord at flatDistanceMm from the centre.
 */
export function orientationMark(outline: SampleOutline): OrientationMark | null {
  if (outline.kind !== 'wafer' || outline.mark === 'none') return null;
  const a = degToRad(outline.markAngleDeg);
  const ux = Math.cos(a);
  const uy = Math.sin(a);
  const r = outline.diameterMm / 2;
  const outward = { x: ux, y: uy };
  if (outline.mark === 'flat') {
    const d = flatDistanceMm(outline.diameterMm, outline.flatLengthMm);
    const h = outline.flatLengthMm / 2;
    // The chord is perpendicular to the mark direction, at distance d from the centre.
    const end = (s: 1 | -1) => ({ xMm: d * ux - s * h * uy, yMm: d * uy + s * h * ux });
    return {
      kind: 'flat',
      line: [end(1), end(-1)],
      centerMm: { xMm: d * ux, yMm: d * uy },
      outward,
    };
  }
  const apex = { xMm: (r - NOTCH_DEPTH_MM) * ux, yMm: (r - NOTCH_DEPTH_MM) * uy };
  // Each side leaves the apex at ±45° from the outward direction and ends on the circle.
  const side = (s: 1 | -1) => {
    const dx = Math.cos(a + (s * Math.PI) / 4);
    const dy = Math.sin(a + (s * Math.PI) / 4);
    const b = apex.xMm * dx + apex.yMm * dy;
    const t = -b + Math.sqrt(b * b - (apex.xMm ** 2 + apex.yMm ** 2 - r * r));
    return { xMm: apex.xMm + t * dx, yMm: apex.yMm + t * dy };
  };
  return { kind: 'notch', line: [side(1), apex, side(-1)], centerMm: apex, outward };
}
