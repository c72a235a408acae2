import { describe, expect, it } from 'vitest';
import type { RectangleOutline, SampleOutline } from '../domain/geometry/outline';
import { standardWafer } from '../domain/geometry/outline';
import { type ImportMapping, mapRows } from './mapping';
import { cornerOriginOffset, matchingCorner, withCoordinateFrame } from './originOffset';
import { readTable } from './readTable';

const piece: RectangleOutline = {
  kind: 'rectangle',
  widthMm: 20,
  heightMm: 10,
  edgeExclusionMm: 0,
};

describe('cornerOriginOffset', () => {
  it('gives the centre of a 20 × 10 mm piece seen from each corner, in the file direction', () => {
    expect(cornerOriginOffset('lower-left', piece, 'mm', 'up')).toEqual({ x: 10, y: 5 });
    expect(cornerOriginOffset('upper-left', piece, 'mm', 'down')).toEqual({ x: 10, y: 5 });
    expect(cornerOriginOffset('upper-left', piece, 'mm', 'up')).toEqual({ x: 10, y: -5 });
    expect(cornerOriginOffset('lower-right', piece, 'mm', 'up')).toEqual({ x: -10, y: 5 });
    expect(cornerOriginOffset('upper-right', piece, 'mm', 'down')).toEqual({ x: -10, y: 5 });
    expect(cornerOriginOffset('lower-left', piece, 'mm', 'down')).toEqual({ x: 10, y: -5 });
  });

  it('writes the offset in the file unit', () => {
    expect(cornerOriginOffset('lower-left', piece, 'cm', 'up')).toEqual({ x: 1, y: 0.5 });
    expect(cornerOriginOffset('lower-left', piece, 'µm', 'up')).toEqual({ x: 10000, y: 5000 });
  });

  it('uses the bounding square of a wafer', () => {
    const wafer: SampleOutline = standardWafer(150);
    expect(cornerOriginOffset('lower-left', wafer, 'mm', 'up')).toEqual({ x: 75, y: 75 });
  });

  it('moves corner-origin points to the sample frame through mapRows', () => {
    const table = readTable('x,y,v\n0,0,1\n20,10,2\n10,5,3');
    const mapping: ImportMapping = {
      coordinates: { kind: 'xy', xColumn: 0, yColumn: 1 },
      coordinateUnit: 'mm',
      yAxis: 'down',
      originOffset: cornerOriginOffset('upper-left', piece, 'mm', 'down'),
      decimalComma: false,
      values: [{ column: 2, propertyName: 'v', propertyUnit: null }],
      long: null,
    };
    const points = mapRows(table, mapping).points.map((p) => [p.xMm, p.yMm]);
    // Upper-left corner, lower-right corner, centre.
    expect(points).toEqual([
      [-10, 5],
      [10, -5],
      [0, 0],
    ]);
  });
});

describe('matchingCorner', () => {
  it('names the corner an offset stands for, or null', () => {
    expect(matchingCorner({ x: 10, y: 5 }, piece, 'mm', 'up')).toBe('lower-left');
    expect(matchingCorner({ x: 10, y: 5 }, piece, 'mm', 'down')).toBe('upper-left');
    expect(matchingCorner({ x: 0, y: 0 }, piece, 'mm', 'up')).toBeNull();
    expect(matchingCorner({ x: 3, y: 5 }, piece, 'mm', 'up')).toBeNull();
  });
});

describe('withCoordinateFrame', () => {
  const base: ImportMapping = {
    coordinates: { kind: 'xy', xColumn: 0, yColumn: 1 },
    coordinateUnit: 'mm',
    yAxis: 'up',
    originOffset: { x: 0, y: 0 },
    decimalComma: false,
    values: [],
    long: null,
  };

  it('keeps a corner origin at its corner when the unit or direction changes', () => {
    const m = { ...base, originOffset: cornerOriginOffset('lower-left', piece, 'mm', 'up') };
    expect(withCoordinateFrame(m, piece, { coordinateUnit: 'cm' }).originOffset).toEqual({
      x: 1,
      y: 0.5,
    });
    expect(withCoordinateFrame(m, piece, { yAxis: 'down' }).originOffset).toEqual({ x: 10, y: -5 });
  });

  it('keeps the centre and typed offsets as they are', () => {
    expect(withCoordinateFrame(base, piece, { coordinateUnit: 'µm' })).toEqual({
      ...base,
      coordinateUnit: 'µm',
    });
    const typed = { ...base, originOffset: { x: 3, y: 4 } };
    expect(withCoordinateFrame(typed, piece, { yAxis: 'down' }).originOffset).toEqual({
      x: 3,
      y: 4,
    });
  });
});
