/**
 * The cassette import's entry point: files (or one spreadsheet sheet) in, the wafers they hold
 * out. A KLA-F5x file splits by WAFER ID; any table with a wafer/sample/slot column splits by
 * that column; any other file (a CompleteEASE map, a plain x/y table) is one wafer named after
 * the file. Several files chosen together simply add up.
 */
import { analyseImport } from '../analyseImport';
import type { MappingGuess } from '../guessMapping';
import { detectPreset, detectTablePreset, type PresetId, presetById } from '../presets/registry';
import type { ParsedTable } from '../readTable';
import { blockCassetteWafers } from './blockCassette';
import { defaultKeyColumns, detectSampleColumns, splitBySampleColumn } from './sampleColumns';
import type { Cassette, CassetteOptions, CassetteSplit, CassetteWafer } from './types';
import { assignUniqueKeys, buildWafer, fileStem, slotFromName } from './waferBuilder';

export interface CassetteFile {
  /** File name, recorded as `source_file`. */
  name: string;
  /** The file's text (see decodeText). */
  text: string;
}

export interface TableCassetteOptions extends CassetteOptions {
  /** Columns that name the wafer; default defaultKeyColumns; [] = the whole table is one wafer. */
  keyColumns?: readonly number[];
}

interface Part {
  split: CassetteSplit;
  wafers: CassetteWafer[];
  warnings: string[];
}

/**
 * The wafers of one parsed table: split by `options.keyColumns` (default: the detected wafer,
 * sample or slot column, see defaultKeyColumns), or one wafer named after `sourceFile` (its
 * stem; slot from a `Slot07`-style name) when there is no such column.
 */
function tablePart(
  table: ParsedTable,
  sourceFile: string,
  preset: PresetId,
  guess: MappingGuess,
  options: TableCassetteOptions,
): Part {
  const warnings = guess.warnings.map((w) => `${sourceFile}: ${w}`);
  const keys = options.keyColumns ?? defaultKeyColumns(detectSampleColumns(table.header));
  if (keys.length > 0) {
    const split = splitBySampleColumn(table, sourceFile, preset, guess, keys, options);
    const n = split.rowsWithoutSample.length;
    if (n > 0) {
      const first = split.rowsWithoutSample.slice(0, 5).join(', ');
      warnings.push(
        `${sourceFile}: ${n} row${n === 1 ? '' : 's'} name no sample and are left out (line ${first}${n > 5 ? ' …' : ''}).`,
      );
    }
    return { split: 'sample-column', wafers: split.wafers, warnings };
  }
  const waferId = fileStem(sourceFile);
  const wafer = buildWafer(
    {
      waferId,
      slot: slotFromName(waferId),
      lot: null,
      sourceFile,
      preset,
      table,
      fields: {},
      statedStatistics: [],
      warnings: table.rows.length === 0 ? ['No measurement rows.'] : [],
    },
    guess.mapping,
    options,
  );
  return { split: 'file', wafers: [wafer], warnings };
}

function filePart(file: CassetteFile, options: CassetteOptions): Part {
  const preset = presetById(detectPreset(file.text));
  if (preset.layout === 'wafer-blocks') {
    const wafers = blockCassetteWafers(preset, file.text, file.name, options);
    const parseErrors = wafers[0]?.table.parseErrors ?? [];
    if (wafers.length > 0) {
      return {
        split: 'kla-blocks',
        wafers,
        warnings: parseErrors.map((e) => `${file.name}, line ${e.line}: ${e.message}.`),
      };
    }
  }
  const a = analyseImport(file.text, file.name);
  // analyseImport's warnings already name parse errors and the missing header.
  const guess = { mapping: a.mapping, coordinateUnitSource: a.coordinateUnitSource, warnings: [] };
  const part = tablePart(a.table, file.name, a.preset, guess, options);
  part.warnings.unshift(...a.warnings.map((w) => `${file.name}: ${w}`));
  return part;
}

function combine(parts: Part[]): Cassette {
  const wafers = parts.flatMap((p) => p.wafers);
  const kinds = new Set(parts.map((p) => p.split));
  const duplicates = assignUniqueKeys(wafers);
  return {
    split: kinds.size === 1 ? (parts[0]?.split ?? 'file') : 'mixed',
    wafers,
    warnings: [...parts.flatMap((p) => p.warnings), ...duplicates],
  };
}

/**
 * The wafers of every file, in file order then source order (see the module comment), each with
 * a unique `key`. Never throws; a file without readable rows gives a wafer with a warning.
 */
export function readCassette(
  files: readonly CassetteFile[],
  options: CassetteOptions = {},
): Cassette {
  return combine(files.map((f) => filePart(f, options)));
}

/**
 * The wafers of one already parsed table (e.g. an Excel sheet read by readSheet): the mapping is
 * guessed by the first table preset that recognises the sheet (CompleteEASE when its `(x,y)`
 * column is found), else as for a generic table.
 * `sourceFile` names the source (e.g. `lot.xlsx › Sheet1`). Throws RangeError for a key column
 * outside the header.
 */
export function cassetteFromTable(
  table: ParsedTable,
  sourceFile: string,
  options: TableCassetteOptions = {},
): Cassette {
  const preset = detectTablePreset(table);
  const guess = preset.mapping(table);
  if (table.headerLine === null) guess.warnings.unshift('No header row found.');
  return combine([tablePart(table, sourceFile, preset.id, guess, options)]);
}
