/**
 * The import dialog's entry point: one call reads a file's text into everything the dialog
 * previews (table, detected preset, guessed mapping, KLA wafers); mapRows then applies the
 * mapping as the user has edited it.
 */
import type { MappingGuess, UnitSource } from './guessMapping';
import type { ImportMapping } from './mapping';
import type { TablePreset, WaferBlock, WaferBlocksPreset } from './presets/preset';
import { detectPreset, GENERIC_PRESET, type PresetId, presetById } from './presets/registry';
import type { Delimiter, ParsedTable } from './readTable';

export interface AnalyseImportOptions {
  /** Use this preset instead of the detected one. */
  preset?: PresetId;
  /** Wafer-block formats (KLA-F5x): the wafer to import (default: the first). */
  waferId?: string;
  /** Generic, CompleteEASE and annotation tables: override the sniffed delimiter. */
  delimiter?: Delimiter;
  /** Generic, CompleteEASE and annotation tables: the 1-based line of the header row. */
  headerLine?: number;
}

/** A wafer block without its table (which is `ImportAnalysis.table`). */
export type KlaWaferSummary = Omit<WaferBlock, 'table'>;

export interface ImportAnalysis {
  fileName: string;
  detectedPreset: PresetId;
  /** The preset used: `options.preset`, else the detected one (generic if a forced one failed). */
  preset: PresetId;
  table: ParsedTable;
  /** The guessed mapping; the dialog edits a copy and passes it to mapRows. */
  mapping: ImportMapping;
  coordinateUnitSource: UnitSource;
  decimalCommaGuess: boolean;
  /** KLA-F5x: every wafer id in file order; [] for other presets. */
  waferIds: string[];
  /** KLA-F5x: the chosen wafer's key/value fields, result types and statistics. */
  wafer: KlaWaferSummary | null;
  /** Things the user should check (fallbacks taken, mixed units …). */
  warnings: string[];
}

interface PresetResult {
  table: ParsedTable;
  guess: MappingGuess;
  waferIds: string[];
  wafer: KlaWaferSummary | null;
}

function analyseBlocks(
  preset: WaferBlocksPreset,
  text: string,
  waferId: string | undefined,
): PresetResult | null {
  const wafers = preset.readBlocks(text);
  if (wafers.length === 0) return null;
  const chosen = waferId === undefined ? wafers[0] : wafers.find((w) => w.waferId === waferId);
  if (!chosen) throw new RangeError(`no wafer "${waferId}" in this ${preset.name} file`);
  const { table, ...summary } = chosen;
  const warnings = chosen.table.rows.length === 0 ? [`Wafer ${chosen.waferId} has no sites.`] : [];
  return {
    table,
    guess: { mapping: preset.blockMapping(chosen), coordinateUnitSource: 'preset', warnings },
    waferIds: wafers.map((w) => w.waferId),
    wafer: summary,
  };
}

function analyseTable(
  preset: TablePreset,
  text: string,
  options: AnalyseImportOptions,
): PresetResult {
  const table = preset.read(text, {
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    ...(options.headerLine === undefined ? {} : { headerLine: options.headerLine }),
  });
  const guess = preset.mapping(table);
  if (table.headerLine === null) guess.warnings.unshift('No header row found.');
  return { table, guess, waferIds: [], wafer: null };
}

/**
 * Read an imported file's text (UTF-8, BOM allowed) and guess how to import it: detect the
 * preset (detectPreset), parse the table (for a wafer-block format such as KLA-F5x: the chosen
 * wafer's block), guess the mapping and report wafer ids, the decimal-comma guess and warnings.
 * `fileName` is only passed through for provenance. Throws RangeError for a `waferId` the file
 * does not contain; a forced wafer-block preset on a file without blocks falls back to generic
 * with a warning.
 */
export function analyseImport(
  text: string,
  fileName: string,
  options: AnalyseImportOptions = {},
): ImportAnalysis {
  const detectedPreset = detectPreset(text);
  let preset = presetById(options.preset ?? detectedPreset);
  let result: PresetResult | null = null;
  const fallbackWarnings: string[] = [];
  if (preset.layout === 'wafer-blocks') {
    result = analyseBlocks(preset, text, options.waferId);
    if (!result) {
      fallbackWarnings.push(`No ${preset.name} wafer blocks found; read as a generic table.`);
      preset = GENERIC_PRESET;
    }
  }
  result ??= analyseTable(preset.layout === 'table' ? preset : GENERIC_PRESET, text, options);
  return {
    fileName,
    detectedPreset,
    preset: preset.id,
    table: result.table,
    mapping: result.guess.mapping,
    coordinateUnitSource: result.guess.coordinateUnitSource,
    decimalCommaGuess: result.table.decimalCommaGuess,
    waferIds: result.waferIds,
    wafer: result.wafer,
    warnings: [
      ...fallbackWarnings,
      ...result.table.parseErrors.map((e) => `Line ${e.line}: ${e.message}.`),
      ...result.guess.warnings,
    ],
  };
}
