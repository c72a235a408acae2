/**
 * The texts an exported map carries besides the map (PNG export, PDF lot report): its
 * statistics block and its method line, so a picture read without the app says what was
 * computed and how.
 */
import { formatValue } from '../color/colorBarLabels';
import type { SpecLimits } from '../color/specLimits';
import type { InterpolationMethod } from '../interpolation/sites';
import { countOutOfSpec } from '../review/colorSettings';
import { PERCENT_DECIMALS, precisionOf, statDecimalsOf } from '../values/decimalPrecision';
import { formatStat } from '../values/formatStat';
import { formatPercent } from '../values/minusSign';
import {
  NON_UNIFORMITY_DEFINITIONS,
  type NonUniformityDefinitionId,
  summarizeValues,
} from './uniformity';

/** A line of a statistics block. */
export interface FactLine {
  label: string;
  value: string;
}

const METHOD_NAMES: Record<InterpolationMethod, string> = {
  'thin-plate-spline': 'thin-plate spline',
  'inverse-distance': 'inverse-distance weighting (power 2)',
};

/**
 * n, mean, σ (n − 1), min, max, range, the non-uniformity (with its formula) and, when limits are
 * set, how many values lie outside them. Values in `unit` ('' or null = none); "—" for figures
 * that are undefined.
 */
export function statLines(
  values: readonly number[],
  unit: string | null,
  definition: NonUniformityDefinitionId,
  limits: SpecLimits = {},
): FactLine[] {
  const s = summarizeValues(values, definition);
  const u = unit ? ` ${unit}` : '';
  // The display rule (decimalPrecision.ts): the values' decimals, one more for mean and σ.
  const data = precisionOf(values);
  const v = (x: number | null, decimals = data) =>
    x === null ? '—' : `${formatStat(x, decimals)}${u}`;
  const nu = NON_UNIFORMITY_DEFINITIONS.find((d) => d.id === definition);
  const lines: FactLine[] = [
    { label: 'n', value: String(s.n) },
    { label: 'mean', value: v(s.mean, statDecimalsOf(data)) },
    { label: 'σ (n − 1)', value: v(s.sd, statDecimalsOf(data)) },
    { label: 'min', value: v(s.min) },
    { label: 'max', value: v(s.max) },
    { label: 'range', value: v(s.range) },
    {
      label: `NU ${nu?.formula.replace(/ · 100 %$/, '') ?? ''}`,
      value: formatPercent(s.nonUniformity, PERCENT_DECIMALS),
    },
  ];
  if (limits.lsl !== undefined || limits.usl !== undefined) {
    const out = countOutOfSpec(values, limits);
    lines.push({ label: 'below LSL ▼ / above USL ▲', value: `${out.below} / ${out.above}` });
  }
  return lines;
}

/** How a map was drawn, for its method line. */
export interface MapMethod {
  /** The interpolation of the coloured map actually used; null when only the sites are drawn. */
  interpolation: InterpolationMethod | null;
  edgeExclusionMm: number;
}

/**
 * E.g. "Method: thin-plate spline map clipped to the edge exclusion (3 mm); x, y in mm from the
 * sample centre, +y up", or "Method: measured sites only (no interpolation); …".
 */
export function methodLine(m: MapMethod): string {
  const map =
    m.interpolation === null
      ? 'measured sites only (no interpolation)'
      : `${METHOD_NAMES[m.interpolation]} map between the sites, clipped to the edge exclusion`;
  return `Method: ${map}; edge exclusion ${formatValue(m.edgeExclusionMm)} mm; x, y in mm from the sample centre, +y up`;
}
