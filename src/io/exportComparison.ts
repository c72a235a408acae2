/**
 * The "Comparison" table as CSV: one row per sample, the columns of COMPARISON_COLUMNS, the unit
 * and the non-uniformity definition written into the headers so the file stands on its own.
 */
import Papa from 'papaparse';
import { COMPARISON_COLUMNS, type ComparisonRow } from '../domain/lot/comparisonTable';
import { csvNumber, lotDecimals } from '../domain/lot/tableFormat';
import { NON_UNIFORMITY_DEFINITIONS } from '../domain/stats/uniformity';
import { FORMULA_START } from './formulaGuard';

export interface ComparisonCsvOptions {
  /** Unit of the compared property (null: none); appended to value headers as `Mean (nm)`. */
  unit: string | null;
  /** Property name, written as the first column of every row. */
  propertyName: string;
}

/** The CSV header of a column: its label with the unit or %, and the NU definition. */
function headerOf(
  column: (typeof COMPARISON_COLUMNS)[number],
  rows: readonly ComparisonRow[],
  unit: string | null,
): string {
  if (column.key === 'nonUniformity') {
    const id = rows[0]?.definition;
    const def = NON_UNIFORMITY_DEFINITIONS.find((d) => d.id === id);
    return def
      ? `Non-uniformity (%, ${def.formula.replace(/ · 100 %$/, '')})`
      : 'Non-uniformity (%)';
  }
  if (column.kind === 'percent') return `${column.label} (%)`;
  if (column.kind === 'value' && unit) return `${column.label} (${unit})`;
  return column.label;
}

/**
 * CSV text (RFC 4180 quoting by papaparse, CRLF line ends, header first) of the rows in the
 * order given (the table's sort). Columns: Property, Sample ID, then COMPARISON_COLUMNS. Numbers
 * are rounded by the display rule for CSV (tableFormat.ts csvNumber: min, max, range with the
 * data's decimals, mean and σ with 2 more, percentages with 4; no float noise) and written
 * with String(v) and the ASCII '-'; missing
 * values are empty cells. Text cells that a spreadsheet would run as formulas get a leading
 * apostrophe (see formulaGuard).
 */
export function comparisonToCsv(
  rows: readonly ComparisonRow[],
  options: ComparisonCsvOptions,
): string {
  const fields = [
    'Property',
    'Sample ID',
    ...COMPARISON_COLUMNS.map((c) => headerOf(c, rows, options.unit)),
  ];
  const decimals = lotDecimals(rows);
  const data = rows.map((r) => [
    options.propertyName,
    r.sampleId,
    ...COMPARISON_COLUMNS.map((c) => csvNumber(r, c.key, decimals) ?? ''),
  ]);
  const csv = Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: FORMULA_START });
  return csv.endsWith('\r\n') ? csv : `${csv}\r\n`;
}
