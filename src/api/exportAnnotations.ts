/** What the export buttons write: staged or stored annotations as CSV, and the file names. */
import type { StagedAnnotation } from '../domain/staging/staged';
import { annotationsToCsv } from '../io/exportCsv';
import type { SpatialAnnotation } from './schemas';
import { SAMPLE_FRAME, stagedToAnnotationCreate } from './toRequest';

/**
 * Staged annotations as an annotation CSV, exactly as a submit would send them in the
 * sample_relative frame (mm, origin at the sample centre, +y up): what the importer reads back
 * as the same points. Of the metadata, only the site, wafer_id and slot columns are written.
 */
export function stagedToCsv(staged: readonly StagedAnnotation[]): string {
  return annotationsToCsv(staged.map((s) => stagedToAnnotationCreate(s, SAMPLE_FRAME)));
}

/** Stored records as an annotation CSV, with `id` and `last_updated` after the API fields. */
export function recordsToCsv(records: readonly SpatialAnnotation[]): string {
  return annotationsToCsv(records, { includeRecordFields: true });
}

/**
 * A download name such as `demo-150-mm-si-wafer_staged_2026-04-03.csv`: the sample name reduced
 * to lower-case letters, digits and dashes (at most 60), what it holds, and the local date.
 */
export function exportFileName(
  sampleName: string | null,
  what: 'staged' | 'stored' | 'map' | 'comparison' | 'difference' | 'lot-report',
  extension: 'csv' | 'png' | 'pdf',
  date: Date,
): string {
  const slug =
    (sampleName ?? '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'sample';
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${slug}_${what}_${day}.${extension}`;
}
