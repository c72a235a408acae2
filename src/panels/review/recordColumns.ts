/**
 * Widths of the Annotations table's numeric columns (#, x, y, value) and of its unit column,
 * sized to the records listed (see tableColumns.ts), so no number is cut at any panel width.
 */
import type { SpatialAnnotation } from '../../api/schemas';
import { formatMm } from '../../domain/values/formatMm';
import { columnWidth, formatTableValue, longestText, numberChars } from '../tableColumns';

/** CSS widths of the sized columns. */
export interface RecordColumnWidths {
  num: string;
  x: string;
  y: string;
  value: string;
  unit: string;
}

/** A unit longer than this (characters) is cut with an ellipsis (its tooltip tells it). */
const UNIT_MAX_CHARS = 8;

/**
 * The columns' widths for `records`. Coordinates print with a fixed number of decimals, so the
 * longest is that of the smallest or the largest coordinate; values are measured one by one
 * (100,000 records: a few ms).
 */
export function recordColumnWidths(records: readonly SpatialAnnotation[]): RecordColumnWidths {
  const coordChars = (pick: (r: SpatialAnnotation) => number | null) => {
    let min = 0;
    let max = 0;
    for (const r of records) {
      const v = pick(r);
      if (v === null) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    return Math.max(formatMm(min).length, formatMm(max).length);
  };
  let valueChars = 0;
  for (const r of records)
    valueChars = Math.max(valueChars, numberChars(formatTableValue(r.property_value)));
  const units = records.map((r) => r.property_unit ?? '');
  return {
    // The number is a link, with 4 px padding either side.
    num: columnWidth(String(records.length).length, '#', true, 8),
    x: columnWidth(
      coordChars((r) => r.coord_x),
      'x',
      true,
    ),
    y: columnWidth(
      coordChars((r) => r.coord_y),
      'y',
      true,
    ),
    value: columnWidth(valueChars, 'Value', true),
    unit: columnWidth(Math.min(longestText(units), UNIT_MAX_CHARS), 'Unit', true),
  };
}
