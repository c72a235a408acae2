/**
 * The colour scale of the review map from the user's settings: the colour map, an automatic or
 * typed range, and spec limits. Typed settings that cannot be used are reported, not dropped
 * silently: the scale then falls back to the automatic range and says why.
 */
import { type ColorMapId, type ColorScale, makeColorScale } from '../color/colorScale';
import { makeDeviationColorScale } from '../color/divergingScale';
import { classifySpec, type SpecClass, type SpecLimits } from '../color/specLimits';

/** Range and limits the user typed for one property (value units); absent = not set. */
export interface ValueLimits {
  /** Fixed colour range of the sequential maps. */
  min?: number;
  max?: number;
  /** Fixed half width of the deviation map (± around the mean). */
  halfWidth?: number;
  lsl?: number;
  usl?: number;
}

/** The scale to draw with, what could not be applied, and the limits in force. */
export interface ReviewScale {
  scale: ColorScale | null;
  /** Why a typed range or limit is not used; null when everything typed is in use. */
  problem: string | null;
  limits: SpecLimits;
}

/**
 * Colour scale for `values` with `map`: the deviation map ('rdbu') centres on the mean with an
 * automatic or typed half width; the sequential maps use the typed min/max when both are set and
 * min < max, else the data's extent. Spec limits are passed on when LSL ≤ USL (one of them may be
 * missing); LSL > USL is reported and both are dropped.
 */
export function reviewColorScale(
  values: readonly number[],
  map: ColorMapId,
  typed: ValueLimits,
): ReviewScale {
  const problems: string[] = [];
  let limits: SpecLimits = { lsl: typed.lsl, usl: typed.usl };
  if (typed.lsl !== undefined && typed.usl !== undefined && typed.lsl > typed.usl) {
    problems.push('LSL is above USL, so no spec limits are applied.');
    limits = {};
  }
  let scale: ColorScale | null;
  if (map === 'rdbu') {
    const halfWidth =
      typed.halfWidth !== undefined && typed.halfWidth > 0 ? typed.halfWidth : undefined;
    if (typed.halfWidth !== undefined && halfWidth === undefined) {
      problems.push('The ± range must be above 0; using the automatic range.');
    }
    scale = makeDeviationColorScale(values, { halfWidth });
  } else {
    const { min, max } = typed;
    const fixed = min !== undefined && max !== undefined && min < max;
    if ((min !== undefined || max !== undefined) && !fixed) {
      problems.push(
        min !== undefined && max !== undefined
          ? 'The fixed range needs min below max; using the automatic range.'
          : 'Type both min and max for a fixed range; using the automatic range.',
      );
    }
    scale = makeColorScale(values, {
      map,
      range: fixed ? { minValue: min, maxValue: max } : undefined,
    });
  }
  return { scale, problem: problems.length > 0 ? problems.join(' ') : null, limits };
}

/** Spec class of a value, 'within' when no limit applies. */
export function specClassOf(value: number, limits: SpecLimits): SpecClass {
  return Number.isNaN(value) ? 'within' : classifySpec(value, limits);
}

/** How many values fall below the LSL and above the USL. */
export function countOutOfSpec(
  values: Iterable<number>,
  limits: SpecLimits,
): { below: number; above: number } {
  let below = 0;
  let above = 0;
  for (const v of values) {
    const c = specClassOf(v, limits);
    if (c === 'below') below += 1;
    else if (c === 'above') above += 1;
  }
  return { below, above };
}
