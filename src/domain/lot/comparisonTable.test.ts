import { describe, expect, it } from 'vitest';
import { type ComparisonRow, slotNumber, sortComparisonRows } from './comparisonTable';
import { sampleStatistics } from './lotStatistics';

const row = (
  name: string,
  values: number[],
  slot: number | null,
  date: string | null,
): ComparisonRow => {
  const [s] = sampleStatistics([{ sampleId: `id-${name}`, name, values }]);
  if (!s) throw new Error('no statistics');
  return { ...s, slot, date };
};
const rows = [
  row('Slot10', [3, 5], 10, '2024-03-01T10:00:00Z'),
  row('Slot2', [1, 2, 3], 2, null),
  row('slot1', [], 1, '2024-01-01T00:00:00+05:00'),
  row('Slot3', [2, 2], null, '2023-12-31T20:00:00Z'),
];
const names = (r: ComparisonRow[]) => r.map((x) => x.name);

describe('sortComparisonRows', () => {
  it('sorts names naturally, either way', () => {
    expect(names(sortComparisonRows(rows, { key: 'name', direction: 'asc' }))).toEqual([
      'slot1',
      'Slot2',
      'Slot3',
      'Slot10',
    ]);
    expect(names(sortComparisonRows(rows, { key: 'name', direction: 'desc' }))).toEqual([
      'Slot10',
      'Slot3',
      'Slot2',
      'slot1',
    ]);
  });

  it('sorts by slot and statistics with missing values last in both directions', () => {
    expect(names(sortComparisonRows(rows, { key: 'slot', direction: 'asc' }))).toEqual([
      'slot1',
      'Slot2',
      'Slot10',
      'Slot3',
    ]);
    expect(names(sortComparisonRows(rows, { key: 'mean', direction: 'desc' }))).toEqual([
      'Slot10',
      'Slot2',
      'Slot3',
      'slot1',
    ]);
    expect(names(sortComparisonRows(rows, { key: 'sd', direction: 'asc' }))).toEqual([
      'Slot3',
      'Slot2',
      'Slot10',
      'slot1',
    ]);
  });

  it('sorts dates as instants, whatever their zone', () => {
    // 2024-01-01T00:00+05:00 is 2023-12-31T19:00Z, before Slot3's 20:00Z.
    expect(names(sortComparisonRows(rows, { key: 'date', direction: 'asc' }))).toEqual([
      'slot1',
      'Slot3',
      'Slot10',
      'Slot2',
    ]);
  });

  it('keeps ties in input order and leaves the input alone', () => {
    const tied = [row('B', [1], null, null), row('A', [1], null, null)];
    expect(names(sortComparisonRows(tied, { key: 'mean', direction: 'desc' }))).toEqual(['B', 'A']);
    const copy = [...rows];
    sortComparisonRows(rows, { key: 'name', direction: 'asc' });
    expect(rows).toEqual(copy);
  });
});

describe('slotNumber', () => {
  it.each([
    ['7', 7],
    ['07', 7],
    ['Slot07', 7],
    ['slot_12 after', 12],
    ['lot 3 slot 4', 4],
    ['W07', null],
    ['0', null],
    ['1234', null],
    [null, null],
  ])('%j → %j', (text, n) => {
    expect(slotNumber(text)).toBe(n);
  });
});
