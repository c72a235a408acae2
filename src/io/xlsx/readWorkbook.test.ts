import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { standardWafer } from '../../domain/geometry/outline';
import { twoSheetWorkbook } from '../../testing/xlsxFixture';
import { cassetteFromTable } from '../cassette/readCassette';
import { mapWafer } from '../cassette/stageWafer';
import { openWorkbook, type Workbook } from './readWorkbook';

describe('openWorkbook on a real two-sheet .xlsx', () => {
  let book: Workbook;
  beforeAll(async () => {
    book = await openWorkbook(twoSheetWorkbook(), 'lot.xlsx');
  });

  it('lists the sheets in order with their used size', () => {
    expect(book.sheets).toEqual([
      { name: 'Notes', hidden: false, rowCount: 2, columnCount: 1 },
      { name: 'Lot A', hidden: false, rowCount: 8, columnCount: 5 },
    ]);
  });

  it('reads the chosen sheet into the readTable shape, lines being sheet rows', () => {
    const { table } = book.readSheet('Lot A');
    expect(table.header).toEqual(['Wafer', 'X (mm)', 'Y (mm)', 'Thickness (nm)', 'Measured']);
    expect(table.headerLine).toBe(2);
    expect(table.rows.map((r) => r.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(table.rows[0]?.cells.slice(0, 4)).toEqual(['W1', '0', '0', '100.5']);
  });

  it('reports the date, the formula and the error values as cell errors', () => {
    const { cellErrors } = book.readSheet('Lot A');
    expect(cellErrors.map((e) => [e.address, e.row, e.column, e.kind, e.text])).toEqual([
      ['E3', 3, 4, 'date', '2024-01-15'],
      ['D4', 4, 3, 'formula', '=D3*1.01'],
      ['D5', 5, 3, 'error', '#N/A'],
      ['D7', 7, 3, 'error', '#DIV/0!'],
    ]);
    expect(cellErrors.every((e) => e.sheet === 'Lot A')).toBe(true);
    expect(cellErrors[0]?.message).toBe('Lot A!E3 holds a date (2024-01-15), not a number.');
  });

  it('never reads those cells as numbers: neither 0 nor the cached formula result', () => {
    const cassette = cassetteFromTable(book.readSheet('Lot A').table, 'lot.xlsx › Lot A');
    expect(cassette.wafers.map((w) => w.waferId)).toEqual(['W1', 'W2']);
    const values = cassette.wafers.map((w) =>
      mapWafer(w, w.mapping, standardWafer(300)).points.map((p) => [p.xMm, p.values[0]?.value]),
    );
    expect(values).toEqual([[[0, 100.5]], [[10, 99.25]]]);
    const w1 = cassette.wafers[0];
    const problems = w1 ? mapWafer(w1, w1.mapping, standardWafer(300)).problems : [];
    expect(problems).toMatchObject([{ row: 4, column: 3, raw: '=D3*1.01', kind: 'invalid' }]);
  });

  it('refuses an unknown sheet and bytes that are not a workbook', async () => {
    expect(() => book.readSheet('Lot B')).toThrow(RangeError);
    const csv = new TextEncoder().encode('x,y,t\n0,0,1\n');
    await expect(openWorkbook(csv, 'x.xlsx')).rejects.toThrow('x.xlsx is not an Excel workbook');
    // A ZIP that is not a workbook gets past the signature but not the reader.
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(openWorkbook(zip, 'y.xlsx')).rejects.toThrow(/y\.xlsx could not be read/);
  });
});

/** Every .ts/.tsx file under `dir`, tests and test helpers left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'testing' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('the Excel reader stays out of the first-load bundle', () => {
  it('is imported by app code only with a dynamic import() (type imports are erased)', () => {
    const src = path.resolve(import.meta.dirname, '../..');
    const staticImports = sourceFiles(src).filter((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .some((line) => /from ['"]@e965\/xlsx['"]/.test(line) && !/^\s*import type\b/.test(line)),
    );
    expect(staticImports).toEqual([]);
    const reader = readFileSync(path.join(import.meta.dirname, 'readWorkbook.ts'), 'utf8');
    expect(reader).toContain("import('@e965/xlsx')");
  });
});
