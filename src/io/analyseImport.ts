/**
 * The import dialog's entry point: one call reads a file's text into everything the dialog
 * previews (table, detected preset, guessed mapping, KLA wafers); mapRows then applies the
 * mapping as the user has edited it.
 */
import { guessMapping, type MappingGuess, type UnitSource } from './guessMapping';
import type { ImportMapping } from './mapping';
import { annotationCsvMapping, readAnnotationCsv } from './presets/annotations';
import { detectPreset, type PresetId } from './presets/detect';
import { type KlaWafer, klaMapping, readKlaF5x } from './presets/kla';
import { completeEaseMapping } from './presets/woollam';
import { type Delimiter, type ParsedTable, readTable } from './readTable';

export interface AnalyseImportOptions {
  /** Use this preset instead of the detected one. */
  preset?: PresetId;
  /** KLA-F5x: the wafer to import (default: the first). */
  waferId?: string;
  /** Generic, CompleteEASE and annotation tables: override the sniffed delimiter. */
  delimiter?: Delimiter;
  /** Generic, CompleteEASE and annotation tables: the 1-based line of the header row. */
  headerLine?: number;
}

/** A KLA wafer block without its table (which is `ImportAnalysis.table`). */
export type KlaWaferSummary = Omit<KlaWafer, 'table'>;

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

function analyseKla(text: string, waferId: string | undefined): PresetResult | null {
  const { wafers } = readKlaF5x(text);
  if (wafers.length === 0) return null;
  const chosen = waferId === undefined ? wafers[0] : wafers.find((w) => w.waferId === waferId);
  if (!chosen) throw new RangeError(`no wafer "${waferId}" in this KLA-F5x file`);
  const { table, ...summary } = chosen;
  const warnings = chosen.table.rows.length === 0 ? [`Wafer ${chosen.waferId} has no sites.`] : [];
  return {
    table,
    guess: { mapping: klaMapping(chosen), coordinateUnitSource: 'preset', warnings },
    waferIds: wafers.map((w) => w.waferId),
    wafer: summary,
  };
}

function analyseTable(preset: PresetId, text: string, options: AnalyseImportOptions): PresetResult {
  const readOptions = {
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    ...(options.headerLine === undefined ? {} : { headerLine: options.headerLine }),
  };
  let table: ParsedTable;
  let guess: MappingGuess;
  if (preset === 'woollam') {
    table = readTable(text, { delimiter: '\t', ...readOptions });
    guess = completeEaseMapping(table);
  } else if (preset === 'annotations') {
    table = readAnnotationCsv(text, readOptions);
    guess = annotationCsvMapping(table);
  } else {
    table = readTable(text, readOptions);
    guess = guessMapping(table);
  }
  if (table.headerLine === null) guess.warnings.unshift('No header row found.');
  return { table, guess, waferIds: [], wafer: null };
}

/**
 * Read an imported file's text (UTF-8, BOM allowed) and guess how to import it: detect the
 * preset (detectPreset), parse the table (for KLA-F5x: the chosen wafer's block), guess the
 * mapping and report wafer ids, the decimal-comma guess and warnings. `fileName` is only passed
 * through for provenance. Throws RangeError for a `waferId` the KLA file does not contain; a
 * forced KLA preset on a file without wafer blocks falls back to generic with a warning.
 */
export function analyseImport(
  text: string,
  fileName: string,
  options: AnalyseImportOptions = {},
): ImportAnalysis {
  const detectedPreset = detectPreset(text);
  let preset = options.preset ?? detectedPreset;
  let result: PresetResult | null = null;
  const fallbackWarnings: string[] = [];
  if (preset === 'kla-f5x') {
    result = analyseKla(text, options.waferId);
    if (!result) {
      fallbackWarnings.push('No KLA-F5x wafer blocks found; read as a generic table.');
      preset = 'generic';
    }
  }
  result ??= analyseTable(preset, text, options);
  return {
    fileName,
    detectedPreset,
    preset,
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
