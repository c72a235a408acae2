/**
 * Reading one table row through an import mapping: its coordinates (x/y, r/θ or an `(x,y)`
 * cell, in mm), its values (converted when the mapping asks) and its site/wafer/slot cells,
 * recording every cell that cannot be read.
 */
import { scaleValue } from '../domain/units/scale';
import { unescapeFormulaText } from './formulaGuard';
import type { CellProblem, ImportMapping, MappedValue, PointIdentity } from './mapping';
import { type ReadNumberResult, readNumber, splitCoordinatePair } from './numbers';
import type { ParsedTable, TableRow } from './readTable';
import { readCoordinateMm } from './units';

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

/** Reads rows of `table` with `mapping`; `problems` collects the unreadable cells. */
export class RowReader {
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
      if (value === null) continue;
      out.push(
        v.convertTo
          ? {
              propertyName: v.propertyName,
              propertyUnit: v.convertTo.unit,
              value: scaleValue(value, v.convertTo.factor),
            }
          : { propertyName: v.propertyName, propertyUnit: v.propertyUnit, value },
      );
    }
    return out;
  }

  /** The row's site, wafer and slot cells (numbers when they are plain integers). */
  identity(row: TableRow): PointIdentity | undefined {
    const columns = this.mapping.identity;
    if (!columns) return undefined;
    const text = (column: number | null) =>
      column === null ? '' : unescapeFormulaText(row.cells[column] ?? '').trim();
    const label = (t: string) => (/^\d{1,9}$/.test(t) ? Number(t) : t);
    const out: PointIdentity = {};
    const site = text(columns.siteColumn);
    const wafer = text(columns.waferColumn);
    const slot = text(columns.slotColumn);
    if (wafer !== '') out.wafer_id = wafer;
    if (slot !== '') out.slot = label(slot);
    if (site !== '') out.site = label(site);
    return Object.keys(out).length > 0 ? out : undefined;
  }
}
