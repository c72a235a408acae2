/**
 * The difference map between two samples, A − B (e.g. before − after an etch): site by site
 * where the sites pair up within a tolerance (see siteMatching.ts), else the difference of the
 * two interpolated fields on a common grid (see differenceGrid.ts), said so in `notice`.
 * Statistics: those of the difference values (summarizeValues): in etch terms the mean is the
 * mean removal, σ its spread, and the non-uniformity that of the removal. An optional time turns
 * the difference into a rate (nm → nm/min). Site differences are rounded to the precision the
 * inputs carry (decimalPrecision.ts), so no float noise is stored, exported or shown.
 */
import type { SampleOutline } from '../geometry/outline';
import type { InterpolationMethod, SiteValue } from '../interpolation/sites';
import {
  DEFAULT_NON_UNIFORMITY,
  type NonUniformityDefinitionId,
  summarizeValues,
  type UniformitySummary,
} from '../stats/uniformity';
import { precisionOf, rateDecimals } from '../values/decimalPrecision';
import { type DifferenceGrid, differenceGrid } from './differenceGrid';
import { pairDifferences, type Rounding, unmatched } from './differencePairs';
import { differenceUniformity } from './differenceUniformity';
import { DEFAULT_MATCH_TOLERANCE_MM, matchSites } from './siteMatching';

/** A measured site; `site` is its site number when known (metadata.site). */
export interface DifferenceSite extends SiteValue {
  site?: number | null;
}

export interface DifferenceSide {
  sites: readonly DifferenceSite[];
  /** The property's unit on this sample (null: none); A and B must agree. */
  unit: string | null;
}

export interface DifferenceRequest {
  a: DifferenceSide;
  b: DifferenceSide;
  outline: SampleOutline;
  /** Pairing tolerance in mm; default DEFAULT_MATCH_TOLERANCE_MM (1 mm). */
  toleranceMm?: number;
  /** Interpolation for unequal sites; default thin-plate spline. */
  method?: InterpolationMethod;
  /** Grid cells across the outline; default DEFAULT_FIELD_RESOLUTION. */
  resolution?: number;
  definition?: NonUniformityDefinitionId;
  /** Divide by this time in minutes to get a rate; null or absent: the plain difference. */
  rateMinutes?: number | null;
}

export interface MatchedDifference {
  aIndex: number;
  bIndex: number;
  /** Midpoint of the two sites (mm). */
  xMm: number;
  yMm: number;
  /** Each site's own position (mm). */
  aXMm: number;
  aYMm: number;
  bXMm: number;
  bYMm: number;
  aValue: number;
  bValue: number;
  /** (A − B), divided by the rate time when there is one. */
  value: number;
  distanceMm: number;
  aSite: number | null;
  bSite: number | null;
}

export interface UnmatchedSite {
  index: number;
  xMm: number;
  yMm: number;
  value: number;
  site: number | null;
  /** This site against the other sample's interpolated field (A − fB, or fA − B), per rate; null when there is no field or the site is off the sample. */
  interpolatedDifference: number | null;
}

export type DifferenceMethod = 'matched-sites' | 'interpolated-grid';

export interface Difference {
  /** What the map and `stats` are: the matched sites, or the interpolated grid. */
  method: DifferenceMethod;
  toleranceMm: number;
  /** Unit of the values: the samples' unit, or a rate unit such as `nm/min`. */
  unit: string | null;
  /** The samples' own unit (before any rate). */
  sampleUnit: string | null;
  /** The interpolation asked for when the sites differ. */
  interpolation: InterpolationMethod;
  rateMinutes: number | null;
  /** Decimals the difference's values carry: the inputs' (precisionOf), or rateDecimals for a rate. */
  decimals: number;
  matched: MatchedDifference[];
  unmatchedA: UnmatchedSite[];
  unmatchedB: UnmatchedSite[];
  /**
   * Statistics of what the map shows (matched values, or the grid cells inside the edge
   * exclusion); NU and %σ as differenceUniformity gives them (of |A − B|, or null).
   */
  stats: UniformitySummary;
  /** Why NU is not given, or that it is of |A − B| (differenceUniformity); null: plain. */
  nonUniformityNote: string | null;
  /** Statistics of the matched-site differences alone. */
  matchedStats: UniformitySummary;
  /** The interpolated difference grid; null when every site matched (or it could not be built). */
  grid: DifferenceGrid | null;
  /** A sentence for the user when the sites differ; null when every site matched. */
  notice: string | null;
}

export type DifferenceOutcome =
  | { ok: true; difference: Difference }
  | { ok: false; message: string };

/**
 * The unit of a value per minute: `nm` → `nm/min`, no unit → `1/min`, and a unit that has its
 * own `/`, `·` or space in parentheses: `Ω/sq` → `(Ω/sq)/min`.
 */
export function rateUnit(unit: string | null, per = 'min'): string {
  const u = unit?.trim() ?? '';
  if (u === '') return `1/${per}`;
  return /[/·*\s]/.test(u) ? `(${u})/${per}` : `${u}/${per}`;
}

/** Why the request cannot be computed (units, time), or null. */
function requestProblem(request: DifferenceRequest): string | null {
  const unitA = request.a.unit?.trim() || null;
  const unitB = request.b.unit?.trim() || null;
  if (unitA !== unitB) {
    return `A is in ${unitA ?? 'no unit'} and B in ${unitB ?? 'no unit'}; compare values in one unit.`;
  }
  const minutes = request.rateMinutes ?? null;
  if (minutes !== null && !(Number.isFinite(minutes) && minutes > 0)) {
    return 'The time must be a number of minutes greater than 0.';
  }
  return null;
}

/**
 * A − B for the request (see the module comment). Fails with a sentence when the units differ,
 * the rate time is not a positive number, or nothing can be compared (no matched site and no
 * interpolated field). Throws RangeError for an invalid tolerance (see matchSites).
 */
export function computeDifference(request: DifferenceRequest): DifferenceOutcome {
  const problem = requestProblem(request);
  if (problem) return { ok: false, message: problem };
  const { a, b, outline } = request;
  const unit = a.unit?.trim() || null;
  const minutes = request.rateMinutes ?? null;
  const divisor = minutes ?? 1;
  const toleranceMm = request.toleranceMm ?? DEFAULT_MATCH_TOLERANCE_MM;
  const definition = request.definition ?? DEFAULT_NON_UNIFORMITY;
  const method = request.method ?? 'thin-plate-spline';
  const m = matchSites(a.sites, b.sites, toleranceMm);
  const decimals = precisionOf([...a.sites, ...b.sites].map((s) => s.value));
  const all = [...a.sites, ...b.sites];
  const coordDecimals = precisionOf(all.flatMap((s) => [s.xMm, s.yMm]));
  const rounding: Rounding = { divisor, decimals, coordDecimals, minutes };
  const matched = pairDifferences(a.sites, b.sites, m.pairs, rounding);
  const matchedStats = summarizeValues(
    matched.map((d) => d.value),
    definition,
  );
  const allMatched = m.unmatchedA.length === 0 && m.unmatchedB.length === 0;
  const resolution = request.resolution === undefined ? {} : { resolution: request.resolution };
  const g = allMatched
    ? null
    : differenceGrid(a.sites, b.sites, outline, method, { divisor, ...resolution });
  const fields = g?.ok ? g : null;
  const gridProblem = g && !g.ok ? g.message : '';
  if (matched.length === 0 && !fields) {
    const why = gridProblem ? `; ${gridProblem}` : '.';
    return { ok: false, message: `No site of A has a site of B within ${toleranceMm} mm${why}` };
  }
  const shown = differenceUniformity(
    fields ? summarizeValues(fields.grid.insideValues, definition) : matchedStats,
  );
  const counts = `${m.unmatchedA.length} of A’s ${a.sites.length} sites and ${m.unmatchedB.length} of B’s ${b.sites.length} have no partner within ${toleranceMm} mm`;
  const notice = allMatched
    ? null
    : fields
      ? `${counts}, so the map is the difference of the two interpolated fields on a common grid, clipped to the edge exclusion; its statistics are over that grid.`
      : `${counts}, and no interpolated field could be built (${gridProblem}); the map shows the ${matched.length} matched sites only.`;
  return {
    ok: true,
    difference: {
      method: fields ? 'interpolated-grid' : 'matched-sites',
      toleranceMm,
      unit: minutes === null ? unit : rateUnit(unit),
      sampleUnit: unit,
      interpolation: method,
      rateMinutes: minutes,
      decimals: minutes === null ? decimals : rateDecimals(decimals, minutes),
      matched,
      unmatchedA: unmatched(a.sites, m.unmatchedA, fields?.fieldB ?? null, 1, rounding, outline),
      unmatchedB: unmatched(b.sites, m.unmatchedB, fields?.fieldA ?? null, -1, rounding, outline),
      stats: shown.stats,
      nonUniformityNote: shown.note,
      matchedStats: differenceUniformity(matchedStats).stats,
      grid: fields?.grid ?? null,
      notice,
    },
  };
}
