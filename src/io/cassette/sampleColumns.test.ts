import { describe, expect, it } from 'vitest';
import { defaultKeyColumns, detectSampleColumns } from './sampleColumns';
import { fileStem, findSiteColumn, slotFromName } from './waferBuilder';

describe('detectSampleColumns', () => {
  it('recognises wafer, sample, slot and lot headers however they are written', () => {
    const header = ['WaferID', 'x', 'Sample Name', 'Slot #', 'lot_id', 'Thickness', 'wafer x'];
    expect(detectSampleColumns(header).map((c) => [c.column, c.role])).toEqual([
      [0, 'wafer'],
      [2, 'sample'],
      [3, 'slot'],
      [4, 'lot'],
    ]);
    expect(
      detectSampleColumns(['wafer_id', 'WAFER', 'Substrate', 'LOT']).map((c) => c.role),
    ).toEqual(['wafer', 'wafer', 'sample', 'lot']);
  });

  it('ignores look-alikes: wafer x, lotion, slotted, samples', () => {
    expect(detectSampleColumns(['wafer x', 'lotion', 'slotted', 'samples', 'site'])).toEqual([]);
  });
});

describe('defaultKeyColumns', () => {
  const cols = (header: string[]) => defaultKeyColumns(detectSampleColumns(header));
  it('prefers a wafer or sample column, then lot and slot together, then slot alone', () => {
    expect(cols(['lot', 'slot', 'sample', 'x'])).toEqual([2]);
    expect(cols(['slot', 'x', 'lot'])).toEqual([2, 0]);
    expect(cols(['x', 'slot'])).toEqual([1]);
  });
  it('does not split by a lot column alone', () => {
    expect(cols(['lot', 'x', 'y'])).toEqual([]);
  });
});

describe('names from files', () => {
  it('takes the stem of a path and the slot a name spells out', () => {
    expect(fileStem('C:\\runs\\W07.after.txt')).toBe('W07.after');
    expect(fileStem('/data/.hidden')).toBe('.hidden');
    expect(slotFromName('Slot07 before')).toBe('7');
    expect(slotFromName('lot3_SLOT_12')).toBe('12');
    expect(slotFromName('W07')).toBeNull();
    expect(slotFromName('slot1234')).toBeNull();
  });
  it('finds the site column: Site #, Point, Pt, #', () => {
    expect(findSiteColumn(['X', 'Site #'])).toBe(1);
    expect(findSiteColumn(['Point', 'X'])).toBe(0);
    expect(findSiteColumn(['x', 'y', 'thickness'])).toBeNull();
  });
});
