import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseImport } from './analyseImport';
import { mapRows } from './mapping';

describe('analyseImport on generic tables', () => {
  it('imports the BOM + ";" + decimal-comma example end to end', () => {
    const a = analyseImport(
      '\uFEFFx_mm;y_mm;thickness_nm\r\n1,5;2,0;25,1\r\n-3,25;0;24,9',
      'a.csv',
    );
    expect(a.preset).toBe('generic');
    expect(a.decimalCommaGuess).toBe(true);
    expect(a.mapping).toEqual({
      coordinates: { kind: 'xy', xColumn: 0, yColumn: 1 },
      coordinateUnit: 'mm',
      yAxis: 'up',
      originOffset: { x: 0, y: 0 },
      decimalComma: true,
      values: [{ column: 2, propertyName: 'thickness', propertyUnit: 'nm' }],
      long: null,
    });
    expect(a.coordinateUnitSource).toBe('header');
    const r = mapRows(a.table, a.mapping);
    expect(r.points.map((p) => [p.xMm, p.yMm, p.values[0]?.value])).toEqual([
      [1.5, 2, 25.1],
      [-3.25, 0, 24.9],
    ]);
  });

  it('imports the preamble file with quoted text columns left out of the values', () => {
    const text = readFileSync(
      path.resolve(import.meta.dirname, 'fixtures/preamble-quoted.csv'),
      'utf8',
    );
    const a = analyseImport(text, 'p.csv');
    expect(a.mapping.values).toEqual([
      { column: 2, propertyName: 'thickness', propertyUnit: 'nm' },
    ]);
    expect(mapRows(a.table, a.mapping).points.map((p) => p.sourceRow)).toEqual([5, 6, 7]);
  });

  it.each([
    ['x,y,T', { kind: 'xy', xColumn: 0, yColumn: 1 }, 'mm', 'default'],
    ['X (cm),Y (cm),T', { kind: 'xy', xColumn: 0, yColumn: 1 }, 'cm', 'header'],
    ['Site #,X Position,Y Position,T', { kind: 'xy', xColumn: 1, yColumn: 2 }, 'mm', 'default'],
    ['x_inch,y_inch,T', { kind: 'xy', xColumn: 0, yColumn: 1 }, 'in', 'header'],
    ['r,theta,T', { kind: 'polar', rColumn: 0, thetaColumn: 1 }, 'mm', 'default'],
    ['T,Radius (um),θ (deg)', { kind: 'polar', rColumn: 1, thetaColumn: 2 }, 'µm', 'header'],
    ['radius,angle,T', { kind: 'polar', rColumn: 0, thetaColumn: 1 }, 'mm', 'default'],
  ])('guesses the coordinates of %j', (header, coordinates, unit, source) => {
    const row = header
      .split(',')
      .map((_, i) => i + 1)
      .join(',');
    const a = analyseImport(`${header}\n${row}\n${row}\n`, 't.csv');
    expect(a.mapping.coordinates).toEqual(coordinates);
    expect(a.mapping.coordinateUnit).toBe(unit);
    expect(a.coordinateUnitSource).toBe(source);
    expect(a.mapping.values.map((v) => v.propertyName)).toEqual(['T']);
    expect(a.warnings).toEqual([]);
  });

  it('guesses value names and units from headers and leaves out index columns', () => {
    const a = analyseImport(
      'Point #,x,y,Thickness # 1 (nm),MSE,Rs [ohm/sq]\n1,0,0,100,0.9,12\n',
      'v.csv',
    );
    expect(a.mapping.values).toEqual([
      { column: 3, propertyName: 'Thickness # 1', propertyUnit: 'nm' },
      { column: 4, propertyName: 'MSE', propertyUnit: null },
      { column: 5, propertyName: 'Rs', propertyUnit: 'ohm/sq' },
    ]);
  });

  it('warns when it has to guess coordinates from unnamed numeric columns', () => {
    const a = analyseImport('a,b,c\n1,2,3\n', 'u.csv');
    expect(a.mapping.coordinates).toEqual({ kind: 'xy', xColumn: 0, yColumn: 1 });
    expect(a.warnings[0]).toMatch(/No coordinate columns recognised/);
  });

  it('warns about coordinate headers naming different units', () => {
    const a = analyseImport('X (cm),Y (mm),T\n1,2,3\n', 'u.csv');
    expect(a.mapping.coordinateUnit).toBe('cm');
    expect(a.warnings).toEqual([expect.stringMatching(/different units/)]);
  });

  it('falls back to generic, with a warning, when a forced KLA preset finds no wafer', () => {
    const a = analyseImport('x,y,t\n1,2,3\n', 'g.csv', { preset: 'kla-f5x' });
    expect(a.preset).toBe('generic');
    expect(a.warnings[0]).toMatch(/No KLA-F5x wafer blocks/);
  });

  it('turns parse errors into warnings', () => {
    const a = analyseImport('x,y,t\n1,2,3\n4,5,"6\n', 'q.csv');
    expect(a.warnings).toEqual(['Line 3: Quoted field unterminated.']);
  });

  it('passes delimiter and header-line overrides to the table reader', () => {
    const a = analyseImport('note\nx;y;t\n1;2;3\n', 'o.csv', { delimiter: ';', headerLine: 2 });
    expect(a.table.header).toEqual(['x', 'y', 't']);
    expect(a.table.rows).toHaveLength(1);
  });
});
