/**
 * The trend chart drawn with Observable Plot (0.6, ISC): mean ± σ of each sample in the table's
 * order, with the spec limits as dashed lines, and under it the non-uniformity on its own chart
 * (same x positions). Used by the screen (TrendChart.tsx) and the lot report, so both draw the
 * same chart. This module holds the library: import it only through a dynamic import().
 */
import * as Plot from '@observablehq/plot';
import { lotAxisLabels, rotatedLabelMargins } from '../../domain/lot/axisLabels';
import type { TrendPoint, TrendSeries } from '../../domain/lot/trend';
import { formatStored } from '../../domain/values/decimalPrecision';
import { formatStat } from '../../domain/values/formatStat';

export interface TrendPlotOptions {
  widthPx: number;
  /** Height of the mean ± σ chart; the non-uniformity chart is 45 % of it. */
  heightPx: number;
  /** Property name for the y axis. */
  propertyName: string;
  /** Most characters of an x label (lotAxisLabels; default MAX_AXIS_LABEL_CHARS). */
  maxLabelChars?: number;
  /** Document to build the SVG in (default: the page's). */
  document?: Document;
}

const INK = '#1f2733';
/** Right margin of both charts (same x positions): room for "USL 10.5025" beside the plot area. */
const LIMIT_MARGIN_PX = 84;
const LIMIT = '#b42318';
const SPEC_FILL = { within: '#1d4ed8', above: LIMIT, below: LIMIT } as const;

const FONT_PX = 11;
/** The bottom margin the chart heights were designed with (short labels). */
const BASE_MARGIN_BOTTOM_PX = 70;
const MIN_MARGIN_LEFT_PX = 64;
const PADDING_INNER = 0.75;
const PADDING_OUTER = 0.3;

/**
 * The x axis and the margins both charts share: one band per sample, labelled with the sample
 * names (names may repeat) shortened in the middle when too long (axisLabels.ts), rotated when
 * long or many, with room under and left of the plot for the longest label drawn.
 */
function xAxisLayout(points: readonly TrendPoint[], o: TrendPlotOptions) {
  const widthPx = o.widthPx;
  const labels = lotAxisLabels(
    points.map((p) => p.label),
    o.maxLabelChars,
  );
  const long = labels.some((l) => l.length > 6) || labels.length > 12;
  const rotate = long ? -40 : 0;
  const plotPx = Math.max(1, widthPx - MIN_MARGIN_LEFT_PX - LIMIT_MARGIN_PX);
  const stepPx = plotPx / Math.max(1, points.length - PADDING_INNER + 2 * PADDING_OUTER);
  const firstTickPx = stepPx * (PADDING_OUTER + (1 - PADDING_INNER) / 2);
  const longest = Math.max(0, ...labels.map((l) => [...l].length));
  const margins = rotatedLabelMargins(longest, FONT_PX, rotate, firstTickPx, MIN_MARGIN_LEFT_PX);
  return {
    marginLeft: margins.leftPx,
    marginBottom: Math.max(40, margins.bottomPx),
    x: {
      // A band scale (marks centred in each band); the wide inner padding keeps the σ caps short.
      type: 'band' as const,
      domain: points.map((p) => p.index),
      tickFormat: (i: number) => labels[i] ?? '',
      tickRotate: rotate,
      label: null,
      paddingInner: PADDING_INNER,
      paddingOuter: PADDING_OUTER,
    },
  };
}

/** Mean ± σ per sample, the limits dashed and labelled. */
function meanChart(series: TrendSeries, o: TrendPlotOptions) {
  const unit = series.unit ? ` (${series.unit})` : '';
  const limits = [
    ...(series.lsl === null
      ? []
      : [{ label: `LSL ${formatStored(series.lsl)}`, value: series.lsl }]),
    ...(series.usl === null
      ? []
      : [{ label: `USL ${formatStored(series.usl)}`, value: series.usl }]),
  ];
  const bars = series.points.filter((p) => p.lower !== null);
  const axis = xAxisLayout(series.points, o);
  return Plot.plot({
    document: o.document,
    width: o.widthPx,
    // The plot area keeps its height; the labels' room is added under it.
    height: o.heightPx + axis.marginBottom - BASE_MARGIN_BOTTOM_PX,
    ...axis,
    marginRight: LIMIT_MARGIN_PX,
    style: { fontSize: `${FONT_PX}px`, color: INK, background: 'white' },
    y: {
      domain: series.valueDomain ?? [0, 1],
      label: `Mean ± σ of ${o.propertyName}${unit}`,
      grid: true,
    },
    marks: [
      Plot.ruleY(limits, { y: 'value', stroke: LIMIT, strokeDasharray: '5,4', strokeWidth: 1.5 }),
      // In the right margin, outside the plot area: never over the last sample's error bar.
      Plot.text(limits, {
        y: 'value',
        text: 'label',
        frameAnchor: 'right',
        dx: 6,
        textAnchor: 'start',
        fill: LIMIT,
      }),
      Plot.ruleX(bars, { x: 'index', y1: 'lower', y2: 'upper', stroke: INK, strokeWidth: 1.5 }),
      Plot.tickY(bars, { x: 'index', y: 'lower', stroke: INK }),
      Plot.tickY(bars, { x: 'index', y: 'upper', stroke: INK }),
      Plot.dot(series.points, {
        x: 'index',
        y: 'mean',
        r: 4,
        fill: (p: TrendPoint) => SPEC_FILL[p.spec],
        stroke: 'white',
        title: (p: TrendPoint) =>
          `${p.label}: mean ${formatStat(p.mean, series.statDecimals)}${p.sd === null ? '' : ` ± ${formatStat(p.sd, series.statDecimals)}`}${unit}, n ${p.n}`,
      }),
    ],
  });
}

/** The non-uniformity per sample, as a line with dots. */
function nonUniformityChart(series: TrendSeries, o: TrendPlotOptions) {
  const known = series.points.filter((p) => p.nonUniformity !== null);
  const axis = xAxisLayout(series.points, o);
  return Plot.plot({
    document: o.document,
    width: o.widthPx,
    height: Math.round(o.heightPx * 0.45) + axis.marginBottom - BASE_MARGIN_BOTTOM_PX + 50,
    ...axis,
    marginRight: LIMIT_MARGIN_PX,
    style: { fontSize: `${FONT_PX}px`, color: INK, background: 'white' },
    y: { domain: series.nonUniformityDomain, label: series.nonUniformityLabel, grid: true },
    marks: [
      Plot.line(known, { x: 'index', y: 'nonUniformity', stroke: '#7c3aed' }),
      Plot.dot(known, { x: 'index', y: 'nonUniformity', fill: '#7c3aed', r: 3 }),
    ],
  });
}

/**
 * The two charts of `series` as SVG elements (mean ± σ first). Samples without values are not
 * drawn (series.missing). Throws what Plot throws for an unusable document.
 */
export function trendCharts(series: TrendSeries, options: TrendPlotOptions): Element[] {
  return [meanChart(series, options), nonUniformityChart(series, options)];
}
