/**
 * "Stage the difference as <property>": a difference map (difference.ts) as staged annotations
 * on a chosen sample, each naming both sources in its metadata, so a derived map is stored and
 * reviewed like any measured one.
 */
import type { StagedAnnotation } from '../staging/staged';
import type { Difference } from './difference';

/** One of the two compared samples. */
export interface DifferenceSourceSample {
  sampleId: string;
  sampleName: string;
  propertyName: string;
}

export interface StageDifferenceRequest {
  difference: Difference;
  a: DifferenceSourceSample;
  b: DifferenceSourceSample;
  /** Property name of the staged annotations, e.g. `thickness removed` or `etch rate`. */
  propertyName: string;
  /**
   * Where each annotation sits: at A's sites, B's sites, or midway between each matched pair.
   * Stage at the sites of the sample the annotations go to, so they line up with its records.
   */
  positions: 'a' | 'b' | 'midpoint';
  /**
   * With positions 'a' or 'b': also stage that sample's unmatched sites, each against the other
   * sample's interpolated field (their metadata says `difference_method: 'interpolated'`).
   */
  includeInterpolated: boolean;
  /** char_source_type of every annotation; default none. */
  charSourceType?: string | null;
}

/** Metadata every annotation of the difference shares. */
function commonMetadata(r: StageDifferenceRequest): Record<string, unknown> {
  const d = r.difference;
  return {
    derived: 'difference',
    formula: d.rateMinutes === null ? 'A − B' : '(A − B) / t',
    source_a_sample_id: r.a.sampleId,
    source_a_sample_name: r.a.sampleName,
    source_a_property: r.a.propertyName,
    source_b_sample_id: r.b.sampleId,
    source_b_sample_name: r.b.sampleName,
    source_b_property: r.b.propertyName,
    source_unit: d.sampleUnit,
    match_tolerance_mm: d.toleranceMm,
    ...(d.rateMinutes === null ? {} : { rate_minutes: d.rateMinutes }),
  };
}

/**
 * Staged annotations of the difference: one per matched pair (value A − B, or the rate), at the
 * position `positions` names, then (see includeInterpolated) one per unmatched site of that
 * sample that has an interpolated difference. Unit: the difference's unit. Metadata: both
 * samples' ids, names and properties, the sample unit, the tolerance, the formula, the rate time,
 * `difference_method` ('matched-site' or 'interpolated', then with `interpolation`), and the
 * site numbers (`site`: the positioned sample's; `source_a_site`, `source_b_site`) when known.
 * Throws RangeError for a blank property name. `newId` makes each localId.
 */
export function differenceToStaged(
  request: StageDifferenceRequest,
  newId: () => string,
): StagedAnnotation[] {
  const propertyName = request.propertyName.trim();
  if (propertyName === '') throw new RangeError('name the property of the difference');
  const d = request.difference;
  const common = commonMetadata(request);
  const make = (xMm: number, yMm: number, value: number, extra: Record<string, unknown>) => ({
    localId: newId(),
    xMm,
    yMm,
    propertyName,
    propertyValue: value,
    propertyUnit: d.unit,
    charSourceType: request.charSourceType?.trim() || null,
    metadata: { ...common, ...extra },
    site: null,
  });
  const siteFields = (site: number | null, key: string) => (site === null ? {} : { [key]: site });
  const out: StagedAnnotation[] = d.matched.map((m) => {
    const [x, y, site] =
      request.positions === 'a'
        ? [m.aXMm, m.aYMm, m.aSite]
        : request.positions === 'b'
          ? [m.bXMm, m.bYMm, m.bSite]
          : [m.xMm, m.yMm, null];
    return make(x, y, m.value, {
      difference_method: 'matched-site',
      ...siteFields(site, 'site'),
      ...siteFields(m.aSite, 'source_a_site'),
      ...siteFields(m.bSite, 'source_b_site'),
    });
  });
  if (!request.includeInterpolated || request.positions === 'midpoint') return out;
  const side = request.positions;
  for (const u of side === 'a' ? d.unmatchedA : d.unmatchedB) {
    if (u.interpolatedDifference === null) continue;
    out.push(
      make(u.xMm, u.yMm, u.interpolatedDifference, {
        difference_method: 'interpolated',
        // The other sample's field, as actually built (IDW when the spline could not be).
        interpolation: (side === 'a' ? d.grid?.methods.b : d.grid?.methods.a) ?? d.interpolation,
        ...siteFields(u.site, 'site'),
        ...siteFields(u.site, side === 'a' ? 'source_a_site' : 'source_b_site'),
      }),
    );
  }
  return out;
}
