/**
 * Tables that name the sample of every row: a column such as `wafer`, `Wafer ID`, `sample`,
 * `slot` or `lot`. The rows are grouped into one wafer per distinct name.
 */
import { unescapeFormulaText } from '../formulaGuard';
import { axisName, type MappingGuess } from '../guessMapping';
import type { PresetId } from '../presets/registry';
import type { ParsedTable, TableRow } from '../readTable';
import type { CassetteOptions, CassetteWafer } from './types';
import { buildWafer } from './waferBuilder';

export type SampleColumnRole = 'wafer' | 'sample' | 'slot' | 'lot';

export interface SampleColumn {
  column: number;
  role: SampleColumnRole;
  header: string;
}

const ROLE_NAMES: ReadonlyArray<[SampleColumnRole, RegExp]> = [
  ['wafer', /^wafer ?(?:id|name|no|nr|#|number|label)?$/],
  ['sample', /^(?:(?:physical )?sample|substrate|specimen) ?(?:id|name|no|nr|#|number|label)?$/],
  ['slot', /^slot ?(?:id|no|nr|#|number)?$/],
  ['lot', /^lot ?(?:id|name|no|nr|#|number)?$/],
];

/**
 * Columns whose header names the sample, wafer, slot or lot: `wafer`, `Wafer ID`, `wafer_id`,
 * `WaferName`, `sample`, `Sample ID`, `substrate`, `slot`, `Slot #`, `lot`, `Lot ID` … (compared
 * after axisName: case, `_`, `-` and `.` do not matter). In header order.
 */
export function detectSampleColumns(header: readonly string[]): SampleColumn[] {
  const found: SampleColumn[] = [];
  header.forEach((h, column) => {
    const name = axisName(h);
    const role = ROLE_NAMES.find(([, re]) => re.test(name))?.[0];
    if (role) found.push({ column, role, header: h });
  });
  return found;
}

/**
 * The columns whose values together name one wafer: the first wafer or sample column; else the
 * slot column, with the lot column before it when there is one (slot 1 of two lots are two
 * wafers). A lot column alone does not split (a lot holds many wafers): [].
 */
export function defaultKeyColumns(columns: readonly SampleColumn[]): number[] {
  const named = columns.find((c) => c.role === 'wafer' || c.role === 'sample');
  if (named) return [named.column];
  const slot = columns.find((c) => c.role === 'slot');
  if (!slot) return [];
  const lot = columns.find((c) => c.role === 'lot');
  return lot ? [lot.column, slot.column] : [slot.column];
}

const cellText = (row: TableRow, column: number): string =>
  unescapeFormulaText((row.cells[column] ?? '').trim());

export interface ColumnSplit {
  wafers: CassetteWafer[];
  /** 1-based lines (sheet rows) whose key cells are all blank: they belong to no wafer. */
  rowsWithoutSample: number[];
}

/**
 * Group `table.rows` by the text of `keyColumns` (joined with ` / `), in order of first
 * appearance. Each wafer keeps the whole header and only its rows; slot and lot come from the
 * first non-blank cell of the slot and lot columns among its rows. The guessed mapping loses
 * any value column that is a sample, slot or lot column. Rows whose key cells are all blank
 * are listed in `rowsWithoutSample`. Throws RangeError for no key columns or one outside the
 * header.
 */
export function splitBySampleColumn(
  table: ParsedTable,
  sourceFile: string,
  preset: PresetId,
  guess: MappingGuess,
  keyColumns: readonly number[],
  options: CassetteOptions = {},
): ColumnSplit {
  if (keyColumns.length === 0) throw new RangeError('choose the column that names the sample');
  for (const c of keyColumns) {
    if (!Number.isInteger(c) || c < 0 || c >= table.header.length) {
      throw new RangeError(`column ${c + 1} is not a column of this table`);
    }
  }
  const columns = detectSampleColumns(table.header);
  const slotColumn = columns.find((c) => c.role === 'slot')?.column;
  const lotColumn = columns.find((c) => c.role === 'lot')?.column;
  const excluded = new Set([...keyColumns, ...columns.map((c) => c.column)]);
  const mapping = {
    ...guess.mapping,
    values: guess.mapping.values.filter((v) => !excluded.has(v.column)),
  };
  const groups = new Map<string, TableRow[]>();
  const rowsWithoutSample: number[] = [];
  for (const row of table.rows) {
    const parts = keyColumns.map((c) => cellText(row, c));
    if (parts.every((p) => p === '')) {
      rowsWithoutSample.push(row.line);
      continue;
    }
    const key = parts.filter((p) => p !== '').join(' / ');
    const rows = groups.get(key);
    if (rows) rows.push(row);
    else groups.set(key, [row]);
  }
  const firstFilled = (rows: TableRow[], column: number | undefined): string | null =>
    column === undefined
      ? null
      : rows.map((r) => cellText(r, column)).find((t) => t !== '') || null;
  const wafers = [...groups].map(([waferId, rows]) =>
    buildWafer(
      {
        waferId,
        slot: firstFilled(rows, slotColumn),
        lot: firstFilled(rows, lotColumn),
        sourceFile,
        preset,
        table: { ...table, rows, statisticsRows: [], parseErrors: [] },
        fields: {},
        statedStatistics: [],
        warnings: [],
      },
      mapping,
      options,
    ),
  );
  return { wafers, rowsWithoutSample };
}
