/**
 * Scattered measurement sites for interpolation, the common interpolator shape, and the merging
 * of coincident sites (two measurements at the same spot would make the spline system singular).
 */
import type { SiteValue } from '../stats/uniformity';

export type { SiteValue };

export type InterpolationMethod = 'thin-plate-spline' | 'inverse-distance';

/** A continuous field over the sample frame built from scattered sites. */
export interface Interpolator {
  method: InterpolationMethod;
  /** Sites the field is built on, after merging coincident ones. */
  siteCount: number;
  /** The field value at a point of the sample frame (mm); same unit as the site values. */
  valueAt: (xMm: number, yMm: number) => number;
}

/** Sites closer than this (mm) are one site by default: 1 µm, below any stage's placement. */
export const DEFAULT_MERGE_TOLERANCE_MM = 1e-3;

/** Throws RangeError naming the first site with a non-finite coordinate or value. */
export function assertFiniteSites(sites: readonly SiteValue[]): void {
  sites.forEach((s, i) => {
    if (!Number.isFinite(s.xMm) || !Number.isFinite(s.yMm) || !Number.isFinite(s.value)) {
      throw new RangeError(`site ${i + 1} has a non-finite position or value`);
    }
  });
}

/**
 * Merges sites that lie within `toleranceMm` of an earlier cluster's first site into that
 * cluster; each cluster becomes one site at the mean position with the mean value (repeat
 * measurements of one spot are averaged). Order follows first appearance. O(n) with a hash grid
 * of cell size `toleranceMm`. Throws RangeError for a negative or non-finite tolerance.
 */
export function mergeCoincidentSites(
  sites: readonly SiteValue[],
  toleranceMm: number = DEFAULT_MERGE_TOLERANCE_MM,
): { sites: SiteValue[]; mergedCount: number } {
  if (!Number.isFinite(toleranceMm) || toleranceMm < 0) {
    throw new RangeError(`merge tolerance must be a finite number ≥ 0, got ${toleranceMm}`);
  }
  interface Cluster {
    x0: number;
    y0: number;
    sumX: number;
    sumY: number;
    sumV: number;
    count: number;
  }
  const clusters: Cluster[] = [];
  const cellMm = toleranceMm > 0 ? toleranceMm : 1;
  const buckets = new Map<number, Cluster[]>();
  // A number key (no string per lookup: 100k sites merge in tens of ms, not most of a second).
  // Distinct cells may share a key only for |j| ≥ 2²¹ cells; the distance test below keeps the
  // result exact then, only slower.
  const key = (i: number, j: number) => i * 4_194_304 + j;
  for (const s of sites) {
    const ci = Math.floor(s.xMm / cellMm);
    const cj = Math.floor(s.yMm / cellMm);
    let found: Cluster | undefined;
    for (let di = -1; di <= 1 && !found; di++) {
      for (let dj = -1; dj <= 1 && !found; dj++) {
        found = buckets
          .get(key(ci + di, cj + dj))
          ?.find((c) => Math.hypot(s.xMm - c.x0, s.yMm - c.y0) <= toleranceMm);
      }
    }
    if (found) {
      found.sumX += s.xMm;
      found.sumY += s.yMm;
      found.sumV += s.value;
      found.count += 1;
      continue;
    }
    const c = { x0: s.xMm, y0: s.yMm, sumX: s.xMm, sumY: s.yMm, sumV: s.value, count: 1 };
    clusters.push(c);
    const k = key(ci, cj);
    const bucket = buckets.get(k);
    if (bucket) bucket.push(c);
    else buckets.set(k, [c]);
  }
  return {
    sites: clusters.map((c) => ({
      xMm: c.count === 1 ? c.x0 : c.sumX / c.count,
      yMm: c.count === 1 ? c.y0 : c.sumY / c.count,
      value: c.count === 1 ? c.sumV : c.sumV / c.count,
    })),
    mergedCount: sites.length - clusters.length,
  };
}

/**
 * Number of distinct positions among `points` (sample mm): points within `toleranceMm` of an
 * earlier cluster's first point count once, as `mergeCoincidentSites` merges them (repeated
 * passes over one pattern site are one site). Non-finite points are not counted. O(n).
 */
export function distinctSiteCount(
  points: ReadonlyArray<{ xMm: number; yMm: number }>,
  toleranceMm: number = DEFAULT_MERGE_TOLERANCE_MM,
): number {
  const finite = points
    .filter((p) => Number.isFinite(p.xMm) && Number.isFinite(p.yMm))
    .map((p) => ({ xMm: p.xMm, yMm: p.yMm, value: 0 }));
  return mergeCoincidentSites(finite, toleranceMm).sites.length;
}
