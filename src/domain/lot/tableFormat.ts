/**
 * Decimals of the comparison's figures (table on screen, CSV, PDF, gallery tiles, lot summary),
 * by the one display rule of values/decimalPrecision.ts: min, max and range with the data's own
 * decimals (the most any compared sample's values carry, in the unit shown), mean, σ and the
 * lot statistics with STAT_EXTRA_DECIMALS more, percentages with PERCENT_DECIMALS.
 */
import {
  CSV_EXTRA_DECIMALS,
  PERCENT_DECIMALS,
  roundToDecimals,
  statDecimalsOf,
} from '../values/decimalPrecision';
import type { ComparisonColumnKey, ComparisonRow } from './comparisonTable';

/** The data's decimals over the rows: the most any row's values carry; 0 without rows. */
export function lotDecimals(rows: readonly { decimals: number }[]): number {
  return rows.reduce((d, r) => Math.max(d, r.decimals), 0);
}

/**
 * Decimals of column `key` for rows whose data carry `dataDecimals`: min, max, range →
 * dataDecimals; mean, σ → statDecimalsOf(dataDecimals); %σ and NU → PERCENT_DECIMALS; other
 * columns 0. `target` 'csv' adds CSV_EXTRA_DECIMALS to mean, σ and the percentages.
 */
export function columnDecimals(
  key: ComparisonColumnKey,
  dataDecimals: number,
  target: 'screen' | 'csv' = 'screen',
): number {
  const extra = target === 'csv' ? CSV_EXTRA_DECIMALS : 0;
  switch (key) {
    case 'min':
    case 'max':
    case 'range':
      return dataDecimals;
    case 'mean':
    case 'sd':
      return statDecimalsOf(dataDecimals) + extra;
    case 'pctSd':
    case 'nonUniformity':
      return PERCENT_DECIMALS + extra;
    default:
      return 0;
  }
}

/** The value of `key` in `row` rounded for a CSV file (no float noise; see columnDecimals). */
export function csvNumber(row: ComparisonRow, key: ComparisonColumnKey, dataDecimals: number) {
  const v = row[key];
  if (typeof v !== 'number' || key === 'n' || key === 'slot') return v;
  return roundToDecimals(v, columnDecimals(key, dataDecimals, 'csv'));
}
