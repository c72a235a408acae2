/** Paths in sample mm traced on a stage-px context, through the frame converters. */
import { type SampleView, sampleMmToStagePx } from '../domain/frames/view';
import type { PointMm } from '../domain/geometry/point';

/** Trace a closed polygon given in sample mm (adds to the current path when `fresh` is false). */
export function tracePolygon(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  polygon: readonly PointMm[],
  fresh = true,
) {
  if (fresh) ctx.beginPath();
  polygon.forEach((p, i) => {
    const s = sampleMmToStagePx(view, p);
    if (i === 0) ctx.moveTo(s.xPx, s.yPx);
    else ctx.lineTo(s.xPx, s.yPx);
  });
  ctx.closePath();
}

/** Trace an open polyline given in sample mm onto the current path. */
export function tracePolyline(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  line: readonly PointMm[],
) {
  line.forEach((p, i) => {
    const s = sampleMmToStagePx(view, p);
    if (i === 0) ctx.moveTo(s.xPx, s.yPx);
    else ctx.lineTo(s.xPx, s.yPx);
  });
}
