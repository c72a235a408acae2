/**
 * The map's scale bar and its optional axis rulers, drawn in container px on a light panel so
 * they read over the outline and over any heat map, and included in the PNG export.
 */
import { axisTicksMm, formatLengthMm, scaleBarFor } from '../domain/frames/mapScale';
import {
  containerPxPerMm,
  containerPxToSampleMm,
  type SampleView,
  type StageTransform,
  sampleMmToContainerPx,
} from '../domain/frames/view';
import { MAP_THEME } from './mapTheme';

/** Size of the map in container px. */
export interface MapSizePx {
  widthPx: number;
  heightPx: number;
}

/** Thickness of the bottom ruler and width of the left ruler (container px). */
export const RULER_PX = { bottom: 22, left: 44 };
/** Longest scale bar (container px). */
export const SCALE_BAR_MAX_PX = 150;

const FONT_PX = 11;

function panel(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
  ctx.beginPath();
  if (typeof ctx.roundRect === 'function') ctx.roundRect(x, y, w, h, 4);
  else ctx.rect(x, y, w, h);
  ctx.fillStyle = MAP_THEME.panel;
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.strokeStyle = MAP_THEME.panelBorder;
  ctx.stroke();
}

/**
 * The scale bar at the bottom right (above the bottom ruler when `axes`): a round length (see
 * scaleBarFor) as a dark bar with end ticks, labelled above it. The context must be in
 * container px.
 */
export function drawScaleBar(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  t: StageTransform,
  size: MapSizePx,
  axes: boolean,
) {
  const bar = scaleBarFor(containerPxPerMm(view, t), SCALE_BAR_MAX_PX);
  if (!Number.isFinite(bar.lengthPx)) return;
  const pad = 8;
  const w = bar.lengthPx + 2 * pad;
  const h = 30;
  const x = size.widthPx - w - 10;
  const y = size.heightPx - h - (axes ? RULER_PX.bottom + 6 : 8);
  panel(ctx, x, y, w, h);
  const x0 = x + pad;
  const x1 = x0 + bar.lengthPx;
  const yBar = y + h - 9;
  ctx.fillStyle = MAP_THEME.ink;
  ctx.fillRect(x0, yBar, bar.lengthPx, 4);
  ctx.fillRect(x0, yBar - 4, 1.5, 8);
  ctx.fillRect(x1 - 1.5, yBar - 4, 1.5, 8);
  ctx.font = `600 ${FONT_PX + 1}px ${MAP_THEME.font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(formatLengthMm(bar.lengthMm), (x0 + x1) / 2, yBar - 6);
}

/**
 * Rulers along the bottom (x, mm) and left (y, mm) edges with round ticks of the sample frame
 * under the current zoom and pan. The context must be in container px.
 */
export function drawAxes(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  t: StageTransform,
  size: MapSizePx,
) {
  const { widthPx: w, heightPx: h } = size;
  const { bottom, left } = RULER_PX;
  const pxPerMm = containerPxPerMm(view, t);
  const topLeft = containerPxToSampleMm(view, t, { xPx: left, yPx: 0 });
  const bottomRight = containerPxToSampleMm(view, t, { xPx: w, yPx: h - bottom });
  panel(ctx, left, h - bottom, w - left, bottom);
  panel(ctx, 0, 0, left, h - bottom);
  ctx.fillStyle = MAP_THEME.mutedInk;
  ctx.font = `${FONT_PX}px ${MAP_THEME.font}`;
  ctx.textBaseline = 'top';
  ctx.textAlign = 'center';
  const xTicks = axisTicksMm(topLeft.xMm, bottomRight.xMm, pxPerMm, 56);
  for (const xMm of xTicks.ticksMm) {
    const at = sampleMmToContainerPx(view, t, { xMm, yMm: 0 }).xPx;
    // Labels that would be cut by either end of the ruler are left out.
    if (at < left + 12 || at > w - 14) continue;
    ctx.fillRect(at - 0.5, h - bottom, 1, 5);
    ctx.fillText(String(xMm), at, h - bottom + 7);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  const yTicks = axisTicksMm(bottomRight.yMm, topLeft.yMm, pxPerMm, 40);
  for (const yMm of yTicks.ticksMm) {
    const at = sampleMmToContainerPx(view, t, { xMm: 0, yMm }).yPx;
    if (at < 8 || at > h - bottom - 6) continue;
    ctx.fillRect(left - 5, at - 0.5, 5, 1);
    ctx.fillText(String(yMm), left - 7, at);
  }
  // Corner: what the numbers are.
  ctx.fillStyle = MAP_THEME.ink;
  ctx.font = `600 ${FONT_PX}px ${MAP_THEME.font}`;
  ctx.textAlign = 'center';
  ctx.fillText('mm', left / 2, h - bottom / 2);
}
