import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseImport } from '../analyseImport';
import { mapRows } from '../mapping';

const text = readFileSync(
  path.resolve(import.meta.dirname, '../fixtures/completeease-map.txt'),
  'utf8',
);

describe('CompleteEASE preset on a 9-point map', () => {
  const analysis = analyseImport(text, 'map.txt');

  it('is detected, with the (x,y) column in cm and housekeeping columns left out', () => {
    expect(analysis.detectedPreset).toBe('woollam');
    expect(analysis.table.delimiter).toBe('\t');
    expect(analysis.table.statisticsRows).toHaveLength(6);
    expect(analysis.mapping.coordinates).toEqual({ kind: 'pair', column: 0 });
    expect(analysis.mapping.coordinateUnit).toBe('cm');
    expect(analysis.coordinateUnitSource).toBe('preset');
    expect(analysis.mapping.values).toEqual([
      { column: 4, propertyName: 'MSE', propertyUnit: null },
      { column: 5, propertyName: 'Thickness # 1', propertyUnit: 'nm' },
      { column: 6, propertyName: 'n of Cauchy @ 632.8 nm', propertyUnit: null },
    ]);
    expect(analysis.warnings).toEqual([]);
  });

  it('imports the 9 points in mm (cm × 10, decimal-exact) with their values', () => {
    const r = mapRows(analysis.table, analysis.mapping);
    expect(r.problems).toEqual([]);
    expect(r.skippedRows).toEqual([]);
    // Hand conversion of the fixture's (x,y) cm cells: shift the decimal point one place.
    expect(r.points.map((p) => [p.sourceRow, p.xMm, p.yMm])).toEqual([
      [8, 0, 0],
      [9, 7.07, 0],
      [10, 3.54, 3.54],
      [11, 0, 5],
      [12, -3.54, 3.54],
      [13, -7.07, 0.29],
      [14, -3.54, -3.54],
      [15, 0, -5],
      [16, 3.54, -3.54],
    ]);
    expect(Object.is(r.points[0]?.xMm, 0) && Object.is(r.points[0]?.yMm, 0)).toBe(true);
    expect(r.points.map((p) => p.values.map((v) => v.value))).toEqual([
      [1.234, 101.25, 1.4571],
      [1.301, 100.87, 1.4568],
      [1.287, 100.93, 1.4569],
      [1.256, 101.02, 1.457],
      [1.312, 100.78, 1.4567],
      [1.298, 100.66, 1.4566],
      [1.275, 100.95, 1.4569],
      [1.243, 101.1, 1.4571],
      [1.305, 100.81, 1.4568],
    ]);
  });

  it('lists a failed fit instead of staging it', () => {
    const failed = text.replace(
      '(0.354,-0.354)\t9\t0.0129\t3.8998\t1.305\t100.81\t1.4568',
      '(0.354,-0.354)\t9\t0.0129\t3.8998\tN/A\tN/A\tN/A',
    );
    const a = analyseImport(failed, 'map.txt');
    const r = mapRows(a.table, a.mapping);
    expect(r.points).toHaveLength(8);
    expect(r.skippedRows).toEqual([{ row: 16, reason: 'no-values' }]);
    expect(r.problems.map((p) => p.columnName)).toEqual([
      'MSE',
      'Thickness # 1 (nm)',
      'n of Cauchy @ 632.8 nm',
    ]);
  });

  it.each([
    ['(x,y)', 'the header names the pair column "(x,y)"'],
    ['(X,Y) (cm)', 'with its unit'],
    ['Position', 'a plain name'],
  ])('reads the same 9 points when %j heads the pair column (%s)', (name) => {
    const named = text.replace(/^\t/, `${name}\t`);
    const a = analyseImport(named, 'map.txt');
    expect(a.detectedPreset).toBe('woollam');
    expect(a.table.header[0]).toBe(name);
    const r = mapRows(a.table, a.mapping);
    expect(r.problems).toEqual([]);
    expect(r.points.map((p) => [p.xMm, p.yMm])).toEqual(
      mapRows(analysis.table, analysis.mapping).points.map((p) => [p.xMm, p.yMm]),
    );
  });
});
