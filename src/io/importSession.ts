/**
 * One import in progress: the file's text, its latest analysis and what the current mapping
 * makes of it. The same class runs on the main thread (small files) and inside the import
 * worker (large ones), so it keeps the big arrays and hands out compact views: typed arrays of
 * positions for the map preview, capped lists of problems for the checks.
 */
import type { SampleOutline } from '../domain/geometry/outline';
import type { StagedAnnotation } from '../domain/staging/staged';
import { type AnalyseImportOptions, analyseImport, type ImportAnalysis } from './analyseImport';
import { unescapeFormulaText } from './formulaGuard';
import { withoutFitQuality } from './importMessages';
import { type ImportMapping, type MapResult, mapRows } from './mapping';
import { type PackedStaged, packMappedPoints, unpackStaged } from './packedStaged';
import { GENERIC_PRESET, presetById } from './presets/registry';
import { type PropertyStats, PropertyTally } from './propertyTally';
import { type ParsedTable, readTable, type TableRow } from './readTable';
import { type ValueSource, valueSourceKey } from './toStaged';

export interface SessionOptions extends AnalyseImportOptions {
  /** The first row is data (columns named Column 1, 2 …); undefined: decide from the text. */
  headerless?: boolean;
}

/** ImportAnalysis without its table, plus what the dialog shows of the table. */
export interface AnalysisView extends Omit<ImportAnalysis, 'table'> {
  delimiter: ParsedTable['delimiter'];
  header: string[];
  headerLine: number | null;
  headerless: boolean;
  rowCount: number;
  /** Rows set aside as statistics (Average, Std. Dev. …): line and label, at most LIST_CAP. */
  statisticsRows: Array<{ line: number; label: string }>;
  statisticsRowCount: number;
  /** The first data rows, for a look at the columns. */
  previewRows: TableRow[];
  /** Guessed value columns left out of `mapping` (fit quality: GOF, MSE), offered first to add. */
  optionalValues: ImportMapping['values'];
  /** char_source_type the dialog starts with for this preset ('' = none). */
  defaultSourceType: string;
  /** True when the file names a source per row (an annotation CSV's char_source_type). */
  hasRowSources: boolean;
}

/** What a mapping makes of the table; lists are capped at LIST_CAP, counts are complete. */
export interface MapView {
  pointCount: number;
  valueCount: number;
  /** Values at points inside the outline (what a default stage adds). */
  insideValueCount: number;
  /** Point positions in sample mm, and 1 where a point is inside the outline. */
  xMm: Float64Array;
  yMm: Float64Array;
  inside: Uint8Array;
  problems: MapResult['problems'];
  problemCount: number;
  skippedRows: MapResult['skippedRows'];
  skippedCount: number;
  outsideRows: number[];
  outsideCount: number;
  unitSuggestion: MapResult['unitSuggestion'];
  properties: PropertyStats[];
}

export interface StageRequest {
  mapping: ImportMapping;
  outline: SampleOutline;
  /** char_source_type for every annotation; blank: the file's per-row source, else none. */
  sourceType: string;
  /** Stage points outside the outline too (default: only those inside). */
  includeOutside: boolean;
}

/** Longest list a view carries; the counts say how many there are in all. */
export const LIST_CAP = 500;
const PREVIEW_ROWS = 5;
const HEADERLESS_WIDTH_ROWS = 200;

export { PASTED_SOURCE } from './importLimits';

export class ImportSession {
  private analysis: ImportAnalysis | null = null;
  /** Lines the text was shifted by a made-up header row (headerless data): 0 or 1. */
  private lineShift = 0;

  constructor(
    private readonly text: string,
    readonly fileName: string,
  ) {}

  /** Analyse the text with `options` (see analyseImport); throws RangeError for an unknown wafer. */
  analyse(options: SessionOptions = {}): AnalysisView {
    const { headerless, ...analyseOptions } = options;
    let analysis = analyseImport(this.text, this.fileName, analyseOptions);
    this.lineShift = 0;
    const noHeader =
      presetById(analysis.preset).layout === 'table' && analysis.table.headerLine === null;
    if (headerless ?? (noHeader && startsWithNumbers(analysis.table))) {
      analysis = this.analyseHeaderless(analysis.table.delimiter, analyseOptions);
    }
    this.analysis = analysis;
    return this.view(analysis);
  }

  /** Apply `mapping` to the analysed table (see mapRows), with `outline` for the checks. */
  map(mapping: ImportMapping, outline: SampleOutline): MapView {
    const result = mapRows(this.table(), mapping, outline);
    const shift = this.lineShift;
    const n = result.points.length;
    const xMm = new Float64Array(n);
    const yMm = new Float64Array(n);
    const inside = new Uint8Array(n).fill(1);
    const outside = new Set(result.outsideRows ?? []);
    const tally = new PropertyTally();
    let valueCount = 0;
    let insideValueCount = 0;
    result.points.forEach((p, i) => {
      xMm[i] = p.xMm;
      yMm[i] = p.yMm;
      if (outside.has(p.sourceRow)) inside[i] = 0;
      else insideValueCount += p.values.length;
      for (const v of p.values) {
        tally.add(v.propertyName, v.propertyUnit, v.value);
        valueCount++;
      }
    });
    return {
      pointCount: n,
      valueCount,
      insideValueCount,
      xMm,
      yMm,
      inside,
      problems: result.problems.slice(0, LIST_CAP).map((p) => ({ ...p, row: p.row - shift })),
      problemCount: result.problems.length,
      skippedRows: result.skippedRows.slice(0, LIST_CAP).map((s) => ({ ...s, row: s.row - shift })),
      skippedCount: result.skippedRows.length,
      outsideRows: [...outside].slice(0, LIST_CAP).map((r) => r - shift),
      outsideCount: outside.size,
      unitSuggestion: result.unitSuggestion,
      properties: tally.stats(),
    };
  }

  /**
   * Staged annotations for the points `request.mapping` gives (inside the outline only, unless
   * `includeOutside`), with `source_file`, `source_row` (line in the file or pasted text), the
   * value's `source_column` (and `source_unit` when converted), a KLA wafer's `wafer_id` and
   * `slot`, and the row's `site` in their metadata. `newId` makes each localId.
   */
  stage(request: StageRequest, newId: () => string): StagedAnnotation[] {
    return unpackStaged(this.stagePacked(request), newId);
  }

  /** What `stage` makes, in columns (see packedStaged.ts), for sending from a worker. */
  stagePacked(request: StageRequest): PackedStaged {
    const result = mapRows(this.table(), request.mapping, request.outline);
    const outside = new Set(result.outsideRows ?? []);
    const shift = this.lineShift;
    const points = result.points
      .filter((p) => request.includeOutside || !outside.has(p.sourceRow))
      .map((p) => ({ ...p, sourceRow: p.sourceRow - shift }));
    const wafer = this.analysis?.wafer;
    const preset = this.analysis ? presetById(this.analysis.preset) : GENERIC_PRESET;
    return packMappedPoints(points, {
      sourceFile: this.fileName,
      sourceType: request.sourceType,
      rowSources: this.rowSources(),
      valueSources: valueSourcesOf(request.mapping, this.table().header),
      ...(wafer && preset.layout === 'wafer-blocks'
        ? { extraMetadata: preset.blockMetadata(wafer) }
        : {}),
    });
  }

  private table(): ParsedTable {
    if (!this.analysis) throw new Error('analyse() must run before map() or stage()');
    return this.analysis.table;
  }

  /** Analyse with a made-up header row `Column 1, Column 2 …` above the first line. */
  private analyseHeaderless(
    delimiter: ParsedTable['delimiter'],
    options: AnalyseImportOptions,
  ): ImportAnalysis {
    const d = options.delimiter ?? delimiter;
    const rows = readTable(this.text, { delimiter: d, headerLine: 1 }).allRows;
    const width = Math.max(2, ...rows.slice(0, HEADERLESS_WIDTH_ROWS).map((r) => r.cells.length));
    const header = Array.from({ length: width }, (_, i) => `Column ${i + 1}`).join(d);
    this.lineShift = 1;
    return analyseImport(`${header}\n${this.text}`, this.fileName, {
      ...options,
      preset: GENERIC_PRESET.id,
      delimiter: d,
      headerLine: 1,
    });
  }

  /** Per-line char_source_type of an annotation CSV; undefined for other presets. */
  private rowSources(): Map<number, string> | undefined {
    const a = this.analysis;
    const columnName = a ? rowSourceColumn(a.preset) : undefined;
    const column = a && columnName ? a.table.header.indexOf(columnName) : -1;
    if (!a || column < 0) return undefined;
    return new Map(
      a.table.rows.map((r) => [
        r.line - this.lineShift,
        unescapeFormulaText(r.cells[column] ?? ''),
      ]),
    );
  }

  private view(analysis: ImportAnalysis): AnalysisView {
    const { table, ...rest } = analysis;
    const shift = this.lineShift;
    const shiftRow = (r: TableRow): TableRow => ({ ...r, line: r.line - shift });
    const mapping = withoutFitQuality(analysis.mapping);
    const sourceColumn = rowSourceColumn(analysis.preset);
    return {
      ...rest,
      mapping,
      optionalValues: analysis.mapping.values.filter((v) => !mapping.values.includes(v)),
      delimiter: table.delimiter,
      header: table.header,
      headerLine: shift > 0 || table.headerLine === null ? null : table.headerLine,
      headerless: shift > 0,
      rowCount: table.rows.length,
      statisticsRows: table.statisticsRows.slice(0, LIST_CAP).map((r) => ({
        line: r.line - shift,
        label: r.cells.find((c) => c.trim() !== '')?.trim() ?? '',
      })),
      statisticsRowCount: table.statisticsRows.length,
      previewRows: table.rows.slice(0, PREVIEW_ROWS).map(shiftRow),
      defaultSourceType: presetById(analysis.preset).sourceType,
      hasRowSources: sourceColumn !== undefined && table.header.includes(sourceColumn),
    };
  }
}

/** The column naming each row's char_source_type in this preset's files, if it has one. */
function rowSourceColumn(id: string): string | undefined {
  const preset = presetById(id);
  return preset.layout === 'table' ? preset.rowSourceColumn : undefined;
}

/** True when the first non-blank line of the file is all numbers (data without a header). */
function startsWithNumbers(table: ParsedTable): boolean {
  const first = table.allRows.find((r) => r.cells.some((c) => c.trim() !== ''));
  if (!first) return false;
  const filled = first.cells.filter((c) => c.trim() !== '');
  return filled.length >= 2 && filled.every((c) => /^[\s+\-−\d.,eE()]+$/.test(c));
}

/**
 * The file column of each property a wide mapping stores, keyed by what is stored (name and,
 * for converted values, the unit converted to); converted values also keep the file's unit.
 * The long layout (names from cells) has no value columns: empty.
 */
export function valueSourcesOf(
  mapping: ImportMapping,
  header: readonly string[],
): Map<string, ValueSource> {
  const out = new Map<string, ValueSource>();
  if (mapping.long) return out;
  for (const v of mapping.values) {
    const sourceColumn = header[v.column] ?? `Column ${v.column + 1}`;
    const stored = valueSourceKey(v.propertyName, v.convertTo ? v.convertTo.unit : v.propertyUnit);
    out.set(
      stored,
      v.convertTo ? { sourceColumn, sourceUnit: v.propertyUnit?.trim() || null } : { sourceColumn },
    );
  }
  return out;
}
