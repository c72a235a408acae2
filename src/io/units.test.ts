import { describe, expect, it } from 'vitest';
import { type RectangleOutline, standardWafer } from '../domain/geometry/outline';
import { suggestCoordinateUnit } from './unitSuggestion';
import { guessCoordinateUnit, propertyFromHeader, readCoordinateMm } from './units';

describe('guessCoordinateUnit', () => {
  it.each([
    ['X (cm)', 'cm'],
    ['x_mm', 'mm'],
    ['X [um]', 'µm'],
    ['x (µm)', 'µm'],
    ['x (\u03bcm)', 'µm'],
    ['X(in)', 'in'],
    ['x_inch', 'in'],
    ['Y [mm]', 'mm'],
    ['radius_microns', 'µm'],
    ['Xmm', 'mm'],
    ['X', null],
    ['X Position', null],
    ['coord_x', null],
    ['Thickness (nm)', null],
  ])('%j → %s', (header, unit) => {
    expect(guessCoordinateUnit(header)).toBe(unit);
  });
});

describe('readCoordinateMm', () => {
  it.each([
    ['0.354', 'cm', 3.54],
    ['0.707', 'cm', 7.07],
    ['-140000', 'µm', -140],
    ['49497.5', 'µm', 49.4975],
    ['1', 'in', 25.4],
    ['-2.5', 'in', -63.5],
    ['12.5', 'mm', 12.5],
  ] as const)('%s %s → %s mm exactly', (text, unit, mm) => {
    expect(readCoordinateMm(text, unit, false)).toEqual({ ok: true, value: mm });
  });

  it('reads decimal commas and reports missing cells', () => {
    expect(readCoordinateMm('-0,354', 'cm', true)).toEqual({ ok: true, value: -3.54 });
    expect(readCoordinateMm('N/A', 'cm', false)).toEqual({ ok: false, kind: 'missing' });
  });
});

describe('propertyFromHeader', () => {
  it.each([
    ['Thickness # 1 (nm)', 'Thickness # 1', 'nm'],
    ['thickness_nm', 'thickness', 'nm'],
    ['MSE', 'MSE', null],
    ['Rs [ohm/sq]', 'Rs', 'ohm/sq'],
    ['Roughness (nm)', 'Roughness', 'nm'],
    ['n of Cauchy @ 632.8 nm', 'n of Cauchy @ 632.8 nm', null],
    ['site_id', 'site_id', null],
    ['Value ()', 'Value', null],
    ['(nm)', '(nm)', null],
  ])('%j → %j, %j', (header, name, unit) => {
    expect(propertyFromHeader(header)).toEqual({ name, unit });
  });
});

describe('suggestCoordinateUnit', () => {
  const wafer300 = standardWafer(300);
  // 13 sites of a 300 mm wafer written in µm: centre, and ±140, ±70 mm on both axes, ±50 mm diagonals.
  const micrometres: Array<[number, number]> = [
    [0, 0],
    [-140000, 0],
    [140000, 0],
    [0, -140000],
    [0, 140000],
    [-70000, 0],
    [70000, 0],
    [0, -70000],
    [0, 70000],
    [50000, 50000],
    [-50000, 50000],
    [-50000, -50000],
    [50000, -50000],
  ];

  it('names µm when µm values were read as mm', () => {
    const readAsMm = micrometres.map(([x, y]) => ({ xMm: x, yMm: y }));
    expect(suggestCoordinateUnit(readAsMm, wafer300, 'mm')).toEqual({
      from: 'mm',
      to: 'µm',
      factor: 1000,
      insideBefore: 1,
      insideAfter: 13,
      total: 13,
    });
  });

  it('prefers mm over µm when cm was chosen for mm values (10× before 10000×)', () => {
    const readAsCm = micrometres.map(([x, y]) => ({ xMm: x / 100, yMm: y / 100 }));
    expect(suggestCoordinateUnit(readAsCm, wafer300, 'cm')).toMatchObject({
      to: 'mm',
      factor: 10,
      insideAfter: 13,
    });
  });

  const piece: RectangleOutline = {
    kind: 'rectangle',
    widthMm: 20,
    heightMm: 10,
    edgeExclusionMm: 0,
  };

  it('suggests nothing when the points fit, or too few would fit after a change', () => {
    const mm = micrometres.map(([x, y]) => ({ xMm: x / 1000, yMm: y / 1000 }));
    expect(suggestCoordinateUnit(mm, wafer300, 'mm')).toBeNull();
    expect(suggestCoordinateUnit([], wafer300, 'mm')).toBeNull();
    const scattered = [
      { xMm: 1e9, yMm: 0 },
      { xMm: 2e9, yMm: 0 },
      { xMm: 0, yMm: 3e9 },
    ];
    expect(suggestCoordinateUnit(scattered, piece, 'mm')).toBeNull();
  });
});
