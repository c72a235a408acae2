/**
 * A small real Excel workbook for import tests, written with the same library the app reads
 * with (@e965/xlsx): two sheets; the second ("Lot A") has a title row, a header, two wafers,
 * a date (E3 = 2024-01-15), a formula (D4 = D3*1.01, cached 101.505), #N/A (D5) and
 * #DIV/0! (D7), and the text "103,5" (D8: a decimal comma). Only tests and e2e set-up import it.
 */
import * as XLSX from '@e965/xlsx';

/** The cells of sheet "Lot A", row by row from A1; `null` is an empty cell. */
const LOT_A: Array<Array<XLSX.CellObject | null>> = [
  [{ t: 's', v: 'Lot A thickness map' }],
  ['Wafer', 'X (mm)', 'Y (mm)', 'Thickness (nm)', 'Measured'].map((v) => ({ t: 's', v })),
  [s('W1'), n(0), n(0), n(100.5), { t: 'n', v: 45306, z: 'yyyy-mm-dd' }],
  [s('W1'), n(10), n(0), { t: 'n', v: 101.505, f: 'D3*1.01' }, null],
  [s('W2'), n(0), n(0), { t: 'e', v: 0x2a, w: '#N/A' }, null],
  [s('W2'), n(10), n(0), n(99.25), null],
  [s('W2'), n(20), n(0), { t: 'e', v: 0x07, w: '#DIV/0!' }, null],
  [s('W2'), n(30), n(0), s('103,5'), null],
];

function s(v: string): XLSX.CellObject {
  return { t: 's', v };
}
function n(v: number): XLSX.CellObject {
  return { t: 'n', v };
}

function sheetOf(rows: Array<Array<XLSX.CellObject | null>>): XLSX.WorkSheet {
  const sheet: XLSX.WorkSheet = {};
  let maxC = 0;
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell) sheet[XLSX.utils.encode_cell({ r, c })] = cell;
      maxC = Math.max(maxC, c);
    });
  });
  sheet['!ref'] = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: rows.length - 1, c: maxC },
  });
  return sheet;
}

/** The two-sheet workbook as .xlsx bytes. */
export function twoSheetWorkbook(): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    sheetOf([[s('Read me')], [s('Data is on sheet Lot A')]]),
    'Notes',
  );
  XLSX.utils.book_append_sheet(book, sheetOf(LOT_A), 'Lot A');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
