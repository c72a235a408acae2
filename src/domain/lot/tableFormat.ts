/**
 * Numbers in a column of the comparison table (screen, CSV preview, PDF): every value of a column
 * with the same number of decimals, enough for `significant` digits on its largest value, so the
 * column lines up and the smallest differences between samples stay visible.
 */

import { withMinusSign } from '../values/minusSign';

/** Significant digits the smallest non-zero |value| of a column keeps at least: 9.7878 keeps 4 decimals beside 100.93. */
export const SMALLEST_SIGNIFICANT = 5;

/**
 * Decimals (0 to 12) that give the largest |value| `significant` significant digits and the
 * smallest non-zero |value| at least SMALLEST_SIGNIFICANT, so a column mixing magnitudes
 * (100.93 nm and 9.7878 nm) loses no digit of its small values; 0 when no value is finite and
 * non-zero. E.g. [9.79, 10.68] with 6 → 4; [0.244, 0.31] → 6; [100.93, 9.7878] → 4.
 */
export function decimalsFor(values: Iterable<number | null>, significant = 6): number {
  let largest = 0;
  let smallest = Number.POSITIVE_INFINITY;
  for (const v of values) {
    if (v === null || !Number.isFinite(v) || v === 0) continue;
    largest = Math.max(largest, Math.abs(v));
    smallest = Math.min(smallest, Math.abs(v));
  }
  if (largest === 0) return 0;
  const decimals = (v: number, digits: number) => digits - 1 - Math.floor(Math.log10(v));
  const needed = Math.max(decimals(largest, significant), decimals(smallest, SMALLEST_SIGNIFICANT));
  return Math.min(12, Math.max(0, needed));
}

/** `value` with `decimals` decimals; `—` for null or a non-finite value. Minus sign: U+2212. */
export function formatFixed(value: number | null, decimals: number): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const text = value.toFixed(decimals);
  return Number(text) === 0 ? (0).toFixed(decimals) : withMinusSign(text);
}
