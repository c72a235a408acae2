/** Texts of a colour bar, shared by the on-screen colour bar and the PNG export. */
import { formatStored } from '../values/decimalPrecision';
import { withMinusSign } from '../values/minusSign';
import type { ColorScale } from './colorScale';

/**
 * A number with up to 6 significant digits, without trailing zeros; in exponent form (3.4e+17,
 * 2.5e−7) from 10⁷ up and below 10⁻⁴, where plain digits are hard to read. Minus: U+2212
 * (minusSign.ts); for display only, never for a file.
 */
export function formatValue(v: number): string {
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e7 || a < 1e-4)) {
    return withMinusSign(Number(v.toPrecision(6)).toExponential());
  }
  const rounded = Number(v.toPrecision(6));
  return withMinusSign((rounded === 0 ? 0 : rounded).toString());
}

/**
 * The label of a colour bar end (value `v`): "min 9.5002" / "max 12347.678" for a sequential
 * scale, the data's (or the typed) end exactly as stored (formatStored, the display rule of
 * decimalPrecision.ts); a diverging bar's ends are mean ± h, not the data's min and max, so
 * "mean − 0.9 = 8.9" (derived figures, 6 significant digits).
 */
export function colorBarEndLabel(scale: ColorScale, end: 'min' | 'max', v: number): string {
  const center = scale.centerValue;
  return center === null
    ? `${end} ${formatStored(v)}`
    : `mean ${end === 'max' ? '+' : '−'} ${formatValue(Math.abs(v - center))} = ${formatValue(v)}`;
}
