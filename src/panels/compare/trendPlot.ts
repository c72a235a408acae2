/**
 * The trend chart drawn with Observable Plot (0.6, ISC): mean ± σ of each sample in the table's
 * order, with the spec limits as dashed lines, and under it the non-uniformity on its own chart
 * (same x positions). Used by the screen (TrendChart.tsx) and the lot report, so both draw the
 * same chart. This module holds the library: import it only through a dynamic import().
 */
import * as Plot from '@observablehq/plot';
import type { TrendPoint, TrendSeries } from '../../domain/lot/trend';
import { formatStored } from '../../domain/values/decimalPrecision';
import { formatStat } from '../../domain/values/formatStat';

export interface TrendPlotOptions {
  widthPx: number;
  /** Height of the mean ± σ chart; the non-uniformity chart is 45 % of it. */
  heightPx: number;
  /** Property name for the y axis. */
  propertyName: string;
  /** Document to build the SVG in (default: the page's). */
  document?: Document;
}

const INK = '#1f2733';
/** Right margin of both charts (same x positions): room for "USL 10.5025" beside the plot area. */
const LIMIT_MARGIN_PX = 84;
const LIMIT = '#b42318';
const SPEC_FILL = { within: '#1d4ed8', above: LIMIT, below: LIMIT } as const;

/** The x axis: one band per sample, labelled with the sample names (names may repeat). */
function xScale(points: readonly TrendPoint[]) {
  const labels = points.map((p) => p.label);
  const long = labels.some((l) => l.length > 6) || labels.length > 12;
  return {
    // A band scale (marks centred in each band); the wide inner padding keeps the σ caps short.
    type: 'band' as const,
    domain: points.map((p) => p.index),
    tickFormat: (i: number) => labels[i] ?? '',
    tickRotate: long ? -40 : 0,
    label: null,
    paddingInner: 0.75,
    paddingOuter: 0.3,
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
  return Plot.plot({
    document: o.document,
    width: o.widthPx,
    height: o.heightPx,
    marginLeft: 64,
    marginRight: LIMIT_MARGIN_PX,
    marginBottom: 70,
    style: { fontSize: '11px', color: INK, background: 'white' },
    x: xScale(series.points),
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
  return Plot.plot({
    document: o.document,
    width: o.widthPx,
    height: Math.round(o.heightPx * 0.45) + 50,
    marginLeft: 64,
    marginRight: LIMIT_MARGIN_PX,
    marginBottom: 70,
    style: { fontSize: '11px', color: INK, background: 'white' },
    x: xScale(series.points),
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
