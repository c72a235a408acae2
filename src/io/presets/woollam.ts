/**
 * J.A. Woollam CompleteEASE map export (tab-separated text): a header row whose first cell is
 * blank, six statistics rows (Average, Min, Max, Std. Dev., % Range, % Uniformity), then one row
 * per point whose first cell is the `(x,y)` position in cm, e.g. `(0.354,-0.354)`, followed by
 * `Point #`, fit diagnostics and the fitted parameters (`MSE`, `Thickness # 1 (nm)` …).
 * +y is taken as up (the map's own axes).
 */
import { axisName, guessMapping, type MappingGuess } from '../guessMapping';
import { splitCoordinatePair } from '../numbers';
import { type ParsedTable, readTable } from '../readTable';
import type { TablePreset } from './preset';

/** Instrument housekeeping columns, not film properties: left out of the guessed values. */
const HOUSEKEEPING = new Set(['z align', 'sigint', 'tilt x', 'tilt y', 'hardware ok', 'fit ok']);

const PAIR_ROW = /^\s*\(\s*[-+]?[\d.]+\s*,\s*[-+]?[\d.]+\s*\)\t/m;

/** True when some line starts with an `(x,y)` cell followed by a tab. */
export function looksLikeCompleteEase(text: string): boolean {
  return PAIR_ROW.test(text);
}

/**
 * The mapping for a CompleteEASE map table: the `(x,y)` column in cm, +y up, origin at the
 * centre; values as guessed for a generic table minus the housekeeping columns (Z Align, SigInt,
 * Tilt X/Y, Hardware OK, Fit OK). The statistics rows are already set aside by readTable.
 */
export function completeEaseMapping(table: ParsedTable): MappingGuess {
  const guess = guessMapping(table);
  const sample = table.rows.slice(0, 50);
  const pairColumn = table.header.findIndex((_, i) =>
    sample.some((r) => splitCoordinatePair(r.cells[i] ?? '') !== null),
  );
  const warnings = guess.warnings.filter((w) => !w.startsWith('No coordinate columns'));
  if (pairColumn < 0) warnings.push('No (x,y) column found.');
  const column = Math.max(pairColumn, 0);
  return {
    mapping: {
      ...guess.mapping,
      coordinates: { kind: 'pair', column },
      coordinateUnit: 'cm',
      values: guess.mapping.values.filter(
        (v) => v.column !== column && !HOUSEKEEPING.has(axisName(table.header[v.column] ?? '')),
      ),
    },
    coordinateUnitSource: 'preset',
    warnings,
  };
}

/** True for a parsed table (e.g. a spreadsheet sheet) shaped like a CompleteEASE map. */
function looksLikeCompleteEaseTable(table: ParsedTable): boolean {
  return table.header[0] === '' && table.rows.some((r) => /^\s*\(/.test(r.cells[0] ?? ''));
}

export const woollamPreset: TablePreset<'woollam'> = {
  id: 'woollam',
  label: 'J.A. Woollam CompleteEASE map',
  name: 'CompleteEASE',
  layout: 'table',
  detect: looksLikeCompleteEase,
  detectTable: looksLikeCompleteEaseTable,
  units: { coordinateNote: 'CompleteEASE maps give (x,y) in cm.', valueUnitsStated: true },
  sourceType: 'CompleteEASE',
  notes: [
    'The statistics rows (Average … % Uniformity) are not imported; Z Align, SigInt, Tilt and the fit flags are not offered as properties.',
  ],
  read: (text, options) => readTable(text, { delimiter: '\t', ...options }),
  mapping: completeEaseMapping,
};
