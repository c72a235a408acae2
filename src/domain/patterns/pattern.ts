/**
 * Measurement patterns: ordered, numbered sites in the sample frame (mm, origin at the sample
 * centre, +x right, +y up). The site number is the order in which the sites are measured and
 * entered, as on a metrology tool's site map.
 */
import type { PointMm } from '../geometry/point';

export interface PatternSite {
  /** 1-based site number = entry order. */
  index: number;
  xMm: number;
  yMm: number;
  /** Ring of a polar pattern: 0 = centre, 1 = innermost ring; absent for other patterns. */
  ring?: number;
}

export interface MeasurementPattern {
  name: string;
  sites: PatternSite[];
}

/**
 * Round a coordinate to 1e-9 mm (a picometre scale far below any stage resolution) so generated
 * sites carry no binary noise (0.30000000000000004 → 0.3, 6e-15 → 0) and never a negative zero.
 */
export function cleanMm(valueMm: number): number {
  return Math.round(valueMm * 1e9) / 1e9 + 0;
}

/** Number points 1..n in the order given, with cleaned coordinates (see `cleanMm`). */
export function numberSites(points: ReadonlyArray<PointMm & { ring?: number }>): PatternSite[] {
  return points.map((p, i) => {
    const site: PatternSite = { index: i + 1, xMm: cleanMm(p.xMm), yMm: cleanMm(p.yMm) };
    if (p.ring !== undefined) site.ring = p.ring;
    return site;
  });
}
