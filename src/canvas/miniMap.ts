/**
 * A small map of one sample drawn with plain Canvas 2D (no Konva): the outline to scale, the
 * edge exclusion dashed, and each stored site as a dot coloured by value; optionally the
 * interpolated field under the dots (clipped to the measurable area), sites outside the spec
 * limits as the map's ▲/▼ markers, and site numbers. The notch or flat is drawn last, on top.
 * Used where many samples are shown at once (the samples overview, the compare view's small
 * multiples) and for the report's maps, so it stays cheap: one path for the outline, one arc per
 * site, one image for the field, no layers or hit regions.
 */

import type { ColorScale } from '../domain/color/colorScale';
import { classifySpec, type SpecLimits } from '../domain/color/specLimits';
import { fitSampleView, type SampleView, sampleMmToStagePx } from '../domain/frames/view';
import { outlineBoundsMm, type SampleOutline } from '../domain/geometry/outline';
import { outlinePolygonMm } from '../domain/geometry/outlinePath';
import type { GridSpec } from '../domain/interpolation/grid';
import { hasPixels } from './drawable';
import { drawMarker } from './markerDraw';
import { MARKER_STYLES } from './markerStyles';
import { drawOrientationMark } from './orientationMark';
import { tracePolygon } from './paths';

/** One site: sample mm, and its value (null: drawn in the neutral colour). */
export interface MiniMapSite {
  xMm: number;
  yMm: number;
  value: number | null;
  /** Site number, drawn beside the dot when `siteLabels` is on. */
  site?: number | null;
}

/** A coloured field image (one pixel per grid cell, see fieldCanvas.ts) and its extent. */
export interface MiniMapField {
  image: CanvasImageSource;
  spec: GridSpec;
}

export interface MiniMapOptions {
  outline: SampleOutline;
  sites: readonly MiniMapSite[];
  /** Colours by value; null draws every site in the neutral colour. */
  scale: ColorScale | null;
  /** Size in CSS px; the canvas backing store is this × `pixelRatio`. */
  widthPx: number;
  heightPx: number;
  pixelRatio?: number;
  /** Dot radius in CSS px; by default it shrinks with the number of sites (1.2 to 4 px). */
  siteRadiusPx?: number;
  /** Margin around the outline in CSS px (default 4, or 12 for a wafer with a notch or flat,
   * whose pointer sits outside the edge). */
  marginPx?: number;
  /** The interpolated field drawn under the sites, clipped to the edge exclusion. */
  field?: MiniMapField | null;
  /** Sites outside these limits are drawn as ▲ (above USL) or ▼ (below LSL). */
  limits?: SpecLimits;
  /** Write each site's number beside its dot. */
  siteLabels?: boolean;
  /** Font size of the site numbers in CSS px (default 9). */
  labelPx?: number;
}

/** Neutral fill of sites without a value or without a scale, and of the sample's face. */
export const MINI_MAP_COLORS = {
  face: '#f3f5f8',
  edge: '#1f2733',
  exclusion: '#8a94a3',
  site: '#21918c',
  siteStroke: 'rgba(0, 0, 0, 0.45)',
} as const;

/** Default dot radius (CSS px) for `count` sites in a map `sizePx` wide: dense maps get specks. */
export function miniMapSiteRadiusPx(count: number, sizePx: number): number {
  if (count <= 0) return 0;
  // Dots together cover at most about a fifth of the map's area.
  const r = Math.sqrt((0.2 * sizePx * sizePx) / (Math.PI * count));
  return Math.min(4, Math.max(1.2, r));
}

/** The margin a map needs so the notch/flat pointer (outside the edge) is not cut off. */
function defaultMarginPx(outline: SampleOutline): number {
  return outline.kind === 'wafer' && outline.mark !== 'none' ? 12 : 4;
}

/** The field image over its grid extent, clipped to the measurable area. */
function drawField(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  outline: SampleOutline,
  field: MiniMapField,
) {
  const clip = outlinePolygonMm(outline, outline.edgeExclusionMm);
  if (clip.length === 0 || !hasPixels(field.image)) return;
  const topLeft = sampleMmToStagePx(view, { xMm: field.spec.minXMm, yMm: field.spec.maxYMm });
  const bottomRight = sampleMmToStagePx(view, { xMm: field.spec.maxXMm, yMm: field.spec.minYMm });
  ctx.save();
  tracePolygon(ctx, view, clip);
  ctx.clip();
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(
    field.image,
    topLeft.xPx,
    topLeft.yPx,
    bottomRight.xPx - topLeft.xPx,
    bottomRight.yPx - topLeft.yPx,
  );
  ctx.restore();
}

/** Dots (or ▲/▼ outside the limits), then the site numbers. */
function drawSites(ctx: CanvasRenderingContext2D, view: SampleView, o: MiniMapOptions) {
  const radius =
    o.siteRadiusPx ?? miniMapSiteRadiusPx(o.sites.length, Math.min(o.widthPx, o.heightPx));
  const stroke = radius >= 2.5 ? 0.75 : 0;
  // Triangles about 1.7× the dot, as on the full map (8.5 px against 5 px).
  const triangleU = (1.7 * radius) / MARKER_STYLES.aboveUsl.radiusPx;
  const limits = o.limits ?? {};
  for (const site of o.sites) {
    const p = sampleMmToStagePx(view, site);
    const known = site.value !== null && Number.isFinite(site.value);
    const fill = o.scale && known ? o.scale.color(site.value as number) : MINI_MAP_COLORS.site;
    const spec = known ? classifySpec(site.value as number, limits) : 'within';
    if (spec !== 'within') {
      const style = spec === 'above' ? MARKER_STYLES.aboveUsl : MARKER_STYLES.belowLsl;
      drawMarker(ctx, style, p.xPx, p.yPx, triangleU, fill);
      continue;
    }
    ctx.beginPath();
    ctx.arc(p.xPx, p.yPx, radius, 0, 2 * Math.PI);
    ctx.fillStyle = fill;
    ctx.fill();
    if (stroke > 0) {
      ctx.lineWidth = stroke;
      ctx.strokeStyle = MINI_MAP_COLORS.siteStroke;
      ctx.stroke();
    }
  }
  if (!o.siteLabels) return;
  ctx.font = `${o.labelPx ?? 9}px system-ui, sans-serif`;
  ctx.textBaseline = 'bottom';
  ctx.textAlign = 'left';
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  ctx.fillStyle = MINI_MAP_COLORS.edge;
  for (const site of o.sites) {
    if (site.site === null || site.site === undefined) continue;
    const p = sampleMmToStagePx(view, site);
    const text = String(site.site);
    ctx.strokeText(text, p.xPx + radius * 0.8, p.yPx - radius * 0.8);
    ctx.fillText(text, p.xPx + radius * 0.8, p.yPx - radius * 0.8);
  }
}

/**
 * Draw the small map onto `ctx` (whose canvas should be `widthPx·pixelRatio` ×
 * `heightPx·pixelRatio` device px). Clears the canvas first. Order: face, field, outline and
 * edge exclusion, sites, site numbers, then the notch or flat on top. Sites outside the drawing
 * are still drawn (clipped by the canvas), never moved. Throws RangeError when a limit pair has
 * LSL > USL (see classifySpec).
 */
export function drawMiniMap(ctx: CanvasRenderingContext2D, o: MiniMapOptions): void {
  const ratio = o.pixelRatio ?? 1;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, o.widthPx, o.heightPx);
  const margin = o.marginPx ?? defaultMarginPx(o.outline);
  const view = fitSampleView(outlineBoundsMm(o.outline), o.widthPx, o.heightPx, margin);

  tracePolygon(ctx, view, outlinePolygonMm(o.outline));
  ctx.fillStyle = MINI_MAP_COLORS.face;
  ctx.fill();
  if (o.field) drawField(ctx, view, o.outline, o.field);
  tracePolygon(ctx, view, outlinePolygonMm(o.outline));
  ctx.lineWidth = 1;
  ctx.strokeStyle = MINI_MAP_COLORS.edge;
  ctx.stroke();

  const inner = outlinePolygonMm(o.outline, o.outline.edgeExclusionMm);
  if (o.outline.edgeExclusionMm > 0 && inner.length > 0) {
    tracePolygon(ctx, view, inner);
    ctx.setLineDash([2, 2]);
    ctx.strokeStyle = MINI_MAP_COLORS.exclusion;
    ctx.stroke();
    ctx.setLineDash([]);
  }
  drawSites(ctx, view, o);
  drawOrientationMark(ctx, view, o.outline, 1, Math.max(4, Math.min(8, margin - 4)));
}
