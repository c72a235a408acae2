/**
 * The "Comparison" table's model: one row per sample with its statistics, the columns it shows
 * and how it sorts (by date, name, slot or any statistic).
 */

import { naturalCompare } from '../values/naturalOrder';
import type { SampleStatistics } from './lotStatistics';

/** A comparison row: a sample's statistics plus what the table sorts by besides them. */
export interface ComparisonRow extends SampleStatistics {
  /** ISO 8601 date-time the sample was created (or measured); null when unknown. */
  date: string | null;
  /** Slot number (from the import's `slot` metadata or the name); null when unknown. */
  slot: number | null;
}

export type ComparisonColumnKey =
  | 'name'
  | 'slot'
  | 'date'
  | 'n'
  | 'mean'
  | 'sd'
  | 'min'
  | 'max'
  | 'range'
  | 'pctSd'
  | 'nonUniformity';

/** How a column's values read: in the property's unit, in %, a count, text or a date. */
export type ColumnKind = 'value' | 'percent' | 'count' | 'text' | 'date';

export interface ComparisonColumn {
  key: ComparisonColumnKey;
  label: string;
  kind: ColumnKind;
}

/** The table's columns in display order (the CSV export uses the same). */
export const COMPARISON_COLUMNS: readonly ComparisonColumn[] = [
  { key: 'name', label: 'Sample', kind: 'text' },
  { key: 'slot', label: 'Slot', kind: 'count' },
  { key: 'date', label: 'Date', kind: 'date' },
  { key: 'n', label: 'n', kind: 'count' },
  { key: 'mean', label: 'Mean', kind: 'value' },
  { key: 'sd', label: 'σ (n−1)', kind: 'value' },
  { key: 'min', label: 'Min', kind: 'value' },
  { key: 'max', label: 'Max', kind: 'value' },
  { key: 'range', label: 'Range', kind: 'value' },
  { key: 'pctSd', label: '%σ', kind: 'percent' },
  { key: 'nonUniformity', label: 'Non-uniformity', kind: 'percent' },
];

export interface ComparisonSort {
  key: ComparisonColumnKey;
  direction: 'asc' | 'desc';
}

/** A row's value in a column: a number, a string, or null (no value). */
export function cellValue(row: ComparisonRow, key: ComparisonColumnKey): number | string | null {
  return row[key];
}

function compareValues(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return naturalCompare(String(a), String(b));
}

/**
 * The rows sorted by `sort` (a new array; the input is not changed). Rows without a value in the
 * column go last in either direction; ties keep the input order (the sort is stable). Names
 * sort naturally (naturalOrder.ts: Slot1, Slot2, slot 3, Slot 07, Slot10); dates sort as instants (unparseable dates count as none).
 */
export function sortComparisonRows(
  rows: readonly ComparisonRow[],
  sort: ComparisonSort,
): ComparisonRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const sortValue = (r: ComparisonRow): number | string | null => {
    const v = cellValue(r, sort.key);
    if (sort.key !== 'date' || v === null) return v;
    const t = Date.parse(String(v));
    return Number.isNaN(t) ? null : t;
  };
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      }
      const c = compareValues(a.value, b.value);
      return c !== 0 ? sign * c : a.index - b.index;
    })
    .map((e) => e.row);
}

/**
 * A slot number from text: `7`, `07`, `Slot07`, `slot 7` → 7; null for anything else (a name
 * without `slot`, more than 3 digits, 0).
 */
export function slotNumber(text: string | null | undefined): number | null {
  const t = (text ?? '').trim();
  const m = /^(?:.*?slot[\s_-]*)?0*(\d{1,3})$/i.exec(t) ?? /slot[\s_-]*0*(\d{1,3})(?!\d)/i.exec(t);
  const n = m ? Number(m[1]) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : null;
}
