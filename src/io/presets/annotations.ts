/**
 * Annotation CSV: this app's own export (exportCsv.ts), one annotation per row with the
 * Atomscale API's field names. Read back in the long layout: name, value and unit from cells.
 */
import { counted } from '../../domain/values/plural';
import type { MappingGuess } from '../guessMapping';
import { type ParsedTable, type ReadTableOptions, readTable } from '../readTable';
import { type CoordinateUnit, guessCoordinateUnit } from '../units';
import type { TablePreset } from './preset';

const REQUIRED = ['property_name', 'property_value', 'coord_x', 'coord_y'];

/** True when a line of the first 4 KiB holds the annotation export's required field names. */
export function looksLikeAnnotationCsv(text: string): boolean {
  const head = text.slice(0, 4096).toLowerCase();
  return head.split(/\r\n|\r|\n/).some((line) => REQUIRED.every((f) => line.includes(f)));
}

/**
 * Read an annotation CSV. Unlike a generic table, no row is set aside as statistics: a property
 * may well be named "Mean" or "Range".
 */
export function readAnnotationCsv(text: string, options: ReadTableOptions = {}): ParsedTable {
  const table = readTable(text, options);
  const rows = [...table.rows, ...table.statisticsRows].sort((a, b) => a.line - b.line);
  return { ...table, rows, statisticsRows: [] };
}

/**
 * The mapping for an annotation CSV: coord_x/coord_y, property_name/property_value/property_unit
 * in the long layout, and the site, wafer_id and slot columns (when present) as each row's
 * identity. The coordinate unit is read from the coord_units cells when they all name
 * the same length unit (mm otherwise, with a warning); rows in the `stage_absolute` frame are
 * warned about, since their coordinates are not relative to the sample centre.
 */
export function annotationCsvMapping(table: ParsedTable): MappingGuess {
  const col = (name: string): number => table.header.findIndex((h) => h.toLowerCase() === name);
  const warnings: string[] = [];
  const unitsColumn = col('coord_units');
  const frameColumn = col('coord_ref_frame');
  const unitTexts = new Set(
    table.rows.map((r) => (r.cells[unitsColumn] ?? '').trim()).filter((u) => u !== ''),
  );
  const named = new Set([...unitTexts].map((u) => guessCoordinateUnit(`(${u})`)));
  const [onlyUnit] = named;
  let coordinateUnit: CoordinateUnit = 'mm';
  let source: MappingGuess['coordinateUnitSource'] = 'default';
  if (named.size === 1 && onlyUnit) {
    coordinateUnit = onlyUnit;
    source = 'preset';
  } else if (unitTexts.size > 0) {
    warnings.push(`coord_units holds ${[...unitTexts].join(', ')}; reading coordinates as mm.`);
  }
  const stageRows = table.rows.filter(
    (r) => (r.cells[frameColumn] ?? '').trim() === 'stage_absolute',
  ).length;
  if (stageRows > 0) {
    warnings.push(
      `${counted(stageRows, 'row is', 'rows are')} in the stage_absolute frame, not relative to the centre.`,
    );
  }
  const unitColumn = col('property_unit');
  const optional = (name: string) => (col(name) >= 0 ? col(name) : null);
  const identity = {
    siteColumn: optional('site'),
    waferColumn: optional('wafer_id'),
    slotColumn: optional('slot'),
  };
  return {
    mapping: {
      coordinates: { kind: 'xy', xColumn: col('coord_x'), yColumn: col('coord_y') },
      coordinateUnit,
      yAxis: 'up',
      originOffset: { x: 0, y: 0 },
      decimalComma: false,
      values: [],
      long: {
        nameColumn: col('property_name'),
        valueColumn: col('property_value'),
        unitColumn: unitColumn >= 0 ? unitColumn : null,
      },
      ...(Object.values(identity).some((c) => c !== null) ? { identity } : {}),
    },
    coordinateUnitSource: source,
    warnings,
  };
}

export const annotationCsvPreset: TablePreset<'annotations'> = {
  id: 'annotations',
  label: 'Annotation CSV (this app’s export)',
  name: 'annotation CSV',
  layout: 'table',
  detect: looksLikeAnnotationCsv,
  units: { coordinateNote: 'From the file’s coord_units column.', valueUnitsStated: true },
  sourceType: '',
  notes: ['Names, values, units and sources are read from each row.'],
  read: readAnnotationCsv,
  mapping: annotationCsvMapping,
  rowSourceColumn: 'char_source_type',
};
