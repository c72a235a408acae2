/**
 * Classifying the rows of an imported table: which row is the header, and which rows are
 * preamble, comments or statistics rather than measurements.
 */
import { isMissingMarker, readNumber, splitCoordinatePair } from './numbers';

/** One record of the file: its raw cells and the 1-based line of the file it starts on. */
export interface TableRow {
  line: number;
  cells: string[];
  /** papaparse's message when this record could not be split cleanly. */
  parseError?: string;
}

export type CellKind = 'empty' | 'number' | 'missing' | 'text';

/**
 * What a cell holds, for row classification only: a number in either decimal mode (or a
 * `(x,y)` pair), a missing marker, text, or nothing.
 */
export function cellKind(cell: string): CellKind {
  const t = cell.trim();
  if (t === '') return 'empty';
  if (isMissingMarker(t)) return 'missing';
  if (readNumber(t, { decimalComma: false }).ok || readNumber(t, { decimalComma: true }).ok) {
    return 'number';
  }
  // A pair is data only when both halves are numbers: `(x,y)` in a header row is text.
  const pair = splitCoordinatePair(t);
  const numeric = (part: string) => part !== '' && ['number', 'missing'].includes(cellKind(part));
  return pair && numeric(pair.xText) && numeric(pair.yText) ? 'number' : 'text';
}

function counts(cells: readonly string[]): { filled: number; text: number } {
  let filled = 0;
  let text = 0;
  for (const c of cells) {
    const kind = cellKind(c);
    if (kind !== 'empty') filled++;
    if (kind === 'text') text++;
  }
  return { filled, text };
}

/** True when every cell is empty or whitespace. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/**
 * A comment line: its first cell starts with `#`. A first cell that is exactly `#` (a column
 * titled "#") or a spreadsheet error such as `#N/A` is not a comment.
 */
export function isCommentRow(cells: readonly string[]): boolean {
  const first = (cells[0] ?? '').trim();
  return first.startsWith('#') && first !== '#' && !isMissingMarker(first);
}

/** A key/value preamble line such as `MACHINE TYPE: ,KLA-F5x`: the first filled cell ends in `:`. */
export function isKeyValueRow(cells: readonly string[]): boolean {
  const first = cells.find((c) => c.trim() !== '');
  return first?.trim().endsWith(':') ?? false;
}

/** Labels that start a summary row (instrument statistics) instead of a measurement row. */
const STATISTICS_LABELS = new Set([
  'average',
  'avg',
  'mean',
  'median',
  'min',
  'minimum',
  'max',
  'maximum',
  'std',
  'stdev',
  'stddev',
  'std dev',
  'std deviation',
  'standard deviation',
  'sd',
  'sigma',
  '3 sigma',
  '% stddev',
  '3 stddev',
  '3 % stddev',
  'range',
  '% range',
  'uniformity',
  '% uniformity',
  'non-uniformity',
  '% non-uniformity',
  'count',
  'sum',
]);

function normaliseLabel(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[.:]/g, '')
    .replace(/%\s*/g, '% ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A statistics row (e.g. CompleteEASE's `Average`, `Std. Dev.`, `% Uniformity`): its first
 * filled cell is a statistics label and at least one other cell is a number.
 */
export function isStatisticsRow(cells: readonly string[]): boolean {
  const firstIndex = cells.findIndex((c) => c.trim() !== '');
  const first = cells[firstIndex];
  if (first === undefined || !STATISTICS_LABELS.has(normaliseLabel(first))) return false;
  return cells.some((c, i) => i !== firstIndex && cellKind(c) === 'number');
}

function filledWidth(cells: readonly string[]): number {
  let w = cells.length;
  while (w > 0 && (cells[w - 1] ?? '').trim() === '') w--;
  return w;
}

/**
 * True when two rows have the same number of cells, ignoring empty cells at the end of the
 * longer one (exports often end data rows, but not the header, with a delimiter).
 */
export function sameWidth(a: readonly string[], b: readonly string[]): boolean {
  return filledWidth(a) <= b.length && filledWidth(b) <= a.length;
}

function nextContentRow(rows: readonly TableRow[], from: number): TableRow | undefined {
  for (let i = from; i < rows.length; i++) {
    const row = rows[i];
    if (row && !isBlankRow(row.cells) && !isCommentRow(row.cells)) return row;
  }
  return undefined;
}

/** Header cells name columns: at least two are filled and none is a number. */
function couldBeHeader(cells: readonly string[]): boolean {
  if (isCommentRow(cells) || isKeyValueRow(cells)) return false;
  let filled = 0;
  for (const c of cells) {
    if (c.trim() === '') continue;
    // A missing marker is a name here: `NA` may well be a numerical-aperture column.
    if (cellKind(c) === 'number') return false;
    filled++;
  }
  return filled >= 2;
}

/**
 * The header row: its index into `rows`, and whether it was found by the strict rule. Two passes:
 * 1. strict: the first row with ≥ 2 filled cells and no number among them, that is not a comment
 *    or key/value line, and whose next non-blank row has the same width (see sameWidth) with at
 *    least half of its filled cells numbers or missing markers;
 * 2. loose, when no row passes 1 (tables whose rows are mostly text, such as a long-format
 *    annotation export): the first such row whose next non-blank row has the same width.
 * Only the first `limit` rows are searched. Returns null when neither pass finds a row.
 */
export function findHeaderRow(
  rows: readonly TableRow[],
  limit = 200,
): { index: number; strict: boolean } | null {
  const end = Math.min(rows.length, limit);
  let loose: number | null = null;
  for (let i = 0; i < end; i++) {
    const row = rows[i];
    if (!row || !couldBeHeader(row.cells)) continue;
    const next = nextContentRow(rows, i + 1);
    if (!next || !sameWidth(next.cells, row.cells)) continue;
    const { filled, text } = counts(next.cells);
    if (filled > 0 && (filled - text) * 2 >= filled) return { index: i, strict: true };
    loose ??= i;
  }
  return loose === null ? null : { index: loose, strict: false };
}
