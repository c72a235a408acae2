import { useMemo } from 'react';
import { Layer, Shape } from 'react-konva';
import type { SampleView } from '../../domain/frames/view';
import type { SampleOutline } from '../../domain/geometry/outline';
import { outlinePolygonMm } from '../../domain/geometry/outlinePath';
import { COLORS, tracePolygon } from '../draw';

interface OutlineLayerProps {
  outline: SampleOutline;
  view: SampleView;
  scale: number;
}

/**
 * The sample outline to scale, its edge-exclusion line (dashed) and faint centre axes.
 * Static content: the layer does not listen to events.
 */
export function OutlineLayer({ outline, view, scale }: OutlineLayerProps) {
  const edge = useMemo(() => outlinePolygonMm(outline), [outline]);
  const exclusion = useMemo(
    () => (outline.edgeExclusionMm > 0 ? outlinePolygonMm(outline, outline.edgeExclusionMm) : []),
    [outline],
  );
  return (
    <Layer listening={false}>
      <Shape
        perfectDrawEnabled={false}
        sceneFunc={(konvaCtx) => {
          const ctx = konvaCtx._context;
          tracePolygon(ctx, view, edge);
          ctx.fillStyle = COLORS.outlineFill;
          ctx.fill();
          // Centre axes, clipped to the sample.
          ctx.save();
          ctx.clip();
          ctx.beginPath();
          ctx.moveTo(0, view.centerYPx);
          ctx.lineTo(view.centerXPx * 2, view.centerYPx);
          ctx.moveTo(view.centerXPx, 0);
          ctx.lineTo(view.centerXPx, view.centerYPx * 2);
          ctx.lineWidth = 1 / scale;
          ctx.strokeStyle = COLORS.axes;
          ctx.stroke();
          ctx.restore();
          if (exclusion.length > 0) {
            tracePolygon(ctx, view, exclusion);
            ctx.setLineDash([6 / scale, 4 / scale]);
            ctx.lineWidth = 1 / scale;
            ctx.strokeStyle = COLORS.edgeExclusion;
            ctx.stroke();
            ctx.setLineDash([]);
          }
          tracePolygon(ctx, view, edge);
          ctx.lineWidth = 1.5 / scale;
          ctx.strokeStyle = COLORS.outlineStroke;
          ctx.stroke();
        }}
      />
    </Layer>
  );
}
