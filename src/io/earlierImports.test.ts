import { describe, expect, it } from 'vitest';
import { countFromSource } from './earlierImports';

const metadata = [
  { source_file: 'kla.csv', source_row: 32, wafer_id: 'Slot07' },
  { source_file: 'kla.csv', source_row: 33, wafer_id: 'Slot07' },
  { source_file: 'kla.csv', source_row: 90, wafer_id: 'Slot08' },
  { source_file: 'other.csv', source_row: 2 },
  null,
  { pattern: 'polar-49', site: 1 },
];

describe('countFromSource', () => {
  it('counts the annotations imported from a file, per KLA wafer', () => {
    expect(countFromSource(metadata, 'kla.csv', 'Slot07')).toBe(2);
    expect(countFromSource(metadata, 'kla.csv', 'Slot09')).toBe(0);
    expect(countFromSource(metadata, 'kla.csv', null)).toBe(3);
    expect(countFromSource(metadata, 'other.csv', null)).toBe(1);
  });

  it('never matches pasted text (no file name)', () => {
    expect(countFromSource(metadata, null, null)).toBe(0);
  });
});
