/**
 * Imported points become staged annotations: one per value, at the point's position, with the
 * file and line they came from in `metadata` (sent to the API as the annotation's metadata).
 */
import type { StagedAnnotation } from '../domain/staging/staged';
import type { MappedPoint } from './mapping';
import { packMappedPoints, unpackStaged } from './packedStaged';

export interface ImportProvenance {
  /** The file name, or a label for pasted text; recorded as `metadata.source_file`. */
  sourceFile: string;
  /** `char_source_type` of every annotation; null to use `rowSources` (or none). */
  sourceType: string | null;
  /** Per file line: a `char_source_type` read from the file itself (annotation CSVs). */
  rowSources?: ReadonlyMap<number, string>;
  /** More metadata for every annotation, e.g. `{ wafer_id: 'Slot07', slot: 7 }` for a KLA wafer. */
  extraMetadata?: Readonly<Record<string, string | number>>;
  /**
   * Where each stored property came from, by JSON.stringify([name, unit]) of what is stored:
   * the file's column name (`source_column`) and, for values converted at import, the file's
   * unit (`source_unit`).
   */
  valueSources?: ReadonlyMap<string, ValueSource>;
}

/** The file column (and original unit) of one stored property. */
export interface ValueSource {
  sourceColumn: string;
  /** Set only when the values were converted: the unit the file wrote them in. */
  sourceUnit?: string | null;
}

/** Key of valueSources for a stored property name and unit. */
export const valueSourceKey = (name: string, unit: string | null): string =>
  JSON.stringify([name, unit?.trim() || null]);

/**
 * One StagedAnnotation per value of every point, in point order then value order (so the values
 * of one point stay together). Coordinates are the points' sample mm. `metadata` is
 * `{ source_file, source_row, source_column?, source_unit?, ...extraMetadata, ...identity }`
 * with `source_row` the 1-based file line and identity the row's site, wafer_id and slot.
 * Blank property units and source types become null. `newId` makes each `localId`.
 */
export function mappedPointsToStaged(
  points: readonly MappedPoint[],
  provenance: ImportProvenance,
  newId: () => string,
): StagedAnnotation[] {
  return unpackStaged(packMappedPoints(points, provenance), newId);
}
