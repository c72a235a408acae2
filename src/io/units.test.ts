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
      reason: 'outside',
      insideBefore: 1,
      insideAfter: 13,
      total: 13,
      farthestMm: 140000,
    });
  });

  it('names µm for a small file whose centre point is inside in every unit', () => {
    // 4 points: the centre, and 3 at 100 mm written in µm (3 of 4 outside: under 80% of all).
    const four = [
      { xMm: 0, yMm: 0 },
      { xMm: 100000, yMm: 0 },
      { xMm: 0, yMm: 100000 },
      { xMm: -100000, yMm: 0 },
    ];
    expect(suggestCoordinateUnit(four, wafer300, 'mm')).toMatchObject({
      to: 'µm',
      reason: 'outside',
      insideBefore: 1,
      insideAfter: 4,
      total: 4,
    });
  });

  it('handles 200,000 points (no argument-list limits)', () => {
    const spiral = Array.from({ length: 200_000 }, (_, i) => ({
      xMm: 140 * Math.sqrt(i / 200_000) * Math.cos(i),
      yMm: 140 * Math.sqrt(i / 200_000) * Math.sin(i),
    }));
    expect(suggestCoordinateUnit(spiral, wafer300, 'mm')).toBeNull();
  });

  it('names cm when points in cm read as mm sit bunched at the centre', () => {
    // 150 mm wafer, sites at 0 and ±7 cm: read as mm they all lie within 7 mm of the centre.
    const cmAsMm = [
      { xMm: 0, yMm: 0 },
      { xMm: 7, yMm: 0 },
      { xMm: -7, yMm: 0 },
      { xMm: 0, yMm: 6.5 },
      { xMm: 0, yMm: -6.5 },
    ];
    expect(suggestCoordinateUnit(cmAsMm, standardWafer(150), 'mm')).toMatchObject({
      to: 'cm',
      factor: 0.1,
      reason: 'bunched',
      insideAfter: 5,
    });
    // Spread over a quarter of the radius or more, mm points are left alone.
    const spread = cmAsMm.map((p) => ({ xMm: p.xMm * 3, yMm: p.yMm * 3 }));
    expect(suggestCoordinateUnit(spread, standardWafer(150), 'mm')).toBeNull();
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
