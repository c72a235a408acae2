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

/** Split `text` at blanks into lines no wider than `maxWidth` by `measure` (a word longer than that gets a line of its own). */
export function wrapWords(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Height of one line of the statistics block (11 px text). */
const STAT_LINE_PX = 15;
/** Least room between a label and its value on one line. */
const STAT_GAP_PX = 8;

/** A piece of text of the statistics block: `dyPx` below the heading's top, left or right aligned. */
export interface StatRow {
  text: string;
  role: 'label' | 'value';
  dyPx: number;
}

/**
 * Where the statistics block's texts go in a column `widthPx` wide, measured in the 11 px font
 * they are drawn in: label and value on one line when both fit with a gap, else the label
 * wrapped on its own lines and the value right-aligned on the next, so nothing overlaps.
 * `heightPx`: the block's height with its heading.
 */
export function statsLayout(
  ctx: CanvasRenderingContext2D,
  stats: readonly StatLine[],
  widthPx: number,
): { rows: StatRow[]; heightPx: number } {
  ctx.save();
  ctx.font = `11px ${FONT}`;
  const measure = (t: string) => ctx.measureText(t).width;
  const rows: StatRow[] = [];
  let dy = 18;
  for (const line of stats) {
    if (measure(line.label) + STAT_GAP_PX + measure(line.value) <= widthPx) {
      rows.push({ text: line.label, role: 'label', dyPx: dy });
      rows.push({ text: line.value, role: 'value', dyPx: dy });
      dy += STAT_LINE_PX;
      continue;
    }
    for (const text of wrapWords(line.label, widthPx, measure)) {
      rows.push({ text, role: 'label', dyPx: dy });
      dy += STAT_LINE_PX;
    }
    for (const text of wrapWords(line.value, widthPx, measure)) {
      rows.push({ text, role: 'value', dyPx: dy });
      dy += STAT_LINE_PX;
    }
  }
  ctx.restore();
  return { rows, heightPx: dy };
}

/** The statistics block from (x, y), `widthPx` wide (statsLayout): a heading, then each label and its value. */
export function drawStats(
  ctx: CanvasRenderingContext2D,
  stats: readonly StatLine[],
  x: number,
  y: number,
  widthPx: number,
) {
  const { rows } = statsLayout(ctx, stats, widthPx);
  ctx.save();
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#1f2733';
  ctx.font = `600 12px ${FONT}`;
  ctx.fillText('Statistics', x, y);
  ctx.font = `11px ${FONT}`;
  for (const row of rows) {
    const label = row.role === 'label';
    ctx.fillStyle = label ? '#5b6675' : '#1f2733';
    ctx.textAlign = label ? 'left' : 'right';
    ctx.fillText(row.text, label ? x : x + widthPx, y + row.dyPx);
  }
  ctx.restore();
}
