import { describe, expect, it } from 'vitest';
import { allInUnit, commonDisplayUnits, resolveUnit, unitBreakdown, unitLabel } from './units';

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

describe('commonDisplayUnits', () => {
  it('offers each unit when all records are in known units of one dimension', () => {
    expect(commonDisplayUnits(unitBreakdown([rec('nm'), rec('nm'), rec('Å')]))).toEqual([
      'nm',
      'Å',
    ]);
    expect(commonDisplayUnits(unitBreakdown([rec('ohm-cm'), rec('mΩ·cm')]))).toEqual([
      'ohm-cm',
      'mΩ·cm',
    ]);
  });

  it('offers nothing for one unit, mixed dimensions, or records without a unit', () => {
    expect(commonDisplayUnits(unitBreakdown([rec('nm'), rec('nm')]))).toEqual([]);
    expect(commonDisplayUnits(unitBreakdown([rec('nm'), rec('Ω/sq')]))).toEqual([]);
    expect(commonDisplayUnits(unitBreakdown([rec('nm'), rec(null)]))).toEqual([]);
    expect(commonDisplayUnits(unitBreakdown([rec('nm'), rec('eV')]))).toEqual([]);
  });

  it('reads an all-in choice', () => {
    expect(allInUnit('all-in:nm')).toBe('nm');
    expect(allInUnit('nm')).toBeNull();
    expect(allInUnit(null)).toBeNull();
  });
});
