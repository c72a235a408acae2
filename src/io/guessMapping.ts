/**
 * Guessing an import mapping from a generic table's headers and cells. Every guess is only a
 * starting point: the import dialog shows it and the user can change any part of it.
 */
import type { ImportMapping, ValueColumn } from './mapping';
import { readNumber, splitCoordinatePair } from './numbers';
import type { ParsedTable } from './readTable';
import { type CoordinateUnit, guessCoordinateUnit, propertyFromHeader } from './units';

/** Where the guessed coordinate unit came from: a header, the preset's format, or the mm default. */
export type UnitSource = 'header' | 'preset' | 'default';

export interface MappingGuess {
  mapping: ImportMapping;
  coordinateUnitSource: UnitSource;
  warnings: string[];
}

/**
 * A header reduced to its role word: unit part removed (`X (cm)`, `x_mm`, `theta_deg` → `x`,
 * `x`, `theta`), lower case, `_`, `-` and `.` turned into spaces.
 */
export function axisName(header: string): string {
  return header
    .trim()
    .replace(/\s*[([][^()[\]]*[)\]]\s*$/, '')
    .replace(/[_\s-](?:mm|cm|um|µm|μm|in|inch|inches|microns?|deg|degrees?|rad)$/i, '')
    .toLowerCase()
    .replace(/[_.-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const X_NAME =
  /^(?:(?:stage|coord|pos|position|wafer|sample) )?x(?: ?(?:position|pos|coord|coordinate|location|loc))?$/;
const Y_NAME =
  /^(?:(?:stage|coord|pos|position|wafer|sample) )?y(?: ?(?:position|pos|coord|coordinate|location|loc))?$/;
const R_NAME = /^(?:r|radius|rho|radial(?: (?:position|distance))?|r ?pos(?:ition)?)$/;
const THETA_NAME = /^(?:theta|θ|angle|phi|φ|azimuth|polar angle)$/;
/** Index-like columns (site or point numbers) that are not measured values. */
const ID_NAME =
  /^(?:#|no|nr|num|number|index|idx|id|pt|point|point ?(?:#|no|nr|number|id)|site|site ?(?:#|no|nr|number|id)|die ?(?:#|no|id)?)$/;

const SAMPLE_ROWS = 200;

function columnSample(table: ParsedTable, column: number): string[] {
  return table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells[column] ?? '');
}

/** Share of a column's sampled non-blank cells that are `(x,y)` pairs. */
function pairShare(table: ParsedTable, column: number): number {
  const cells = columnSample(table, column).filter((c) => c.trim() !== '');
  if (cells.length === 0) return 0;
  return cells.filter((c) => splitCoordinatePair(c) !== null).length / cells.length;
}

/** True when a column's sample has numbers and no more unreadable text than numbers. */
function isNumericColumn(table: ParsedTable, column: number, decimalComma: boolean): boolean {
  let numbers = 0;
  let invalid = 0;
  for (const cell of columnSample(table, column)) {
    const r = readNumber(cell, { decimalComma });
    if (r.ok) numbers++;
    else if (r.kind === 'invalid') invalid++;
  }
  return numbers > 0 && invalid <= numbers;
}

function findColumn(names: readonly string[], re: RegExp): number {
  return names.findIndex((n) => re.test(n));
}

/** The first column whose header names a coordinate unit, among `columns`, and where it came from. */
function unitFromHeaders(
  header: readonly string[],
  columns: readonly number[],
  warnings: string[],
): { unit: CoordinateUnit; source: UnitSource } {
  const units = columns.map((c) => guessCoordinateUnit(header[c] ?? ''));
  const named = units.filter((u): u is CoordinateUnit => u !== null);
  const first = named[0];
  if (!first) return { unit: 'mm', source: 'default' };
  if (named.some((u) => u !== first)) {
    warnings.push(`Coordinate headers name different units (${named.join(', ')}); using ${first}.`);
  }
  return { unit: first, source: 'header' };
}

/**
 * Guess a mapping for a generic table: x/y columns by name (x, X, x_mm, X (cm), X Position,
 * coord_x …), else r/θ (r, radius, theta, θ, angle …), else a column of `(x,y)` pairs, else the
 * first two numeric columns (with a warning). The unit comes from the coordinate headers (mm
 * when they name none). Value columns: every other column that is not index-like (Point #,
 * Site #, id …) and holds numbers, named by propertyFromHeader. Decimal comma: the table's guess.
 */
export function guessMapping(table: ParsedTable): MappingGuess {
  const warnings: string[] = [];
  const decimalComma = table.decimalCommaGuess;
  const names = table.header.map(axisName);
  let coordinates: ImportMapping['coordinates'];
  /** Columns holding coordinates, and those whose headers may name the length unit. */
  let coordinateColumns: number[];
  let unitColumns: number[];
  const x = findColumn(names, X_NAME);
  const y = findColumn(names, Y_NAME);
  const r = findColumn(names, R_NAME);
  const theta = findColumn(names, THETA_NAME);
  const pair = table.header.findIndex((_, i) => pairShare(table, i) >= 0.8);
  if (x >= 0 && y >= 0) {
    coordinates = { kind: 'xy', xColumn: x, yColumn: y };
    coordinateColumns = unitColumns = [x, y];
  } else if (r >= 0 && theta >= 0) {
    coordinates = { kind: 'polar', rColumn: r, thetaColumn: theta };
    coordinateColumns = [r, theta];
    unitColumns = [r];
    if (/rad/i.test(table.header[theta] ?? '')) {
      warnings.push('θ is read in degrees; this header looks like radians.');
    }
  } else if (pair >= 0) {
    coordinates = { kind: 'pair', column: pair };
    coordinateColumns = unitColumns = [pair];
  } else {
    const numeric = table.header
      .map((_, i) => i)
      .filter((i) => !ID_NAME.test(names[i] ?? '') && isNumericColumn(table, i, decimalComma));
    const [cx = 0, cy = 1] = numeric;
    coordinates = { kind: 'xy', xColumn: cx, yColumn: cy };
    coordinateColumns = unitColumns = [cx, cy];
    warnings.push(
      `No coordinate columns recognised; guessed "${table.header[cx] ?? ''}" as x and "${table.header[cy] ?? ''}" as y.`,
    );
  }
  const { unit, source } = unitFromHeaders(table.header, unitColumns, warnings);
  const values: ValueColumn[] = [];
  table.header.forEach((h, column) => {
    if (coordinateColumns.includes(column) || ID_NAME.test(names[column] ?? '')) return;
    if (!isNumericColumn(table, column, decimalComma)) return;
    const { name, unit: propertyUnit } = propertyFromHeader(h);
    values.push({ column, propertyName: name || `Column ${column + 1}`, propertyUnit });
  });
  if (values.length === 0) warnings.push('No value columns recognised.');
  return {
    mapping: {
      coordinates,
      coordinateUnit: unit,
      yAxis: 'up',
      originOffset: { x: 0, y: 0 },
      decimalComma,
      values,
      long: null,
    },
    coordinateUnitSource: source,
    warnings,
  };
}
