/**
 * The minus sign of displayed numbers: U+2212 (−), the typographic minus, on screen, in PNG and
 * in PDF, so "−0.0935", "mean − 3σ" and the colour bar's "−0.2" read alike (a hyphen is shorter
 * and sits lower). Files meant for other programs (CSV) keep the ASCII '-'; every parser of the
 * app (parseNumber.ts, io/numbers.ts) reads both.
 */

/** U+2212 MINUS SIGN. */
export const MINUS = '\u2212';

/** `text` (a formatted number, e.g. "-1.5", "2.5e-7") with each ASCII minus as U+2212. */
export function withMinusSign(text: string): string {
  return text.replace(/-/g, MINUS);
}

/** A percentage for display: `value` with `decimals` decimals, U+2212 for negatives, "—" for null/non-finite; e.g. "6.045 %". */
export function formatPercent(value: number | null, decimals: number): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const text = value.toFixed(decimals);
  return `${withMinusSign(Number(text) === 0 ? (0).toFixed(decimals) : text)} %`;
}
