/**
 * Number formatting for the statistics panel: every value figure of one property with the same
 * number of decimals, so the column lines up and a reader compares like with like.
 */

import { withMinusSign } from './minusSign';

/** Fewest decimals a value figure gets; KLA-style reports print thickness to 4 decimals. */
export const MIN_STAT_DECIMALS = 4;
/** Most decimals before switching to exponent notation. */
export const MAX_STAT_DECIMALS = 10;
/** Significant digits the largest value keeps at least (for small magnitudes). */
const VALUE_SIGNIFICANT = 4;
/** Significant digits σ keeps at least, so a tight spread does not print as 0.0004. */
const SPREAD_SIGNIFICANT = 3;

/** Decimals that show `significant` digits of `v`; 0 for 0 or non-finite. */
function decimalsFor(v: number, significant: number): number {
  if (!Number.isFinite(v) || v === 0) return 0;
  return significant - 1 - Math.floor(Math.log10(Math.abs(v)));
}

/**
 * Decimals for the value figures (mean, σ, min, max…) of one data set, in its unit: 4, or more
 * so that the largest magnitude `maxAbs` keeps 4 significant digits (0.005123 gets 6) and σ
 * (`spread`, optional) keeps 3 (σ 0.000447 of GOF ≈ 0.99 gets 6). At most MAX_STAT_DECIMALS.
 */
export function statDecimals(maxAbs: number, spread: number | null = null): number {
  const needed = Math.max(
    decimalsFor(maxAbs, VALUE_SIGNIFICANT),
    spread === null ? 0 : decimalsFor(spread, SPREAD_SIGNIFICANT),
  );
  return Math.min(MAX_STAT_DECIMALS, Math.max(MIN_STAT_DECIMALS, needed));
}

/**
 * A statistic with `decimals` decimals and the U+2212 minus (minusSign.ts); "—" for null or non-finite (an
 * undefined figure, e.g. σ of one point). Magnitudes that would print as 0 at the maximum
 * decimals, and magnitudes of 1e15 or more, use exponent notation with 4 significant digits.
 */
export function formatStat(value: number | null, decimals: number): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const tiny = value !== 0 && Math.abs(value) < 10 ** -MAX_STAT_DECIMALS;
  if (tiny || Math.abs(value) >= 1e15) return withMinusSign(value.toExponential(3));
  const text = value.toFixed(decimals);
  // "-0.0000" reads as a negative number; a figure that rounds to zero is zero.
  return Number(text) === 0 ? (0).toFixed(decimals) : withMinusSign(text);
}
