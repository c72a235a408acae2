import { describe, expect, it } from 'vitest';
import {
  describeSkipReason,
  describeUnitSuggestion,
  isFitQuality,
  mappingProblems,
  withoutFitQuality,
} from './importMessages';
import type { ImportMapping } from './mapping';

const mapping = (names: string[]): ImportMapping => ({
  coordinates: { kind: 'xy', xColumn: 0, yColumn: 1 },
  coordinateUnit: 'mm',
  yAxis: 'up',
  originOffset: { x: 0, y: 0 },
  decimalComma: false,
  values: names.map((propertyName, i) => ({ column: i + 2, propertyName, propertyUnit: null })),
  long: null,
});

describe('describeUnitSuggestion', () => {
  it('names both units and the counts', () => {
    expect(
      describeUnitSuggestion({
        from: 'mm',
        to: 'µm',
        factor: 1000,
        reason: 'outside',
        insideBefore: 0,
        insideAfter: 13,
        total: 13,
        farthestMm: 140000,
      }),
    ).toBe(
      'Coordinates look like µm, not mm: 13 of 13 points fall inside the outline when read as µm (0 now).',
    );
  });

  it('says where bunched points lie and what the larger unit would do', () => {
    expect(
      describeUnitSuggestion({
        from: 'mm',
        to: 'cm',
        factor: 0.1,
        reason: 'bunched',
        insideBefore: 5,
        insideAfter: 5,
        total: 5,
        farthestMm: 7,
      }),
    ).toBe(
      'Coordinates may be in cm, not mm: every point lies within 7.00 mm of the centre; read as cm they spread over the sample (5 of 5 inside).',
    );
  });
});

describe('describeSkipReason', () => {
  it('says why a row was skipped', () => {
    expect(describeSkipReason('coordinates')).toBe('coordinates missing or unreadable');
    expect(describeSkipReason('no-values')).toBe('no readable value');
  });
});

describe('fit-quality columns', () => {
  it('recognises GOF, MSE, χ² and R² but not thickness', () => {
    const names = ['GOF', 'MSE', 'chi2', 'χ²', 'R²', 'Thickness # 1', 'GOFfset'];
    expect(
      names.map((n) => isFitQuality({ column: 0, propertyName: n, propertyUnit: null })),
    ).toEqual([true, true, true, true, true, false, false]);
  });

  it('leaves them out of the starting mapping', () => {
    const m = withoutFitQuality(mapping(['1st Thickness', 'GOF']));
    expect(m.values.map((v) => v.propertyName)).toEqual(['1st Thickness']);
  });

  it('keeps them when nothing else would be imported', () => {
    expect(withoutFitQuality(mapping(['MSE'])).values).toHaveLength(1);
  });
});

describe('mappingProblems', () => {
  const header = ['x', 'y', 'thickness', 'GOF'];

  it('accepts a complete mapping', () => {
    expect(mappingProblems(mapping(['thickness']), header)).toEqual([]);
  });

  it('asks for a value column and for property names', () => {
    expect(mappingProblems(mapping([]), header)).toEqual(['Add at least one value column.']);
    expect(mappingProblems(mapping([' ']), header)).toEqual([
      'Name the property of column “thickness”.',
    ]);
  });

  it('refuses one column for both coordinates, or a coordinate as a value', () => {
    const m = mapping(['thickness']);
    const same = { ...m, coordinates: { kind: 'xy' as const, xColumn: 0, yColumn: 0 } };
    expect(mappingProblems(same, header)).toEqual(['“x” cannot be both coordinates.']);
    const asValue = { ...m, values: [{ column: 1, propertyName: 'y', propertyUnit: null }] };
    expect(mappingProblems(asValue, header)).toEqual(['“y” is a coordinate column.']);
  });

  it('refuses two columns stored as the same property and unit', () => {
    const m = mapping(['thickness']);
    const twice = {
      ...m,
      values: [
        { column: 2, propertyName: 'thickness', propertyUnit: 'nm' },
        {
          column: 3,
          propertyName: 'thickness ',
          propertyUnit: 'Å',
          convertTo: { unit: 'nm', factor: 0.1 },
        },
      ],
    };
    expect(mappingProblems(twice, header)).toEqual([
      '“thickness” and “GOF” are both stored as “thickness” (nm): rename one or leave one out.',
    ]);
    const units = { ...twice, values: twice.values.map((v) => ({ ...v, convertTo: null })) };
    expect(mappingProblems(units, header)).toEqual([]);
  });

  it('asks for coordinate columns that exist', () => {
    const m = { ...mapping(['t']), coordinates: { kind: 'pair' as const, column: -1 } };
    expect(mappingProblems(m, header)).toEqual(['Choose the coordinate columns.']);
  });
});
