/**
 * The interpolated map under the record markers: the field as an image over the grid's extent,
 * its contour lines and labels, all clipped to the measurable area (the outline minus the edge
 * exclusion), and the extrapolated part (outside the convex hull of the sites) hatched with the
 * hull's edge dashed, so no one reads the spline's guess beyond the outermost sites as measured.
 * The image is rebuilt only when the field or the colour scale changes, never on zoom or pan;
 * a map of thousands of sites pans and zooms as a cached bitmap (layerCache.ts).
 */

import { memo, useCallback, useMemo } from 'react';
import type { ValueColoring } from '../../domain/color/fieldImage';
import { containerPxPerMm, type SampleView, sampleMmToStagePx } from '../../domain/frames/view';
import { convexHull } from '../../domain/geometry/convexHull';
import type { PointMm } from '../../domain/geometry/point';
import { contourLabelSpots, type LabelSpot } from '../../domain/interpolation/contourLabels';
import type { ContourLine } from '../../domain/interpolation/contours';
import type { Field } from '../../domain/interpolation/field';
import { hasPixels } from '../drawable';
import { fieldCanvas } from '../fieldCanvas';
import { hatchPath } from '../hatch';
import type { DrawControl } from '../layerCache';
import { EXTRAPOLATED_STYLE } from '../markerStyles';
import { tracePolygon, tracePolyline } from '../paths';
import { CACHE_ABOVE_MARKERS, SceneLayer } from '../SceneLayer';

/** Props of FieldLayer: the field, its colours and clip, and what to draw. */
export interface FieldLayerProps {
  view: SampleView;
  /** Stage zoom, for laying out contour labels at a constant size on screen. */
  scale: number;
  control: DrawControl;
  field: Field;
  coloring: ValueColoring;
  /** The measurable area (sample mm); everything is clipped to it. */
  clipPolygon: PointMm[];
  /** The measured sites (sample mm): contour labels keep clear of them, and their convex hull
   * bounds what is interpolated rather than extrapolated. */
  sites: PointMm[];
  showField: boolean;
  showContours: boolean;
  showLabels: boolean;
  formatLabel: (value: number) => string;
}

/** Above this many contour vertices the layer is drawn through its bitmap cache. */
const CACHE_ABOVE_SEGMENTS = 20_000;

/** Label text size (screen px) and the least screen distance between two labels. */
const LABEL_FONT_PX = 10;
const LABEL_GAP_PX = 70;
/** Least screen distance from a label's centre to a site marker. */
const LABEL_SITE_CLEARANCE_PX = 16;

/** Contour polylines, then their labels (white halo) at the given spots. */
function drawContours(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  u: number,
  lines: ContourLine[],
  labels: LabelSpot[],
  formatLabel: (v: number) => string,
) {
  ctx.lineWidth = u;
  ctx.strokeStyle = 'rgba(17, 24, 39, 0.55)';
  ctx.beginPath();
  for (const line of lines) {
    tracePolyline(ctx, view, line.pointsMm);
    if (line.closed) ctx.closePath();
  }
  ctx.stroke();
  ctx.font = `${LABEL_FONT_PX * u}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 3 * u;
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  ctx.fillStyle = '#111827';
  for (const spot of labels) {
    const at = sampleMmToStagePx(view, spot.at);
    const text = formatLabel(spot.value);
    ctx.strokeText(text, at.xPx, at.yPx);
    ctx.fillText(text, at.xPx, at.yPx);
  }
}

/** Hatch the clip polygon outside `hull`, and dash the hull's edge. */
function drawExtrapolated(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  u: number,
  clipPolygon: PointMm[],
  hull: PointMm[],
) {
  tracePolygon(ctx, view, clipPolygon);
  if (hull.length >= 3) tracePolygon(ctx, view, hull, false);
  hatchPath(ctx, u);
  if (hull.length < 2) return;
  tracePolygon(ctx, view, hull);
  ctx.setLineDash(EXTRAPOLATED_STYLE.edgeDashPx.map((d) => d * u));
  ctx.lineWidth = u;
  ctx.strokeStyle = EXTRAPOLATED_STYLE.edge;
  ctx.stroke();
  ctx.setLineDash([]);
}

/** The field layer; see the module comment. */
export const FieldLayer = memo(function FieldLayer(props: FieldLayerProps) {
  const { view, scale, field, coloring, clipPolygon, sites, control } = props;
  const { showField, showContours, showLabels, formatLabel } = props;
  const image = useMemo(
    () => (showField ? fieldCanvas(field.grid, field.spec, coloring) : null),
    [field, coloring, showField],
  );
  const hull = useMemo(() => convexHull(sites), [sites]);
  // Labels keep half their (estimated) text width plus a margin from the clip line, so none is
  // cut by the edge; recomputed per zoom step because their size is constant on screen.
  const labels = useMemo(() => {
    if (!showContours || !showLabels) return [];
    const mmPerPx = 1 / containerPxPerMm(view, { x: 0, y: 0, scale });
    return contourLabelSpots(field.contours, clipPolygon, {
      clearanceMm: (v) => (formatLabel(v).length * 0.3 * LABEL_FONT_PX + 6) * mmPerPx,
      minGapMm: LABEL_GAP_PX * mmPerPx,
      avoid: sites,
      avoidMm: LABEL_SITE_CLEARANCE_PX * mmPerPx,
    });
  }, [field.contours, clipPolygon, sites, view, scale, showContours, showLabels, formatLabel]);
  const scene = useCallback(
    (ctx: CanvasRenderingContext2D, zoom: number) => {
      const u = 1 / zoom;
      ctx.save();
      tracePolygon(ctx, view, clipPolygon);
      ctx.clip();
      if (image && hasPixels(image)) {
        const { spec } = field;
        const a = sampleMmToStagePx(view, { xMm: spec.minXMm, yMm: spec.maxYMm });
        const b = sampleMmToStagePx(view, { xMm: spec.maxXMm, yMm: spec.minYMm });
        ctx.drawImage(image, a.xPx, a.yPx, b.xPx - a.xPx, b.yPx - a.yPx);
      }
      if (showContours) drawContours(ctx, view, u, field.contours, labels, formatLabel);
      if (image || showContours) drawExtrapolated(ctx, view, u, clipPolygon, hull);
      ctx.restore();
    },
    [view, clipPolygon, image, field, showContours, labels, formatLabel, hull],
  );
  // A smooth map from few sites draws in a few ms and stays vector-sharp while panning; one
  // from thousands of sites (inverse distance) has thousands of contour islands: cached.
  const segments = useMemo(
    () => field.contours.reduce((n, line) => n + line.pointsMm.length, 0),
    [field.contours],
  );
  const cached = sites.length > CACHE_ABOVE_MARKERS || segments > CACHE_ABOVE_SEGMENTS;
  return <SceneLayer name="field" scene={scene} control={control} cached={cached} />;
});
