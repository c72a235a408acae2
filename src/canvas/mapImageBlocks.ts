/**
 * Blocks of the exported map picture (mapImage.ts): the spec-limit marks on the colour bar, the
 * legend with ▲/▼ whenever limits are set, and the statistics block.
 */
import { formatValue } from '../domain/color/colorBarLabels';
import type { ColorScale } from '../domain/color/colorScale';
import type { SpecLimits } from '../domain/color/specLimits';
import type { LegendEntry } from './legend';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The colour bar fields these blocks read. */
export interface LimitBar {
  scale: Pick<ColorScale, 'minValue' | 'maxValue'>;
  unit: string | null;
  limits?: SpecLimits;
}

/** A line of the statistics block: "mean" → "9.7878 nm". */
export interface StatLine {
  label: string;
  value: string;
}

/** LSL/USL across the ramp (`rampPx` wide at x; red line, white halo), labelled left of it. */
export function drawLimitMarks(
  ctx: CanvasRenderingContext2D,
  bar: LimitBar,
  x: number,
  rampPx: number,
  yOf: (v: number) => number,
) {
  const { minValue, maxValue } = bar.scale;
  const marks = [
    ['USL', bar.limits?.usl],
    ['LSL', bar.limits?.lsl],
  ] as const;
  ctx.save();
  ctx.font = `600 10px ${FONT}`;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const [label, v] of marks) {
    if (v === undefined || !Number.isFinite(v) || v < minValue || v > maxValue) continue;
    const y = yOf(v);
    ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
    ctx.fillRect(x - 3, y - 2, rampPx + 6, 4);
    ctx.fillStyle = '#b42318';
    ctx.fillRect(x - 3, y - 1, rampPx + 6, 2);
    ctx.fillText(label, x - 5, y);
  }
  ctx.restore();
}

/** The limits outside the bar's range, as a line under it ("USL 11 (above the range)"). */
export function limitsOutside(bar: LimitBar): string[] {
  const { minValue, maxValue } = bar.scale;
  const unit = bar.unit ? ` ${bar.unit}` : '';
  const out: string[] = [];
  for (const [label, v] of [
    ['LSL', bar.limits?.lsl],
    ['USL', bar.limits?.usl],
  ] as const) {
    if (v === undefined || !Number.isFinite(v)) continue;
    if (v < minValue || v > maxValue) out.push(`${label} ${formatValue(v)}${unit} (off the bar)`);
  }
  return out;
}

/** The legend with ▲ above USL / ▼ below LSL added whenever those limits are set. */
export function legendWithLimits(
  legend: readonly LegendEntry[],
  limits: SpecLimits | undefined,
): LegendEntry[] {
  const out = [...legend];
  const add = (entry: LegendEntry, after: LegendEntry) => {
    if (out.includes(entry)) return;
    const at = out.indexOf(after);
    out.splice(at < 0 ? out.length : at + 1, 0, entry);
  };
  if (limits?.usl !== undefined) add('aboveUsl', 'stored');
  if (limits?.lsl !== undefined) add('belowLsl', limits.usl !== undefined ? 'aboveUsl' : 'stored');
  return out;
}

/** The statistics block from (x, y), `widthPx` wide: a heading, then label and value per line. */
export function drawStats(
  ctx: CanvasRenderingContext2D,
  stats: readonly StatLine[],
  x: number,
  y: number,
  widthPx: number,
) {
  ctx.save();
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#1f2733';
  ctx.font = `600 12px ${FONT}`;
  ctx.fillText('Statistics', x, y);
  const right = x + widthPx;
  stats.forEach((line, i) => {
    const ly = y + 18 + i * 15;
    ctx.font = `11px ${FONT}`;
    ctx.fillStyle = '#5b6675';
    ctx.textAlign = 'left';
    ctx.fillText(line.label, x, ly);
    ctx.fillStyle = '#1f2733';
    ctx.textAlign = 'right';
    ctx.fillText(line.value, right, ly);
  });
  ctx.restore();
}
