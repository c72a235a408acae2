/**
 * Widths of the Staged annotations table's numeric columns (#, site, x, y, value) and of its
 * unit column, sized to the staged annotations (see tableColumns.ts), so no number is cut.
 */
import type { StagedAnnotation } from '../../domain/staging/staged';
import { formatMm } from '../../domain/values/formatMm';
import { columnWidth, formatTableValue, longestText, numberChars } from '../tableColumns';

/** CSS widths of the sized columns. */
export interface StagedColumnWidths {
  num: string;
  site: string;
  x: string;
  y: string;
  value: string;
  unit: string;
}

/** A unit longer than this (characters) is cut with an ellipsis (its tooltip tells it). */
const UNIT_MAX_CHARS = 8;

/** The columns' widths for `staged`, whose site labels on the page shown are `sites`. */
export function stagedColumnWidths(
  staged: readonly StagedAnnotation[],
  sites: readonly string[],
): StagedColumnWidths {
  return {
    num: columnWidth(String(staged.length).length, '#'),
    site: columnWidth(Math.max(longestText(sites), 3), 'Site'),
    x: columnWidth(longestText(staged.map((a) => formatMm(a.xMm))), 'x (mm)'),
    y: columnWidth(longestText(staged.map((a) => formatMm(a.yMm))), 'y (mm)'),
    value: columnWidth(
      Math.max(0, ...staged.map((a) => numberChars(formatTableValue(a.propertyValue)))),
      'Value',
    ),
    unit: columnWidth(
      Math.min(longestText(staged.map((a) => a.propertyUnit ?? '')), UNIT_MAX_CHARS),
      'Unit',
    ),
  };
}
