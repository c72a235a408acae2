/**
 * The exported map picture: a title band, the map as rendered by Konva (scale bar included), and
 * a colour bar drawn here (the on-screen colour bar is HTML, which a canvas export cannot
 * capture) with the property, its unit, min, max, ticks and the spec limits, the marker legend
 * (▲/▼ whenever limits are set), whose swatches come from the same routine as the map's markers
 * and the HTML legend (legend.ts), a statistics block, and a footer with the method and the ISO
 * date. The PDF lot report's sample pages are the same picture.
 */

import { colorBarEndLabel, formatValue } from '../domain/color/colorBarLabels';
import type { ColorScale } from '../domain/color/colorScale';
import type { SpecLimits } from '../domain/color/specLimits';
import { hasPixels } from './drawable';
import { drawLegendSwatch, type LegendEntry, legendLabel } from './legend';
import {
  drawLimitMarks,
  drawStats,
  legendWithLimits,
  limitsOutside,
  type StatLine,
  statsLayout,
  wrapWords,
} from './mapImageBlocks';

export type { StatLine } from './mapImageBlocks';

/** The texts and colour bar of an exported picture. */
export interface MapImageText {
  title: string;
  subtitle: string;
  colorBar: {
    scale: ColorScale;
    propertyName: string;
    unit: string | null;
    /** Marked on the bar as LSL and USL (when inside its range), and add ▲/▼ to the legend. */
    limits?: SpecLimits;
  } | null;
  /** The statistics block in the side column (none when empty or absent). */
  stats?: readonly StatLine[];
  /** How the map was made: interpolation, edge exclusion, coordinates; above the footer. */
  method?: string;
  /** Printed in the footer, e.g. "Exported 2026-04-03 14:22" (ISO date). */
  footer: string;
}

/** Everything drawn around the map: the texts and the legend's entries. */
export interface MapImageInfo extends MapImageText {
  legend: readonly LegendEntry[];
}

/** Layout in CSS px: a title band above the map, a side column for the colour bar and legend. */
export const IMAGE_LAYOUT = { headerPx: 52, sidePx: 200, footerPx: 38, padPx: 12, rampPx: 18 };

/** Closest an inside tick label may come to the min or max label (12 px text). */
const TICK_GAP_PX = 20;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Split `text` into lines no wider than `maxWidth` (px in the context's current font). */
export function wrapText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  return wrapWords(text, maxWidth, (t) => ctx.measureText(t).width);
}

function drawColorBar(
  ctx: CanvasRenderingContext2D,
  bar: NonNullable<MapImageInfo['colorBar']>,
  x: number,
  y: number,
  height: number,
): number {
  const { padPx, rampPx, sidePx } = IMAGE_LAYOUT;
  ctx.fillStyle = '#1f2733';
  ctx.font = `600 13px ${FONT}`;
  ctx.textBaseline = 'top';
  let top = y;
  for (const line of wrapText(ctx, bar.propertyName, sidePx - 2 * padPx)) {
    ctx.fillText(line, x, top);
    top += 17;
  }
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = '#5b6675';
  ctx.fillText(bar.unit ? `unit: ${bar.unit}` : 'no unit', x, top);
  top += 24;
  const rampHeight = Math.max(60, Math.min(280, height - (top - y) - 20));
  const gradient = ctx.createLinearGradient(0, top + rampHeight, 0, top);
  for (let i = 0; i <= 16; i++) gradient.addColorStop(i / 16, bar.scale.interpolate(i / 16));
  ctx.fillStyle = gradient;
  ctx.fillRect(x, top, rampPx, rampHeight);
  ctx.strokeStyle = '#6b7280';
  ctx.lineWidth = 1;
  ctx.strokeRect(x + 0.5, top + 0.5, rampPx - 1, rampHeight - 1);
  const { minValue, maxValue } = bar.scale;
  const span = maxValue - minValue;
  ctx.fillStyle = '#1f2733';
  ctx.textBaseline = 'middle';
  const unit = bar.unit ? ` ${bar.unit}` : '';
  const yOf = (v: number) =>
    span === 0 ? top + rampHeight / 2 : top + rampHeight * (1 - (v - minValue) / span);
  for (const t of bar.scale.ticks) {
    const ty = yOf(t);
    // An inside tick whose label would touch the min or max label is left out.
    const end = t !== minValue && t !== maxValue;
    if (end && Math.min(Math.abs(ty - yOf(minValue)), Math.abs(ty - yOf(maxValue))) < TICK_GAP_PX) {
      continue;
    }
    const label =
      t === maxValue
        ? `${colorBarEndLabel(bar.scale, 'max', t)}${unit}`
        : t === minValue
          ? `${colorBarEndLabel(bar.scale, 'min', t)}${unit}`
          : formatValue(t);
    ctx.fillRect(x + rampPx, ty - 0.5, 4, 1);
    ctx.fillText(label, x + rampPx + 7, ty);
  }
  drawLimitMarks(ctx, bar, x, rampPx, yOf);
  return top + rampHeight + 20;
}

/** The legend's rows from (x, y): swatch, then the label wrapped to the column. */
function drawLegend(
  ctx: CanvasRenderingContext2D,
  legend: readonly LegendEntry[],
  x: number,
  y: number,
): number {
  const swatch = 16;
  let top = y;
  for (const entry of legend) {
    drawLegendSwatch(ctx, entry, x, top - swatch / 2, swatch);
    ctx.font = `12px ${FONT}`;
    ctx.textBaseline = 'middle';
    ctx.fillStyle = '#1f2733';
    const lines = wrapText(
      ctx,
      legendLabel(entry),
      IMAGE_LAYOUT.sidePx - 2 * IMAGE_LAYOUT.padPx - 24,
    );
    lines.forEach((line, i) => {
      ctx.fillText(line, x + 24, top + i * 15);
    });
    top += 8 + 15 * Math.max(1, lines.length);
  }
  return top;
}

/**
 * A new canvas holding `map` (a Konva render at `pixelRatio`) with the title, colour bar, legend
 * and footer of `info`, on white. Sizes are CSS px × pixelRatio, so text is as sharp as the map.
 */
export function composeMapImage(
  map: HTMLCanvasElement,
  pixelRatio: number,
  info: MapImageInfo,
): HTMLCanvasElement {
  const { headerPx, sidePx, footerPx, padPx } = IMAGE_LAYOUT;
  const mapW = map.width / pixelRatio;
  const mapH = map.height / pixelRatio;
  const stats = info.stats ?? [];
  const legend = legendWithLimits(info.legend, info.colorBar?.limits);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas.');
  // Measured in the fonts they are drawn in: the statistics wrap to the column, the method to
  // the picture's width, and both make room for themselves.
  const statsPx = stats.length ? 12 + statsLayout(ctx, stats, sidePx - 2 * padPx).heightPx : 0;
  ctx.font = `11px ${FONT}`;
  const methodLines = info.method ? wrapText(ctx, info.method, mapW + sidePx - 2 * padPx) : [];
  const footerH = footerPx + Math.max(0, methodLines.length - 1) * 14;
  // The side column must fit the colour bar (≥ 60 px ramp), the legend and the statistics.
  const sideNeedPx = (info.colorBar ? 170 : 0) + legend.length * 30 + statsPx;
  const bodyH = Math.max(mapH, sideNeedPx);
  canvas.width = Math.round((mapW + sidePx) * pixelRatio);
  canvas.height = Math.round((headerPx + bodyH + footerH) * pixelRatio);
  ctx.scale(pixelRatio, pixelRatio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, mapW + sidePx, headerPx + bodyH + footerH);
  ctx.fillStyle = '#1f2733';
  ctx.textBaseline = 'top';
  ctx.font = `600 16px ${FONT}`;
  ctx.fillText(info.title, padPx, 10);
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = '#5b6675';
  ctx.fillText(info.subtitle, padPx, 32);
  if (hasPixels(map)) ctx.drawImage(map, 0, headerPx, mapW, mapH);
  let y = headerPx + padPx;
  const x = mapW + padPx;
  // The bar takes what the legend and statistics leave of the column.
  const barHeight = bodyH - 60 - legend.length * 30 - statsPx;
  if (info.colorBar) {
    y = drawColorBar(ctx, info.colorBar, x, y, Math.max(120, barHeight));
    ctx.font = `11px ${FONT}`;
    ctx.fillStyle = '#b42318';
    ctx.textBaseline = 'top';
    for (const line of limitsOutside(info.colorBar)) {
      ctx.fillText(line, x, y - 12);
      y += 14;
    }
  }
  y = drawLegend(ctx, legend, x, y + 8);
  if (stats.length > 0) drawStats(ctx, stats, x, y + 4, sidePx - 2 * padPx);
  ctx.font = `11px ${FONT}`;
  ctx.fillStyle = '#5b6675';
  ctx.textBaseline = 'bottom';
  const bottom = headerPx + bodyH + footerH;
  methodLines.forEach((line, i) => {
    ctx.fillText(line, padPx, bottom - 20 - (methodLines.length - 1 - i) * 14);
  });
  ctx.fillText(info.footer, padPx, bottom - 4);
  return canvas;
}

/** ▲/▼ after the legend labels of the out-of-spec markers, as the map draws them. */
const LEGEND_SYMBOL: Partial<Record<LegendEntry, string>> = { aboveUsl: ' ▲', belowLsl: ' ▼' };

/**
 * What the picture shows, as text for the PNG's Description (one fact per line): the subtitle,
 * the colour bar's property, unit and range, the spec limits, the legend (with ▲/▼ as drawn),
 * the statistics and the method.
 */
export function mapImageDescription(info: MapImageInfo): string {
  const bar = info.colorBar;
  const unit = bar?.unit ? ` ${bar.unit}` : '';
  const limits = bar?.limits ?? {};
  const legend = legendWithLimits(info.legend, bar?.limits);
  const lines = [
    info.subtitle,
    bar
      ? `Colour: ${bar.propertyName}${bar.unit ? ` (${bar.unit})` : ''}, ${formatValue(bar.scale.minValue)} to ${formatValue(bar.scale.maxValue)}${unit}`
      : 'Colour: none',
    `Spec limits: ${
      limits.lsl === undefined && limits.usl === undefined
        ? 'none'
        : [
            limits.lsl === undefined ? null : `LSL ${formatValue(limits.lsl)}${unit}`,
            limits.usl === undefined ? null : `USL ${formatValue(limits.usl)}${unit}`,
          ]
            .filter(Boolean)
            .join(', ')
    }`,
    `Legend: ${legend.map((e) => `${legendLabel(e)}${LEGEND_SYMBOL[e] ?? ''}`).join('; ')}`,
    ...(info.stats ?? []).map((s) => `${s.label}: ${s.value}`),
    info.method ?? '',
    info.footer,
  ];
  return lines.filter((l) => l !== '').join('\n');
}
