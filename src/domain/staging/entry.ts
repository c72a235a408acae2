/**
 * Turning what the user typed into the entry form into a staged annotation, or into messages
 * per field. Pure: the form component only displays the result.
 */
import { isInsideOutline, type SampleOutline } from '../geometry/outline';
import { formatMm } from '../values/formatMm';
import { parseTypedNumber } from '../values/parseNumber';
import type { StagedAnnotation } from './staged';

export interface EntryFields {
  x: string;
  y: string;
  property: string;
  value: string;
  unit: string;
  source: string;
}

export type EntryField = keyof EntryFields;

export type EntryResult =
  | { ok: true; annotation: Omit<StagedAnnotation, 'localId'> }
  | { ok: false; errors: Partial<Record<EntryField, string>> };

/**
 * Validate the entry fields. Coordinates are sample mm as typed (never rounded or snapped);
 * a point outside the outline is refused. Empty unit and source become null.
 */
export function validateEntry(fields: EntryFields, outline: SampleOutline): EntryResult {
  const errors: Partial<Record<EntryField, string>> = {};
  const x = parseTypedNumber(fields.x);
  const y = parseTypedNumber(fields.y);
  const value = parseTypedNumber(fields.value);
  if (!x.ok) errors.x = fields.x.trim() ? x.message : 'Click the map or type x.';
  if (!y.ok) errors.y = fields.y.trim() ? y.message : 'Click the map or type y.';
  if (!value.ok) errors.value = value.message;
  const propertyName = fields.property.trim();
  if (!propertyName) errors.property = 'Name the property, e.g. thickness.';
  if (x.ok && y.ok && !isInsideOutline(outline, { xMm: x.value, yMm: y.value })) {
    errors.x = `(${formatMm(x.value)}, ${formatMm(y.value)}) mm lies outside the sample outline.`;
  }
  if (!x.ok || !y.ok || !value.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    annotation: {
      xMm: x.value,
      yMm: y.value,
      propertyName,
      propertyValue: value.value,
      propertyUnit: fields.unit.trim() || null,
      charSourceType: fields.source.trim() || null,
      metadata: null,
    },
  };
}
