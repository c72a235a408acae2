/**
 * What changes with every hover, click and key press, on its own layer so the marker layers
 * are not redrawn for it: pattern targets, points being dragged, selection rings, the
 * highlight ring, the pending point, the rubber band, the keyboard cursor; and, in screen
 * space, the scale bar and the optional axis rulers. A plain export (no decorations) keeps the
 * targets, the scale bar and the rulers only. The wafer's notch or flat is drawn here too, above
 * every record, staged point and pattern site, so no marker ever hides it.
 */
import { memo, useCallback } from 'react';
import { type SampleView, sampleMmToStagePx } from '../../domain/frames/view';
import type { SampleOutline } from '../../domain/geometry/outline';
import type { PointMm, PointPx } from '../../domain/geometry/point';
import type { DrawControl } from '../layerCache';
import { drawAxes, drawScaleBar, type MapSizePx } from '../mapRulers';
import { MAP_THEME } from '../mapTheme';
import type { TargetMarker } from '../mapTypes';
import { drawMarker } from '../markerDraw';
import { MARKER_STYLES, type MarkerStyle } from '../markerStyles';
import { drawOrientationMark } from '../orientationMark';
import { SceneLayer } from '../SceneLayer';
import { drawTargets } from './drawTargets';

/** Props of the overlay: every point in sample mm, the band in container px. */
export interface OverlayProps {
  view: SampleView;
  /** The sample's outline, for its notch or flat mark (drawn on top of the markers). */
  outline: SampleOutline;
  /** The outline is guessed or suggested: its mark is drawn lighter and dashed. */
  outlineTentative?: boolean;
  size: MapSizePx;
  targets: readonly TargetMarker[];
  /** Staged points being dragged, at their dragged positions. */
  dragged: readonly PointMm[];
  /** Selected staged points (as shown) and selected stored records. */
  selected: readonly PointMm[];
  highlighted: PointMm | null;
  pending: PointMm | null;
  /** Rubber-band corners (container px) while one is drawn. */
  band: { a: PointPx; b: PointPx } | null;
  /** The keyboard cursor while the map has focus. */
  cursor: PointMm | null;
  showAxes: boolean;
  control: DrawControl;
}

function drawAll(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  u: number,
  style: MarkerStyle,
  points: readonly PointMm[],
) {
  for (const p of points) {
    const at = sampleMmToStagePx(view, p);
    drawMarker(ctx, style, at.xPx, at.yPx, u);
  }
}

/** The overlay layer: drawn directly every time (a few dozen shapes at most). */
export const OverlayLayer = memo(function OverlayLayer(props: OverlayProps) {
  const { view, outline, size, targets, dragged, selected, highlighted, pending, band } = props;
  const { cursor } = props;
  const { showAxes, control, outlineTentative = false } = props;
  const scene = useCallback(
    (ctx: CanvasRenderingContext2D, scale: number) => {
      const u = 1 / scale;
      const plain = control.plain();
      drawTargets(ctx, view, scale, targets);
      drawOrientationMark(ctx, view, outline, u, 9, outlineTentative);
      if (!plain) {
        drawAll(ctx, view, u, MARKER_STYLES.staged, dragged);
        drawAll(ctx, view, u, MARKER_STYLES.selected, selected);
        if (highlighted) drawAll(ctx, view, u, MARKER_STYLES.highlighted, [highlighted]);
        if (pending) drawAll(ctx, view, u, MARKER_STYLES.pending, [pending]);
        if (cursor) drawAll(ctx, view, u, MARKER_STYLES.cursor, [cursor]);
      }
      // Screen space: container px, whatever the zoom and pan (and pixel ratio of an export).
      const m = ctx.getTransform();
      const pixelRatio = m.a / scale;
      const t = { x: m.e / pixelRatio, y: m.f / pixelRatio, scale };
      ctx.save();
      ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
      if (band && !plain) {
        const x = Math.min(band.a.xPx, band.b.xPx);
        const y = Math.min(band.a.yPx, band.b.yPx);
        const w = Math.abs(band.a.xPx - band.b.xPx);
        const h = Math.abs(band.a.yPx - band.b.yPx);
        ctx.fillStyle = MAP_THEME.bandFill;
        ctx.fillRect(x, y, w, h);
        ctx.setLineDash([4, 3]);
        ctx.lineWidth = 1;
        ctx.strokeStyle = MAP_THEME.band;
        ctx.strokeRect(x + 0.5, y + 0.5, w, h);
        ctx.setLineDash([]);
      }
      if (showAxes) drawAxes(ctx, view, t, size);
      drawScaleBar(ctx, view, t, size, showAxes);
      ctx.restore();
    },
    [
      view,
      outline,
      outlineTentative,
      size,
      targets,
      dragged,
      selected,
      highlighted,
      pending,
      band,
      cursor,
      showAxes,
      control,
    ],
  );
  return <SceneLayer name="overlay" scene={scene} control={control} cached={false} />;
});
