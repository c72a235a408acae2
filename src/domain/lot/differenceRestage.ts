/**
 * Staging a difference map a second time (issue 16: pressing "Stage the difference" twice
 * staged every site twice). A difference is identified by its property name and its source
 * pair (metadata `source_a_sample_id`, `source_b_sample_id`, see differenceAnnotations.ts);
 * one of its values by that identity plus its position. The plan:
 * - values already stored on the sample (same identity, position and value) are not staged again;
 * - annotations staged earlier from the same difference are replaced by the fresh ones (a new
 *   tolerance or rate changes them), unless the fresh ones are the same values at the same
 *   places, in which case nothing changes and the caller says they are already staged.
 */

import { placeRecord } from '../frames/placement';
import type { PointMm } from '../geometry/point';
import type { JsonObject } from '../jsonObject';
import type { StagedAnnotation } from '../staging/staged';

/** A stored annotation of the target sample, placed in the sample frame (mm). */
export interface StoredDerived {
  xMm: number;
  yMm: number;
  propertyName: string;
  propertyValue: number;
  propertyUnit: string | null;
  metadata: JsonObject | null;
}

export interface DifferenceStagingPlan {
  /** Annotations to stage. */
  add: StagedAnnotation[];
  /** localIds of the earlier staging of the same difference, to remove in the same step. */
  remove: string[];
  /** Fresh values identical to ones already staged (nothing is added or removed then). */
  alreadyStaged: number;
  /** Fresh values already stored on the sample (never staged again). */
  alreadyStored: number;
}

/** Positions equal to 0.1 µm are the same site (staged and stored positions come from the same records). */
const POSITION_DECIMALS = 4;

function identity(
  propertyName: string,
  unit: string | null,
  metadata: JsonObject | null,
): string | null {
  if (metadata?.derived !== 'difference') return null;
  const a = metadata.source_a_sample_id;
  const b = metadata.source_b_sample_id;
  if (typeof a !== 'string' || typeof b !== 'string') return null;
  return JSON.stringify([propertyName, unit ?? '', a, b]);
}

const placeKey = (xMm: number, yMm: number) =>
  `${xMm.toFixed(POSITION_DECIMALS)},${yMm.toFixed(POSITION_DECIMALS)}`;

/** Same value up to float noise (the values are rounded to their decimals before staging). */
const sameValue = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));

function valueKeyed<T>(items: readonly T[], key: (t: T) => string | null, value: (t: T) => number) {
  const map = new Map<string, number[]>();
  for (const t of items) {
    const k = key(t);
    if (k === null) continue;
    map.set(k, [...(map.get(k) ?? []), value(t)]);
  }
  return (k: string, v: number) => map.get(k)?.some((x) => sameValue(x, v)) ?? false;
}

/**
 * Plan the staging of `fresh` (from differenceToStaged, all of one difference) on a sample with
 * `staged` annotations and `stored` records (see the module comment). Pure; the counts are exact.
 */
export function planDifferenceStaging(
  fresh: readonly StagedAnnotation[],
  staged: readonly StagedAnnotation[],
  stored: readonly StoredDerived[],
): DifferenceStagingPlan {
  const first = fresh[0];
  const id = first ? identity(first.propertyName, first.propertyUnit, first.metadata) : null;
  if (id === null) return { add: [...fresh], remove: [], alreadyStaged: 0, alreadyStored: 0 };
  const keyOf = (p: { xMm: number; yMm: number }) => `${id}@${placeKey(p.xMm, p.yMm)}`;
  const isStored = valueKeyed(
    stored,
    (s) => (identity(s.propertyName, s.propertyUnit, s.metadata) === id ? keyOf(s) : null),
    (s) => s.propertyValue,
  );
  const toStage = fresh.filter((f) => !isStored(keyOf(f), f.propertyValue));
  const alreadyStored = fresh.length - toStage.length;
  const earlier = staged.filter((s) => identity(s.propertyName, s.propertyUnit, s.metadata) === id);
  const isStaged = valueKeyed(earlier, keyOf, (s) => s.propertyValue);
  const unchanged =
    earlier.length === toStage.length && toStage.every((f) => isStaged(keyOf(f), f.propertyValue));
  if (unchanged) return { add: [], remove: [], alreadyStaged: toStage.length, alreadyStored };
  return { add: toStage, remove: earlier.map((s) => s.localId), alreadyStaged: 0, alreadyStored };
}

/** A stored record as the API returns it (the fields planDifferenceStaging needs). */
interface StoredRecord {
  coord_ref_frame: string | null;
  coord_units: string | null;
  coord_x: number | null;
  coord_y: number | null;
  property_name: string;
  property_value: number;
  property_unit: string | null;
  annotation_metadata: JsonObject | null;
}

/** The derived-difference records among `records`, placed in the sample frame (unplaced ones dropped). */
export function storedDerived(
  records: readonly StoredRecord[],
  stageToSample: ((p: PointMm) => PointMm) | null,
): StoredDerived[] {
  const out: StoredDerived[] = [];
  for (const r of records) {
    if (r.annotation_metadata?.derived !== 'difference') continue;
    const placed = placeRecord(r, stageToSample);
    if (!placed.placed) continue;
    out.push({
      ...placed.point,
      propertyName: r.property_name,
      propertyValue: r.property_value,
      propertyUnit: r.property_unit,
      metadata: r.annotation_metadata,
    });
  }
  return out;
}

/** What one press of "Stage the difference" did, for the message under the form. */
export interface DifferenceStagingResult {
  sampleName: string;
  propertyName: string;
  staged: number;
  replaced: number;
  alreadyStaged: number;
  alreadyStored: number;
}

/**
 * The sentence for `r`, e.g. "Staged 49 annotations of “thickness difference” on S02.",
 * "49 difference values of “thickness difference” are already staged on S02; nothing was staged
 * again.", or with what was replaced and what is already stored.
 */
export function differenceStagingMessage(r: DifferenceStagingResult): string {
  const values = (k: number) => `${k} difference value${k === 1 ? '' : 's'}`;
  const are = (k: number) => (k === 1 ? 'is' : 'are');
  const name = `“${r.propertyName}”`;
  if (r.staged === 0) {
    const parts = [
      r.alreadyStaged > 0
        ? `${values(r.alreadyStaged)} of ${name} ${are(r.alreadyStaged)} already staged on ${r.sampleName}`
        : null,
      r.alreadyStored > 0
        ? `${values(r.alreadyStored)} of ${name} ${are(r.alreadyStored)} already stored on ${r.sampleName}`
        : null,
    ].filter((p) => p !== null);
    return `${parts.join('; ') || 'Nothing to stage'}; nothing was staged again.`;
  }
  const replaced =
    r.replaced > 0 ? `, replacing the ${r.replaced} staged earlier from the same pair` : '';
  const stored =
    r.alreadyStored > 0
      ? ` ${values(r.alreadyStored)} ${are(r.alreadyStored)} already stored and ${r.alreadyStored === 1 ? 'was' : 'were'} left out.`
      : '';
  return `Staged ${r.staged} annotation${r.staged === 1 ? '' : 's'} of ${name} on ${r.sampleName}${replaced}.${stored}`;
}
