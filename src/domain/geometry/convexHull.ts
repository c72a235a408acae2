/**
 * Convex hull of measured sites, and how much of a region lies outside it: an interpolated map
 * is an interpolation inside the hull of its sites and an extrapolation outside it.
 */
import type { PointMm } from './point';

/** z of (a − o) × (b − o): > 0 when o → a → b turns counter-clockwise (sample +y is up). */
function cross(o: PointMm, a: PointMm, b: PointMm): number {
  return (a.xMm - o.xMm) * (b.yMm - o.yMm) - (a.yMm - o.yMm) * (b.xMm - o.xMm);
}

/**
 * Convex hull (A. M. Andrew, "Another efficient algorithm for convex hulls in two dimensions",
 * Information Processing Letters 9, 1979: the monotone chain), counter-clockwise from the
 * lowest-x (then lowest-y) point, without collinear or repeated points. Fewer than three
 * distinct points, or all on one line, give the distinct extreme points (0, 1 or 2 of them):
 * a hull without area. O(n log n).
 */
export function convexHull(points: readonly PointMm[]): PointMm[] {
  const sorted = [...points].sort((a, b) => a.xMm - b.xMm || a.yMm - b.yMm);
  const unique = sorted.filter(
    (p, i) => i === 0 || p.xMm !== sorted[i - 1]?.xMm || p.yMm !== sorted[i - 1]?.yMm,
  );
  if (unique.length < 3) return unique;
  const chain = (pts: PointMm[]) => {
    const out: PointMm[] = [];
    for (const p of pts) {
      while (
        out.length >= 2 &&
        cross(out[out.length - 2] as PointMm, out[out.length - 1] as PointMm, p) <= 0
      ) {
        out.pop();
      }
      out.push(p);
    }
    out.pop();
    return out;
  };
  const hull = [...chain(unique), ...chain([...unique].reverse())];
  return hull.length >= 3 ? hull : hull.slice(0, 2);
}

/** Area (mm²) of a simple polygon, either orientation (the shoelace formula). */
export function polygonAreaMm2(polygon: readonly PointMm[]): number {
  let twice = 0;
  polygon.forEach((p, i) => {
    const q = polygon[(i + 1) % polygon.length] as PointMm;
    twice += p.xMm * q.yMm - q.xMm * p.yMm;
  });
  return Math.abs(twice) / 2;
}

/**
 * The part of `subject` (any simple polygon) inside `convex` (a convex polygon, counter-
 * clockwise, as convexHull returns it): Sutherland–Hodgman clipping (Sutherland & Hodgman,
 * "Reentrant polygon clipping", CACM 17, 1974), which is exact when the clip polygon is convex.
 * An empty array when they do not overlap or `convex` has no area.
 */
export function clipToConvex(subject: readonly PointMm[], convex: readonly PointMm[]): PointMm[] {
  if (convex.length < 3) return [];
  let out: PointMm[] = [...subject];
  convex.forEach((a, i) => {
    const b = convex[(i + 1) % convex.length] as PointMm;
    const input = out;
    out = [];
    input.forEach((p, j) => {
      const prev = input[(j + input.length - 1) % input.length] as PointMm;
      const pIn = cross(a, b, p) >= 0;
      const prevIn = cross(a, b, prev) >= 0;
      if (pIn !== prevIn) out.push(intersect(prev, p, a, b));
      if (pIn) out.push(p);
    });
  });
  return out;
}

/** Where segment p–q crosses the line through a and b (they are known to cross). */
function intersect(p: PointMm, q: PointMm, a: PointMm, b: PointMm): PointMm {
  const dp = cross(a, b, p);
  const dq = cross(a, b, q);
  const t = dp / (dp - dq);
  return { xMm: p.xMm + t * (q.xMm - p.xMm), yMm: p.yMm + t * (q.yMm - p.yMm) };
}

/**
 * Fraction (0 … 1) of `region` (e.g. the measurable area) outside the convex `hull` of the
 * sites: the share of an interpolated map over `region` that is extrapolated. 1 for a hull
 * without area; 0 for a region without area.
 */
export function fractionOutsideHull(region: readonly PointMm[], hull: readonly PointMm[]): number {
  const total = polygonAreaMm2(region);
  if (total === 0) return 0;
  const inside = polygonAreaMm2(clipToConvex(region, hull));
  return Math.min(1, Math.max(0, 1 - inside / total));
}
