import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ComparisonRow } from '../domain/lot/comparisonTable';
import { sampleStatistics } from '../domain/lot/lotStatistics';
import { comparisonToCsv } from './exportComparison';

const [stats] = sampleStatistics([
  { sampleId: 'u1', name: '=HYPERLINK("x")', values: [0.1, 0.2, 0.7] },
]);
const row: ComparisonRow = {
  ...(stats as NonNullable<typeof stats>),
  slot: 3,
  date: '2024-01-15T10:00:00.000Z',
};

describe('comparisonToCsv', () => {
  const csv = comparisonToCsv(
    [row, { ...row, sampleId: 'u2', name: 'B', slot: null, n: 0, mean: null }],
    {
      unit: 'nm',
      propertyName: 'thickness',
    },
  );
  const parsed = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' }).data;

  it('writes units, the NU definition and every statistic rounded by the display rule, without float noise', () => {
    expect(parsed[0]).toEqual([
      'Property',
      'Sample ID',
      'Sample',
      'Slot',
      'Date',
      'n',
      'Mean (nm)',
      'σ (n−1) (nm)',
      'Min (nm)',
      'Max (nm)',
      'Range (nm)',
      '%σ (%)',
      'Non-uniformity (%, (max − min) / (2 · mean))',
    ]);
    const r = parsed[1] ?? [];
    // Values with 1 decimal: min, max, range with 1; mean and σ with 1 + 1 + 1 (CSV) = 3;
    // percentages 3 + 1 = 4.
    expect(r.slice(6, 13)).toEqual(['0.333', '0.321', '0.1', '0.7', '0.6', '96.4365', '90']);
    expect(r.slice(3, 6)).toEqual(['3', '2024-01-15T10:00:00.000Z', '3']);
  });

  it('guards formula-like names, leaves missing values empty, ends lines with CRLF', () => {
    expect(parsed[1]?.[2]).toBe('\'=HYPERLINK("x")');
    expect(parsed[2]?.slice(3, 7)).toEqual(['', '2024-01-15T10:00:00.000Z', '0', '']);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
  });
});
