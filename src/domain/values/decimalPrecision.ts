/**
 * Rounding of derived values (A − B, a rate) to the precision their inputs carry, so binary
 * floating-point noise (9.7878 − 9.8813 = −0.09349999999999881) is never stored, exported or
 * shown: A − B of values with 4 decimals has 4 decimals (−0.0935), exactly as a person working
 * on paper would write it.
 *
 * Decisions (documented for the lab): the precision of a set of measured values is the largest
 * number of decimals any of them carries as stored (the shortest decimal that round-trips, so
 * 9.7900 stored as 9.79 still counts 4 when another value has 4), but never finer than
 * MAX_SIGNIFICANT significant digits of the largest magnitude, which removes noise already
 * present in an input (0.30000000000000004). A rate (difference ÷ time) has no decimal
 * precision of its own; it keeps the difference's resolution divided by the time, plus one guard
 * digit: decimals + ceil(log10(t)) + 1 (never fewer than decimals + 1).
 */

/** Significant digits a derived value keeps at most: well above any measurement, well below float noise (~16). */
export const MAX_SIGNIFICANT = 12;

/** Decimals of `x` as the shortest round-trip decimal (JS `String`): 9.7878 → 4, 1e-7 → 7, 12 → 0; 0 for non-finite. */
export function decimalsOf(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const [mantissa = '', exp = '0'] = String(Math.abs(x)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exp));
}

/** `x` rounded to `decimals` (0…100) decimals (Number.prototype.toFixed: nearest, on the double's exact value), as the nearest double; −0 becomes 0. */
export function roundToDecimals(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const d = Math.max(0, Math.min(100, Math.round(decimals)));
  const r = Number(x.toFixed(d));
  return r === 0 ? 0 : r;
}

/**
 * Decimals a derived value of `values` keeps: the most decimals any finite value carries, capped
 * so the largest magnitude keeps at most MAX_SIGNIFICANT significant digits. 0 for no finite value.
 */
export function precisionOf(values: Iterable<number>): number {
  let decimals = 0;
  let maxAbs = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    decimals = Math.max(decimals, decimalsOf(v));
    maxAbs = Math.max(maxAbs, Math.abs(v));
  }
  if (maxAbs === 0) return Math.min(decimals, MAX_SIGNIFICANT);
  const cap = MAX_SIGNIFICANT - 1 - Math.floor(Math.log10(maxAbs));
  return Math.max(0, Math.min(decimals, cap));
}

/** Decimals of a rate: the difference's `decimals` plus ceil(log10(minutes)) (≥ 0) plus one guard digit. */
export function rateDecimals(decimals: number, minutes: number): number {
  const scale = minutes > 1 ? Math.ceil(Math.log10(minutes)) : 0;
  return decimals + scale + 1;
}

/**
 * A derived difference `raw` (already divided by `minutes` when it is a rate) rounded for
 * storing and showing: to `decimals` decimals, or for a rate to rateDecimals(decimals, minutes).
 */
export function roundDerived(raw: number, decimals: number, minutes: number | null): number {
  return roundToDecimals(raw, minutes === null ? decimals : rateDecimals(decimals, minutes));
}
