/**
 * One wafer of a cassette through the single-sample import path: mapRows (the same reading and
 * validation of every cell) and mappedPointsToStaged (the same staged annotations), plus the
 * provenance a cassette needs in each annotation's metadata.
 */
import type { SampleOutline } from '../../domain/geometry/outline';
import type { StagedAnnotation } from '../../domain/staging/staged';
import { type CellProblem, type ImportMapping, type MapResult, mapRows } from '../mapping';
import { readNumber } from '../numbers';
import { type PropertyStats, PropertyTally } from '../propertyTally';
import { mappedPointsToStaged } from '../toStaged';
import type { CassetteWafer } from './types';

export interface WaferStageRequest {
  /** The wafer's mapping as the user set it (e.g. withValueUnit(wafer.mapping, 'nm')). */
  mapping: ImportMapping;
  outline: SampleOutline;
  /** char_source_type of every annotation; blank or null: none. */
  sourceType: string | null;
  /** Stage points outside the outline too (default in the UI: only those inside). */
  includeOutside: boolean;
}

/** What the preview table shows of one wafer under a mapping. */
export interface WaferPreview {
  pointCount: number;
  /** Points outside the outline (not staged unless asked for). */
  outsideCount: number;
  /** Cells that could not be read, and rows skipped for it. */
  problemCount: number;
  /** The cells that could not be read (row: the source line or sheet row). */
  problems: CellProblem[];
  skippedCount: number;
  /** Per property and unit: n, mean, σ (n − 1) over the points inside the outline. */
  properties: PropertyStats[];
}

/** `mapping` with every value column's unit set to `unit` (blank → no unit). */
export function withValueUnit(mapping: ImportMapping, unit: string | null): ImportMapping {
  const u = unit?.trim() || null;
  return { ...mapping, values: mapping.values.map((v) => ({ ...v, propertyUnit: u })) };
}

/** mapRows over the wafer's own rows (see mapRows for every rule), with the outline checks. */
export function mapWafer(
  wafer: CassetteWafer,
  mapping: ImportMapping,
  outline: SampleOutline,
): MapResult {
  return mapRows(wafer.table, mapping, outline);
}

/** The preview of one wafer: counts and per-property statistics of the points inside. */
export function previewWafer(
  wafer: CassetteWafer,
  mapping: ImportMapping,
  outline: SampleOutline,
): WaferPreview {
  const map = mapWafer(wafer, mapping, outline);
  const outside = new Set(map.outsideRows ?? []);
  const tally = new PropertyTally();
  for (const p of map.points) {
    if (outside.has(p.sourceRow)) continue;
    for (const v of p.values) tally.add(v.propertyName, v.propertyUnit, v.value);
  }
  return {
    pointCount: map.points.length,
    outsideCount: outside.size,
    problemCount: map.problems.length,
    problems: map.problems,
    skippedCount: map.skippedRows.length,
    properties: tally.stats(),
  };
}

/** Site number of a row: the whole number in the site column, or null. */
function siteOf(wafer: CassetteWafer, cells: readonly string[] | undefined): number | null {
  if (wafer.siteColumn === null || !cells) return null;
  const r = readNumber(cells[wafer.siteColumn] ?? '', { decimalComma: false });
  return r.ok && Number.isInteger(r.value) ? r.value : null;
}

/**
 * Staged annotations of one wafer: the points inside the outline (all with `includeOutside`),
 * one per value, as mappedPointsToStaged makes them. Metadata: `source_file`, `source_row` (the
 * 1-based file line or sheet row), `source_column` (the value column's header; the value column's
 * for a long layout), `wafer_id`, and when known `slot`, `lot_id` and `site` (the row's site
 * number). `newId` makes each localId.
 */
export function stageWafer(
  wafer: CassetteWafer,
  request: WaferStageRequest,
  newId: () => string,
): StagedAnnotation[] {
  const map = mapWafer(wafer, request.mapping, request.outline);
  const outside = new Set(map.outsideRows ?? []);
  const points = map.points.filter((p) => request.includeOutside || !outside.has(p.sourceRow));
  const extraMetadata: Record<string, string> = { wafer_id: wafer.waferId };
  if (wafer.slot !== null) extraMetadata.slot = wafer.slot;
  if (wafer.lot !== null) extraMetadata.lot_id = wafer.lot;
  const staged = mappedPointsToStaged(
    points,
    { sourceFile: wafer.sourceFile, sourceType: request.sourceType, extraMetadata },
    newId,
  );
  const header = wafer.table.header;
  const { long } = request.mapping;
  const valueKey = (name: string, unit: string | null) => JSON.stringify([name, unit]);
  const columnOf = new Map<string, number>();
  for (const v of [...request.mapping.values].reverse()) {
    columnOf.set(valueKey(v.propertyName, v.propertyUnit), v.column);
  }
  const cellsByLine = new Map(wafer.table.rows.map((r) => [r.line, r.cells]));
  let k = 0;
  for (const p of points) {
    const site = siteOf(wafer, cellsByLine.get(p.sourceRow));
    for (const v of p.values) {
      const s = staged[k++];
      if (!s) continue;
      const column = long
        ? long.valueColumn
        : columnOf.get(valueKey(v.propertyName, v.propertyUnit));
      s.metadata = {
        ...s.metadata,
        ...(column === undefined
          ? {}
          : { source_column: header[column] ?? `Column ${column + 1}` }),
        ...(site === null ? {} : { site }),
      };
    }
  }
  return staged;
}
