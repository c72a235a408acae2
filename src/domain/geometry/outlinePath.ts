/**
 * Polygons of a sample outline and of its edge-exclusion boundary, for drawing and clipping.
 * Points are sample mm, counter-clockwise. Arcs are sampled; corners (flat ends, notch apex,
 * rectangle corners) are exact vertices.
 */
import { flatDistanceMm, NOTCH_DEPTH_MM, type SampleOutline, type WaferOutline } from './outline';
import { degToRad, type PointMm } from './point';

/** Arc sampling step: fine enough that the chord error on a 300 mm wafer stays below 0.005 mm. */
const ARC_STEP_RAD = degToRad(0.5);

function arc(cx: number, cy: number, radiusMm: number, fromRad: number, toRad: number): PointMm[] {
  const steps = Math.max(1, Math.ceil(Math.abs(toRad - fromRad) / ARC_STEP_RAD));
  const out: PointMm[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = fromRad + ((toRad - fromRad) * i) / steps;
    out.push({ xMm: cx + radiusMm * Math.cos(t), yMm: cy + radiusMm * Math.sin(t) });
  }
  return out;
}

/** Flat wafer inset by `insetMm`: disk of radius R − e cut by the flat moved inward by e. */
function flatWaferPath(outline: WaferOutline, insetMm: number): PointMm[] {
  const r = outline.diameterMm / 2 - insetMm;
  const d = flatDistanceMm(outline.diameterMm, outline.flatLengthMm) - insetMm;
  const mark = degToRad(outline.markAngleDeg);
  if (r <= 0) return [];
  if (d >= r) return arc(0, 0, r, mark, mark + 2 * Math.PI).slice(0, -1);
  const half = Math.acos(d / r);
  // From one flat end, the long way round, to the other; the closing chord is the flat.
  return arc(0, 0, r, mark + half, mark + 2 * Math.PI - half);
}

/**
 * Notched wafer inset by `insetMm`: the circle of radius R − e, minus the notch's V where the
 * circle still reaches it (e < the notch depth). The edge exclusion is measured from the nominal
 * circle (see edgeExclusionDistanceMm), so a deeper inset is a plain circle.
 */
function notchWaferPath(outline: WaferOutline, insetMm: number): PointMm[] {
  const r = outline.diameterMm / 2 - insetMm;
  if (r <= 0) return [];
  const mark = degToRad(outline.markAngleDeg);
  const apexR = outline.diameterMm / 2 - NOTCH_DEPTH_MM;
  if (apexR >= r) return arc(0, 0, r, mark, mark + 2 * Math.PI).slice(0, -1);
  const ax = apexR * Math.cos(mark);
  const ay = apexR * Math.sin(mark);
  // Where each side of the V (from the apex at mark ± 45°) meets the circle of radius r.
  const sideEnd = (sign: 1 | -1) => {
    const dx = Math.cos(mark + (sign * Math.PI) / 4);
    const dy = Math.sin(mark + (sign * Math.PI) / 4);
    const b = ax * dx + ay * dy;
    const t = -b + Math.sqrt(b * b - (ax * ax + ay * ay - r * r));
    return { xMm: ax + t * dx, yMm: ay + t * dy };
  };
  const e1 = sideEnd(1);
  const e2 = sideEnd(-1);
  const angle1 = Math.atan2(e1.yMm, e1.xMm);
  let angle2 = Math.atan2(e2.yMm, e2.xMm);
  while (angle2 <= angle1) angle2 += 2 * Math.PI;
  return [...arc(0, 0, r, angle1, angle2), { xMm: ax, yMm: ay }];
}

/**
 * Outline polygon inset by `insetMm` (0 = the sample edge; the edge exclusion gives the
 * measurable-area boundary). Counter-clockwise, closed implicitly; empty when nothing remains.
 */
export function outlinePolygonMm(outline: SampleOutline, insetMm = 0): PointMm[] {
  if (outline.kind === 'rectangle') {
    const hx = outline.widthMm / 2 - insetMm;
    const hy = outline.heightMm / 2 - insetMm;
    if (hx <= 0 || hy <= 0) return [];
    return [
      { xMm: -hx, yMm: -hy },
      { xMm: hx, yMm: -hy },
      { xMm: hx, yMm: hy },
      { xMm: -hx, yMm: hy },
    ];
  }
  if (outline.mark === 'flat') return flatWaferPath(outline, insetMm);
  if (outline.mark === 'notch') return notchWaferPath(outline, insetMm);
  const r = outline.diameterMm / 2 - insetMm;
  return r > 0 ? arc(0, 0, r, 0, 2 * Math.PI).slice(0, -1) : [];
}
