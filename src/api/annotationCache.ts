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
 * The list with `records` written in, in one pass: each is replaced in place when present,
 * removed when it no longer matches the list's filters, appended (in the given order) when it is
 * new and matches. Returns the same array when nothing changes. O(list + records), so writing a
 * chunk of 1,000 into a list of 100,000 stays cheap.
 */
export function upsertRecords(
  list: readonly SpatialAnnotation[],
  filters: AnnotationFilters,
  records: readonly SpatialAnnotation[],
): SpatialAnnotation[] {
  if (records.length === 0) return list as SpatialAnnotation[];
  const incoming = new Map(records.map((r) => [r.id, r]));
  let changed = false;
  const next: SpatialAnnotation[] = [];
  for (const r of list) {
    const update = incoming.get(r.id);
    if (!update) {
      next.push(r);
      continue;
    }
    incoming.delete(r.id);
    changed = true;
    if (matchesFilters(update, filters)) next.push(update);
  }
  for (const r of incoming.values()) {
    if (!matchesFilters(r, filters)) continue;
    next.push(r);
    changed = true;
  }
  return changed ? next : (list as SpatialAnnotation[]);
}

/** One record written in; see upsertRecords. */
export function upsertRecord(
  list: readonly SpatialAnnotation[],
  filters: AnnotationFilters,
  record: SpatialAnnotation,
): SpatialAnnotation[] {
  return upsertRecords(list, filters, [record]);
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
