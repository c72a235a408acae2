/**
 * Turning what the user typed into the entry form into staged annotations (one per property
 * row, all at the same coordinates), or into messages per field. Pure: the form component only
 * displays the result.
 */

import { isInsideOutline, type SampleOutline } from '../geometry/outline';
import type { PointMm } from '../geometry/point';
import { scaleValue } from '../units/scale';
import { normalizeUnit } from '../units/symbols';
import { formatMm } from '../values/formatMm';
import { parseTypedNumber } from '../values/parseNumber';
import { shortTextProblem } from '../values/textLimits';
import type { StagedAnnotation } from './staged';

/** One property measured at the point: name, typed value, unit. */
export interface PropertyEntry {
  property: string;
  value: string;
  unit: string;
}

export interface EntryFields {
  x: string;
  y: string;
  source: string;
  /** At least one row; several rows stage several annotations at the same point. */
  properties: PropertyEntry[];
}

/** Field keys for messages: `x`, `y`, `source`, or `<field>:<row>` e.g. `value:0`. */
export type EntryFieldKey = 'x' | 'y' | 'source' | `${keyof PropertyEntry}:${number}`;

export type NewStaged = Omit<StagedAnnotation, 'localId'>;

export type EntryResult =
  | { ok: true; annotations: NewStaged[] }
  | { ok: false; errors: Partial<Record<EntryFieldKey, string>> };

export const emptyEntry = (): EntryFields => ({
  x: '',
  y: '',
  source: '',
  properties: [{ property: '', value: '', unit: '' }],
});

/** The fields that show staged annotation `a` for editing (one property row). */
export const entryFieldsOf = (a: StagedAnnotation): EntryFields => ({
  x: String(a.xMm),
  y: String(a.yMm),
  source: a.charSourceType ?? '',
  properties: [
    { property: a.propertyName, value: String(a.propertyValue), unit: a.propertyUnit ?? '' },
  ],
});

/** A unit conversion the user asked for: values become `unit` via × `factor` (as import does). */
export interface UnitConversion {
  unit: string;
  factor: number;
}

/** Key of `conversions` in validateEntry: the property name and unit as the row stages them. */
export const conversionKey = (name: string, unit: string | null) =>
  JSON.stringify([name.trim(), normalizeUnit(unit)]);

/**
 * Validate the entry fields. Coordinates are sample mm as typed (never rounded or snapped); a
 * point outside the outline is refused. `at` (a pattern site) replaces the typed x/y. Every
 * property row needs a name and a value (a blank is never 0). Names, units and the source longer
 * than the server stores (MAX_TEXT_CHARS), or holding a broken character (a lone surrogate, which
 * the browser would send as U+FFFD), are refused at their field (shortTextProblem). Units are written the
 * app's way, as import writes them (normalizeUnit: `A` → `Å`, `ohm/sq` → `Ω/sq`); a row whose
 * name and unit have an entry in `conversions` (conversionKey) is converted as an import column
 * with "Convert … before staging" ticked (scaleValue) and, like an import, keeps the typed unit
 * as `metadata.source_unit`. Empty unit and source become null.
 */
export function validateEntry(
  fields: EntryFields,
  outline: SampleOutline,
  at: PointMm | null = null,
  conversions: ReadonlyMap<string, UnitConversion> = new Map(),
): EntryResult {
  const errors: Partial<Record<EntryFieldKey, string>> = {};
  let point = at;
  if (!point) {
    const x = parseTypedNumber(fields.x);
    const y = parseTypedNumber(fields.y);
    if (!x.ok) errors.x = fields.x.trim() ? x.message : 'Click the map or type x.';
    if (!y.ok) errors.y = fields.y.trim() ? y.message : 'Click the map or type y.';
    if (x.ok && y.ok) point = { xMm: x.value, yMm: y.value };
  }
  if (point && !isInsideOutline(outline, point)) {
    errors.x = `(${formatMm(point.xMm)}, ${formatMm(point.yMm)}) mm lies outside the sample outline.`;
  }
  const charSourceType = fields.source.trim() || null;
  const longSource = shortTextProblem('The source', charSourceType ?? '');
  if (longSource) errors.source = longSource;
  const seen = new Set<string>();
  const parsed = fields.properties.map((row, i) => {
    const name = row.property.trim();
    const value = parseTypedNumber(row.value, { unitField: true });
    const unit = normalizeUnit(row.unit);
    const longName = shortTextProblem('The property name', name);
    const longUnit = shortTextProblem('The unit', unit ?? '');
    if (!name) errors[`property:${i}`] = 'Name the property, e.g. thickness.';
    else if (longName) errors[`property:${i}`] = longName;
    else if (seen.has(name)) errors[`property:${i}`] = `"${name}" is entered twice.`;
    seen.add(name);
    if (longUnit) errors[`unit:${i}`] = longUnit;
    if (!value.ok) errors[`value:${i}`] = value.message;
    const to = conversions.get(conversionKey(name, unit));
    if (!to || !value.ok) return { name, value, unit, sourceUnit: undefined };
    const converted = { ...value, value: scaleValue(value.value, to.factor) };
    return { name, value: converted, unit: to.unit, sourceUnit: unit };
  });
  if (!point || Object.keys(errors).length > 0) return { ok: false, errors };
  const { xMm, yMm } = point;
  return {
    ok: true,
    annotations: parsed.map(({ name, value, unit, sourceUnit }) => ({
      xMm,
      yMm,
      propertyName: name,
      propertyValue: value.ok ? value.value : Number.NaN,
      propertyUnit: unit,
      charSourceType,
      // As import records a converted column (packedStaged.ts): the unit the value was typed in.
      metadata: sourceUnit === undefined ? null : { source_unit: sourceUnit },
      site: null,
    })),
  };
}
