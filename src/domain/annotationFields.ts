/**
 * The property and coordinate fields of an annotation as Atomscale's API names them, in the API
 * reference's order. The API schemas (src/api/schemas.ts) validate them; the CSV export writes
 * them as its columns (src/io/exportCsv.ts), so both read this one list.
 */

/**
 * The field names, in order: the columns of a CSV export, what a resubmit compares, and (with
 * `data_id`) what the local server stores.
 */
export const ANNOTATION_VALUE_FIELDS = [
  'property_name',
  'property_value',
  'property_unit',
  'char_source_type',
  'coord_ref_frame',
  'coord_units',
  'coord_x',
  'coord_y',
  'coord_z',
] as const;

/** One of ANNOTATION_VALUE_FIELDS. */
export type AnnotationValueField = (typeof ANNOTATION_VALUE_FIELDS)[number];

/**
 * The values of those fields (coordinates in `coord_units` of the `coord_ref_frame`): what a
 * request body and a stored record share. Absent or null = not given.
 */
export interface AnnotationValues {
  property_name: string;
  property_value: number;
  property_unit?: string | null;
  char_source_type?: string | null;
  coord_ref_frame?: string | null;
  coord_units?: string | null;
  coord_x?: number | null;
  coord_y?: number | null;
  coord_z?: number | null;
}
