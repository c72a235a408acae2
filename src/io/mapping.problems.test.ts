import { describe, expect, it } from 'vitest';
import { standardWafer } from '../domain/geometry/outline';
import { anImportMapping, thicknessValues } from '../testing/importBuilders';
import { mapRows } from './mapping';
import { readTable } from './readTable';

const mapping = anImportMapping;
const thickness = thicknessValues;

describe('mapRows problems', () => {
  it('reads a dirty-numbers row exactly or flags it; nothing becomes 1', () => {
    const text = [
      'x,y,a,b,c,d,e,f,g,h',
      '0,0,1300.5,"1,320.4","1 340.3","1\u00a0340.3","1\u202f340.3",\u221212.5,"1,320",12 mm',
    ].join('\n');
    const values = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((name, i) => ({
      column: i + 2,
      propertyName: name,
      propertyUnit: null,
    }));
    const r = mapRows(readTable(text), mapping({ values }));
    expect(r.points[0]?.values.map((v) => [v.propertyName, v.value])).toEqual([
      ['a', 1300.5],
      ['b', 1320.4],
      ['c', 1340.3],
      ['d', 1340.3],
      ['e', 1340.3],
      ['f', -12.5],
    ]);
    expect(r.problems).toEqual([
      {
        row: 2,
        column: 8,
        columnName: 'g',
        raw: '1,320',
        kind: 'invalid',
        reason: expect.stringMatching(/ambiguous/),
      },
      {
        row: 2,
        column: 9,
        columnName: 'h',
        raw: '12 mm',
        kind: 'invalid',
        reason: expect.any(String),
      },
    ]);
  });

  const markers = [
    '',
    ' ',
    'N/A',
    'n/a',
    'NA',
    'nan',
    'NaN',
    '#REF!',
    '#N/A',
    '#VALUE!',
    '-',
    '--',
  ];

  it('never stages a missing marker as 0: the row is skipped and every cell listed', () => {
    const text = ['x,y,t', ...markers.map((m, i) => `${i},0,"${m}"`), '99,0,25.5'].join('\n');
    const r = mapRows(readTable(text), mapping({}));
    expect(r.points).toEqual([{ sourceRow: 14, xMm: 99, yMm: 0, values: thickness(25.5) }]);
    expect(r.skippedRows).toEqual(markers.map((_, i) => ({ row: i + 2, reason: 'no-values' })));
    expect(r.problems.map((p) => [p.row, p.column, p.raw, p.kind])).toEqual(
      markers.map((m, i) => [i + 2, 2, m, 'missing']),
    );
  });

  it('drops only the missing property when another value of the row is readable', () => {
    const table = readTable('x,y,t,mse\n1,2,N/A,0.9\n3,4,25,#VALUE!');
    const values = [
      { column: 2, propertyName: 'Thickness', propertyUnit: 'nm' },
      { column: 3, propertyName: 'MSE', propertyUnit: null },
    ];
    const r = mapRows(table, mapping({ values }));
    expect(r.points).toEqual([
      {
        sourceRow: 2,
        xMm: 1,
        yMm: 2,
        values: [{ propertyName: 'MSE', propertyUnit: null, value: 0.9 }],
      },
      { sourceRow: 3, xMm: 3, yMm: 4, values: thickness(25) },
    ]);
    expect(r.problems.map((p) => [p.row, p.columnName, p.raw])).toEqual([
      [2, 't', 'N/A'],
      [3, 'mse', '#VALUE!'],
    ]);
    expect(r.skippedRows).toEqual([]);
  });

  it('skips rows whose coordinates cannot be read, listing every bad cell', () => {
    const r = mapRows(readTable('x,y,t\n1,,25\nabc,2,oops\n5,6'), mapping({}));
    expect(r.points).toEqual([]);
    expect(r.skippedRows).toEqual([
      { row: 2, reason: 'coordinates' },
      { row: 3, reason: 'coordinates' },
      { row: 4, reason: 'no-values' },
    ]);
    expect(r.problems.map((p) => [p.row, p.column, p.raw, p.kind])).toEqual([
      [2, 1, '', 'missing'],
      [3, 0, 'abc', 'invalid'],
      [3, 2, 'oops', 'invalid'],
      [4, 2, '', 'missing'],
    ]);
  });

  it('counts points outside the outline only when one is given', () => {
    const table = readTable('x,y,t\n0,0,1\n200,0,2');
    expect(mapRows(table, mapping({})).outsideCount).toBeNull();
    const r = mapRows(table, mapping({}), standardWafer(300));
    expect(r.outsideCount).toBe(1);
    expect(r.outsideRows).toEqual([3]);
    expect(r.unitSuggestion).toBeNull();
  });
});
