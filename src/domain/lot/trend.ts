/**
 * The trend chart's data: each sample's mean ± σ in the comparison table's order, its
 * non-uniformity for a second axis, and the spec limits, as plain arrays a chart library
 * (e.g. Observable Plot: dot + rule/ruleX for the error bars, ruleY for the limits) takes as is.
 */
import { classifySpec, type SpecClass, type SpecLimits } from '../color/specLimits';
import { NON_UNIFORMITY_DEFINITIONS } from '../stats/uniformity';
import { statDecimalsOf } from '../values/decimalPrecision';
import type { SampleStatistics } from './lotStatistics';

export interface TrendPoint {
  /** 0-based position in the chart (the table's order, samples without values left out). */
  index: number;
  sampleId: string;
  /** The sample's name, for the x axis. */
  label: string;
  n: number;
  mean: number;
  /** σ (n − 1); null for n = 1 (no error bar). */
  sd: number | null;
  /** mean − σ and mean + σ: the error bar; null without σ. */
  lower: number | null;
  upper: number | null;
  /** Non-uniformity (%) by the rows' definition; null when undefined. */
  nonUniformity: number | null;
  /** The mean against the spec limits. */
  spec: SpecClass;
}

export interface TrendSeries {
  points: TrendPoint[];
  /** Samples with no value of the property (not drawn), in order. */
  missing: Array<{ sampleId: string; label: string }>;
  unit: string | null;
  /** Decimals of means and σ: statDecimalsOf(the most decimals any row's values carry). */
  statDecimals: number;
  /** Axis title of the second series, e.g. `Non-uniformity (%): (max − min) / (2 · mean)`. */
  nonUniformityLabel: string;
  lsl: number | null;
  usl: number | null;
  /** [min, max] of every error bar end, mean and spec limit, padded by 5 % of the span (±1 when the span is 0); null without points. */
  valueDomain: [number, number] | null;
  /** [0, largest non-uniformity] (or [0, 1] when all are 0 or undefined). */
  nonUniformityDomain: [number, number];
}

function padded(values: number[]): [number, number] | null {
  if (values.length === 0) return null;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = hi > lo ? (hi - lo) * 0.05 : Math.abs(hi) * 0.05 || 1;
  return [lo - pad, hi + pad];
}

/**
 * The trend series of `rows` in the order given (sort them first with sortComparisonRows).
 * Rows with n = 0 go to `missing`. Spec limits that are absent or non-finite are null. Throws
 * RangeError when LSL > USL (see classifySpec).
 */
export function trendSeries(
  rows: readonly SampleStatistics[],
  options: { unit: string | null; specLimits?: SpecLimits },
): TrendSeries {
  const limits = options.specLimits ?? {};
  const lsl = limits.lsl !== undefined && Number.isFinite(limits.lsl) ? limits.lsl : null;
  const usl = limits.usl !== undefined && Number.isFinite(limits.usl) ? limits.usl : null;
  const points: TrendPoint[] = [];
  const missing: TrendSeries['missing'] = [];
  for (const r of rows) {
    if (r.mean === null || r.n === 0) {
      missing.push({ sampleId: r.sampleId, label: r.name });
      continue;
    }
    points.push({
      index: points.length,
      sampleId: r.sampleId,
      label: r.name,
      n: r.n,
      mean: r.mean,
      sd: r.sd,
      lower: r.sd === null ? null : r.mean - r.sd,
      upper: r.sd === null ? null : r.mean + r.sd,
      nonUniformity: r.nonUniformity,
      spec: classifySpec(r.mean, limits),
    });
  }
  const ends = points.flatMap((p) => [p.mean, p.lower, p.upper]);
  const values = [...ends, lsl, usl].filter((v): v is number => v !== null);
  const maxNu = Math.max(0, ...points.map((p) => p.nonUniformity ?? 0));
  const definition = NON_UNIFORMITY_DEFINITIONS.find((d) => d.id === rows[0]?.definition);
  return {
    points,
    missing,
    unit: options.unit,
    statDecimals: statDecimalsOf(rows.reduce((d, r) => Math.max(d, r.decimals), 0)),
    nonUniformityLabel: definition
      ? `Non-uniformity (%): ${definition.formula.replace(/ · 100 %$/, '')}`
      : 'Non-uniformity (%)',
    lsl,
    usl,
    valueDomain: points.length === 0 ? null : padded(values),
    nonUniformityDomain: [0, maxNu > 0 ? maxNu : 1],
  };
}
