import { describe, expect, it } from 'vitest';
import { columnLetters, readSheetCell, type SheetCellApi, sheetToTable } from './sheetTable';

const api: SheetCellApi = {
  isDateFormat: (f) => /y|d/.test(f),
  formatDateSerial: (serial) => `serial ${serial}`,
};

describe('columnLetters', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 51, 701, 702].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('readSheetCell', () => {
  it('reads numbers exactly, text and booleans as text', () => {
    expect(readSheetCell({ t: 'n', v: 0.1 + 0.2 }, api)).toEqual({ text: '0.30000000000000004' });
    expect(readSheetCell({ t: 'n', v: 1e-7, z: 'General' }, api)).toEqual({ text: '1e-7' });
    expect(readSheetCell({ t: 's', v: 'W1' }, api)).toEqual({ text: 'W1' });
    expect(readSheetCell({ t: 'b', v: true }, api)).toEqual({ text: 'TRUE' });
    expect(readSheetCell(undefined, api)).toEqual({ text: '' });
    expect(readSheetCell({ t: 'z' }, api)).toEqual({ text: '' });
  });

  it('reports date-formatted numbers, date cells, formulas and errors', () => {
    expect(readSheetCell({ t: 'n', v: 45306, z: 'yyyy-mm-dd' }, api)).toEqual({
      text: 'serial 45306',
      kind: 'date',
      shown: 'serial 45306',
    });
    const d = readSheetCell({ t: 'd', v: new Date(Date.UTC(2024, 0, 15, 8, 30)) }, api);
    expect(d).toMatchObject({ kind: 'date', text: '2024-01-15 08:30:00' });
    expect(readSheetCell({ t: 'd', v: new Date(Date.UTC(2024, 0, 15)) }, api)).toMatchObject({
      text: '2024-01-15',
    });
    expect(readSheetCell({ t: 's', v: 'x', f: 'A1&"x"' }, api)).toMatchObject({ kind: 'formula' });
    expect(readSheetCell({ t: 'e', v: 15, w: '#VALUE!' }, api)).toMatchObject({ text: '#VALUE!' });
  });
});

describe('sheetToTable', () => {
  const rows = [
    [
      { t: 's', v: 'x' },
      { t: 's', v: 'y' },
      { t: 's', v: 't' },
    ],
    undefined,
    [
      { t: 'n', v: 1 },
      { t: 'n', v: 2 },
      { t: 'e', v: 42, w: '#N/A' },
    ],
    [{ t: 'n', v: 3 }, undefined, { t: 'n', v: 5 }],
  ];

  it('keeps sheet rows as lines and skips blank rows', () => {
    const { table, cellErrors } = sheetToTable('S', rows, api);
    expect(table.headerLine).toBe(1);
    expect(table.rows.map((r) => [r.line, r.cells])).toEqual([
      [3, ['1', '2', '#N/A']],
      [4, ['3', '', '5']],
    ]);
    expect(cellErrors.map((e) => e.address)).toEqual(['C3']);
  });

  it('takes a given header row, and reports only from it down', () => {
    const { table, cellErrors } = sheetToTable('S', rows, api, 3);
    expect(table.header).toEqual(['1', '2', '#N/A']);
    expect(cellErrors.map((e) => e.address)).toEqual(['C3']);
    expect(sheetToTable('S', rows, api, 4).cellErrors).toEqual([]);
  });
});
