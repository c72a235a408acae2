/**
 * The interpolated map of a property over a sample: the field on a grid over the outline and its
 * contour lines, as the Web Worker computes them (src/app/review/fieldWorker.ts). Pure, so the
 * same code is unit-tested in Node.
 *
 * Clipping: cells are evaluated out to one cell diagonal beyond the edge-exclusion line and the
 * map is drawn clipped to the exact edge-exclusion polygon (outlinePolygonMm). Masking at the
 * line itself would leave a ragged, up-to-one-cell gap between the last coloured cell and the
 * line; the padding is that one cell, never more, so the field shown is the interpolant within
 * the measurable area and nothing outside it.
 */
import { edgeExclusionDistanceMm, outlineBoundsMm, type SampleOutline } from '../geometry/outline';
import {
  BIN_ABOVE_SITES,
  BIN_NEIGHBOURS,
  createBinnedInverseDistance,
} from './binnedInverseDistance';
import { type ContourLine, contourLines, niceThresholds } from './contours';
import { evaluateGrid, type GridSpec } from './grid';
import { createInverseDistance } from './inverseDistance';
import {
  DEFAULT_MERGE_TOLERANCE_MM,
  type InterpolationMethod,
  type Interpolator,
  mergeCoincidentSites,
  type SiteValue,
} from './sites';
import { createThinPlateSpline, MAX_TPS_SITES } from './thinPlateSpline';

/** Cells across the longer side of the outline: 1.5 mm cells on a 300 mm wafer. */
export const DEFAULT_FIELD_RESOLUTION = 200;
/** About this many contour levels (round values, see niceThresholds). */
export const DEFAULT_CONTOUR_COUNT = 8;
/** Fewest distinct sites an interpolated map is drawn from. */
export const MIN_FIELD_SITES = 3;
/**
 * Fewest sites for which the interpolated map is shown without being asked for. 9 is the
 * smallest standard map pattern (centre, 4 at half radius, 4 near the edge); with fewer sites
 * most of the surface is the interpolator's guess between few, distant points, so the map stays
 * off (and the review says why) until the user turns it on.
 */
export const AUTO_MAP_MIN_SITES = 9;

/** What to interpolate, over which outline, how. */
export interface FieldRequest {
  sites: SiteValue[];
  outline: SampleOutline;
  method: InterpolationMethod;
  /** Cells across the longer side of the outline; default DEFAULT_FIELD_RESOLUTION. */
  resolution?: number;
  /** Approximate number of contour levels; default DEFAULT_CONTOUR_COUNT. */
  contourCount?: number;
  /** Site limit of the thin-plate spline; default MAX_TPS_SITES. */
  maxTpsSites?: number;
}

/** A computed field: grid, spec and contours, and the method actually used. */
export interface Field {
  /** The interpolator actually used (after a fallback). */
  method: InterpolationMethod;
  /** Why the requested method was not used, for the user; null when it was. */
  fallback: string | null;
  /** Distinct sites the field is built on (coincident ones merged). */
  siteCount: number;
  /**
   * For a dense map (over BIN_ABOVE_SITES distinct sites, weighted by IDW): the sites were
   * binned onto the field's grid first and each cell weighted from the nearest `neighbours`
   * of the `bins` occupied cells (binnedInverseDistance.ts); null: every site was used.
   */
  binning: { bins: number; neighbours: number } | null;
  spec: GridSpec;
  /** Row-major, row 0 at max y; NaN outside the padded measurable area. */
  grid: Float64Array;
  thresholds: number[];
  contours: ContourLine[];
}

/** A field, or the reason (for the user) why there is none. */
export type FieldOutcome = { ok: true; field: Field } | { ok: false; message: string };

/** Square cells over the outline's bounds, `resolution` across the longer side. */
export function fieldGridSpec(outline: SampleOutline, resolution: number): GridSpec {
  const b = outlineBoundsMm(outline);
  const cell = Math.max(b.maxXMm - b.minXMm, b.maxYMm - b.minYMm) / resolution;
  const cols = Math.max(1, Math.ceil((b.maxXMm - b.minXMm) / cell - 1e-9));
  const rows = Math.max(1, Math.ceil((b.maxYMm - b.minYMm) / cell - 1e-9));
  const cx = (b.minXMm + b.maxXMm) / 2;
  const cy = (b.minYMm + b.maxYMm) / 2;
  return {
    minXMm: cx - (cols * cell) / 2,
    maxXMm: cx + (cols * cell) / 2,
    minYMm: cy - (rows * cell) / 2,
    maxYMm: cy + (rows * cell) / 2,
    cols,
    rows,
  };
}

/**
 * The interpolator for the request, falling back to IDW when the spline cannot be built. With a
 * grid `spec` and over BIN_ABOVE_SITES distinct sites, IDW runs on the sites binned to it.
 */
function chooseInterpolator(
  sites: SiteValue[],
  request: Pick<FieldRequest, 'method' | 'maxTpsSites'>,
  distinct: number,
  spec?: GridSpec,
): { interpolator: Interpolator; fallback: string | null } {
  const idw = () =>
    spec && distinct > BIN_ABOVE_SITES
      ? createBinnedInverseDistance(sites, spec)
      : createInverseDistance(sites, { power: 2 });
  if (request.method === 'inverse-distance') return { interpolator: idw(), fallback: null };
  const maxSites = request.maxTpsSites ?? MAX_TPS_SITES;
  if (distinct > maxSites) {
    return {
      interpolator: idw(),
      fallback: `The thin-plate spline is limited to ${maxSites} sites (${distinct} here), so the map uses inverse-distance weighting.`,
    };
  }
  try {
    return { interpolator: createThinPlateSpline(sites, { maxSites }), fallback: null };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      interpolator: idw(),
      fallback: `No thin-plate spline (${reason}), so the map uses inverse-distance weighting.`,
    };
  }
}

/**
 * The interpolator computeField would use for these sites and method (the thin-plate spline, or
 * IDW with the reason when the spline cannot be built); for evaluating the same field at other
 * points, such as the sites of another sample. Non-finite sites are left out. Throws RangeError
 * when there are no finite sites.
 */
export function createFieldInterpolator(
  sites: readonly SiteValue[],
  method: InterpolationMethod,
  maxTpsSites?: number,
): { interpolator: Interpolator; fallback: string | null } {
  const finite = sites.filter(
    (s) => Number.isFinite(s.xMm) && Number.isFinite(s.yMm) && Number.isFinite(s.value),
  );
  if (finite.length === 0) throw new RangeError('an interpolated field needs at least 1 site');
  const distinct = mergeCoincidentSites(finite, DEFAULT_MERGE_TOLERANCE_MM).sites.length;
  return chooseInterpolator(
    finite,
    { method, ...(maxTpsSites === undefined ? {} : { maxTpsSites }) },
    distinct,
  );
}

/**
 * The interpolated field of the sites over the outline's measurable area, with contour lines at
 * round levels between the smallest and largest site value. Non-finite sites are left out.
 * Returns `{ ok: false, message }` (for the user) with fewer than MIN_FIELD_SITES distinct sites
 * or when nothing of the sample lies inside the edge exclusion. A thin-plate spline request
 * above its site limit, or on collinear sites, falls back to IDW (power 2) and says so.
 */
export function computeField(request: FieldRequest): FieldOutcome {
  const sites = request.sites.filter(
    (s) => Number.isFinite(s.xMm) && Number.isFinite(s.yMm) && Number.isFinite(s.value),
  );
  const distinct = mergeCoincidentSites(sites, DEFAULT_MERGE_TOLERANCE_MM).sites.length;
  if (distinct < MIN_FIELD_SITES) {
    return {
      ok: false,
      message: `An interpolated map needs at least ${MIN_FIELD_SITES} distinct sites (${distinct} here).`,
    };
  }
  const { outline } = request;
  const spec = fieldGridSpec(outline, request.resolution ?? DEFAULT_FIELD_RESOLUTION);
  const cell = (spec.maxXMm - spec.minXMm) / spec.cols;
  const inner = outline.edgeExclusionMm - cell * Math.SQRT2;
  const { interpolator, fallback } = chooseInterpolator(sites, request, distinct, spec);
  const binning =
    'binCount' in interpolator && typeof interpolator.binCount === 'number'
      ? { bins: interpolator.binCount, neighbours: BIN_NEIGHBOURS }
      : null;
  const grid = evaluateGrid(
    interpolator,
    spec,
    (p) => edgeExclusionDistanceMm(outline, p) >= inner,
  );
  if (!grid.some((v) => !Number.isNaN(v))) {
    return { ok: false, message: 'Nothing of the sample lies inside the edge exclusion.' };
  }
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const s of sites) {
    min = Math.min(min, s.value);
    max = Math.max(max, s.value);
  }
  const thresholds = niceThresholds(min, max, request.contourCount ?? DEFAULT_CONTOUR_COUNT);
  const contours = contourLines(grid, spec.cols, spec.rows, thresholds, spec);
  return {
    ok: true,
    field: {
      method: interpolator.method,
      fallback,
      siteCount: distinct,
      binning,
      spec,
      grid,
      thresholds,
      contours,
    },
  };
}
