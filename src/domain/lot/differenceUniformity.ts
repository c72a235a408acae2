/**
 * Non-uniformity of a difference map, as a metrology engineer reads one: NU is a spread relative
 * to the mean amount removed (or grown), so it is computed on that amount's magnitude. When A − B
 * is negative everywhere (B thicker: growth, or the samples picked the other way round), the
 * figures are those of B − A: the same spread over |mean|, positive. When the difference changes
 * sign across the sample (some sites lost material, others gained, e.g. two nominally equal
 * wafers) or its mean is 0, a spread relative to the mean means nothing (−186 % is not a
 * uniformity), so NU and %σ are not given and `nonUniformityNote` says why; σ and the range
 * still describe the spread.
 */
import type { UniformitySummary } from '../stats/uniformity';

/** `stats` of a difference with NU and %σ as described above, and the sentence for a missing or sign-flipped NU (null: none). */
export function differenceUniformity(stats: UniformitySummary): {
  stats: UniformitySummary;
  note: string | null;
} {
  const { mean, min, max } = stats;
  if (mean === null || min === null || max === null) return { stats, note: null };
  const undefinedNu = (note: string) => ({
    stats: { ...stats, nonUniformity: null, pctSd: null },
    note,
  });
  if (min < 0 && max > 0) {
    return undefinedNu(
      'not defined: the difference changes sign across the sample (some sites lower, some higher), so a spread relative to its mean means nothing; see σ and the range',
    );
  }
  if (mean === 0) return undefinedNu('not defined: the mean of the difference is 0');
  if (mean > 0) return { stats, note: null };
  const abs = (v: number | null) => (v === null ? null : Math.abs(v));
  return {
    stats: { ...stats, nonUniformity: abs(stats.nonUniformity), pctSd: abs(stats.pctSd) },
    note: 'of the magnitude |A − B| (B − A), as the difference is negative everywhere',
  };
}
