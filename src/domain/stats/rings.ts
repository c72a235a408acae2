/**
 * Finding the measurement rings of a polar pattern from the sites themselves, for the per-ring
 * statistics (summarizeByRing needs the nominal radii).
 */
import type { PointMm } from '../geometry/point';

/** Sites whose radii differ by less than this (mm) are on one ring by default. */
export const DEFAULT_RING_TOLERANCE_MM = 1;

/**
 * Nominal ring radii (mm, ascending) of the sites: radii r = √(x² + y²) sorted and grouped so
 * that each ring spans less than `toleranceMm` from its smallest radius; each ring's radius is
 * the mean of its members. Sites with non-finite coordinates are left out. Returns [] for no
 * sites. A grid or random pattern gives many "rings"; the caller decides whether that is useful.
 */
export function ringRadiiOf(
  sites: Iterable<PointMm>,
  toleranceMm: number = DEFAULT_RING_TOLERANCE_MM,
): number[] {
  const radii: number[] = [];
  for (const s of sites) {
    const r = Math.hypot(s.xMm, s.yMm);
    if (Number.isFinite(r)) radii.push(r);
  }
  radii.sort((a, b) => a - b);
  const rings: number[][] = [];
  for (const r of radii) {
    const current = rings.at(-1);
    if (current && r - (current[0] ?? r) < toleranceMm) current.push(r);
    else rings.push([r]);
  }
  return rings.map((ring) => ring.reduce((s, r) => s + r, 0) / ring.length);
}
