/**
 * What the compare view reads from each sample's stored records: the properties present across
 * the samples, the units the chosen property is stored in, and per sample the placed sites of
 * that property in one unit (converted for display only when the user asks for it), with what
 * was left out and why. Pure: records in, plain values out.
 */
import { type Placement, placeRecord } from '../frames/placement';
import type { PointMm } from '../geometry/point';
import { isFitQualityName } from '../units/fitQuality';
import { slotNumber } from './comparisonTable';
import type { DifferenceSite } from './difference';

/** The fields of a stored record the comparison reads. */
export interface CompareRecord {
  property_name: string;
  property_value: number;
  property_unit: string | null;
  coord_ref_frame: string | null;
  coord_units: string | null;
  coord_x: number | null;
  coord_y: number | null;
  annotation_metadata?: Record<string, unknown> | null;
}

/** A property found on the compared samples. */
export interface PropertyAcross {
  name: string;
  /** How many of the samples have at least one record of it. */
  sampleCount: number;
  /** Records of it over all samples. */
  recordCount: number;
}

/**
 * Every property of the samples' records: measured quantities before fit-quality ones (GOF, MSE:
 * isFitQualityName), then those on most samples first (ties: more records, then by name), so the
 * default choice is the measured property the samples share.
 */
export function propertiesAcross(samples: readonly (readonly CompareRecord[])[]): PropertyAcross[] {
  const byName = new Map<string, PropertyAcross>();
  for (const records of samples) {
    const seen = new Set<string>();
    for (const r of records) {
      const p = byName.get(r.property_name) ?? {
        name: r.property_name,
        sampleCount: 0,
        recordCount: 0,
      };
      p.recordCount += 1;
      if (!seen.has(r.property_name)) p.sampleCount += 1;
      seen.add(r.property_name);
      byName.set(r.property_name, p);
    }
  }
  const fitQualityLast = (p: PropertyAcross) => (isFitQualityName(p.name) ? 1 : 0);
  return [...byName.values()].sort(
    (a, b) =>
      fitQualityLast(a) - fitQualityLast(b) ||
      b.sampleCount - a.sampleCount ||
      b.recordCount - a.recordCount ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

/** Which records to use and in which unit ('' = no unit). */
export interface UnitChoice {
  /** The unit the values are shown in. */
  unit: string;
  /**
   * Convert records in other units of the same dimension to `unit` (display only). The factor
   * turns a value in `from` into `unit`; null: not convertible (the record is left out).
   * Absent: only records stored in `unit` are used.
   */
  factor?: (from: string) => number | null;
}

/** One sample's sites of the chosen property, and what was left out. */
export interface SampleSites {
  sites: DifferenceSite[];
  /** Records of the property in another unit (not converted). */
  otherUnit: number;
  /** Records of the property that could not be placed (no coordinates, unknown units, stage frame without calibration). */
  unplaced: number;
  /** Records converted from another unit. */
  converted: number;
}

/** A record's site number (`metadata.site`, a whole number ≥ 1), or null. */
export function siteNumberOf(metadata: Record<string, unknown> | null | undefined): number | null {
  const site = metadata?.site;
  const n = typeof site === 'string' && /^\d+$/.test(site.trim()) ? Number(site) : site;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : null;
}

/**
 * The sites of `property` among `records` in the chosen unit: placed in sample mm (placeRecord;
 * `stageToSample` places stage_absolute records), values multiplied by the unit factor when
 * converting, each with its site number when the metadata has one. Records with a non-finite
 * value count as unplaced.
 */
export function sitesOfProperty(
  records: readonly CompareRecord[],
  property: string,
  choice: UnitChoice,
  stageToSample: ((p: PointMm) => PointMm) | null = null,
): SampleSites {
  const out: SampleSites = { sites: [], otherUnit: 0, unplaced: 0, converted: 0 };
  for (const r of records) {
    if (r.property_name !== property) continue;
    const unit = r.property_unit ?? '';
    let factor = unit === choice.unit ? 1 : null;
    if (factor === null && choice.factor) factor = choice.factor(unit);
    if (factor === null) {
      out.otherUnit += 1;
      continue;
    }
    const placed: Placement = placeRecord(r, stageToSample);
    if (!placed.placed || !Number.isFinite(r.property_value)) {
      out.unplaced += 1;
      continue;
    }
    if (unit !== choice.unit) out.converted += 1;
    out.sites.push({
      xMm: placed.point.xMm,
      yMm: placed.point.yMm,
      value: factor === 1 ? r.property_value : r.property_value * factor,
      site: siteNumberOf(r.annotation_metadata),
    });
  }
  return out;
}

/**
 * The slot of a sample: the `slot` an import wrote into its records' metadata (the first record
 * that has one), else a slot read from the sample's name (slotNumber); null when neither.
 */
export function slotOfSample(
  name: string | null,
  records: readonly Pick<CompareRecord, 'annotation_metadata'>[],
): number | null {
  for (const r of records) {
    const slot = r.annotation_metadata?.slot;
    if (typeof slot === 'number' && Number.isInteger(slot) && slot > 0) return slot;
    if (typeof slot === 'string') {
      const n = slotNumber(slot);
      if (n !== null) return n;
    }
  }
  return slotNumber(name);
}

/** The spec limits the samples share, for the trend chart and the lot page. */
export interface SharedLimits {
  /** The limits every compared sample has, identical on all; {} otherwise (then none are drawn). */
  limits: { lsl?: number; usl?: number };
  /** How many samples have limits for the property in the shown unit. */
  withLimits: number;
  /** How many samples are compared. */
  total: number;
  /** True when two samples' limits differ. */
  conflict: boolean;
  /**
   * What the limits are across the lot, one phrase for the screen and the lot page alike (they
   * print "Spec limits: <summary>."): "none set", "LSL 9.6, USL 10.5 on all 25 samples", "set on
   * 1 of 25 samples (LSL 9.6, USL 10.5); not drawn, as the other 24 have none", or, when they
   * differ, "differ between the 3 samples that have them (LSL 9.6 or 9.7; USL 10.5) …".
   */
  summary: string;
}

type Limits = { lsl?: number; usl?: number };

/** "LSL 9.6 or 9.7, USL 10.5": the distinct values of each limit, in order of first appearance. */
function limitValuesText(given: readonly Limits[], format: (v: number) => string): string {
  const part = (key: 'lsl' | 'usl', label: string) => {
    const values = [...new Set(given.map((l) => l[key]))].map((v) =>
      v === undefined ? 'none' : format(v),
    );
    return values.every((v) => v === 'none') ? '' : `${label} ${values.join(' or ')}`;
  };
  return [part('lsl', 'LSL'), part('usl', 'USL')].filter(Boolean).join(', ');
}

/**
 * The limits of the lot from each compared sample's own (null or {} without): drawn only when
 * every sample has the same LSL and USL; otherwise `summary` says how many have which (see
 * SharedLimits). `format` writes a limit value (default String).
 */
export function sharedLimits(
  perSample: readonly (Limits | null | undefined)[],
  format: (v: number) => string = String,
): SharedLimits {
  const total = perSample.length;
  const given = perSample.filter(
    (l): l is Limits => !!l && (l.lsl !== undefined || l.usl !== undefined),
  );
  const [first] = given;
  if (!first) return { limits: {}, withLimits: 0, total, conflict: false, summary: 'none set' };
  const conflict = given.some((l) => l.lsl !== first.lsl || l.usl !== first.usl);
  const values = limitValuesText(given, format);
  const missing = total - given.length;
  if (!conflict && missing === 0) {
    const limits: Limits = {};
    if (first.lsl !== undefined) limits.lsl = first.lsl;
    if (first.usl !== undefined) limits.usl = first.usl;
    const on = total === 1 ? 'on the 1 sample' : `on all ${total} samples`;
    return { limits, withLimits: given.length, total, conflict, summary: `${values} ${on}` };
  }
  const none = missing === 1 ? 'the other 1 has none' : `the other ${missing} have none`;
  const summary = conflict
    ? `differ between the ${given.length} of ${total} samples that have them (${values})${
        missing > 0 ? `, and ${none}` : ''
      }; not drawn on the lot chart, each map shows its own`
    : `set on ${given.length} of ${total} samples (${values}); not drawn on the lot chart, as ${none}`;
  return { limits: {}, withLimits: given.length, total, conflict, summary };
}

/**
 * A stand-in outline for a sample whose outline nobody set: the rectangle around its sites,
 * centred on the origin, 10 % (at least 1 mm) beyond the farthest site on each axis, with no
 * edge exclusion; a 10 mm square when there are no sites.
 */
export function outlineAroundSites(sites: readonly PointMm[]): {
  kind: 'rectangle';
  widthMm: number;
  heightMm: number;
  edgeExclusionMm: number;
} {
  let x = 0;
  let y = 0;
  for (const s of sites) {
    if (Number.isFinite(s.xMm)) x = Math.max(x, Math.abs(s.xMm));
    if (Number.isFinite(s.yMm)) y = Math.max(y, Math.abs(s.yMm));
  }
  const side = (h: number) => (h > 0 ? 2 * (h + Math.max(1, 0.1 * h)) : 10);
  return { kind: 'rectangle', widthMm: side(x), heightMm: side(y), edgeExclusionMm: 0 };
}
