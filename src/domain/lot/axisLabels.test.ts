import { describe, expect, it } from 'vitest';
import {
  lotAxisLabels,
  MAX_AXIS_LABEL_CHARS,
  middleEllipsis,
  rotatedLabelMargins,
} from './axisLabels';

describe('middleEllipsis', () => {
  it('keeps names that fit, and the distinguishing end of long ones', () => {
    expect(middleEllipsis('T3 Native oxide S01')).toBe('T3 Native oxide S01');
    expect(middleEllipsis('T3 Native oxide before the etch S01', 20)).toBe('T3 Nati…the etch S01');
    expect(middleEllipsis('T3 Native oxide before the etch S01', 20)).toHaveLength(20);
    expect([...middleEllipsis('x'.repeat(40))]).toHaveLength(MAX_AXIS_LABEL_CHARS);
    // Names that differ only at the end stay different.
    const a = middleEllipsis('Lot 7734 native oxide 300 mm before etch, slot 01');
    const b = middleEllipsis('Lot 7734 native oxide 300 mm before etch, slot 02');
    expect(a).not.toBe(b);
    expect(a.endsWith('slot 01')).toBe(true);
  });
});

describe('rotatedLabelMargins', () => {
  it('gives room for the longest label under and left of the plot', () => {
    // 19 characters at 11 px rotated 40°: 125.4 px wide → 80.6 + 8.4 + 12 under, 96.1 − 20 + 6 left.
    expect(rotatedLabelMargins(19, 11, -40, 20, 64)).toEqual({ bottomPx: 102, leftPx: 83 });
    expect(rotatedLabelMargins(4, 11, 0, 20, 64)).toEqual({ bottomPx: 23, leftPx: 64 });
  });
});

describe('lotAxisLabels', () => {
  const lot = (make: (slot: string) => string) =>
    Array.from({ length: 25 }, (_, i) => make(String(i + 1).padStart(2, '0')));
  it('keeps names that fit whole', () => {
    expect(lotAxisLabels(lot((s) => `T3 Native oxide S${s}`))[0]).toBe('T3 Native oxide S01');
  });
  it('keeps the distinguishing part of long names, wherever it is, with context', () => {
    const tagged = lotAxisLabels(lot((s) => `Slot${s} (run 17, lot 7734 before etch)`));
    expect(tagged[0]).toBe('Slot01 (run 17, lot 7…');
    expect(tagged[24]).toBe('Slot25 (run 17, lot 7…');
    const ending = lotAxisLabels(lot((s) => `Lot 7734 native oxide 300 mm before etch, slot ${s}`));
    expect(ending[0]).toBe('…before etch, slot 01');
    expect(new Set(ending).size).toBe(25);
    for (const l of [...tagged, ...ending])
      expect([...l].length).toBeLessThanOrEqual(MAX_AXIS_LABEL_CHARS);
  });
});
