/**
 * KLA-Tencor F5x export: a key/value preamble (`MACHINE TYPE: ,KLA-F5x`), then one block per
 * wafer: `WAFER ID,<id>`, key/value rows (LOT ID, SLOT, RECIPE …), `RESULT TYPE,<result>,GOF`,
 * statistics rows (MEAN, MIN, MAX, % STDDEV, STDDEV, 3 % STDDEV, 3 STDDEV, RANGE), then a
 * `Site #,Value,Value,X,Y` table with coordinates in mm, ending at a blank row or the next wafer.
 * Source: the real export src/testing/data/kla-f5x-native-oxide-300mm.csv.
 */
import type { ImportMapping } from '../mapping';
import { readNumber } from '../numbers';
import {
  type ParsedTable,
  parseRows,
  sniffDelimiter,
  stripBom,
  type TableRow,
  tableFromRows,
} from '../readTable';
import type { WaferBlock, WaferBlocksPreset } from './preset';

/** One wafer block of a KLA-F5x export; its `Value` headers are replaced by the result types. */
export type KlaWafer = WaferBlock;

export interface KlaExport {
  /** The file's key/value preamble (`MACHINE TYPE` → `KLA-F5x`), keys without the colon. */
  preamble: Record<string, string>;
  wafers: KlaWafer[];
}

const cell = (row: TableRow, i: number): string => (row.cells[i] ?? '').trim();
const isBlank = (row: TableRow): boolean => row.cells.every((c) => c.trim() === '');

interface BlockDraft {
  start: number;
  fields: Record<string, string>;
  resultTypes: string[] | null;
  statistics: Record<string, Array<number | null>>;
  headerIndex: number | null;
  dataRows: TableRow[];
  tableEnded: boolean;
}

function finishBlock(
  draft: BlockDraft,
  allRows: TableRow[],
  delimiter: ParsedTable['delimiter'],
): KlaWafer {
  const waferRow = allRows[draft.start];
  const resultTypes = draft.resultTypes ?? [];
  const table = tableFromRows(allRows, delimiter, draft.headerIndex, draft.dataRows);
  // The n-th `Value` column holds the n-th result type.
  const resultColumns: number[] = [];
  const header = table.header.map((h, column) => {
    const name = h.toLowerCase() === 'value' ? resultTypes[resultColumns.length] : undefined;
    if (name === undefined) return h;
    resultColumns.push(column);
    return name;
  });
  return {
    waferId: waferRow ? cell(waferRow, 1) : '',
    line: waferRow?.line ?? 0,
    fields: draft.fields,
    resultTypes: resultTypes.slice(0, resultColumns.length),
    resultColumns,
    statistics: draft.statistics,
    table: { ...table, header },
  };
}

/** True when the text has a KLA wafer block (`WAFER ID` row followed later by a `Site #` row). */
export function looksLikeKlaF5x(text: string): boolean {
  return /^\s*"?WAFER ID"?\s*[,;\t]/m.test(text) && /^\s*"?Site #"?\s*[,;\t]/m.test(text);
}

/**
 * Split a KLA-F5x export into its preamble and wafer blocks. Statistics are read with a decimal
 * point. Never throws; a file without `WAFER ID` rows gives no wafers.
 */
export function readKlaF5x(text: string): KlaExport {
  const clean = stripBom(text);
  const delimiter = sniffDelimiter(clean);
  const allRows = parseRows(clean, delimiter);
  const preamble: Record<string, string> = {};
  const wafers: KlaWafer[] = [];
  let draft: BlockDraft | null = null;
  for (const [index, row] of allRows.entries()) {
    const label = cell(row, 0);
    if (label.toUpperCase() === 'WAFER ID') {
      if (draft) wafers.push(finishBlock(draft, allRows, delimiter));
      draft = {
        start: index,
        fields: {},
        resultTypes: null,
        statistics: {},
        headerIndex: null,
        dataRows: [],
        tableEnded: false,
      };
      continue;
    }
    if (!draft) {
      if (label !== '') preamble[label.replace(/:$/, '').trim()] = cell(row, 1);
      continue;
    }
    if (draft.headerIndex !== null) {
      // The site table ends at its first blank row; what follows waits for the next WAFER ID.
      if (isBlank(row)) draft.tableEnded = true;
      if (!draft.tableEnded) draft.dataRows.push(row);
      continue;
    }
    if (label.toLowerCase() === 'site #') {
      draft.headerIndex = index;
    } else if (label.toUpperCase() === 'RESULT TYPE') {
      draft.resultTypes = row.cells
        .slice(1)
        .map((c) => c.trim())
        .filter((c) => c !== '');
    } else if (draft.resultTypes && label !== '') {
      draft.statistics[label] = draft.resultTypes.map((_, i) => {
        const r = readNumber(row.cells[i + 1] ?? '', { decimalComma: false });
        return r.ok ? r.value : null;
      });
    } else if (label !== '') {
      draft.fields[label] = cell(row, 1);
    }
  }
  if (draft) wafers.push(finishBlock(draft, allRows, delimiter));
  return { preamble, wafers };
}

/**
 * The metadata every annotation of a KLA wafer gets: `wafer_id` (the `WAFER ID` row) and `slot`
 * (the `SLOT` row: a number when it is a plain integer; left out when blank).
 */
export function klaWaferMetadata(
  wafer: Pick<KlaWafer, 'waferId' | 'fields'>,
): Record<string, string | number> {
  const slotText = (
    Object.entries(wafer.fields).find(([k]) => k.trim().toUpperCase() === 'SLOT')?.[1] ?? ''
  ).trim();
  const out: Record<string, string | number> = { wafer_id: wafer.waferId };
  if (slotText !== '') out.slot = /^\d{1,9}$/.test(slotText) ? Number(slotText) : slotText;
  return out;
}

/**
 * The mapping for a KLA wafer table: X and Y columns in mm with +y up, origin at the centre,
 * every result-type column as a property named after it, the `Site #` column as each row's
 * site. The export does not state the value unit (F5x thickness is usually Å), so units are
 * null for the user to fill in.
 */
export function klaMapping(wafer: KlaWafer): ImportMapping {
  const header = wafer.table.header.map((h) => h.toLowerCase());
  const xColumn = header.indexOf('x');
  const yColumn = header.indexOf('y');
  const siteColumn = header.indexOf('site #');
  const values = wafer.resultTypes.map((name, i) => ({
    column: wafer.resultColumns[i] ?? -1,
    propertyName: name,
    propertyUnit: null,
  }));
  return {
    coordinates: { kind: 'xy', xColumn, yColumn },
    coordinateUnit: 'mm',
    yAxis: 'up',
    originOffset: { x: 0, y: 0 },
    decimalComma: false,
    values,
    long: null,
    identity: {
      siteColumn: siteColumn < 0 ? null : siteColumn,
      waferColumn: null,
      slotColumn: null,
    },
  };
}

/** A block field by name, case-insensitively (`SLOT`, `Slot`); null when absent or blank. */
function blockField(fields: Record<string, string>, name: string): string | null {
  const key = Object.keys(fields).find((k) => k.trim().toUpperCase() === name);
  const value = key === undefined ? '' : (fields[key] ?? '').trim();
  return value === '' ? null : value;
}

export const klaF5xPreset: WaferBlocksPreset<'kla-f5x'> = {
  id: 'kla-f5x',
  label: 'KLA-Tencor F5x export',
  name: 'KLA-F5x',
  layout: 'wafer-blocks',
  detect: looksLikeKlaF5x,
  units: {
    coordinateNote: 'KLA-F5x exports give X and Y in mm.',
    valueUnitsStated: false,
    missingValueUnitNote:
      'KLA-F5x exports do not state the unit of their results: type it (e.g. nm or Å).',
  },
  sourceType: 'KLA-F5x',
  notes: [
    'One block per WAFER ID: choose the wafer below. Its id and slot go into each annotation’s metadata; the statistics rows (MEAN … RANGE) are not imported.',
  ],
  readBlocks: (text) => readKlaF5x(text).wafers,
  blockMapping: klaMapping,
  blockMetadata: klaWaferMetadata,
  blockPlace: (block) => ({
    slot: blockField(block.fields, 'SLOT'),
    lot: blockField(block.fields, 'LOT ID'),
  }),
};
