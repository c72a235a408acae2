/**
 * Every cell a cassette import could not read, listed with its address and the reason (issue
 * 16: "4 cells could not be read" but only the 3 the sheet reader reports were named). The
 * sheet reader names dates, formulas and error values (sheetTable.ts); the mapping refuses
 * further cells (text that is not a number, a blank value). Those are added here, each once:
 * a cell the sheet reader already names is not listed again.
 */
import type { CellProblem } from '../mapping';
import type { ParsedTable } from '../readTable';
import { columnLetters, type SheetCellError } from '../xlsx/sheetTable';

/** A number written with a decimal comma, e.g. `103,5` or `-0,25`. */
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
/** The sheet (or file) name of a wafer's source: `book.xlsx › Lot 7734` → `Lot 7734`. */
export function sourceSheetName(sourceFile: string): string {
  const parts = sourceFile.split(' › ');
  return parts[parts.length - 1] ?? sourceFile;
}

function reasonOf(p: CellProblem, where: string, pointElsewhere: boolean): string {
  const raw = p.raw.trim();
  if (p.kind === 'missing') return `${where} (${p.columnName}) is blank, so that value is missing.`;
  if (DECIMAL_COMMA.test(raw) && pointElsewhere) {
    return `${where} holds the text “${raw}”: a decimal comma, while the sheet’s other numbers use a decimal point, so it was not read (write ${raw.replace(',', '.')} or store it as a number).`;
  }
  const why = p.reason ? ` (${p.reason})` : '';
  return `${where} holds “${raw}”, which is not a number${why}.`;
}

/**
 * The cell errors of `problems` (from mapRows over `table`, rows numbered as sheet rows) that
 * `named` does not list yet (same row and column), for sheet `sheet`. Kind `blank` for a missing
 * value, `unreadable` for text that is not a number; the message names the cell and the reason,
 * and for a decimal comma in a table read with a decimal point (table.decimalCommaGuess false: a
 * spreadsheet's numbers, or a text file's), says so.
 */
export function unreadCells(
  problems: readonly CellProblem[],
  named: readonly SheetCellError[],
  sheet: string,
  table: ParsedTable,
): SheetCellError[] {
  const listed = new Set(named.map((e) => `${e.row}:${e.column}`));
  // The table is read with a decimal point (its numbers are numbers, or written with a point).
  const pointElsewhere = !table.decimalCommaGuess;
  const out: SheetCellError[] = [];
  for (const p of problems) {
    const key = `${p.row}:${p.column}`;
    if (listed.has(key)) continue;
    listed.add(key);
    const address = `${columnLetters(p.column)}${p.row}`;
    out.push({
      sheet,
      row: p.row,
      column: p.column,
      address,
      kind: p.kind === 'missing' ? 'blank' : 'unreadable',
      text: p.raw.trim(),
      message: reasonOf(p, `${sheet}!${address}`, pointElsewhere),
    });
  }
  return out;
}
