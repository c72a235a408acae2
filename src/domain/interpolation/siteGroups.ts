/**
 * Which points are one measurement site: the same grouping as `mergeCoincidentSites` (a point
 * within `toleranceMm` of an earlier group's first point joins that group), so a marker can show
 * what the interpolated field and the statistics use at its site (the mean of repeated passes).
 */
import type { PointMm } from '../geometry/point';
import { DEFAULT_MERGE_TOLERANCE_MM } from './sites';

/** `groupOf[i]` is point i's group (0-based, in order of first appearance); `count` groups. */
export interface SiteGroups {
  groupOf: Int32Array;
  count: number;
}

/**
 * Groups `points` (sample mm) into sites, O(n) with a hash grid of cell size `toleranceMm`.
 * Throws RangeError for a negative or non-finite tolerance.
 */
export function siteGroups(
  points: readonly PointMm[],
  toleranceMm: number = DEFAULT_MERGE_TOLERANCE_MM,
): SiteGroups {
  if (!Number.isFinite(toleranceMm) || toleranceMm < 0) {
    throw new RangeError(`merge tolerance must be a finite number ≥ 0, got ${toleranceMm}`);
  }
  const cellMm = toleranceMm > 0 ? toleranceMm : 1;
  const firsts: PointMm[] = [];
  const buckets = new Map<number, number[]>();
  // A number key, as in mergeCoincidentSites (the distance test keeps shared keys exact).
  const key = (i: number, j: number) => i * 4_194_304 + j;
  const groupOf = new Int32Array(points.length);
  points.forEach((p, n) => {
    const ci = Math.floor(p.xMm / cellMm);
    const cj = Math.floor(p.yMm / cellMm);
    let found = -1;
    for (let di = -1; di <= 1 && found < 0; di++) {
      for (let dj = -1; dj <= 1 && found < 0; dj++) {
        const bucket = buckets.get(key(ci + di, cj + dj)) ?? [];
        for (const g of bucket) {
          const f = firsts[g] as PointMm;
          if (Math.hypot(p.xMm - f.xMm, p.yMm - f.yMm) <= toleranceMm) {
            found = g;
            break;
          }
        }
      }
    }
    if (found < 0) {
      found = firsts.length;
      firsts.push(p);
      const k = key(ci, cj);
      const bucket = buckets.get(k);
      if (bucket) bucket.push(found);
      else buckets.set(k, [found]);
    }
    groupOf[n] = found;
  });
  return { groupOf, count: firsts.length };
}

/**
 * The mean of `values` per group of `groups` (values[i] belongs to point i); NaN for a group
 * with no finite value.
 */
export function groupMeans(groups: SiteGroups, values: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(groups.count);
  const counts = new Float64Array(groups.count);
  for (let i = 0; i < groups.groupOf.length; i++) {
    const v = values[i] ?? Number.NaN;
    if (!Number.isFinite(v)) continue;
    const g = groups.groupOf[i] as number;
    sums[g] = (sums[g] ?? 0) + v;
    counts[g] = (counts[g] ?? 0) + 1;
  }
  return sums.map((s, g) => ((counts[g] ?? 0) > 0 ? s / (counts[g] ?? 1) : Number.NaN));
}
