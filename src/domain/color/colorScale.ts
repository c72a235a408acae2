/**
 * Colour by value: perceptual colour maps over a value range, built on d3-scale and
 * d3-scale-chromatic. Sequential maps: viridis (default; Smith & van der Walt, matplotlib 2.0),
 * cividis (Nuñez, Anderton & Renslow 2018, readable with colour-vision deficiency) and magma.
 * The diverging map for deviations from the mean is in divergingScale.ts.
 */
import { scaleLinear, scaleSequential } from 'd3-scale';
import {
  interpolateCividis,
  interpolateMagma,
  interpolateRdBu,
  interpolateViridis,
} from 'd3-scale-chromatic';

export type SequentialMapId = 'viridis' | 'cividis' | 'magma';
export type ColorMapId = SequentialMapId | 'rdbu';

export interface ColorMap {
  id: ColorMapId;
  label: string;
  kind: 'sequential' | 'diverging';
  /** Colour at t in [0, 1]: t = 0 is the low end (bottom of the colour bar). */
  interpolate: (t: number) => string;
}

/**
 * RdBu reversed, so that high is red and low is blue (the usual reading of a thickness or
 * deviation map: "hot" = above the mean); d3's own RdBu runs red → blue.
 */
export const interpolateBlueRed = (t: number): string => interpolateRdBu(1 - t);

/** The colour maps the UI offers; viridis first (the default). */
export const COLOR_MAPS: readonly ColorMap[] = [
  { id: 'viridis', label: 'Viridis', kind: 'sequential', interpolate: interpolateViridis },
  { id: 'cividis', label: 'Cividis', kind: 'sequential', interpolate: interpolateCividis },
  { id: 'magma', label: 'Magma', kind: 'sequential', interpolate: interpolateMagma },
  {
    id: 'rdbu',
    label: 'Blue–red (deviation from mean)',
    kind: 'diverging',
    interpolate: interpolateBlueRed,
  },
];

export const DEFAULT_COLOR_MAP: SequentialMapId = 'viridis';

/** The interpolator of a colour map by id. */
export function colorMapInterpolator(id: ColorMapId): (t: number) => string {
  return (COLOR_MAPS.find((m) => m.id === id) ?? COLOR_MAPS[0])?.interpolate ?? interpolateViridis;
}

export interface ColorScale {
  /** CSS colour for a value; values outside [minValue, maxValue] get the end colours. */
  color: (value: number) => string;
  minValue: number;
  maxValue: number;
  /** The interpolator over t in [0, 1], for drawing the colour bar (0 = minValue). */
  interpolate: (t: number) => string;
  mapId: ColorMapId;
  /** The value at the middle colour of a diverging map (the mean); null for sequential maps. */
  centerValue: number | null;
  /** 'auto' = range from the data; 'fixed' = range typed by the user. */
  rangeSource: 'auto' | 'fixed';
  /** How many of the given values lie outside the range and are drawn in an end colour. */
  clampedCount: number;
  /** True for a value outside [minValue, maxValue] (drawn clamped to an end colour). */
  isClamped: (value: number) => boolean;
  /** Colour bar ticks, minValue and maxValue included (see colorBarTicks). */
  ticks: number[];
}

/** A user-typed colour range (value units). */
export interface FixedRange {
  minValue: number;
  maxValue: number;
}

export interface ColorScaleOptions {
  map?: SequentialMapId;
  /** Fixed range; omit for automatic (min and max of the finite values). */
  range?: FixedRange;
}

/**
 * Ticks for a colour bar over [min, max]: min, the nice values strictly inside from d3-scale's
 * linear `ticks(count)` (1, 2 or 5 × 10ᵏ steps), then max. Inside ticks closer than 5 % of the
 * span to an end are dropped so their labels do not collide with the end labels. [min] when
 * min = max; [] when either is not finite or min > max.
 */
export function colorBarTicks(minValue: number, maxValue: number, count = 5): number[] {
  if (!Number.isFinite(minValue) || !Number.isFinite(maxValue) || minValue > maxValue) return [];
  if (minValue === maxValue) return [minValue];
  const gap = 0.05 * (maxValue - minValue);
  const inside = scaleLinear()
    .domain([minValue, maxValue])
    .ticks(count)
    .filter((t) => t - minValue >= gap && maxValue - t >= gap);
  return [minValue, ...inside, maxValue];
}

/** Min and max of the finite values, or null for none. */
export function finiteExtent(values: Iterable<number>): FixedRange | null {
  let minValue = Number.POSITIVE_INFINITY;
  let maxValue = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < minValue) minValue = v;
    if (v > maxValue) maxValue = v;
  }
  return minValue > maxValue ? null : { minValue, maxValue };
}

/** Throws RangeError unless the range is finite with minValue < maxValue. */
export function assertFixedRange(range: FixedRange): void {
  const { minValue, maxValue } = range;
  if (!Number.isFinite(minValue) || !Number.isFinite(maxValue) || !(minValue < maxValue)) {
    throw new RangeError(`colour range needs finite min < max, got ${minValue} … ${maxValue}`);
  }
}

/** Counts the finite values outside [minValue, maxValue]. */
export function countOutside(values: Iterable<number>, minValue: number, maxValue: number): number {
  let n = 0;
  for (const v of values) if (Number.isFinite(v) && (v < minValue || v > maxValue)) n += 1;
  return n;
}

/**
 * A sequential scale (viridis by default) over the finite values given, or over a fixed range
 * whose outside values clamp to the end colours (counted in `clampedCount`). Returns null when
 * there is no fixed range and no finite value. An automatic range with all values equal draws
 * every value in the middle colour. Throws RangeError for a fixed range without min < max.
 */
export function makeColorScale(
  values: Iterable<number>,
  options: ColorScaleOptions = {},
): ColorScale | null {
  const mapId = options.map ?? DEFAULT_COLOR_MAP;
  const interpolate = colorMapInterpolator(mapId);
  const list = [...values];
  if (options.range) assertFixedRange(options.range);
  const range = options.range ?? finiteExtent(list);
  if (!range) return null;
  const { minValue, maxValue } = range;
  const isClamped = (v: number) => v < minValue || v > maxValue;
  const common = {
    minValue,
    maxValue,
    interpolate,
    mapId,
    centerValue: null,
    rangeSource: options.range ? ('fixed' as const) : ('auto' as const),
    clampedCount: countOutside(list, minValue, maxValue),
    isClamped,
    ticks: colorBarTicks(minValue, maxValue),
  };
  if (minValue === maxValue) {
    const mid = interpolate(0.5);
    return { ...common, color: () => mid };
  }
  const scale = scaleSequential(interpolate).domain([minValue, maxValue]).clamp(true);
  return { ...common, color: (v) => scale(v) };
}
