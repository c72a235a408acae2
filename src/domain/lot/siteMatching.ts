/**
 * Pairing the sites of two samples measured with (nominally) the same pattern, for a site-by-
 * site difference A − B.
 *
 * Algorithm (greedy closest pair): every pair (a, b) no farther apart than the tolerance is a
 * candidate (found with a hash grid of cell size = tolerance, so only neighbouring cells are
 * searched); candidates are taken in order of increasing distance (ties: lower A index, then
 * lower B index) and a pair is kept when neither of its sites is already paired. So no site is
 * used twice, and a site never takes a farther partner while a closer free one exists. This is
 * not always the assignment of least total distance (the Hungarian method), but it is the same
 * whenever each site has at most one partner within the tolerance, the normal case for a
 * measurement pattern (sites tens of mm apart, tolerance about 1 mm). Deterministic; O((n + m)
 * + c log c) for c candidates.
 */
import type { PointMm } from '../geometry/point';

/** Default pairing tolerance (mm): the repeatability of stage placement between two runs. */
export const DEFAULT_MATCH_TOLERANCE_MM = 1;

export interface SitePair {
  /** Index into the A sites. */
  aIndex: number;
  /** Index into the B sites. */
  bIndex: number;
  distanceMm: number;
}

export interface SiteMatching {
  /** Pairs in A order. */
  pairs: SitePair[];
  /** A and B indexes left without a partner, ascending (non-finite positions included). */
  unmatchedA: number[];
  unmatchedB: number[];
}

const finite = (p: PointMm) => Number.isFinite(p.xMm) && Number.isFinite(p.yMm);

/**
 * Pair the sites of A and B within `toleranceMm` (distance ≤ tolerance; see the module comment
 * for the algorithm). Sites with a non-finite coordinate are never paired. Throws RangeError
 * for a negative or non-finite tolerance.
 */
export function matchSites(
  a: readonly PointMm[],
  b: readonly PointMm[],
  toleranceMm: number = DEFAULT_MATCH_TOLERANCE_MM,
): SiteMatching {
  if (!Number.isFinite(toleranceMm) || toleranceMm < 0) {
    throw new RangeError(`the matching tolerance must be a number ≥ 0 mm, got ${toleranceMm}`);
  }
  const cellMm = toleranceMm > 0 ? toleranceMm : 1;
  const key = (i: number, j: number) => `${i},${j}`;
  const grid = new Map<string, number[]>();
  b.forEach((p, j) => {
    if (!finite(p)) return;
    const k = key(Math.floor(p.xMm / cellMm), Math.floor(p.yMm / cellMm));
    const bucket = grid.get(k);
    if (bucket) bucket.push(j);
    else grid.set(k, [j]);
  });
  const candidates: SitePair[] = [];
  a.forEach((p, i) => {
    if (!finite(p)) return;
    const ci = Math.floor(p.xMm / cellMm);
    const cj = Math.floor(p.yMm / cellMm);
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        for (const j of grid.get(key(ci + di, cj + dj)) ?? []) {
          const q = b[j] as PointMm;
          const d = Math.hypot(p.xMm - q.xMm, p.yMm - q.yMm);
          if (d <= toleranceMm) candidates.push({ aIndex: i, bIndex: j, distanceMm: d });
        }
      }
    }
  });
  candidates.sort(
    (x, y) => x.distanceMm - y.distanceMm || x.aIndex - y.aIndex || x.bIndex - y.bIndex,
  );
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: SitePair[] = [];
  for (const c of candidates) {
    if (usedA.has(c.aIndex) || usedB.has(c.bIndex)) continue;
    usedA.add(c.aIndex);
    usedB.add(c.bIndex);
    pairs.push(c);
  }
  pairs.sort((x, y) => x.aIndex - y.aIndex);
  return {
    pairs,
    unmatchedA: a.map((_, i) => i).filter((i) => !usedA.has(i)),
    unmatchedB: b.map((_, j) => j).filter((j) => !usedB.has(j)),
  };
}
