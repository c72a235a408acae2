/**
 * Pure updates of cached annotation lists, for mutations that write to the React Query cache
 * before (optimistic) or after the server answers. Every cached list of a sample is keyed by its
 * filters (annotationKeys.list), so an updated record may have to enter or leave a list.
 */
import type {
  AnnotationCreate,
  AnnotationFilters,
  AnnotationUpdate,
  SpatialAnnotation,
} from './schemas';

/** True when the record would be in the answer of `GET .../annotations/` with these filters. */
export function matchesFilters(r: SpatialAnnotation, f: AnnotationFilters): boolean {
  if (f.property_name !== undefined && r.property_name !== f.property_name) return false;
  if (f.char_source_type !== undefined && r.char_source_type !== f.char_source_type) return false;
  const inRange = (v: number | null, min?: number, max?: number) =>
    (min === undefined || (v !== null && v >= min)) &&
    (max === undefined || (v !== null && v <= max));
  return inRange(r.coord_x, f.x_min, f.x_max) && inRange(r.coord_y, f.y_min, f.y_max);
}

/**
 * The list with `record` written in: replaced in place when present, removed when it no longer
 * matches the list's filters, appended when it is new and matches. Returns the same array when
 * nothing changes.
 */
export function upsertRecord(
  list: readonly SpatialAnnotation[],
  filters: AnnotationFilters,
  record: SpatialAnnotation,
): SpatialAnnotation[] {
  const at = list.findIndex((r) => r.id === record.id);
  const matches = matchesFilters(record, filters);
  if (at < 0) return matches ? [...list, record] : (list as SpatialAnnotation[]);
  if (!matches) return list.filter((r) => r.id !== record.id);
  const next = [...list];
  next[at] = record;
  return next;
}

/** The list without the records whose ids are given (the same array when none is there). */
export function removeRecords(
  list: readonly SpatialAnnotation[],
  ids: ReadonlySet<string>,
): SpatialAnnotation[] {
  return list.some((r) => ids.has(r.id))
    ? list.filter((r) => !ids.has(r.id))
    : (list as SpatialAnnotation[]);
}

/** A stored record with a PATCH body applied, as the server is expected to answer it. */
export function applyUpdate(
  record: SpatialAnnotation,
  changes: AnnotationUpdate,
): SpatialAnnotation {
  const { metadata, ...fields } = changes;
  const next: SpatialAnnotation = { ...record };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) (next as Record<string, unknown>)[key] = value;
  }
  if (metadata !== undefined) next.annotation_metadata = metadata;
  return next;
}

/**
 * The create body that stores the same measurement again (for "Undo" of a delete): every field
 * the API accepts, with the stored metadata. Id, timestamp and version are the server's.
 */
export function recordToCreate(r: SpatialAnnotation): AnnotationCreate {
  return {
    property_name: r.property_name,
    property_value: r.property_value,
    property_unit: r.property_unit,
    char_source_type: r.char_source_type,
    coord_ref_frame: r.coord_ref_frame,
    coord_units: r.coord_units,
    coord_x: r.coord_x,
    coord_y: r.coord_y,
    coord_z: r.coord_z,
    data_id: r.data_id,
    metadata: r.annotation_metadata,
  };
}
