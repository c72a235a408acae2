/**
 * Number formatting for the statistics panel: every value figure of one property with the same
 * number of decimals, so the column lines up and a reader compares like with like.
 */

/** Fewest decimals a value figure gets; KLA-style reports print thickness to 4 decimals. */
export const MIN_STAT_DECIMALS = 4;
/** Most decimals before switching to exponent notation. */
export const MAX_STAT_DECIMALS = 10;
/** Significant digits a figure keeps at least (for small magnitudes). */
const MIN_SIGNIFICANT = 4;

/**
 * Decimals for the value figures (mean, σ, min, max…) of data whose largest magnitude is
 * `maxAbs` (in the data's unit): 4, or more so that at least 4 significant digits show
 * (0.005123 gets 6). Capped at MAX_STAT_DECIMALS; 4 for 0 or a non-finite magnitude.
 */
export function statDecimals(maxAbs: number): number {
  if (!Number.isFinite(maxAbs) || maxAbs === 0) return MIN_STAT_DECIMALS;
  const exponent = Math.floor(Math.log10(Math.abs(maxAbs)));
  const needed = MIN_SIGNIFICANT - 1 - exponent;
  return Math.min(MAX_STAT_DECIMALS, Math.max(MIN_STAT_DECIMALS, needed));
}

/**
 * A statistic with `decimals` decimals and an ASCII minus; "—" for null or non-finite (an
 * undefined figure, e.g. σ of one point). Magnitudes that would print as 0 at the maximum
 * decimals, and magnitudes of 1e15 or more, use exponent notation with 4 significant digits.
 */
export function formatStat(value: number | null, decimals: number): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const tiny = value !== 0 && Math.abs(value) < 10 ** -MAX_STAT_DECIMALS;
  if (tiny || Math.abs(value) >= 1e15) return value.toExponential(MIN_SIGNIFICANT - 1);
  const text = value.toFixed(decimals);
  // "-0.0000" reads as a negative number; a figure that rounds to zero is zero.
  return Number(text) === 0 ? (0).toFixed(decimals) : text;
}
