/**
 * Colour by value: a sequential perceptual colour map over [min, max], built on d3-scale and
 * d3-scale-chromatic (viridis: Smith & van der Walt, matplotlib 2.0).
 */
import { scaleSequential } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';

export interface ColorScale {
  /** CSS colour for a value; values outside [min, max] get the end colours. */
  color: (value: number) => string;
  minValue: number;
  maxValue: number;
  /** The interpolator over t in [0, 1], for drawing the colour bar. */
  interpolate: (t: number) => string;
}

/**
 * A viridis scale over the finite values given. Returns null for no finite values. When all
 * values are equal, every value gets the middle colour.
 */
export function makeColorScale(values: Iterable<number>): ColorScale | null {
  let minValue = Number.POSITIVE_INFINITY;
  let maxValue = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < minValue) minValue = v;
    if (v > maxValue) maxValue = v;
  }
  if (minValue > maxValue) return null;
  const interpolate = interpolateViridis;
  if (minValue === maxValue) {
    const mid = interpolate(0.5);
    return { color: () => mid, minValue, maxValue, interpolate };
  }
  const scale = scaleSequential(interpolate).domain([minValue, maxValue]).clamp(true);
  return { color: (v) => scale(v), minValue, maxValue, interpolate };
}
