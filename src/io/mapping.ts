/**
 * Applying an import mapping (which columns hold coordinates and values, in which units) to a
 * parsed table, giving points in the sample frame and a full list of what could not be read.
 */
import { isInsideOutline, type SampleOutline } from '../domain/geometry/outline';
import { unescapeFormulaText } from './formulaGuard';
import { type ReadNumberResult, readNumber, splitCoordinatePair } from './numbers';
import type { ParsedTable, TableRow } from './readTable';
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
  propertyUnit: string | null;
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

type CoordinateResult = { ok: true; xMm: number; yMm: number } | { ok: false };

/** cos and sin of an angle in degrees, exact at multiples of 90° (cos 90° is 0, not 6e-17). */
function cosSinDeg(deg: number): [number, number] {
  const quarter = ((deg % 360) + 360) % 360;
  if (quarter === 0) return [1, 0];
  if (quarter === 90) return [0, 1];
  if (quarter === 180) return [-1, 0];
  if (quarter === 270) return [0, -1];
  const rad = (deg * Math.PI) / 180;
  return [Math.cos(rad), Math.sin(rad)];
}

class RowReader {
  readonly problems: CellProblem[] = [];
  constructor(
    private readonly table: ParsedTable,
    private readonly mapping: ImportMapping,
  ) {}

  /** Record a failed read of `column` in `row`; returns the value, or null on failure. */
  check(row: TableRow, column: number, result: ReadNumberResult): number | null {
    if (result.ok) return result.value;
    this.problems.push({
      row: row.line,
      column,
      columnName: this.table.header[column] ?? `Column ${column + 1}`,
      raw: row.cells[column] ?? '',
      kind: result.kind,
      reason: result.kind === 'invalid' ? result.reason : '',
    });
    return null;
  }

  coordinateMm(row: TableRow, column: number, text?: string): number | null {
    const { coordinateUnit, decimalComma } = this.mapping;
    const cell = text ?? row.cells[column] ?? '';
    return this.check(row, column, readCoordinateMm(cell, coordinateUnit, decimalComma));
  }

  fileCoordinates(row: TableRow): CoordinateResult {
    const c = this.mapping.coordinates;
    if (c.kind === 'xy') {
      const x = this.coordinateMm(row, c.xColumn);
      const y = this.coordinateMm(row, c.yColumn);
      return x === null || y === null ? { ok: false } : { ok: true, xMm: x, yMm: y };
    }
    if (c.kind === 'polar') {
      const r = this.coordinateMm(row, c.rColumn);
      const decimalComma = this.mapping.decimalComma;
      const theta = this.check(
        row,
        c.thetaColumn,
        readNumber(row.cells[c.thetaColumn] ?? '', { decimalComma }),
      );
      if (r === null || theta === null) return { ok: false };
      const [cos, sin] = cosSinDeg(theta);
      return { ok: true, xMm: r * cos, yMm: r * sin };
    }
    const raw = row.cells[c.column] ?? '';
    const pair = splitCoordinatePair(raw);
    if (!pair) {
      const reason = 'not an (x,y) pair';
      this.check(
        row,
        c.column,
        raw.trim() === ''
          ? { ok: false, kind: 'missing' }
          : { ok: false, kind: 'invalid', raw, reason },
      );
      return { ok: false };
    }
    const x = this.coordinateMm(row, c.column, pair.xText);
    const y = x === null ? null : this.coordinateMm(row, c.column, pair.yText);
    return x === null || y === null ? { ok: false } : { ok: true, xMm: x, yMm: y };
  }

  values(row: TableRow): MappedValue[] {
    const { decimalComma, long } = this.mapping;
    const out: MappedValue[] = [];
    if (long) {
      const value = this.check(
        row,
        long.valueColumn,
        readNumber(row.cells[long.valueColumn] ?? '', { decimalComma }),
      );
      const propertyName = unescapeFormulaText(row.cells[long.nameColumn] ?? '');
      if (propertyName.trim() === '') {
        this.check(row, long.nameColumn, { ok: false, kind: 'missing' });
      } else if (value !== null) {
        const unit =
          long.unitColumn === null ? '' : unescapeFormulaText(row.cells[long.unitColumn] ?? '');
        out.push({ propertyName, propertyUnit: unit === '' ? null : unit, value });
      }
      return out;
    }
    for (const v of this.mapping.values) {
      const value = this.check(
        row,
        v.column,
        readNumber(row.cells[v.column] ?? '', { decimalComma }),
      );
      if (value !== null) {
        out.push({ propertyName: v.propertyName, propertyUnit: v.propertyUnit, value });
      }
    }
    return out;
  }
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
    points.push({ sourceRow: row.line, xMm: xMm + 0, yMm: yMm + 0, values });
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
