/**
 * The difference of two interpolated fields, fA − fB, on one common grid over the outline: the
 * difference map when two samples were not measured at the same sites. Both fields are built
 * as computeField builds a single one (createFieldInterpolator: thin-plate spline, or IDW when
 * the spline cannot be built) and sampled on fieldGridSpec's grid with the same padding mask,
 * so the grid draws exactly like any other field (clipped to the edge-exclusion polygon).
 */
import {
  edgeExclusionDistanceMm,
  isInsideEdgeExclusion,
  type SampleOutline,
} from '../geometry/outline';
import { type ContourLine, contourLines, niceThresholds } from '../interpolation/contours';
import {
  createFieldInterpolator,
  DEFAULT_CONTOUR_COUNT,
  DEFAULT_FIELD_RESOLUTION,
  fieldGridSpec,
  MIN_FIELD_SITES,
} from '../interpolation/field';
import { evaluateGrid, type GridSpec, gridCellCenterMm } from '../interpolation/grid';
import {
  DEFAULT_MERGE_TOLERANCE_MM,
  type InterpolationMethod,
  type Interpolator,
  mergeCoincidentSites,
  type SiteValue,
} from '../interpolation/sites';

export interface DifferenceGrid {
  spec: GridSpec;
  /** fA − fB (divided by the rate time, when one is given) row-major, row 0 at max y; NaN outside the padded measurable area. */
  grid: Float64Array;
  /** The values of the cells whose centre lies inside the edge exclusion (what statistics use). */
  insideValues: number[];
  thresholds: number[];
  contours: ContourLine[];
  /** The interpolators used for A and B. */
  methods: { a: InterpolationMethod; b: InterpolationMethod };
  /** Why a requested spline was not used, per side; [] when it was. */
  fallbacks: string[];
}

export type DifferenceGridOutcome =
  | { ok: true; grid: DifferenceGrid; fieldA: Interpolator; fieldB: Interpolator }
  | { ok: false; message: string };

function distinctCount(sites: readonly SiteValue[]): number {
  return mergeCoincidentSites(sites, DEFAULT_MERGE_TOLERANCE_MM).sites.length;
}

/**
 * fA − fB on the grid of `fieldGridSpec(outline, resolution)`, each value divided by `divisor`
 * (1, or a time for a rate). Cells out to one cell diagonal beyond the edge exclusion are
 * evaluated (as in computeField); `insideValues` holds those inside it. Fails (with a sentence)
 * when either side has fewer than MIN_FIELD_SITES distinct finite sites, or no cell lies inside
 * the edge exclusion.
 */
export function differenceGrid(
  a: readonly SiteValue[],
  b: readonly SiteValue[],
  outline: SampleOutline,
  method: InterpolationMethod,
  options: { resolution?: number; divisor?: number } = {},
): DifferenceGridOutcome {
  for (const [label, sites] of [
    ['A', a],
    ['B', b],
  ] as const) {
    const n = distinctCount(sites.filter((s) => Number.isFinite(s.xMm + s.yMm + s.value)));
    if (n < MIN_FIELD_SITES) {
      return {
        ok: false,
        message: `Sample ${label} has ${n} distinct sites; an interpolated field needs ${MIN_FIELD_SITES}.`,
      };
    }
  }
  const fa = createFieldInterpolator(a, method);
  const fb = createFieldInterpolator(b, method);
  const divisor = options.divisor ?? 1;
  const spec = fieldGridSpec(outline, options.resolution ?? DEFAULT_FIELD_RESOLUTION);
  const cell = (spec.maxXMm - spec.minXMm) / spec.cols;
  const inner = outline.edgeExclusionMm - cell * Math.SQRT2;
  const difference: Interpolator = {
    method: fa.interpolator.method,
    siteCount: 0,
    valueAt: (x, y) => (fa.interpolator.valueAt(x, y) - fb.interpolator.valueAt(x, y)) / divisor,
  };
  const grid = evaluateGrid(difference, spec, (p) => edgeExclusionDistanceMm(outline, p) >= inner);
  const insideValues: number[] = [];
  for (let row = 0; row < spec.rows; row++) {
    for (let col = 0; col < spec.cols; col++) {
      const v = grid[row * spec.cols + col] ?? Number.NaN;
      if (Number.isFinite(v) && isInsideEdgeExclusion(outline, gridCellCenterMm(spec, col, row)))
        insideValues.push(v);
    }
  }
  if (insideValues.length === 0)
    return { ok: false, message: 'Nothing of the sample lies inside the edge exclusion.' };
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of insideValues) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const thresholds = niceThresholds(min, max, DEFAULT_CONTOUR_COUNT);
  return {
    ok: true,
    grid: {
      spec,
      grid,
      insideValues,
      thresholds,
      contours: contourLines(grid, spec.cols, spec.rows, thresholds, spec),
      methods: { a: fa.interpolator.method, b: fb.interpolator.method },
      fallbacks: [fa.fallback, fb.fallback].filter((f): f is string => f !== null),
    },
    fieldA: fa.interpolator,
    fieldB: fb.interpolator,
  };
}
