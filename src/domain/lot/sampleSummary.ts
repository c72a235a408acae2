/**
 * What the samples overview shows of one sample's stored annotations: how many, which
 * properties (name, unit, count), and the sites of the most measured property placed in the
 * sample frame for its small map. Pure.
 */
import { placeRecord } from '../frames/placement';
import type { PointMm } from '../geometry/point';
import { isFitQualityName } from '../units/fitQuality';
import { precisionOf } from '../values/decimalPrecision';
import { formatStat } from '../values/formatStat';

/** The fields of a stored annotation this reads (a SpatialAnnotation fits). */
export interface RecordForSummary {
  property_name: string;
  property_unit: string | null;
  property_value: number;
  coord_ref_frame: string | null;
  coord_units: string | null;
  coord_x: number | null;
  coord_y: number | null;
}

export interface PropertyCount {
  name: string;
  /** null: no unit. */
  unit: string | null;
  count: number;
}

export interface SummarySite {
  xMm: number;
  yMm: number;
  value: number;
}

export interface SampleSummary {
  /** Stored annotations of the sample. */
  count: number;
  /** One entry per property name and unit: measured before fit-quality (GOF, MSE), then most records first, then by name. */
  properties: PropertyCount[];
  /** The property drawn on the small map and its range: the first of `properties`; null without records. */
  shown: PropertyCount | null;
  /** Sites of the shown property placed in the sample frame (mm), with their values. */
  sites: SummarySite[];
  /** Records of the shown property that could not be placed (no coordinates, no calibration). */
  unplaced: number;
  /**
   * Smallest and largest value of the placed sites (the small map's colour range) and the
   * decimals the values carry (precisionOf); null: none.
   */
  range: { min: number; max: number; decimals: number } | null;
}

/**
 * Summarise a sample's records. `stageToSample` places `stage_absolute` records (the sample's
 * calibration); without it they are counted in `unplaced`, never drawn in a guessed place.
 */
export function summariseSample(
  records: readonly RecordForSummary[],
  stageToSample: ((p: PointMm) => PointMm) | null = null,
): SampleSummary {
  const byKey = new Map<string, PropertyCount>();
  for (const r of records) {
    const key = JSON.stringify([r.property_name, r.property_unit]);
    const entry = byKey.get(key) ?? { name: r.property_name, unit: r.property_unit, count: 0 };
    entry.count++;
    byKey.set(key, entry);
  }
  const fitQualityLast = (p: PropertyCount) => (isFitQualityName(p.name) ? 1 : 0);
  const properties = [...byKey.values()].sort(
    (a, b) =>
      fitQualityLast(a) - fitQualityLast(b) ||
      b.count - a.count ||
      a.name.localeCompare(b.name) ||
      (a.unit ?? '').localeCompare(b.unit ?? ''),
  );
  const shown = properties[0] ?? null;
  const sites: SummarySite[] = [];
  let unplaced = 0;
  if (shown) {
    for (const r of records) {
      if (r.property_name !== shown.name || r.property_unit !== shown.unit) continue;
      const placement = placeRecord(r, stageToSample);
      if (placement.placed && Number.isFinite(r.property_value)) {
        sites.push({ ...placement.point, value: r.property_value });
      } else unplaced++;
    }
  }
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const { value } of sites) {
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  const range: SampleSummary['range'] =
    sites.length === 0 ? null : { min, max, decimals: precisionOf(sites.map((s) => s.value)) };
  return { count: records.length, properties, shown, sites, unplaced, range };
}

/** "thickness [nm]" or "gof" for a property count. */
export function propertyLabel(p: Pick<PropertyCount, 'name' | 'unit'>): string {
  return p.unit ? `${p.name} [${p.unit}]` : p.name;
}

/**
 * The value range of a summary for the overview, by the display rule (decimalPrecision.ts: the
 * values' own decimals): "9.5002 – 10.6835 nm", or one figure when every value is the same
 * ("1.5 nm"); "—" without a range. Minus: U+2212.
 */
export function rangeText(range: SampleSummary['range'], unit: string | null): string {
  if (!range) return '—';
  const u = unit ? ` ${unit}` : '';
  const f = (v: number) => formatStat(v, range.decimals);
  return range.min === range.max ? `${f(range.min)}${u}` : `${f(range.min)} – ${f(range.max)}${u}`;
}
