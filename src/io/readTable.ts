/**
 * Reading an imported text file into a table of raw string cells.
 *
 * Tokenising is papaparse's job (quotes, embedded delimiters and line breaks, CRLF). This module
 * adds what instrument exports need around it: BOM removal, choosing the delimiter, finding the
 * header below a preamble, setting aside comments and statistics rows, and keeping each row's
 * source line number so problems can be reported as "line 14".
 */
import Papa from 'papaparse';
import {
  findHeaderRow,
  isBlankRow,
  isCommentRow,
  isStatisticsRow,
  sameWidth,
  type TableRow,
} from './headerRow';
import { guessDecimalComma } from './numbers';

export type { TableRow } from './headerRow';

export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

export interface ParsedTable {
  delimiter: Delimiter;
  /** Header cells, trimmed and BOM-free; [] when no header was found. */
  header: string[];
  /** 1-based line of the header, or null when there is none. */
  headerLine: number | null;
  /** Measurement rows below the header: not blank, not comments, not statistics rows. */
  rows: TableRow[];
  /** Rows below the header that were recognised as statistics (Average, Min, Std. Dev. …). */
  statisticsRows: TableRow[];
  /** Every record of the file, blank and preamble lines included, for a raw preview. */
  allRows: TableRow[];
  /** Whether the cells look like decimal-comma numbers (`1,5`); see guessDecimalComma. */
  decimalCommaGuess: boolean;
  /** Records papaparse could not split cleanly (e.g. an unterminated quote swallowing lines). */
  parseErrors: Array<{ line: number; message: string }>;
}

export interface ReadTableOptions {
  /** Use this delimiter instead of sniffing one. */
  delimiter?: Delimiter;
  /** Use the row starting on this 1-based line as the header instead of searching for one. */
  headerLine?: number;
}

/** Remove every U+FEFF (a UTF-8 BOM at the start, or one left mid-text by concatenated files). */
export function stripBom(text: string): string {
  return text.replace(/\uFEFF/g, '');
}

/**
 * Every record of `text` (BOM already removed) split with papaparse on `delimiter`, each with
 * the 1-based line it starts on (a quoted field spanning lines counts its lines). Line breaks
 * (`\r\n`, `\n`, a lone `\r`, even mixed in one file) are first made `\n`, so a quoted field's
 * own breaks read as `\n`. `maxRows` stops early. Blank lines are kept as one empty cell.
 * A record papaparse reports an error for (unterminated or malformed quotes) carries its message.
 */
export function parseRows(text: string, delimiter: Delimiter, maxRows?: number): TableRow[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const rows: TableRow[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(normalised, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    ...(maxRows === undefined ? {} : { preview: maxRows }),
    step(result) {
      // papaparse reports the end of text after a final line break as one more empty record.
      if (start >= normalised.length && normalised.length > 0) return;
      const error = result.errors[0];
      rows.push(
        error
          ? { line, cells: result.data, parseError: error.message }
          : { line, cells: result.data },
      );
      const end = result.meta.cursor;
      for (let i = start; i < end; i++) if (normalised.charCodeAt(i) === 10) line++;
      start = end;
    },
  });
  return rows;
}

const SNIFF_ROWS = 200;
const SNIFF_CHARS = 256 * 1024;

/**
 * Score of one delimiter on the first rows: rows after the header with the header's width,
 * plus a large bonus when the header was found by the strict (numeric data below) rule.
 */
function delimiterScore(rows: readonly TableRow[]): number {
  const header = findHeaderRow(rows, SNIFF_ROWS);
  if (header === null) return 0;
  const headerCells = rows[header.index]?.cells ?? [];
  let matching = 0;
  for (const row of rows.slice(header.index + 1)) {
    if (sameWidth(row.cells, headerCells)) matching++;
  }
  return matching + 1 + (header.strict ? 1_000_000 : 0);
}

/**
 * Choose `,`, `;` or tab: each candidate splits the first 200 records and the one whose header
 * (see findHeaderRow) is followed by the most rows of the same width wins; ties go to the order
 * `,` `;` tab. When no candidate finds a header, papaparse's own guess is used
 * (`delimitersToGuess`), falling back to `,`.
 */
export function sniffDelimiter(text: string): Delimiter {
  let best: Delimiter | null = null;
  let bestScore = 0;
  // The first rows are all that is scored; a cut-off last row only weakens its own delimiter.
  const sample = text.slice(0, SNIFF_CHARS);
  for (const d of DELIMITERS) {
    const score = delimiterScore(parseRows(sample, d, SNIFF_ROWS));
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  if (best) return best;
  const guess = Papa.parse<string[]>(sample, { preview: 20, delimitersToGuess: [...DELIMITERS] });
  const d = guess.meta.delimiter;
  return d === ';' || d === '\t' ? d : ',';
}

/**
 * Split `allRows` into header, measurement rows and statistics rows, given the header's index
 * in `allRows` (null: no header, no measurement rows). `dataRows` replaces "every row after the
 * header" (the KLA preset passes one wafer's site rows). Blank and comment rows are dropped.
 */
export function tableFromRows(
  allRows: TableRow[],
  delimiter: Delimiter,
  headerIndex: number | null,
  dataRows?: TableRow[],
): ParsedTable {
  const headerRow = headerIndex === null ? undefined : allRows[headerIndex];
  const rows: TableRow[] = [];
  const statisticsRows: TableRow[] = [];
  const candidates = dataRows ?? (headerRow ? allRows.slice((headerIndex ?? 0) + 1) : []);
  for (const row of candidates) {
    if (isBlankRow(row.cells) || isCommentRow(row.cells)) continue;
    (isStatisticsRow(row.cells) ? statisticsRows : rows).push(row);
  }
  const sampleCells = rows.slice(0, 500).flatMap((r) => r.cells);
  return {
    delimiter,
    header: headerRow ? headerRow.cells.map((c) => stripBom(c).trim()) : [],
    headerLine: headerRow?.line ?? null,
    rows,
    statisticsRows,
    allRows,
    decimalCommaGuess: guessDecimalComma(sampleCells, delimiter),
    parseErrors: allRows.flatMap((r) =>
      r.parseError === undefined ? [] : [{ line: r.line, message: r.parseError }],
    ),
  };
}

/**
 * Read a text file into a ParsedTable: strip the BOM, sniff (or take) the delimiter, find (or
 * take) the header row, and keep every row as raw strings with its 1-based source line. Never
 * throws; a file with no recognisable header gives `header: []` and no rows. A `headerLine`
 * option that matches no record is treated as "no header".
 */
export function readTable(text: string, options: ReadTableOptions = {}): ParsedTable {
  const clean = stripBom(text);
  const delimiter = options.delimiter ?? sniffDelimiter(clean);
  const allRows = parseRows(clean, delimiter);
  const headerIndex =
    options.headerLine === undefined
      ? (findHeaderRow(allRows)?.index ?? -1)
      : allRows.findIndex((r) => r.line === options.headerLine);
  return tableFromRows(allRows, delimiter, headerIndex === -1 ? null : headerIndex);
}
