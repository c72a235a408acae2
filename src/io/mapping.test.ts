import { describe, expect, it } from 'vitest';
import { standardWafer } from '../domain/geometry/outline';
import { anImportMapping, thicknessValues } from '../testing/importBuilders';
import { mapRows } from './mapping';
import { readTable } from './readTable';

const mapping = anImportMapping;
const thickness = thicknessValues;

describe('mapRows coordinates', () => {
  it('reads decimal commas in a BOM-prefixed ";" file', () => {
    const table = readTable('\uFEFFx_mm;y_mm;thickness_nm\r\n1,5;2,0;25,1\r\n-3,25;0;24,9');
    const r = mapRows(table, mapping({ decimalComma: true }));
    expect(r.points).toEqual([
      { sourceRow: 2, xMm: 1.5, yMm: 2, values: thickness(25.1) },
      { sourceRow: 3, xMm: -3.25, yMm: 0, values: thickness(24.9) },
    ]);
    expect(r.problems).toEqual([]);
    expect(r.skippedRows).toEqual([]);
  });

  it('converts 13 µm points to mm exactly', () => {
    const um = [
      [0, 0],
      [-140000, 0],
      [140000, 0],
      [0, -140000],
      [0, 140000],
      [-70000, 0],
      [70000, 0],
      [0, -70000],
      [0, 70000],
      [49497.5, 49497.5],
      [-49497.5, 49497.5],
      [-49497.5, -49497.5],
      [49497.5, -49497.5],
    ];
    const text = ['X [um],Y [um],T', ...um.map(([x, y]) => `${x},${y},1`)].join('\n');
    const r = mapRows(readTable(text), mapping({ coordinateUnit: 'µm' }));
    expect(r.points.map((p) => [p.xMm, p.yMm])).toEqual([
      [0, 0],
      [-140, 0],
      [140, 0],
      [0, -140],
      [0, 140],
      [-70, 0],
      [70, 0],
      [0, -70],
      [0, 70],
      [49.4975, 49.4975],
      [-49.4975, 49.4975],
      [-49.4975, -49.4975],
      [49.4975, -49.4975],
    ]);
  });

  it('flags the same 13 points read as mm as a likely µm mistake', () => {
    const text =
      'x,y,t\n0,0,1\n-140000,0,1\n140000,0,1\n0,-140000,1\n0,140000,1\n-70000,0,1\n70000,0,1\n0,-70000,1\n0,70000,1\n50000,50000,1\n-50000,50000,1\n-50000,-50000,1\n50000,-50000,1';
    const r = mapRows(readTable(text), mapping({}), standardWafer(300));
    expect(r.outsideCount).toBe(12);
    expect(r.outsideRows).not.toContain(2);
    expect(r.unitSuggestion).toMatchObject({ factor: 1000, from: 'mm', to: 'µm', insideAfter: 13 });
  });

  it('converts cm exactly, where ×10 in floating point would not', () => {
    const r = mapRows(
      readTable('x,y,t\n0.707,-1.001,1\n0.029,0,2'),
      mapping({ coordinateUnit: 'cm' }),
    );
    expect(r.points.map((p) => [p.xMm, p.yMm])).toEqual([
      [7.07, -10.01],
      [0.29, 0],
    ]);
  });

  it('converts inches by 25.4', () => {
    const r = mapRows(readTable('x,y,t\n1,-2,1'), mapping({ coordinateUnit: 'in' }));
    expect([r.points[0]?.xMm, r.points[0]?.yMm]).toEqual([25.4, -50.8]);
  });

  it('turns r and θ (degrees, counter-clockwise from +x) into x and y', () => {
    const text = 'r,theta,t\n10,90,1\n10,0,1\n2,210,1\n4,-45,1\n5,450,1';
    const r = mapRows(
      readTable(text),
      mapping({ coordinates: { kind: 'polar', rColumn: 0, thetaColumn: 1 } }),
    );
    const expected = [
      [0, 10],
      [10, 0],
      [-Math.sqrt(3), -1],
      [2 * Math.SQRT2, -2 * Math.SQRT2],
      [0, 5],
    ];
    expect(r.points).toHaveLength(expected.length);
    r.points.forEach((p, i) => {
      expect(Math.abs(p.xMm - (expected[i]?.[0] ?? Number.NaN))).toBeLessThan(1e-12);
      expect(Math.abs(p.yMm - (expected[i]?.[1] ?? Number.NaN))).toBeLessThan(1e-12);
    });
  });

  it('subtracts the origin offset in file coordinates, then flips y for a y-down file', () => {
    // Centre at (100, 100) in a y-down file: (150, 100) is right of it, (100, 50) above it.
    const text = 'x,y,t\n100,100,1\n150,100,2\n100,50,3\n100,130,4';
    const r = mapRows(
      readTable(text),
      mapping({ yAxis: 'down', originOffset: { x: 100, y: 100 } }),
    );
    expect(r.points.map((p) => [p.xMm, p.yMm])).toEqual([
      [0, 0],
      [50, 0],
      [0, 50],
      [0, -30],
    ]);
    expect(Object.is(r.points[0]?.yMm, 0)).toBe(true);
  });

  it('takes the origin offset in the file unit', () => {
    const r = mapRows(
      readTable('x,y,t\n2.5,1.5,1'),
      mapping({ coordinateUnit: 'cm', originOffset: { x: 1.5, y: 1.5 } }),
    );
    expect([r.points[0]?.xMm, r.points[0]?.yMm]).toEqual([10, 0]);
  });
});

describe('mapRows layouts and scale', () => {
  it('reads (x,y) pair cells in cm, with -0.000 as 0', () => {
    const table = readTable('xy\tt\n(0.354,-0.354)\t1\n(-0.000,-0.000)\t2\n(1,2,3)\t3\n\t4', {
      delimiter: '\t',
    });
    const r = mapRows(
      table,
      mapping({
        coordinates: { kind: 'pair', column: 0 },
        coordinateUnit: 'cm',
        values: [{ column: 1, propertyName: 't', propertyUnit: null }],
      }),
    );
    expect(r.points.map((p) => [p.xMm, p.yMm])).toEqual([
      [3.54, -3.54],
      [0, 0],
    ]);
    expect(Object.is(r.points[1]?.xMm, 0) && Object.is(r.points[1]?.yMm, 0)).toBe(true);
    expect(r.skippedRows).toEqual([
      { row: 4, reason: 'coordinates' },
      { row: 5, reason: 'coordinates' },
    ]);
    expect(r.problems.map((p) => [p.row, p.raw, p.kind])).toEqual([
      [4, '(1,2,3)', 'invalid'],
      [5, '', 'missing'],
    ]);
  });

  it('reads the long layout: name, value and unit from cells', () => {
    const table = readTable('name,value,unit,x,y\nRs,12.5,ohm/sq,1,2\nMSE,0.8,,1,2\n,3,nm,0,0');
    const r = mapRows(
      table,
      mapping({
        coordinates: { kind: 'xy', xColumn: 3, yColumn: 4 },
        values: [],
        long: { nameColumn: 0, valueColumn: 1, unitColumn: 2 },
      }),
    );
    expect(r.points).toEqual([
      {
        sourceRow: 2,
        xMm: 1,
        yMm: 2,
        values: [{ propertyName: 'Rs', propertyUnit: 'ohm/sq', value: 12.5 }],
      },
      {
        sourceRow: 3,
        xMm: 1,
        yMm: 2,
        values: [{ propertyName: 'MSE', propertyUnit: null, value: 0.8 }],
      },
    ]);
    expect(r.skippedRows).toEqual([{ row: 4, reason: 'no-values' }]);
    expect(r.problems).toMatchObject([{ row: 4, column: 0, kind: 'missing' }]);
  });

  it('maps 100,000 generated rows', () => {
    const lines = ['x_mm,y_mm,thickness_nm,mse'];
    for (let i = 0; i < 100_000; i++) {
      lines.push(
        `${(i % 300) - 150},${(Math.floor(i / 300) % 300) - 150},${100 + (i % 7) / 10},0.9`,
      );
    }
    const table = readTable(lines.join('\n'));
    expect(table.rows).toHaveLength(100_000);
    const values = [
      { column: 2, propertyName: 'thickness', propertyUnit: 'nm' },
      { column: 3, propertyName: 'mse', propertyUnit: null },
    ];
    const r = mapRows(table, mapping({ values }), standardWafer(300));
    expect(r.points).toHaveLength(100_000);
    expect(r.problems).toEqual([]);
    expect(r.points[99_999]).toEqual({
      sourceRow: 100_001,
      xMm: (99_999 % 300) - 150,
      yMm: (Math.floor(99_999 / 300) % 300) - 150,
      values: [
        { propertyName: 'thickness', propertyUnit: 'nm', value: 100 + (99_999 % 7) / 10 },
        { propertyName: 'mse', propertyUnit: null, value: 0.9 },
      ],
    });
  });
});
