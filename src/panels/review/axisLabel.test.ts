import { describe, expect, it } from 'vitest';
import { axisLabelText, fitAxisLabel, middleEllipsis } from './axisLabel';

const LONG = 'sheet_resistance_after_anneal_at_450C_in_forming_gas';

describe('middleEllipsis', () => {
  it('keeps a text that fits', () => {
    expect(middleEllipsis('thickness', 9)).toBe('thickness');
    expect(middleEllipsis('thickness', 40)).toBe('thickness');
  });

  it('cuts the middle, the head taking the odd character', () => {
    expect(middleEllipsis('abcdefghij', 5)).toBe('ab…ij');
    expect(middleEllipsis('abcdefghij', 6)).toBe('abc…ij');
    expect(middleEllipsis(LONG, 20)).toBe('sheet_resi…rming_gas');
    expect(Array.from(middleEllipsis(LONG, 20))).toHaveLength(20);
  });

  it('counts code points, so no surrogate pair is split', () => {
    expect(middleEllipsis('𝜌𝜌𝜌𝜌𝜌𝜌', 4)).toBe('𝜌𝜌…𝜌');
  });

  it('gives the ellipsis alone when not even two characters fit', () => {
    expect(middleEllipsis('abc', 1)).toBe('…');
    expect(middleEllipsis('abc', 0)).toBe('…');
  });
});

describe('fitAxisLabel', () => {
  it('keeps a label that fits, with its unit', () => {
    expect(fitAxisLabel('thickness', 'nm', 30)).toBe('thickness (nm)');
    expect(fitAxisLabel('gof', null, 3)).toBe('gof');
    expect(axisLabelText('thickness', '')).toBe('thickness');
  });

  it('cuts the name in its middle and keeps the unit whole', () => {
    // 28 characters: 20 for the name, 8 for " (kΩ/sq)".
    expect(fitAxisLabel(LONG, 'kΩ/sq', 28)).toBe('sheet_resi…rming_gas (kΩ/sq)');
    expect(Array.from(fitAxisLabel(LONG, 'kΩ/sq', 28)).length).toBeLessThanOrEqual(28);
  });

  it('cuts the whole label once the unit leaves the name under 3 characters', () => {
    expect(fitAxisLabel(LONG, 'kΩ/sq', 10)).toBe('sheet…/sq)');
  });
});
