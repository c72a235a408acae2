/**
 * A small map of one sample drawn with plain Canvas 2D (no Konva): the outline to scale, the
 * edge exclusion dashed, and each stored site as a dot coloured by value. Used where many
 * samples are shown at once (the samples overview, the compare view's small multiples), so it
 * must stay cheap: one path for the outline, one arc per site, no layers or hit regions.
 */
import type { ColorScale } from '../domain/color/colorScale';
import { fitSampleView, sampleMmToStagePx } from '../domain/frames/view';
import { outlineBoundsMm, type SampleOutline } from '../domain/geometry/outline';
import { outlinePolygonMm } from '../domain/geometry/outlinePath';
import { tracePolygon } from './paths';

/** One site: sample mm, and its value (null: drawn in the neutral colour). */
export interface MiniMapSite {
  xMm: number;
  yMm: number;
  value: number | null;
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
  /** Margin around the outline in CSS px (default 4). */
  marginPx?: number;
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

/**
 * Draw the small map onto `ctx` (whose canvas should be `widthPx·pixelRatio` ×
 * `heightPx·pixelRatio` device px). Clears the canvas first. Sites outside the drawing are
 * still drawn (clipped by the canvas), never moved.
 */
export function drawMiniMap(ctx: CanvasRenderingContext2D, o: MiniMapOptions): void {
  const ratio = o.pixelRatio ?? 1;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, o.widthPx, o.heightPx);
  const view = fitSampleView(outlineBoundsMm(o.outline), o.widthPx, o.heightPx, o.marginPx ?? 4);

  tracePolygon(ctx, view, outlinePolygonMm(o.outline));
  ctx.fillStyle = MINI_MAP_COLORS.face;
  ctx.fill();
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

  const radius =
    o.siteRadiusPx ?? miniMapSiteRadiusPx(o.sites.length, Math.min(o.widthPx, o.heightPx));
  ctx.lineWidth = radius >= 2.5 ? 0.75 : 0;
  ctx.strokeStyle = MINI_MAP_COLORS.siteStroke;
  for (const site of o.sites) {
    const p = sampleMmToStagePx(view, site);
    ctx.beginPath();
    ctx.arc(p.xPx, p.yPx, radius, 0, 2 * Math.PI);
    ctx.fillStyle =
      o.scale && site.value !== null && Number.isFinite(site.value)
        ? o.scale.color(site.value)
        : MINI_MAP_COLORS.site;
    ctx.fill();
    if (ctx.lineWidth > 0) ctx.stroke();
  }
}
