/**
 * Applying an import mapping (which columns hold coordinates and values, in which units) to a
 * parsed table, giving points in the sample frame and a full list of what could not be read.
 */
import { isInsideOutline, type SampleOutline } from '../domain/geometry/outline';
import type { ParsedTable } from './readTable';
import { RowReader } from './rowReader';
import { suggestCoordinateUnit, type UnitSuggestion } from './unitSuggestion';
import { type CoordinateUnit, readCoordinateMm } from './units';

/** Where the coordinates are. Column numbers are 0-based indexes into `table.header`. */
export type CoordinateColumns =
  | { kind: 'xy'; xColumn: number; yColumn: number }
  /** r in the coordinate unit, θ in degrees counter-clockwise from +x: x = r·cos θ, y = r·sin θ. */
  | { kind: 'polar'; rColumn: number; thetaColumn: number }
  /** One `(x,y)` cell per row, as in J.A. Woollam CompleteEASE map exports. */
  | { kind: 'pair'; column: number };

/** A column whose numbers become one property at every point. */
export interface ValueColumn {
  column: number;
  propertyName: string;
  /** The unit of the file's values. */
  propertyUnit: string | null;
  /**
   * Convert the values before staging (asked for by the user at import): multiply by `factor`
   * (exactly, for powers of ten) and store them in `unit`. Absent or null: stored as read.
   */
  convertTo?: { unit: string; factor: number } | null;
}

/** Columns naming each row's measurement site, wafer and slot (null: not in the file). */
export interface IdentityColumns {
  siteColumn: number | null;
  waferColumn: number | null;
  slotColumn: number | null;
}

/** What a row says about where it was measured; stored in the annotation's metadata. */
export interface PointIdentity {
  site?: number | string;
  wafer_id?: string;
  slot?: number | string;
}

/** Long layout (one property per row, as in annotation exports): names and units from cells. */
export interface LongValueColumns {
  nameColumn: number;
  valueColumn: number;
  /** null: no unit column, every value gets unit null. */
  unitColumn: number | null;
}

export interface ImportMapping {
  coordinates: CoordinateColumns;
  coordinateUnit: CoordinateUnit;
  /** 'down' when the file's +y points down (screen style); y is then negated. */
  yAxis: 'up' | 'down';
  /**
   * Where the sample centre is in the file's coordinates (file unit, file y direction); it is
   * subtracted before y is flipped. {x: 0, y: 0} when the file's origin is the centre.
   */
  originOffset: { x: number; y: number };
  decimalComma: boolean;
  /** Wide layout: the value columns. Ignored when `long` is set. */
  values: ValueColumn[];
  /** Long layout, or null for the wide layout. */
  long: LongValueColumns | null;
  /** Per-row site, wafer and slot columns; absent when the file has none. */
  identity?: IdentityColumns;
}

export interface MappedValue {
  propertyName: string;
  propertyUnit: string | null;
  value: number;
}

/** One staged-to-be point: sample frame mm (origin at the centre, +x right, +y up). */
export interface MappedPoint {
  /** 1-based line of the file the row starts on. */
  sourceRow: number;
  xMm: number;
  yMm: number;
  values: MappedValue[];
  /** The row's site, wafer and slot, when the mapping has identity columns and the cells say. */
  identity?: PointIdentity;
}

/** A cell that could not be read: `row` is the 1-based file line, `column` the 0-based index. */
export interface CellProblem {
  row: number;
  column: number;
  columnName: string;
  raw: string;
  kind: 'missing' | 'invalid';
  /** Why an invalid cell was refused (e.g. "ambiguous: …"); '' for missing cells. */
  reason: string;
}

export interface SkippedRow {
  row: number;
  reason: 'coordinates' | 'no-values';
}

export interface MapResult {
  points: MappedPoint[];
  problems: CellProblem[];
  skippedRows: SkippedRow[];
  /** Only with an outline: points outside it (their source rows) and a unit-mistake hint. */
  outsideRows: number[] | null;
  outsideCount: number | null;
  unitSuggestion: UnitSuggestion | null;
}

/** An origin offset in the file unit, in mm (decimal-exact like the cells; non-finite → 0). */
function offsetMm(value: number, unit: CoordinateUnit): number {
  const r = Number.isFinite(value) ? readCoordinateMm(String(value), unit, false) : null;
  return r?.ok ? r.value : 0;
}

/**
 * Apply `mapping` to every row of `table.rows`. Coordinates are converted to mm (see
 * readCoordinateMm), polar ones to x/y, then the origin offset (converted to mm) is subtracted
 * and y negated for `yAxis: 'down'`. Every cell that cannot be read is listed in `problems`
 * with its line, column and raw text; a row is skipped (and listed) when a coordinate cannot be
 * read or none of its values can; otherwise an unreadable value drops only that property at that
 * point. With an `outline`, points outside it are counted and a unit change suggested when the
 * coordinate unit looks wrong (see suggestCoordinateUnit). Never throws; −0 becomes 0.
 */
export function mapRows(
  table: ParsedTable,
  mapping: ImportMapping,
  outline?: SampleOutline,
): MapResult {
  const reader = new RowReader(table, mapping);
  const offsetXMm = offsetMm(mapping.originOffset.x, mapping.coordinateUnit);
  const offsetYMm = offsetMm(mapping.originOffset.y, mapping.coordinateUnit);
  const ySign = mapping.yAxis === 'down' ? -1 : 1;
  const points: MappedPoint[] = [];
  const skippedRows: SkippedRow[] = [];
  for (const row of table.rows) {
    const xy = reader.fileCoordinates(row);
    const values = reader.values(row);
    if (!xy.ok) {
      skippedRows.push({ row: row.line, reason: 'coordinates' });
      continue;
    }
    if (values.length === 0) {
      skippedRows.push({ row: row.line, reason: 'no-values' });
      continue;
    }
    const xMm = xy.xMm - offsetXMm;
    const yMm = ySign * (xy.yMm - offsetYMm);
    const identity = reader.identity(row);
    points.push({
      sourceRow: row.line,
      xMm: xMm + 0,
      yMm: yMm + 0,
      values,
      ...(identity ? { identity } : {}),
    });
  }
  let outsideRows: number[] | null = null;
  let unitSuggestion: UnitSuggestion | null = null;
  if (outline) {
    outsideRows = points.filter((p) => !isInsideOutline(outline, p)).map((p) => p.sourceRow);
    unitSuggestion = suggestCoordinateUnit(points, outline, mapping.coordinateUnit);
  }
  return {
    points,
    problems: reader.problems,
    skippedRows,
    outsideRows,
    outsideCount: outsideRows?.length ?? null,
    unitSuggestion,
  };
}
