/**
 * Statistics across the samples (wafers) of a lot: each sample's uniformity summary, and the
 * lot's split of variation into within-wafer and between-wafer parts.
 *
 * Model: one-way random effects, yᵢⱼ = μ + τᵢ + εᵢⱼ, wafer i = 1…k with nᵢ sites, τᵢ ~ (0, σ²_b),
 * εᵢⱼ ~ (0, σ²_w). Sources: NIST/SEMATECH e-Handbook of Statistical Methods, §7.4.4 "What are
 * variance components?" (ANOVA table, E[MSB] = σ²_w + n·σ²_b, σ̂²_b = (MSB − MSW)/n), and for
 * unequal nᵢ the effective group size n₀ of D. C. Montgomery, "Design and Analysis of
 * Experiments", §3.9 (random effects model, unbalanced case):
 *
 *   N = Σnᵢ,  ȳᵢ = wafer mean,  ȳ = Σnᵢȳᵢ / N (grand mean of all sites)
 *   MSB = Σnᵢ(ȳᵢ − ȳ)² / (k − 1)             between-wafer mean square
 *   MSW = Σ(nᵢ − 1)sᵢ² / (N − k)             within-wafer mean square (pooled variance)
 *   n₀  = (N − Σnᵢ² / N) / (k − 1)           (= n when every nᵢ = n)
 *   σ_within  = √MSW
 *   σ_between (ANOVA) = √max(0, (MSB − MSW) / n₀)   (0 when the wafer means vary no more
 *                                                    than the sites within wafers explain)
 *   σ of wafer means = sample standard deviation (k − 1) of the ȳᵢ
 */
import { deviation, fsum } from 'd3-array';
import {
  DEFAULT_NON_UNIFORMITY,
  type NonUniformityDefinitionId,
  summarizeValues,
  type UniformitySummary,
} from '../stats/uniformity';
import { precisionOf } from '../values/decimalPrecision';

/** One sample's values of one property (same unit for every sample). */
export interface SampleValues {
  sampleId: string;
  name: string;
  values: readonly number[];
}

/** A sample's row of the comparison: its uniformity summary (see summarizeValues). */
export interface SampleStatistics extends UniformitySummary {
  sampleId: string;
  name: string;
  /** Decimals the sample's values carry (precisionOf; the display rule of decimalPrecision.ts). */
  decimals: number;
}

/** n, mean and σ (n − 1) of one wafer, all the lot summary needs. */
export interface WaferMoments {
  n: number;
  mean: number | null;
  sd: number | null;
}

export interface LotSummary {
  /** Wafers with at least one value (k). */
  waferCount: number;
  /** All values (N = Σnᵢ). */
  valueCount: number;
  /** Unweighted mean of the wafer means; null without wafers. */
  meanOfMeans: number | null;
  /** Mean of all values (Σnᵢȳᵢ / N). */
  grandMean: number | null;
  /** σ (k − 1) of the wafer means; null for k < 2. */
  sdOfMeans: number | null;
  /** √MSW: pooled within-wafer σ; null when no wafer has 2 values. */
  withinSd: number | null;
  /** √max(0, (MSB − MSW)/n₀); null for k < 2 or no within-wafer degrees of freedom. */
  betweenSdAnova: number | null;
  msb: number | null;
  msw: number | null;
  /** Effective wafer size n₀. */
  n0: number | null;
}

/**
 * The comparison row of every sample, in the given order: n, mean, σ (n − 1), min, max, range,
 * %σ and the chosen non-uniformity, as summarizeValues computes them (non-finite values left
 * out and counted).
 */
export function sampleStatistics(
  samples: readonly SampleValues[],
  definition: NonUniformityDefinitionId = DEFAULT_NON_UNIFORMITY,
): SampleStatistics[] {
  return samples.map((s) => ({
    sampleId: s.sampleId,
    name: s.name,
    ...summarizeValues(s.values, definition),
    decimals: precisionOf(s.values),
  }));
}

/**
 * The lot summary of the wafers' moments (see the module comment for every formula). Wafers
 * with n = 0 are left out. A wafer with n = 1 adds to the between-wafer part and to N but has no
 * within-wafer degrees of freedom. Never throws; undefined figures are null.
 */
export function lotSummary(wafers: readonly WaferMoments[]): LotSummary {
  const used = wafers.filter(
    (w): w is WaferMoments & { mean: number } => w.n > 0 && w.mean !== null,
  );
  const k = used.length;
  const n = fsum(used, (w) => w.n);
  if (k === 0) {
    return {
      waferCount: 0,
      valueCount: 0,
      meanOfMeans: null,
      grandMean: null,
      sdOfMeans: null,
      withinSd: null,
      betweenSdAnova: null,
      msb: null,
      msw: null,
      n0: null,
    };
  }
  const means = used.map((w) => w.mean);
  const grandMean = fsum(used, (w) => w.n * w.mean) / n;
  const dfWithin = n - k;
  const ssWithin = fsum(used, (w) => (w.n > 1 && w.sd !== null ? (w.n - 1) * w.sd * w.sd : 0));
  const msw = dfWithin > 0 ? ssWithin / dfWithin : null;
  const msb = k > 1 ? fsum(used, (w) => w.n * (w.mean - grandMean) ** 2) / (k - 1) : null;
  const n0 = k > 1 ? (n - fsum(used, (w) => w.n * w.n) / n) / (k - 1) : null;
  const between =
    msb !== null && msw !== null && n0 !== null && n0 > 0
      ? Math.sqrt(Math.max(0, (msb - msw) / n0))
      : null;
  return {
    waferCount: k,
    valueCount: n,
    meanOfMeans: fsum(means) / k,
    grandMean,
    sdOfMeans: k > 1 ? (deviation(means) ?? null) : null,
    withinSd: msw === null ? null : Math.sqrt(msw),
    betweenSdAnova: between,
    msb,
    msw,
    n0,
  };
}
