/**
 * Uniformity statistics of one property over a sample: n, mean, sample standard deviation,
 * extremes and the usual non-uniformity figures of thin-film metrology.
 *
 * The mean is a compensated (Neumaier) sum from d3-array `fsum`; the standard deviation is
 * d3-array `deviation` (Welford's one-pass update, divisor n − 1). Both stay exact to the last
 * digits for values such as 9.5113 … 10.6835 or 600-ish thicknesses, where the textbook
 * Σx² − (Σx)²/n formula loses digits to cancellation.
 */
import { deviation, fsum } from 'd3-array';
import { isInsideEdgeExclusion, type SampleOutline } from '../geometry/outline';
import type { PointMm } from '../geometry/point';
import {
  DEFAULT_NON_UNIFORMITY,
  type NonUniformityDefinitionId,
  nonUniformityDefinition,
  percent,
} from './nonUniformity';

export {
  DEFAULT_NON_UNIFORMITY,
  NON_UNIFORMITY_DEFINITIONS,
  type NonUniformityDefinition,
  type NonUniformityDefinitionId,
} from './nonUniformity';

/** Uniformity figures; null wherever a figure is undefined (the UI shows "—"). */
export interface UniformitySummary {
  /** Number of finite values used. */
  n: number;
  /** Non-finite inputs (NaN, ±Infinity) that were left out. */
  ignoredCount: number;
  mean: number | null;
  /** Sample standard deviation σ (divisor n − 1); null for n < 2. */
  sd: number | null;
  min: number | null;
  max: number | null;
  range: number | null;
  /** σ / mean · 100 (%); null for n < 2 or mean = 0. */
  pctSd: number | null;
  /** 3σ; null for n < 2. */
  threeSd: number | null;
  /** Non-uniformity (%) by `definition`; null when its denominator is 0 or σ is undefined. */
  nonUniformity: number | null;
  definition: NonUniformityDefinitionId;
}

/**
 * Uniformity summary of `values` (any unit; results carry the same unit, percentages in %).
 * Non-finite values are left out and counted in `ignoredCount`. n = 0 gives nulls everywhere;
 * n = 1 gives null σ, %σ and 3σ. Ratios with a zero denominator are null, never NaN or ∞; the
 * sign of %σ follows the mean. Non-uniformity definitions: see NON_UNIFORMITY_DEFINITIONS
 * (nonUniformity.ts; half range over mean is the SEMI/KLA-style "(max − min)/(2·mean)" figure).
 */
export function summarizeValues(
  values: Iterable<number>,
  definition: NonUniformityDefinitionId = DEFAULT_NON_UNIFORMITY,
): UniformitySummary {
  const finite: number[] = [];
  let ignoredCount = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!Number.isFinite(v)) {
      ignoredCount += 1;
      continue;
    }
    finite.push(v);
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const n = finite.length;
  if (n === 0) {
    return {
      n,
      ignoredCount,
      mean: null,
      sd: null,
      min: null,
      max: null,
      range: null,
      pctSd: null,
      threeSd: null,
      nonUniformity: null,
      definition,
    };
  }
  const mean = fsum(finite) / n;
  const sd = n >= 2 ? (deviation(finite) ?? null) : null;
  return {
    n,
    ignoredCount,
    mean,
    sd,
    min,
    max,
    range: max - min,
    pctSd: sd === null ? null : percent(sd, mean),
    threeSd: sd === null ? null : 3 * sd,
    nonUniformity: nonUniformityDefinition(definition).compute({ mean, sd, min, max }),
    definition,
  };
}

/** A measured value at a point of the sample frame (mm). */
export interface SiteValue extends PointMm {
  value: number;
}

/**
 * Summary of the sites inside the measurable area only: at least the outline's edge exclusion
 * from the edge (`isInsideEdgeExclusion`). `excludedCount` counts sites left out
 * because they lie in the exclusion zone or off the sample.
 */
export function summarizeInsideEdgeExclusion(
  sites: Iterable<SiteValue>,
  outline: SampleOutline,
  definition: NonUniformityDefinitionId = DEFAULT_NON_UNIFORMITY,
): { summary: UniformitySummary; excludedCount: number } {
  const inside: number[] = [];
  let excludedCount = 0;
  for (const s of sites) {
    if (isInsideEdgeExclusion(outline, s)) inside.push(s.value);
    else excludedCount += 1;
  }
  return { summary: summarizeValues(inside, definition), excludedCount };
}

export interface RingSummary {
  /** The nominal ring radius this band belongs to (mm). */
  radiusMm: number;
  /** Band limits: a site at distance r from the centre belongs here when innerMm ≤ r < outerMm. */
  innerMm: number;
  outerMm: number;
  summary: UniformitySummary;
}

/**
 * Summaries per measurement ring (polar patterns: centre, then rings of sites at fixed radii).
 * Each site goes to the nearest nominal radius: band boundaries lie halfway between consecutive
 * radii, the first band starts at 0 and the last is open (outerMm = Infinity), so every site
 * lands in exactly one band. Radii are sorted and de-duplicated; a ring of radius 0 is the
 * centre site. Sites with non-finite coordinates are left out. Throws RangeError for no radii or a negative or non-finite radius.
 */
export function summarizeByRing(
  sites: Iterable<SiteValue>,
  ringRadiiMm: readonly number[],
  definition: NonUniformityDefinitionId = DEFAULT_NON_UNIFORMITY,
): RingSummary[] {
  if (ringRadiiMm.length === 0) throw new RangeError('at least one ring radius is needed');
  for (const r of ringRadiiMm) {
    if (!Number.isFinite(r) || r < 0) throw new RangeError(`invalid ring radius ${r} mm`);
  }
  const radii = [...new Set(ringRadiiMm)].sort((a, b) => a - b);
  const bounds = radii.map((r, i) => ({
    radiusMm: r,
    innerMm: i === 0 ? 0 : (r + (radii[i - 1] ?? r)) / 2,
    outerMm: i === radii.length - 1 ? Number.POSITIVE_INFINITY : (r + (radii[i + 1] ?? r)) / 2,
  }));
  const valuesByBand = radii.map((): number[] => []);
  for (const s of sites) {
    const r = Math.hypot(s.xMm, s.yMm);
    const band = bounds.findIndex((b) => r >= b.innerMm && r < b.outerMm);
    valuesByBand[band]?.push(s.value);
  }
  return bounds.map((b, i) => ({
    ...b,
    summary: summarizeValues(valuesByBand[i] ?? [], definition),
  }));
}
