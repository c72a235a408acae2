import { describe, expect, it } from 'vitest';
import { formatStat } from '../values/formatStat';
import type { ComparisonRow } from './comparisonTable';
import { sampleStatistics } from './lotStatistics';
import { columnDecimals, csvNumber, lotDecimals } from './tableFormat';

// Slot01's extremes and a few values, with 4 decimals as the KLA file writes them.
const values = [9.5002, 10.6835, 9.79, 9.8813, 9.7878];
const row = (vals: number[], name = 'S01'): ComparisonRow => ({
  ...(sampleStatistics([{ sampleId: name, name, values: vals }])[0] as ComparisonRow),
  date: null,
  slot: null,
});

describe('the comparison’s decimals (the display rule)', () => {
  it('min, max and range with the data’s decimals; mean and σ one more; percentages 3', () => {
    const r = row(values);
    const d = lotDecimals([r]);
    expect(d).toBe(4);
    const text = (k: 'min' | 'max' | 'range' | 'mean' | 'sd' | 'pctSd') =>
      formatStat(r[k], columnDecimals(k, d));
    // Not "9.50020", "1.18330", "0.244166" (invented digits), nor "10.684" (lost).
    expect(text('min')).toBe('9.5002');
    expect(text('max')).toBe('10.6835');
    expect(text('range')).toBe('1.1833');
    expect(text('mean')).toBe('9.92856');
    expect(text('sd')).toBe('0.44572');
    expect(text('pctSd')).toBe('4.489');
  });

  it('values converted by ×10 (nm → Å) need one decimal fewer, beside a sample with 1 decimal', () => {
    const inA = row(values.map((v) => v * 10));
    const other = row([95.1, 101.3], 'other');
    const d = lotDecimals([inA, other]);
    expect(d).toBe(3);
    expect(formatStat(inA.max, columnDecimals('max', d))).toBe('106.835');
    expect(formatStat(other.max, columnDecimals('max', d))).toBe('101.300');
  });

  it('the CSV has no float noise: range and mean rounded, mean/σ/percentages one digit more than the screen', () => {
    const r = row(values);
    expect(r.range).not.toBe(1.1833);
    expect(csvNumber(r, 'range', 4)).toBe(1.1833);
    expect(csvNumber(r, 'mean', 4)).toBe(9.92856);
    expect(csvNumber(r, 'sd', 4)).toBe(0.445722);
    expect(csvNumber(r, 'pctSd', 4)).toBe(4.4893);
    expect(csvNumber(r, 'n', 4)).toBe(5);
    expect(csvNumber(r, 'name', 4)).toBe('S01');
  });
});
