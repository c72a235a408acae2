import { describe, expect, it } from 'vitest';
import { anImportMapping } from '../testing/importBuilders';
import { propertyFromHeader } from './units';
import {
  preferredUnit,
  reduceName,
  suggestPropertyName,
  unitOffer,
  withVocabulary,
} from './vocabulary';

/** The suggestion for a file header, as the import dialog makes it (unit taken off first). */
const fromHeader = (header: string, known = []) =>
  suggestPropertyName(propertyFromHeader(header).name, known);

describe('reduceName', () => {
  it.each([
    ['Thickness # 1', 'thickness', 1],
    ['1st Thickness', 'thickness', 1],
    ['2nd Thickness', 'thickness', 2],
    ['thickness_2', 'thickness', 2],
    ['GOF ', 'gof', null],
    ['Sheet-Resistance', 'sheet resistance', null],
    ['SiO2', 'sio2', null],
    ['n of Cauchy @ 632.8 nm', 'n of cauchy @ 632 8 nm', null],
  ])('%j → %j, %j', (name, core, index) => {
    expect(reduceName(name)).toEqual({ core, index });
  });
});

describe('suggestPropertyName', () => {
  it.each([
    ['Thickness # 1 (nm)', 'thickness'],
    ['1st Thickness', 'thickness'],
    ['Thickness # 2 (nm)', 'thickness_2'],
    ['GOF', 'gof'],
    ['GOF ', 'gof'],
    ['MSE', 'mse'],
    ['Rs (ohm/sq)', 'sheet_resistance'],
    ['Sheet Resistance [ohm/sq]', 'sheet_resistance'],
    ['rho_ohm-cm', 'resistivity'],
    ['n of Cauchy @ 632.8 nm', 'refractive_index'],
    ['k', 'extinction_coefficient'],
    ['Roughness (nm)', 'roughness'],
  ])('suggests %j → %j from the built-in list', (header, name) => {
    expect(fromHeader(header)).toEqual({ name, source: 'builtin' });
  });

  it('keeps a name it does not know as the file wrote it', () => {
    expect(fromHeader('Z Align')).toEqual({ name: 'Z Align', source: 'file' });
    expect(fromHeader(' Bow ')).toEqual({ name: 'Bow', source: 'file' });
  });

  it("prefers the lab's own name for the same quantity", () => {
    const known = [
      { name: 'Film_Thickness', unit: 'nm' },
      { name: 'thickness', unit: 'nm' },
      { name: 'Rs', unit: 'Ω/sq' },
      { name: 'Bow', unit: 'µm' },
    ];
    expect(suggestPropertyName('1st Thickness', known)).toEqual({
      name: 'Film_Thickness',
      source: 'known',
    });
    expect(suggestPropertyName('Thickness # 2', known)).toEqual({
      name: 'Film_Thickness_2',
      source: 'known',
    });
    expect(suggestPropertyName('sheet resistance', known)).toEqual({ name: 'Rs', source: 'known' });
    expect(suggestPropertyName('BOW', known)).toEqual({ name: 'Bow', source: 'known' });
    expect(suggestPropertyName('GOF', known)).toEqual({ name: 'gof', source: 'builtin' });
  });
});

describe('preferredUnit', () => {
  it("is the lab's unit for the name, else the built-in one", () => {
    expect(preferredUnit('thickness', [{ name: 'thickness', unit: 'Å' }])).toBe('Å');
    expect(preferredUnit('thickness')).toBe('nm');
    expect(preferredUnit('sheet_resistance')).toBe('Ω/sq');
    expect(preferredUnit('gof')).toBeNull();
    expect(preferredUnit('Bow', [{ name: 'Bow', unit: null }])).toBeNull();
  });
});

describe('withVocabulary', () => {
  it('renames columns and writes units the app way, never two columns as one property', () => {
    const m = anImportMapping({
      values: [
        { column: 2, propertyName: 'Thickness # 1', propertyUnit: 'nm' },
        { column: 3, propertyName: 'Film thickness', propertyUnit: 'nm' },
        { column: 4, propertyName: 'Rs', propertyUnit: 'ohm/sq' },
        { column: 5, propertyName: 'GOF', propertyUnit: null },
      ],
    });
    expect(withVocabulary(m).values).toEqual([
      { column: 2, propertyName: 'thickness', propertyUnit: 'nm' },
      { column: 3, propertyName: 'Film thickness', propertyUnit: 'nm' },
      { column: 4, propertyName: 'sheet_resistance', propertyUnit: 'Ω/sq' },
      { column: 5, propertyName: 'gof', propertyUnit: null },
    ]);
  });

  it('leaves the long layout alone', () => {
    const long = anImportMapping({
      values: [],
      long: { nameColumn: 0, valueColumn: 1, unitColumn: null },
    });
    expect(withVocabulary(long)).toBe(long);
  });
});

describe('unitOffer (import columns and manual entry)', () => {
  it('offers the stored unit of the same dimension, never across dimensions or for the same unit', () => {
    const known = [{ name: 'thickness', unit: 'nm' }];
    expect(unitOffer('thickness', 'A', known)).toEqual({ from: 'Å', to: 'nm' });
    expect(unitOffer(' thickness ', 'um', known)).toEqual({ from: 'µm', to: 'nm' });
    expect(unitOffer('thickness', 'nm', known)).toBeNull();
    expect(unitOffer('thickness', 'ohm/sq', known)).toBeNull();
    expect(unitOffer('thickness', '', known)).toBeNull();
    expect(unitOffer('gof', 'A', known)).toBeNull();
    // Without records, the built-in property's usual unit.
    expect(unitOffer('sheet_resistance', 'kohm/sq')).toEqual({ from: 'kΩ/sq', to: 'Ω/sq' });
  });
});
