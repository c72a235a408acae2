/** Counts and sentences of a wafer's import plan (lotPlan.ts) that the preview shows. */
import type { StagedAnnotation } from '../../domain/staging/staged';
import { counted } from '../../domain/values/plural';

/** Distinct measured sites among staged annotations (one per position; GOF beside thickness adds values, not sites). */
export function siteCount(staged: readonly Pick<StagedAnnotation, 'xMm' | 'yMm'>[]): number {
  return new Set(staged.map((a) => `${a.xMm},${a.yMm}`)).size;
}

/**
 * One sentence for a wafer's unreadable cells: the cells the import could not read (and the
 * rows skipped for them) and the spreadsheet's cell errors are often the same cells (a formula,
 * #N/A), so they are said once: "2 cells could not be read (2 rows skipped); the cell errors
 * are listed below." Null when there is nothing to say.
 */
export function unreadableCellsMessage(
  problemCount: number,
  skippedCount: number,
  cellErrorCount: number,
): string | null {
  if (problemCount > 0) {
    const read = `${counted(problemCount, 'cell')} could not be read (${counted(skippedCount, 'row')} skipped)`;
    return cellErrorCount > 0
      ? `${read}; the spreadsheet’s cell errors are listed below.`
      : `${read}.`;
  }
  if (cellErrorCount > 0) {
    return `${counted(cellErrorCount, 'cell error')} (listed below), none in a value or coordinate that is imported.`;
  }
  return null;
}
