/**
 * Colour by deviation from the mean: a diverging blue–white–red map (ColorBrewer RdBu, reversed
 * so that above the mean is red) centred on the mean, built on d3-scale's scaleDiverging.
 *
 * The domain is symmetric, [mean − h, mean, mean + h] with h = max |value − mean| by default, so
 * equal deviations above and below the mean get equally strong colours. A [min, mean, max]
 * domain would stretch the shorter side and make a small dip look as strong as a large bump.
 */
import { fsum } from 'd3-array';
import { scaleDiverging } from 'd3-scale';
import { type ColorScale, colorBarTicks, countOutside, interpolateBlueRed } from './colorScale';

export interface DeviationScaleOptions {
  /** The value at the middle (white) colour; default: the mean of the finite values. */
  center?: number;
  /** Fixed half width of the range (value units); default: the largest |value − center|. */
  halfWidth?: number;
}

/**
 * A diverging scale over [center − h, center + h] (see the module comment). Values beyond a fixed
 * half width clamp to the end colours and are counted in `clampedCount`. Returns null when there
 * is no finite value and no fixed center. With h = 0 (all values equal) every value gets the
 * middle colour. Throws RangeError for a non-finite center or a half width that is not > 0.
 */
export function makeDeviationColorScale(
  values: Iterable<number>,
  options: DeviationScaleOptions = {},
): ColorScale | null {
  const finite = [...values].filter(Number.isFinite);
  if (options.center !== undefined && !Number.isFinite(options.center)) {
    throw new RangeError(`colour scale centre must be finite, got ${options.center}`);
  }
  if (
    options.halfWidth !== undefined &&
    !(options.halfWidth > 0 && Number.isFinite(options.halfWidth))
  ) {
    throw new RangeError(`colour range half width must be > 0, got ${options.halfWidth}`);
  }
  if (options.center === undefined && finite.length === 0) return null;
  const center = options.center ?? fsum(finite) / finite.length;
  const halfWidth =
    options.halfWidth ?? finite.reduce((h, v) => Math.max(h, Math.abs(v - center)), 0);
  const minValue = center - halfWidth;
  const maxValue = center + halfWidth;
  const interpolate = interpolateBlueRed;
  const common = {
    minValue,
    maxValue,
    interpolate,
    mapId: 'rdbu' as const,
    centerValue: center,
    rangeSource: options.halfWidth === undefined ? ('auto' as const) : ('fixed' as const),
    clampedCount: countOutside(finite, minValue, maxValue),
    isClamped: (v: number) => v < minValue || v > maxValue,
    ticks: colorBarTicks(minValue, maxValue),
  };
  if (halfWidth === 0) {
    const mid = interpolate(0.5);
    return { ...common, color: () => mid };
  }
  const scale = scaleDiverging(interpolate).domain([minValue, center, maxValue]).clamp(true);
  return { ...common, color: (v) => scale(v) };
}
