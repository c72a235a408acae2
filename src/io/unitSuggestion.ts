/**
 * Spotting a wrong coordinate unit: points read in the wrong unit land far outside the sample
 * (µm read as mm: 1000× too far out) or bunched at its centre.
 */
import { isInsideOutline, type SampleOutline } from '../domain/geometry/outline';
import type { PointMm } from '../domain/geometry/point';
import { COORDINATE_UNITS, type CoordinateUnit, MM_PER_UNIT } from './units';

export interface UnitSuggestion {
  /** The unit the points were read in. */
  from: CoordinateUnit;
  /** The unit that would put them inside the outline. */
  to: CoordinateUnit;
  /** Divide the current xMm/yMm by this to get the points read in `to` (mm → µm: 1000). */
  factor: number;
  /** Points inside the outline now, and after the change, out of `total`. */
  insideBefore: number;
  insideAfter: number;
  total: number;
}

/** At least this share of the points must lie outside before a change of unit is suggested … */
export const OUTSIDE_SHARE_TO_SUGGEST = 0.8;
/** … and at least this share must lie inside after it. */
export const INSIDE_SHARE_AFTER = 0.8;

function countInside(outline: SampleOutline, points: readonly PointMm[], divisor: number): number {
  let n = 0;
  for (const p of points) {
    if (isInsideOutline(outline, { xMm: p.xMm / divisor, yMm: p.yMm / divisor })) n++;
  }
  return n;
}

/**
 * Suggest another coordinate unit when at least 80% of `points` (mm, as read in `from`) lie
 * outside `outline` and at least 80% would lie inside when read in another unit. Among several
 * such units the one with the most points inside wins, then the one closest in scale to `from`
 * (a 10× change before a 10000× one). Returns null when nothing qualifies or there are no points.
 */
export function suggestCoordinateUnit(
  points: readonly PointMm[],
  outline: SampleOutline,
  from: CoordinateUnit,
): UnitSuggestion | null {
  const total = points.length;
  if (total === 0) return null;
  const insideBefore = countInside(outline, points, 1);
  if (total - insideBefore < OUTSIDE_SHARE_TO_SUGGEST * total) return null;
  let best: UnitSuggestion | null = null;
  for (const to of COORDINATE_UNITS) {
    if (to === from) continue;
    const factor = MM_PER_UNIT[from] / MM_PER_UNIT[to];
    const insideAfter = countInside(outline, points, factor);
    if (insideAfter < INSIDE_SHARE_AFTER * total) continue;
    const better =
      !best ||
      insideAfter > best.insideAfter ||
      (insideAfter === best.insideAfter &&
        Math.abs(Math.log(factor)) < Math.abs(Math.log(best.factor)));
    if (better) best = { from, to, factor, insideBefore, insideAfter, total };
  }
  return best;
}
