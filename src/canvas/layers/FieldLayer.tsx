/**
 * The interpolated map under the record markers: the field as an image over the grid's extent
 * and its contour lines, both clipped to the measurable area (the outline minus the edge
 * exclusion). One static layer (listening=false); the image is rebuilt only when the field or
 * the colour scale changes, never on zoom or pan.
 */
import type Konva from 'konva';
import { useMemo } from 'react';
import { Image as KonvaImage, Layer, Shape } from 'react-konva';
import { colorLookupTable, gridToRgba, type ValueColoring } from '../../domain/color/fieldImage';
import type { SampleView } from '../../domain/frames/view';
import type { PointMm } from '../../domain/geometry/point';
import { contourLabelSpots, type LabelSpot } from '../../domain/interpolation/contourLabels';
import type { ContourLine } from '../../domain/interpolation/contours';
import type { Field } from '../../domain/interpolation/field';
import { tracePolygon } from '../draw';

/** Props of FieldLayer: the field, its colours and clip, and what to draw. */
export interface FieldLayerProps {
  view: SampleView;
  /** Stage zoom, for line widths and label sizes constant on screen. */
  scale: number;
  field: Field;
  coloring: ValueColoring;
  /** The measurable area (sample mm); everything is clipped to it. */
  clipPolygon: PointMm[];
  /** The measured sites (sample mm), which contour labels keep clear of. */
  sites: PointMm[];
  showField: boolean;
  showContours: boolean;
  showLabels: boolean;
  formatLabel: (value: number) => string;
}

/** Marks the layer's canvas so tests can find it among the map's layers. */
const tagField = (layer: Konva.Layer | null) =>
  layer?.getNativeCanvasElement().setAttribute('data-layer', 'field');

/** The field coloured into a canvas of one pixel per grid cell (null outside a browser). */
function fieldCanvas(field: Field, coloring: ValueColoring): HTMLCanvasElement | null {
  const { cols, rows } = field.spec;
  const canvas = document.createElement('canvas');
  canvas.width = cols;
  canvas.height = rows;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const rgba = gridToRgba(
    field.grid,
    colorLookupTable(coloring),
    coloring.minValue,
    coloring.maxValue,
  );
  const image = ctx.createImageData(cols, rows);
  image.data.set(rgba);
  ctx.putImageData(image, 0, 0);
  return canvas;
}

/** Label text size (screen px) and the least screen distance between two labels. */
const LABEL_FONT_PX = 10;
const LABEL_GAP_PX = 70;
/** Least screen distance from a label's centre to a site marker. */
const LABEL_SITE_CLEARANCE_PX = 16;

/** Contour polylines, then their labels (white halo) at the given spots. */
function drawContours(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  scale: number,
  lines: ContourLine[],
  labels: LabelSpot[],
  formatLabel: (v: number) => string,
) {
  const toPx = (p: PointMm) =>
    [view.centerXPx + p.xMm * view.pxPerMm, view.centerYPx - p.yMm * view.pxPerMm] as const;
  ctx.lineWidth = 1 / scale;
  ctx.strokeStyle = 'rgba(17, 24, 39, 0.55)';
  ctx.beginPath();
  for (const line of lines) {
    line.pointsMm.forEach((p, i) => {
      const [x, y] = toPx(p);
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    });
    if (line.closed) ctx.closePath();
  }
  ctx.stroke();
  ctx.font = `${LABEL_FONT_PX / scale}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 3 / scale;
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  ctx.fillStyle = '#111827';
  for (const spot of labels) {
    const [x, y] = toPx(spot.at);
    const text = formatLabel(spot.value);
    ctx.strokeText(text, x, y);
    ctx.fillText(text, x, y);
  }
}

/** The field layer; see the module comment. */
export function FieldLayer(props: FieldLayerProps) {
  const { view, scale, field, coloring, clipPolygon } = props;
  const image = useMemo(
    () => (props.showField ? fieldCanvas(field, coloring) : null),
    [field, coloring, props.showField],
  );
  const { spec } = field;
  const { showContours, showLabels, formatLabel } = props;
  // Labels keep half their (estimated) text width plus a margin from the clip line, so none is
  // cut by the edge; recomputed per zoom step because their size is constant on screen.
  const labels = useMemo(() => {
    if (!showContours || !showLabels) return [];
    const mmPerPx = 1 / (view.pxPerMm * scale);
    return contourLabelSpots(field.contours, clipPolygon, {
      clearanceMm: (v) => (formatLabel(v).length * 0.3 * LABEL_FONT_PX + 6) * mmPerPx,
      minGapMm: LABEL_GAP_PX * mmPerPx,
      avoid: props.sites,
      avoidMm: LABEL_SITE_CLEARANCE_PX * mmPerPx,
    });
  }, [
    field.contours,
    clipPolygon,
    props.sites,
    view.pxPerMm,
    scale,
    showContours,
    showLabels,
    formatLabel,
  ]);
  return (
    <Layer
      ref={tagField}
      listening={false}
      clipFunc={(ctx) => tracePolygon(ctx._context, view, clipPolygon)}
    >
      {image && (
        <KonvaImage
          image={image}
          x={view.centerXPx + spec.minXMm * view.pxPerMm}
          y={view.centerYPx - spec.maxYMm * view.pxPerMm}
          width={(spec.maxXMm - spec.minXMm) * view.pxPerMm}
          height={(spec.maxYMm - spec.minYMm) * view.pxPerMm}
        />
      )}
      {showContours && (
        <Shape
          perfectDrawEnabled={false}
          sceneFunc={(c) =>
            drawContours(c._context, view, scale, field.contours, labels, formatLabel)
          }
        />
      )}
    </Layer>
  );
}
