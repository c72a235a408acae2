/**
 * The sample outline to scale, its edge-exclusion line (dashed) and faint centre axes. Cheap to
 * draw, so it is redrawn every frame (always sharp); line widths are constant on screen. An
 * outline nobody has set (guessed from the name, or only suggested) is drawn lighter, with long
 * dashes, so it is never mistaken for the sample's own.
 */
import { memo, useCallback, useMemo } from 'react';
import { type SampleView, sampleMmToStagePx } from '../../domain/frames/view';
import { outlineBoundsMm, type SampleOutline } from '../../domain/geometry/outline';
import { outlinePolygonMm } from '../../domain/geometry/outlinePath';
import type { DrawControl } from '../layerCache';
import { MAP_THEME } from '../mapTheme';
import { tracePolygon } from '../paths';
import { SceneLayer } from '../SceneLayer';

interface OutlineLayerProps {
  outline: SampleOutline;
  view: SampleView;
  control: DrawControl;
  /** Guessed or suggested, not set: lighter and dashed. */
  tentative?: boolean;
}

/** The outline layer (memoised: pan and zoom only redraw it). */
export const OutlineLayer = memo(function OutlineLayer({
  outline,
  view,
  control,
  tentative = false,
}: OutlineLayerProps) {
  const edge = useMemo(() => outlinePolygonMm(outline), [outline]);
  const exclusion = useMemo(
    () => (outline.edgeExclusionMm > 0 ? outlinePolygonMm(outline, outline.edgeExclusionMm) : []),
    [outline],
  );
  const scene = useCallback(
    (ctx: CanvasRenderingContext2D, scale: number) => {
      const u = 1 / scale;
      tracePolygon(ctx, view, edge);
      ctx.fillStyle = tentative ? MAP_THEME.outlineTentativeFill : MAP_THEME.outlineFill;
      ctx.fill();
      // Centre axes (x = 0 and y = 0), clipped to the sample.
      const b = outlineBoundsMm(outline);
      const ends = [
        [
          { xMm: b.minXMm, yMm: 0 },
          { xMm: b.maxXMm, yMm: 0 },
        ],
        [
          { xMm: 0, yMm: b.minYMm },
          { xMm: 0, yMm: b.maxYMm },
        ],
      ];
      ctx.save();
      ctx.clip();
      ctx.beginPath();
      for (const [from, to] of ends) {
        if (!from || !to) continue;
        const a = sampleMmToStagePx(view, from);
        const z = sampleMmToStagePx(view, to);
        ctx.moveTo(a.xPx, a.yPx);
        ctx.lineTo(z.xPx, z.yPx);
      }
      ctx.lineWidth = u;
      ctx.strokeStyle = MAP_THEME.centreAxes;
      ctx.stroke();
      ctx.restore();
      if (exclusion.length > 0) {
        tracePolygon(ctx, view, exclusion);
        ctx.setLineDash([6 * u, 4 * u]);
        ctx.lineWidth = u;
        ctx.strokeStyle = MAP_THEME.edgeExclusion;
        ctx.stroke();
        ctx.setLineDash([]);
      }
      tracePolygon(ctx, view, edge);
      ctx.lineWidth = 1.5 * u;
      ctx.strokeStyle = tentative ? MAP_THEME.outlineTentativeStroke : MAP_THEME.outlineStroke;
      // Longer dashes than the edge exclusion's 6/4, so the two lines stay apart.
      if (tentative) ctx.setLineDash([12 * u, 6 * u]);
      ctx.stroke();
      ctx.setLineDash([]);
    },
    [view, outline, edge, exclusion, tentative],
  );
  return <SceneLayer name="outline" scene={scene} control={control} cached={false} />;
});
