/** Hit testing in screen space: which marker, if any, lies under the pointer. */
import type { PointPx } from './point';

/**
 * Index of the point nearest to `target` within `radiusPx`, or -1. Points and target must be in
 * the same pixel space (container px, so the hit radius is constant on screen at every zoom).
 * Linear scan: O(n), about a millisecond for 100k points.
 */
export function nearestWithinPx(
  xsPx: ArrayLike<number>,
  ysPx: ArrayLike<number>,
  target: PointPx,
  radiusPx: number,
): number {
  let best = -1;
  let bestD2 = radiusPx * radiusPx;
  for (let i = 0; i < xsPx.length; i++) {
    const dx = (xsPx[i] as number) - target.xPx;
    const dy = (ysPx[i] as number) - target.yPx;
    const d2 = dx * dx + dy * dy;
    if (d2 <= bestD2) {
      bestD2 = d2;
      best = i;
    }
  }
  return best;
}
