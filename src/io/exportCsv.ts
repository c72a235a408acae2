/**
 * Exporting annotations as CSV with the Atomscale API's field names, so a file written here can
 * be read back by the importer (preset "annotations") and by anything that speaks the API.
 */
import Papa from 'papaparse';
import { ANNOTATION_VALUE_FIELDS, type AnnotationValues } from '../domain/annotationFields';
import { FORMULA_START } from './formulaGuard';

/** The columns of every export, in order (the API's AnnotationCreate field names). */
export const ANNOTATION_CSV_FIELDS = ANNOTATION_VALUE_FIELDS;

/**
 * Where each annotation was measured, from its metadata (`site`, `wafer_id`, `slot`, as the
 * KLA import stores them); written after the API fields and read back by the importer.
 */
export const IDENTITY_CSV_FIELDS = ['site', 'wafer_id', 'slot'] as const;

/** Extra columns when exporting stored records. */
export const RECORD_CSV_FIELDS = ['id', 'last_updated'] as const;

/**
 * An annotation to export: a request body (`metadata`), or a stored record (with
 * `annotation_metadata`, `id` and `last_updated`).
 */
export type AnnotationCsvRow = AnnotationValues & {
  metadata?: Record<string, unknown> | null;
  annotation_metadata?: Record<string, unknown> | null;
  id?: string | null;
  last_updated?: string | null;
};

type CsvField = (typeof ANNOTATION_CSV_FIELDS)[number] | (typeof RECORD_CSV_FIELDS)[number];

/** A metadata value as a cell: numbers and text as they are, anything else empty. */
function identityCell(row: AnnotationCsvRow, key: (typeof IDENTITY_CSV_FIELDS)[number]) {
  const value = (row.metadata ?? row.annotation_metadata)?.[key];
  return typeof value === 'number' || typeof value === 'string' ? value : '';
}

export interface AnnotationsToCsvOptions {
  /** Add `id,last_updated` after the API fields; default: when every row has an `id`. */
  includeRecordFields?: boolean;
}

/** Numbers stay numbers so the formula guard never touches a negative value. */
function cell(value: string | number | null | undefined): string | number {
  return value === null || value === undefined ? '' : value;
}

/**
 * CSV text (RFC 4180 quoting by papaparse's unparse, every line ended by CRLF, header first) of
 * `rows`: ANNOTATION_CSV_FIELDS, IDENTITY_CSV_FIELDS (from the metadata), plus
 * RECORD_CSV_FIELDS for stored records. Numbers are written
 * with String(v), the shortest text that reads back as the same double; null and absent fields
 * are empty cells. Text that a spreadsheet would run as a formula gets a leading apostrophe (see
 * formulaGuard), which the importer removes, so names still round-trip.
 */
export function annotationsToCsv(
  rows: readonly AnnotationCsvRow[],
  options: AnnotationsToCsvOptions = {},
): string {
  const withRecord =
    options.includeRecordFields ?? (rows.length > 0 && rows.every((r) => typeof r.id === 'string'));
  const record: CsvField[] = withRecord ? [...RECORD_CSV_FIELDS] : [];
  const fields = [...ANNOTATION_CSV_FIELDS, ...IDENTITY_CSV_FIELDS, ...record];
  const data = rows.map((row) => [
    ...ANNOTATION_CSV_FIELDS.map((f) => cell(row[f])),
    ...IDENTITY_CSV_FIELDS.map((f) => identityCell(row, f)),
    ...record.map((f) => cell(row[f])),
  ]);
  // papaparse ends the text after the last record, or after the header when there is none.
  const csv = Papa.unparse(
    { fields, data },
    {
      newline: '\r\n',
      escapeFormulae: FORMULA_START,
    },
  );
  return csv.endsWith('\r\n') ? csv : `${csv}\r\n`;
}
