/**
 * Colouring a gridded field (from evaluateGrid) into RGBA pixels for the interpolated map.
 *
 * A 40 000-cell grid is coloured through a lookup table of the scale's colours (256 entries by
 * default, finer than the eye separates on a smooth ramp) instead of calling the d3 scale and
 * parsing a CSS colour per cell, so a colour-map or range change re-colours without delay.
 */

/** An RGB triple, 0–255 each. */
export type Rgb = [number, number, number];

const HEX6 = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;
const HEX3 = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i;
const RGB_FN = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*[\d.]+\s*)?\)$/i;

/**
 * RGB of a CSS colour in the forms d3-scale-chromatic produces: `#rrggbb`, `#rgb` or
 * `rgb(r, g, b)` (also `rgba(…)`, alpha ignored). Throws RangeError for any other text.
 */
export function parseCssColor(text: string): Rgb {
  const t = text.trim();
  const hex = HEX6.exec(t);
  if (hex)
    return [parseInt(hex[1] ?? '', 16), parseInt(hex[2] ?? '', 16), parseInt(hex[3] ?? '', 16)];
  const short = HEX3.exec(t);
  if (short) {
    return [1, 2, 3].map((i) => parseInt(`${short[i]}${short[i]}`, 16)) as Rgb;
  }
  const fn = RGB_FN.exec(t);
  if (fn) return [1, 2, 3].map((i) => Math.round(Number(fn[i]))) as Rgb;
  throw new RangeError(`not a colour this parser reads: ${JSON.stringify(text)}`);
}

/** What colouring needs of a ColorScale. */
export interface ValueColoring {
  color: (value: number) => string;
  minValue: number;
  maxValue: number;
}

/**
 * `size` colours sampled evenly over [minValue, maxValue] (entry 0 = minValue, entry size − 1
 * = maxValue), RGB packed 3 bytes per entry. Throws RangeError for size < 2.
 */
export function colorLookupTable(scale: ValueColoring, size = 256): Uint8ClampedArray {
  if (!Number.isInteger(size) || size < 2)
    throw new RangeError(`lookup size must be ≥ 2, got ${size}`);
  const lut = new Uint8ClampedArray(size * 3);
  const span = scale.maxValue - scale.minValue;
  for (let i = 0; i < size; i++) {
    const v = scale.minValue + (span * i) / (size - 1);
    lut.set(parseCssColor(scale.color(v)), i * 3);
  }
  return lut;
}

/**
 * RGBA pixels (4 bytes per cell, row-major as the grid) for grid values coloured through `lut`
 * over [minValue, maxValue]: values outside clamp to the end colours, NaN cells are fully
 * transparent, every other cell gets `alpha` (0–255). With minValue = maxValue every value
 * gets the middle entry.
 */
export function gridToRgba(
  grid: ArrayLike<number>,
  lut: Uint8ClampedArray,
  minValue: number,
  maxValue: number,
  alpha = 255,
): Uint8ClampedArray {
  const size = lut.length / 3;
  const out = new Uint8ClampedArray(grid.length * 4);
  const span = maxValue - minValue;
  const last = size - 1;
  for (let k = 0; k < grid.length; k++) {
    const v = grid[k] ?? Number.NaN;
    if (Number.isNaN(v)) continue;
    const t = span > 0 ? (v - minValue) / span : 0.5;
    const i = Math.round(Math.min(1, Math.max(0, t)) * last) * 3;
    out[k * 4] = lut[i] ?? 0;
    out[k * 4 + 1] = lut[i + 1] ?? 0;
    out[k * 4 + 2] = lut[i + 2] ?? 0;
    out[k * 4 + 3] = alpha;
  }
  return out;
}

/**
 * `scale.color` through the same `size`-entry table as the heat map: the entry nearest to the
 * value over [minValue, maxValue], ends clamped, as shared CSS strings. So thousands of
 * markers share at most `size` colours (the map draws one bitmap per colour), within half a
 * step (1/510 of the range for 256) of the exact colour. A NaN value gets `scale.color(NaN)`.
 * Throws RangeError for size < 2.
 */
export function quantizedColor(scale: ValueColoring, size = 256): (value: number) => string {
  if (!Number.isInteger(size) || size < 2)
    throw new RangeError(`lookup size must be ≥ 2, got ${size}`);
  const span = scale.maxValue - scale.minValue;
  const colors = Array.from({ length: size }, (_, i) =>
    scale.color(scale.minValue + (span * i) / (size - 1)),
  );
  const last = size - 1;
  return (value) => {
    if (Number.isNaN(value)) return scale.color(value);
    const t = span > 0 ? (value - scale.minValue) / span : 0.5;
    return colors[Math.round(Math.min(1, Math.max(0, t)) * last)] ?? scale.color(value);
  };
}
