import { describe, expect, it } from 'vitest';
import { resolveUnit, unitBreakdown, unitLabel } from './units';

const rec = (property_unit: string | null) => ({ property_unit });

describe('unitBreakdown', () => {
  it('counts units, most frequent first, null as no unit', () => {
    expect(unitBreakdown([rec('Å'), rec('nm'), rec('nm'), rec(null), rec('')])).toEqual([
      { unit: 'nm', count: 2 },
      { unit: '', count: 2 },
      { unit: 'Å', count: 1 },
    ]);
    expect(unitBreakdown([])).toEqual([]);
  });
});

describe('resolveUnit', () => {
  const units = unitBreakdown([rec('nm'), rec('nm'), rec('Å')]);
  it('keeps a chosen unit that the records carry, else takes the most frequent', () => {
    expect(resolveUnit('Å', units)).toBe('Å');
    expect(resolveUnit('µm', units)).toBe('nm');
    expect(resolveUnit(null, units)).toBe('nm');
    expect(resolveUnit(null, [])).toBeNull();
  });

  it('writes the empty unit as "no unit"', () => {
    expect(unitLabel('')).toBe('no unit');
    expect(unitLabel('nm')).toBe('nm');
  });
});
