import { describe, expect, it } from 'vitest';
import { naturalCompare, naturalKey } from './naturalOrder';

describe('natural order of names', () => {
  it('the tester’s slots: case, separators and leading zeros ignored, numbers as numbers', () => {
    const names = ['Slot1', 'Slot2', 'Slot10', 'slot 3', 'Slot 07', 'Slot 07 200mm'];
    expect([...names].sort(naturalCompare)).toEqual([
      'Slot1',
      'Slot2',
      'slot 3',
      'Slot 07',
      'Slot 07 200mm',
      'Slot10',
    ]);
  });

  it('underscores and hyphens between letters and digits, accents, and any input order', () => {
    const names = ['W-10', 'w_2', 'W 01', 'Wäfer 3', 'wafer 2', 'W3'];
    const sorted = ['W 01', 'w_2', 'W3', 'W-10', 'wafer 2', 'Wäfer 3'];
    expect([...names].sort(naturalCompare)).toEqual(sorted);
    expect([...names].reverse().sort(naturalCompare)).toEqual(sorted);
  });

  it('keys', () => {
    expect(naturalKey(' Slot 07 200mm ')).toBe('slot7 200mm');
    expect(naturalKey('SLOT-007')).toBe('slot7');
    expect(naturalKey('run 1.05 nm')).toBe('run1.05 nm');
    expect(naturalKey('lot  0 x')).toBe('lot0 x');
  });

  it('names with the same key still have one order', () => {
    expect(naturalCompare('Slot 7', 'slot07')).not.toBe(0);
    expect(Math.sign(naturalCompare('Slot 7', 'slot07'))).toBe(
      -Math.sign(naturalCompare('slot07', 'Slot 7')),
    );
  });
});

describe('equal names', () => {
  it('names differing only in case compare equal, for the caller to break the tie', () => {
    expect(naturalCompare('Al', 'al')).toBe(0);
  });
});
