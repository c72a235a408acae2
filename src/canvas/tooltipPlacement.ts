/** Where a tooltip goes beside the pointer so that it stays whole inside the map. */
import type { PointPx } from '../domain/geometry/point';

/** A width and height in px. */
export interface SizePx {
  widthPx: number;
  heightPx: number;
}

/** Gap between the pointer and the tooltip, and the least margin to the map's edges (px). */
export const TOOLTIP_GAP_PX = 14;
export const TOOLTIP_MARGIN_PX = 4;

/**
 * Top-left corner (px in the map) of a tooltip of `tip` size for a pointer at `at` in a map of
 * `box` size: below and right of the pointer; on its left when it would cross the right edge,
 * above it when it would cross the bottom; then clamped `TOOLTIP_MARGIN_PX` inside the map (a
 * tooltip larger than the map is pinned to its top-left margin).
 */
export function placeTooltip(at: PointPx, tip: SizePx, box: SizePx): PointPx {
  const gap = TOOLTIP_GAP_PX;
  const margin = TOOLTIP_MARGIN_PX;
  let xPx = at.xPx + gap;
  if (xPx + tip.widthPx > box.widthPx - margin) xPx = at.xPx - gap - tip.widthPx;
  let yPx = at.yPx + gap;
  if (yPx + tip.heightPx > box.heightPx - margin) yPx = at.yPx - gap - tip.heightPx;
  const clamp = (v: number, size: number, room: number) =>
    Math.max(margin, Math.min(v, room - margin - size));
  return { xPx: clamp(xPx, tip.widthPx, box.widthPx), yPx: clamp(yPx, tip.heightPx, box.heightPx) };
}
