/**
 * Multiplying a value by a unit factor without adding binary noise: a power of ten moves the
 * decimal point of the number's shortest decimal text (98.5 Å × 0.1 → 9.85 nm, not
 * 9.850000000000001), any other factor is a plain multiplication.
 */

/** The integer k with factor = 10^k, or null when the factor is not a power of ten. */
export function powerOfTen(factor: number): number | null {
  if (!(factor > 0) || !Number.isFinite(factor)) return null;
  const k = Math.round(Math.log10(factor));
  return Number(`1e${k}`) === factor ? k : null;
}

/**
 * `value` × `factor`. For a power-of-ten factor the result is the double nearest to the exact
 * decimal product of the value's shortest decimal text (what the user typed or the file held);
 * otherwise `value * factor`. Non-finite values are returned as multiplied.
 */
export function scaleValue(value: number, factor: number): number {
  const k = powerOfTen(factor);
  if (k === null || !Number.isFinite(value)) return value * factor;
  const [mantissa = '0', exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + k}`);
}
