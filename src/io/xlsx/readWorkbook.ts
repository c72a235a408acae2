/**
 * Reading Excel workbooks (.xlsx, also .xlsm/.xls) for import: list the sheets, read one into
 * the importer's table (see sheetTable.ts for dates, formulas and error cells).
 *
 * The reader is SheetJS Community Edition 0.20.3 from the npm package `@e965/xlsx` (a verbatim
 * republication of SheetJS's own release; the `xlsx` package on npm stopped at 0.18.5, which
 * has CVE-2023-30533, prototype pollution, and CVE-2024-22363, ReDoS, both fixed by 0.20.2).
 * It is about 1 MB, so it is loaded with a dynamic import() the first time a workbook is opened
 * and stays out of the first-load bundle: this module imports only its types.
 */
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import type { ParsedTable } from '../readTable';
import { type SheetCellApi, type SheetCellError, sheetToTable } from './sheetTable';

export type { SheetCellError } from './sheetTable';

type XlsxModule = typeof import('@e965/xlsx');

let loading: Promise<XlsxModule> | null = null;

/** The SheetJS module, loaded once on first use. */
function loadXlsx(): Promise<XlsxModule> {
  loading ??= import('@e965/xlsx');
  return loading;
}

export interface SheetInfo {
  name: string;
  /** Hidden or very hidden in Excel (still offered; the picker may mark it). */
  hidden: boolean;
  /** Rows and columns of the sheet's used range (0 × 0 for an empty sheet). */
  rowCount: number;
  columnCount: number;
}

export interface SheetRead {
  /** The same shape readTable gives for a text file; `line` is the sheet row (1-based). */
  table: ParsedTable;
  /** Dates, formulas and error values from the header row down, never read as numbers. */
  cellErrors: SheetCellError[];
}

export interface Workbook {
  fileName: string;
  /** Every sheet in workbook order. */
  sheets: SheetInfo[];
  /**
   * Read one sheet (see sheetToTable). `headerLine` (1-based sheet row) overrides the header
   * search. Throws RangeError for a sheet name the workbook does not have.
   */
  readSheet: (name: string, options?: { headerLine?: number }) => SheetRead;
}

function sheetRows(sheet: WorkSheet): Array<CellObject[] | undefined> {
  const data = (sheet as { '!data'?: CellObject[][] })['!data'];
  return data ?? [];
}

function cellApi(xlsx: XlsxModule): SheetCellApi {
  return {
    isDateFormat: (format) => xlsx.SSF.is_date(format),
    formatDateSerial: (serial) =>
      xlsx.SSF.format(Number.isInteger(serial) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss', serial),
  };
}

function sheetInfo(xlsx: XlsxModule, book: WorkBook, name: string, index: number): SheetInfo {
  const sheet = book.Sheets[name];
  const ref = sheet?.['!ref'];
  const range = ref ? xlsx.utils.decode_range(ref) : null;
  return {
    name,
    hidden: (book.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0,
    rowCount: range ? range.e.r + 1 : 0,
    columnCount: range ? range.e.c + 1 : 0,
  };
}

/** ZIP (.xlsx, .xlsm, .ods) and OLE compound file (.xls) signatures. */
const SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
];

/**
 * True when the bytes start like a workbook container. SheetJS would otherwise read any bytes
 * as a text sheet, so a CSV renamed .xlsx, or garbage, would pass as a workbook.
 */
export function looksLikeWorkbook(data: ArrayBuffer | Uint8Array): boolean {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b));
}

/**
 * Open a workbook from its bytes. Loads the reader on first use. Throws an Error naming the file
 * when the bytes are not a ZIP or OLE workbook (see looksLikeWorkbook) or SheetJS cannot read
 * them (a corrupt or password-protected file).
 */
export async function openWorkbook(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
): Promise<Workbook> {
  if (!looksLikeWorkbook(data)) {
    throw new Error(`${fileName} is not an Excel workbook (.xlsx or .xls).`);
  }
  const xlsx = await loadXlsx();
  let book: WorkBook;
  try {
    // cellNF keeps number formats (how dates are recognised); dense keeps rows as arrays.
    book = xlsx.read(data, { type: 'array', dense: true, cellNF: true, cellFormula: true });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new Error(`${fileName} could not be read as an Excel workbook (${reason}).`, {
      cause: e,
    });
  }
  const api = cellApi(xlsx);
  return {
    fileName,
    sheets: book.SheetNames.map((name, i) => sheetInfo(xlsx, book, name, i)),
    readSheet(name, options = {}) {
      const sheet = book.Sheets[name];
      if (!book.SheetNames.includes(name) || !sheet) {
        throw new RangeError(`${fileName} has no sheet named “${name}”.`);
      }
      return sheetToTable(name, sheetRows(sheet), api, options.headerLine);
    },
  };
}
