import { describe, expect, it } from 'vitest';
import { conversionFactor, convertValue } from './convert';
import { powerOfTen, scaleValue } from './scale';
import { knownUnit, normalizeUnit, sameDimension } from './symbols';

describe('normalizeUnit', () => {
  it.each([
    ['A', 'Å'],
    ['Å', 'Å'],
    ['\u212B', 'Å'],
    ['ang', 'Å'],
    ['Angstrom', 'Å'],
    ['angstroms', 'Å'],
    [' nm ', 'nm'],
    ['um', 'µm'],
    ['μm', 'µm'],
    ['micron', 'µm'],
    ['mm', 'mm'],
    ['ohm/sq', 'Ω/sq'],
    ['Ohms/square', 'Ω/sq'],
    ['Ω/□', 'Ω/sq'],
    ['ohm/sq', 'Ω/sq'],
    ['ohm per sq', 'Ω/sq'],
    ['ohmsq', 'Ω/sq'],
    ['kohm/sq', 'kΩ/sq'],
    ['ohm-cm', 'Ω·cm'],
    ['ohm cm', 'Ω·cm'],
    ['Ω·cm', 'Ω·cm'],
    ['mohm-cm', 'mΩ·cm'],
    ['mΩ·cm', 'mΩ·cm'],
    ['pct', '%'],
    ['%', '%'],
    ['eV', 'eV'],
    ['a.u.', 'a.u.'],
  ])('writes %j as %j', (text, symbol) => {
    expect(normalizeUnit(text)).toBe(symbol);
  });

  it('reads blank as no unit and keeps mega-ohm apart from milli-ohm', () => {
    expect(normalizeUnit('  ')).toBeNull();
    expect(normalizeUnit(null)).toBeNull();
    expect(knownUnit('MΩ·cm')).toBeNull();
    expect(normalizeUnit('MOhm-cm')).toBe('MOhm-cm');
  });

  it('knows which units share a dimension', () => {
    expect(sameDimension('A', 'nm')).toBe(true);
    expect(sameDimension('ohm-cm', 'mΩ·cm')).toBe(true);
    expect(sameDimension('ohm/sq', 'ohm-cm')).toBe(false);
    expect(sameDimension('nm', 'eV')).toBe(false);
  });
});

describe('conversionFactor', () => {
  it.each([
    ['Å', 'nm', 0.1],
    ['nm', 'Å', 10],
    ['µm', 'nm', 1000],
    ['mm', 'µm', 1000],
    ['A', 'um', 0.0001],
    ['Ω·cm', 'mΩ·cm', 1000],
    ['mohm-cm', 'ohm-cm', 0.001],
    ['kΩ/sq', 'ohm/sq', 1000],
    ['%', 'pct', 1],
    ['nm', 'nm', 1],
  ])('%s → %s is %d', (from, to, factor) => {
    expect(conversionFactor(from, to)).toBe(factor);
  });

  it.each([
    ['nm', 'Ω/sq'],
    ['Ω/sq', 'Ω·cm'],
    ['eV', 'nm'],
    [null, 'nm'],
  ])('refuses %s → %s', (from, to) => {
    expect(conversionFactor(from, to)).toBeNull();
  });

  it('converts values exactly for powers of ten', () => {
    expect(convertValue(98.5, 'Å', 'nm')).toBe(9.85);
    expect(convertValue(9.7878, 'Å', 'nm')).toBe(0.97878);
    expect(convertValue(1.5e-7, 'nm', 'Å')).toBe(1.5e-6);
    expect(convertValue(101.25, 'nm', 'nm')).toBe(101.25);
    expect(convertValue(1, 'nm', 'eV')).toBeNull();
  });
});

describe('scaleValue', () => {
  it('moves the decimal point for powers of ten, multiplies otherwise', () => {
    expect(0.1 * 98.5).not.toBe(9.85);
    expect(scaleValue(98.5, 0.1)).toBe(9.85);
    expect(scaleValue(-3.3, 1000)).toBe(-3300);
    expect(scaleValue(2, 25.4)).toBe(50.8);
    expect(scaleValue(Number.NaN, 10)).toBeNaN();
    expect(powerOfTen(0.001)).toBe(-3);
    expect(powerOfTen(25.4)).toBeNull();
    expect(powerOfTen(0)).toBeNull();
  });
});
