/**
 * How many decimals a number gets, everywhere the app shows or writes one (issue 16: one rule
 * for the comparison table, the PDF, the difference statistics, the overview, the colour bar,
 * the tooltips and the CSV files), and the rounding of derived values (A − B, a rate) to the
 * precision their inputs carry, so binary floating-point noise (9.7878 − 9.8813 =
 * −0.09349999999999881) is never stored, exported or shown.
 *
 * The rule:
 * - The data's decimals (precisionOf): the most decimals any value of the set carries, each value
 *   read as its shortest decimal after dropping float noise beyond MAX_SIGNIFICANT significant
 *   digits (9.7900 stored as 9.79 still counts 4 when another value has 4). Values are taken as
 *   shown, i.e. after any unit conversion: a conversion by a power of ten shifts the decimals
 *   (10.6835 nm = 106.835 Å: ×10 needs one decimal fewer, Å → nm one more), because the
 *   converted value's shortest decimal is what it carries.
 * - Values, min, max and range: the data's decimals (a range of 4-decimal values has 4 decimals).
 * - Mean, σ and every statistic derived from them (lot mean of means, σ within and between
 *   wafers, the difference's mean and σ): the data's decimals + STAT_EXTRA_DECIMALS (one guard
 *   digit), so 9.5002 … 10.6835 gives mean 9.78776 and σ 0.24417.
 * - Percentages (%σ, non-uniformity): PERCENT_DECIMALS.
 * - A stored value on its own (a tooltip, a table of sites): exactly as stored (formatStored).
 * - CSV files: the same decimals, with CSV_EXTRA_DECIMALS more for mean, σ and percentages, so a
 *   spreadsheet that computes on from them keeps one more digit than the screen; never float
 *   noise, and the ASCII '-' as the minus (minusSign.ts).
 * - Derived values stored or exported (A − B): the inputs' decimals; a rate (difference ÷ time)
 *   keeps the difference's resolution divided by the time, plus one guard digit:
 *   decimals + ceil(log10(t)) + 1 (never fewer than decimals + 1).
 * Precision is never finer than MAX_SIGNIFICANT significant digits of the largest magnitude.
 */

import { withMinusSign } from './minusSign';

/** Decimals of mean, σ and other statistics beyond the data's own decimals. */
export const STAT_EXTRA_DECIMALS = 1;
/** Decimals of a percentage (%σ, non-uniformity) on screen and in the PDF. */
export const PERCENT_DECIMALS = 3;
/** Extra decimals a CSV file gives mean, σ and percentages beyond the screen's. */
export const CSV_EXTRA_DECIMALS = 1;

/** Significant digits a derived value keeps at most: well above any measurement, well below float noise (~16). */
export const MAX_SIGNIFICANT = 12;

/**
 * Decimals of `x` as its shortest decimal once float noise beyond MAX_SIGNIFICANT significant
 * digits is dropped: 9.7878 → 4, 1e-7 → 7, 12 → 0, 0.1 + 0.2 → 1, 10.6835 × 10 → 3; 0 for non-finite.
 */
export function decimalsOf(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const [mantissa = '', exp = '0'] = shortest(Math.abs(x)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exp));
}

/** The shortest decimal text of `x` (JS `String`) after rounding to MAX_SIGNIFICANT significant digits. */
function shortest(x: number): string {
  return String(Number(x.toPrecision(MAX_SIGNIFICANT)));
}

/**
 * A stored value as stored, for display: its own decimals (float noise dropped, see decimalsOf),
 * the U+2212 minus, exponent form from 1e15 up and below 1e-6 (e.g. 12347.678, −0.0935, 2.5e−7).
 */
export function formatStored(x: number): string {
  if (!Number.isFinite(x)) return '—';
  const a = Math.abs(x);
  if (a !== 0 && (a >= 1e15 || a < 1e-6))
    return withMinusSign(Number(x.toPrecision(MAX_SIGNIFICANT)).toExponential());
  return withMinusSign(shortest(x === 0 ? 0 : x));
}

/** Decimals of mean, σ and derived statistics of a data set with `dataDecimals` decimals. */
export function statDecimalsOf(dataDecimals: number): number {
  return dataDecimals + STAT_EXTRA_DECIMALS;
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
