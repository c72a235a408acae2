/** Builders for import tests: a column mapping with overrides, and expected mapped values. */
import type { ImportMapping } from '../io/mapping';

/** x in column 0, y in column 1 (mm, +y up, centre origin), Thickness (nm) in column 2. */
export function anImportMapping(o: Partial<ImportMapping> = {}): ImportMapping {
  return {
    coordinates: { kind: 'xy', xColumn: 0, yColumn: 1 },
    coordinateUnit: 'mm',
    yAxis: 'up',
    originOffset: { x: 0, y: 0 },
    decimalComma: false,
    values: [{ column: 2, propertyName: 'Thickness', propertyUnit: 'nm' }],
    long: null,
    ...o,
  };
}

/** The mapped values of a point that carries only Thickness (nm) = `value`. */
export const thicknessValues = (value: number) => [
  { propertyName: 'Thickness', propertyUnit: 'nm', value },
];
