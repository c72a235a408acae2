/**
 * Spotting a wrong coordinate unit: points read in the wrong unit land far outside the sample
 * (µm read as mm: 1000× too far out) or bunched at its centre.
 */
import { isInsideOutline, outlineBoundsMm, type SampleOutline } from '../domain/geometry/outline';
import type { PointMm } from '../domain/geometry/point';
import { COORDINATE_UNITS, type CoordinateUnit, MM_PER_UNIT } from './units';

export interface UnitSuggestion {
  /** The unit the points were read in. */
  from: CoordinateUnit;
  /** The unit that would put them inside the outline. */
  to: CoordinateUnit;
  /** Divide the current xMm/yMm by this to get the points read in `to` (mm → µm: 1000). */
  factor: number;
  /**
   * Why: the points lie far outside the outline ('outside'), or all of them sit bunched at its
   * centre ('bunched', e.g. cm read as mm).
   */
  reason: 'outside' | 'bunched';
  /** Points inside the outline now, and after the change, out of `total`. */
  insideBefore: number;
  insideAfter: number;
  total: number;
  /** The farthest point from the centre now (mm). */
  farthestMm: number;
}

/** At least this share of the points must lie outside before a change of unit is suggested … */
export const OUTSIDE_SHARE_TO_SUGGEST = 0.8;
/** … and at least this share must lie inside after it. */
export const INSIDE_SHARE_AFTER = 0.8;
/** Points all within this share of the outline's half-size are bunched at its centre … */
export const BUNCHED_SHARE = 0.1;
/** … and a larger unit is suggested when it spreads them over at least this share, inside. */
export const SPREAD_SHARE_AFTER = 0.3;
/** Fewer points off the origin than this prove nothing about the unit (one stray value). */
export const MIN_POINTS_TO_SUGGEST = 3;
/** A point this close to the origin is at the same place in every unit: it proves nothing. */
const AT_ORIGIN_MM = 1e-9;

function countInside(outline: SampleOutline, points: readonly PointMm[], divisor: number): number {
  let n = 0;
  for (const p of points) {
    if (isInsideOutline(outline, { xMm: p.xMm / divisor, yMm: p.yMm / divisor })) n++;
  }
  return n;
}

/**
 * Suggest another coordinate unit for `points` (mm, as read in `from`), in two cases. Outside:
 * at least 80% of the points off the origin lie outside `outline`, and at least 80% would lie
 * inside in another unit (µm read as mm). Bunched: every point lies inside, within 10% of the
 * outline's half-size from the centre, and a larger unit spreads them over at least 30% of it
 * with at least 80% still inside (cm read as mm). Points at the origin are the same in every
 * unit, so they count towards neither share; with fewer than 3 points off the origin nothing
 * is suggested. Among several units the one with the most points
 * inside wins, then the one closest in scale to `from` (10× before 10000×). Returns null when
 * nothing qualifies or there are no points.
 */
export function suggestCoordinateUnit(
  points: readonly PointMm[],
  outline: SampleOutline,
  from: CoordinateUnit,
): UnitSuggestion | null {
  const moving = points.filter((p) => Math.hypot(p.xMm, p.yMm) > AT_ORIGIN_MM);
  const n = moving.length;
  if (n < MIN_POINTS_TO_SUGGEST) return null;
  const atOrigin = points.length - n;
  const movingInside = countInside(outline, moving, 1);
  // A loop, not Math.max(...list): spreading 100,000 arguments overflows the stack.
  let farthestMm = 0;
  for (const p of moving) farthestMm = Math.max(farthestMm, Math.hypot(p.xMm, p.yMm));
  const b = outlineBoundsMm(outline);
  const halfSizeMm = Math.min(b.maxXMm, b.maxYMm);
  const reason =
    n - movingInside >= OUTSIDE_SHARE_TO_SUGGEST * n
      ? ('outside' as const)
      : movingInside === n && farthestMm <= BUNCHED_SHARE * halfSizeMm
        ? ('bunched' as const)
        : null;
  if (!reason) return null;
  let best: UnitSuggestion | null = null;
  for (const to of COORDINATE_UNITS) {
    if (to === from) continue;
    const factor = MM_PER_UNIT[from] / MM_PER_UNIT[to];
    if (
      reason === 'bunched' &&
      (factor >= 1 || farthestMm / factor < SPREAD_SHARE_AFTER * halfSizeMm)
    )
      continue;
    const insideAfter = countInside(outline, moving, factor);
    if (insideAfter < INSIDE_SHARE_AFTER * n) continue;
    const better =
      !best ||
      insideAfter + atOrigin > best.insideAfter ||
      (insideAfter + atOrigin === best.insideAfter &&
        Math.abs(Math.log(factor)) < Math.abs(Math.log(best.factor)));
    if (better)
      best = {
        from,
        to,
        factor,
        reason,
        insideBefore: movingInside + atOrigin,
        insideAfter: insideAfter + atOrigin,
        total: points.length,
        farthestMm,
      };
  }
  return best;
}
