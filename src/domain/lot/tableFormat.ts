/**
 * Numbers in a column of the comparison table (screen, CSV preview, PDF): every value of a column
 * with the same number of decimals, enough for `significant` digits on its largest value, so the
 * column lines up and the smallest differences between samples stay visible.
 */

/**
 * Decimals that give the largest |value| `significant` significant digits (0 to 12); 0 when no
 * value is finite and non-zero. E.g. [9.79, 10.68] with 6 → 4; [0.244, 0.31] → 6.
 */
export function decimalsFor(values: Iterable<number | null>, significant = 6): number {
  let largest = 0;
  for (const v of values)
    if (v !== null && Number.isFinite(v)) largest = Math.max(largest, Math.abs(v));
  if (largest === 0) return 0;
  const magnitude = Math.floor(Math.log10(largest));
  return Math.min(12, Math.max(0, significant - 1 - magnitude));
}

/** `value` with `decimals` decimals; `—` for null or a non-finite value. Minus sign: U+2212. */
export function formatFixed(value: number | null, decimals: number): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const text = value.toFixed(decimals);
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}
