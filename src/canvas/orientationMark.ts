/**
 * The wafer's notch or flat drawn on top of everything else (the map's overlay layer, the small
 * maps, the PNG and the PDF): the mark's own line in dark ink over a white halo, and a small
 * pointer just outside the edge. Markers of sites next to the mark are drawn before it, so they
 * can never hide where the notch is.
 */
import { type SampleView, sampleMmToStagePx } from '../domain/frames/view';
import { orientationMark } from '../domain/geometry/orientationMark';
import type { SampleOutline } from '../domain/geometry/outline';
import { HALO_COLOR } from './markerStyles';

/** Ink of the mark (the map's outline colour, darker). */
export const ORIENTATION_MARK_COLOR = '#111827';

/** Ink of the mark of an outline nobody has set (guessed or suggested), as that outline's. */
export const TENTATIVE_MARK_COLOR = '#7c8799';

/**
 * Draw the mark of `outline` (nothing for a rectangle or an unmarked wafer). `u` is CSS px per
 * stage px (1 / zoom), so line widths and the pointer stay the same size on screen; `sizePx`
 * is the pointer's length on screen (default 7). `tentative`: the outline is guessed or only
 * suggested, so its mark is lighter and dashed like it.
 */
export function drawOrientationMark(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  outline: SampleOutline,
  u = 1,
  sizePx = 7,
  tentative = false,
): void {
  const ink = tentative ? TENTATIVE_MARK_COLOR : ORIENTATION_MARK_COLOR;
  const mark = orientationMark(outline);
  if (!mark) return;
  ctx.save();
  ctx.beginPath();
  mark.line.forEach((p, i) => {
    const s = sampleMmToStagePx(view, p);
    if (i === 0) ctx.moveTo(s.xPx, s.yPx);
    else ctx.lineTo(s.xPx, s.yPx);
  });
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.strokeStyle = HALO_COLOR;
  ctx.lineWidth = 4 * u;
  ctx.stroke();
  ctx.strokeStyle = ink;
  ctx.lineWidth = 1.75 * u;
  if (tentative) ctx.setLineDash([6 * u, 4 * u]);
  ctx.stroke();
  ctx.setLineDash([]);
  // The pointer: a triangle outside the edge whose tip touches the mark (screen +y is down).
  const c = sampleMmToStagePx(view, mark.centerMm);
  const ox = mark.outward.x;
  const oy = -mark.outward.y;
  const gap = 2 * u;
  const len = sizePx * u;
  const half = sizePx * 0.55 * u;
  const tip = { x: c.xPx + ox * gap, y: c.yPx + oy * gap };
  const base = { x: tip.x + ox * len, y: tip.y + oy * len };
  ctx.beginPath();
  ctx.moveTo(tip.x, tip.y);
  ctx.lineTo(base.x - oy * half, base.y + ox * half);
  ctx.lineTo(base.x + oy * half, base.y - ox * half);
  ctx.closePath();
  ctx.fillStyle = ink;
  ctx.strokeStyle = HALO_COLOR;
  ctx.lineWidth = 1.5 * u;
  ctx.stroke();
  ctx.fill();
  ctx.restore();
}
