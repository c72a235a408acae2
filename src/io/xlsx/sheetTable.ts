/**
 * Spreadsheet cells to the importer's table of strings (the ParsedTable readTable makes), with
 * every cell that must not be read as a number reported: dates (a date is stored as a day
 * count, 45306 for 2024-01-15), formulas (their cached result may be stale, or absent in files
 * written without a calculation engine, where it reads as 0) and error values (#N/A, #DIV/0!).
 * Pure: the workbook library is passed in as SheetCellApi, so this is tested without it.
 */
import { findHeaderRow } from '../headerRow';
import { type ParsedTable, type TableRow, tableFromRows } from '../readTable';

/** The cell fields this module reads (SheetJS's CellObject fits). */
export interface SheetCell {
  /** n number, s string, b boolean, d date, e error, z stub. */
  t: string;
  v?: unknown;
  /** Formatted text. */
  w?: string;
  /** Formula without the leading `=`. */
  f?: string;
  /** Number format. */
  z?: string | number;
}

/** What the workbook library supplies: date-format recognition and date formatting. */
export interface SheetCellApi {
  /** True when the number format shows a date or time (e.g. `yyyy-mm-dd`, `m/d/yy h:mm`). */
  isDateFormat: (format: string) => boolean;
  /** A date serial (days since 1899-12-30, fraction = time) as `yyyy-mm-dd` or `yyyy-mm-dd hh:mm:ss`. */
  formatDateSerial: (serial: number) => string;
}

/** date, formula, error value: reported by the sheet reader; unreadable, blank: cells the import could not read (unreadCells.ts). */
export type SheetCellErrorKind = 'date' | 'formula' | 'error' | 'unreadable' | 'blank';

/** A cell reported instead of read: where it is and what it holds. */
export interface SheetCellError {
  sheet: string;
  /** 1-based sheet row, as Excel numbers rows. */
  row: number;
  /** 0-based column index. */
  column: number;
  /** A1-style address, e.g. `C5`. */
  address: string;
  kind: SheetCellErrorKind;
  /** The cell as written: the date, `=formula`, or the error value (`#N/A`). */
  text: string;
  /** A sentence for the user, e.g. `Sheet1!C5 holds a date (2024-01-15), not a number.` */
  message: string;
}

/** Column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(column: number): string {
  let n = column + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function isoOfDate(d: Date): string {
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return time === '00:00:00' ? date : `${date} ${time}`;
}

type CellReading = { text: string } | { text: string; kind: SheetCellErrorKind; shown: string };

/**
 * The table text of one cell, or what to report instead. A reported cell's table text never
 * reads as a number: an error keeps its value (`#N/A`, a missing marker), a formula becomes
 * `=formula`, a date `yyyy-mm-dd`.
 */
export function readSheetCell(cell: SheetCell | undefined, api: SheetCellApi): CellReading {
  if (!cell || cell.t === 'z') return { text: '' };
  if (cell.f !== undefined && cell.f !== '') {
    const text = `=${cell.f}`;
    return { text, kind: 'formula', shown: text };
  }
  if (cell.t === 'e') {
    const text = cell.w ?? '#ERROR';
    return { text, kind: 'error', shown: text };
  }
  if (cell.t === 'd') {
    const text = cell.v instanceof Date ? isoOfDate(cell.v) : String(cell.w ?? cell.v ?? '');
    return { text, kind: 'date', shown: text };
  }
  if (cell.t === 'n' && typeof cell.v === 'number') {
    if (typeof cell.z === 'string' && api.isDateFormat(cell.z)) {
      const text = api.formatDateSerial(cell.v);
      return { text, kind: 'date', shown: text };
    }
    return { text: String(cell.v) };
  }
  if (cell.t === 'b') return { text: cell.v ? 'TRUE' : 'FALSE' };
  return { text: typeof cell.v === 'string' ? cell.v : String(cell.w ?? cell.v ?? '') };
}

function cellMessage(
  sheet: string,
  address: string,
  kind: SheetCellErrorKind,
  text: string,
): string {
  if (kind === 'date') return `${sheet}!${address} holds a date (${text}), not a number.`;
  if (kind === 'formula') {
    return `${sheet}!${address} holds a formula (${text}); formula results are not imported.`;
  }
  return `${sheet}!${address} holds the error value ${text}.`;
}

export interface SheetTable {
  table: ParsedTable;
  /** Reported cells from the header row down (every row when there is no header). */
  cellErrors: SheetCellError[];
}

/**
 * A sheet's rows (`rows[r][c]`, r and c 0-based from A1; holes are blank cells) as a ParsedTable:
 * each row's `line` is its 1-based sheet row, the header is found as for a text file
 * (findHeaderRow) unless `headerLine` names it, statistics and blank rows are set aside as
 * readTable does. Dates, formulas and error values are listed in `cellErrors`.
 */
export function sheetToTable(
  sheet: string,
  rows: ReadonlyArray<ReadonlyArray<SheetCell | undefined> | undefined>,
  api: SheetCellApi,
  headerLine?: number,
): SheetTable {
  const allRows: TableRow[] = [];
  const errors: SheetCellError[] = [];
  for (let r = 0; r < rows.length; r++) {
    const source = rows[r] ?? [];
    const cells: string[] = [];
    for (let c = 0; c < source.length; c++) {
      const reading = readSheetCell(source[c], api);
      cells.push(reading.text);
      if ('kind' in reading) {
        const address = `${columnLetters(c)}${r + 1}`;
        const { kind, shown } = reading;
        const message = cellMessage(sheet, address, kind, shown);
        errors.push({ sheet, row: r + 1, column: c, address, kind, text: shown, message });
      }
    }
    allRows.push({ line: r + 1, cells: cells.length > 0 ? cells : [''] });
  }
  const headerIndex =
    headerLine === undefined
      ? (findHeaderRow(allRows)?.index ?? null)
      : allRows.findIndex((row) => row.line === headerLine);
  const index = headerIndex === -1 ? null : headerIndex;
  const table = tableFromRows(allRows, ',', index);
  const fromLine = index === null ? 1 : (allRows[index]?.line ?? 1);
  return { table, cellErrors: errors.filter((e) => e.row >= fromLine) };
}
