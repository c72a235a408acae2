/**
 * A sample setup taken apart into the fields a merge keeps or replaces as a whole, and put back
 * together: the outline's shape, its edge exclusion, the submit frame, the stage calibration,
 * each bound of each property's limits (colour range, ± range, LSL, USL, per property and unit)
 * and each custom pattern (by id, which is what a guided pattern refers to). Also the words for
 * a field and its value in the panel's messages.
 */
import type { StageCalibration } from '../frames/calibration';
import { describeOutline, type SampleOutline } from '../geometry/outline';
import type { CustomPattern } from '../patterns/custom';
import type { PropertyLimits, SampleSetup } from './setup';

/** The bounds of one property's limits that are merged apart; min and max go together. */
export type BoundKind = 'range' | 'halfWidth' | 'lsl' | 'usl';
const BOUND_KINDS: readonly BoundKind[] = ['range', 'halfWidth', 'lsl', 'usl'];

/** Which field: the kind, and the property and unit or pattern it belongs to. */
export type FieldRef =
  | { kind: 'outline' | 'edgeExclusion' | 'frame' | 'calibration' }
  | { kind: BoundKind; property: string; unit: string }
  | { kind: 'pattern'; id: string };

/** A field's value; undefined: not set in this copy (no outline, no such bound or pattern). */
export type FieldValue = unknown;

/** The fields of one copy of a setup, by fieldKey. Unset fields are not in the map. */
export type SetupFields = Map<string, { ref: FieldRef; value: FieldValue }>;

/** The identity of a field, the same in every copy of the setup. */
export function fieldKey(ref: FieldRef): string {
  if (ref.kind === 'pattern') return `pattern:${ref.id}`;
  if ('property' in ref) return `limits:${JSON.stringify([ref.property, ref.unit])}:${ref.kind}`;
  return ref.kind;
}

/** JSON with object keys sorted and undefined members dropped: equal values, equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

/** True when two field values are equal (deeply, key order aside); undefined is "not set". */
export function sameFieldValue(a: FieldValue, b: FieldValue): boolean {
  return a === b || (a !== undefined && b !== undefined && canonical(a) === canonical(b));
}

/** The shape of an outline without its edge exclusion (merged apart). */
function shapeOf(outline: SampleOutline): Omit<SampleOutline, 'edgeExclusionMm'> {
  const { edgeExclusionMm: _, ...shape } = outline;
  return shape;
}

function boundValue(entry: PropertyLimits, kind: BoundKind): FieldValue {
  if (kind !== 'range') return entry[kind];
  if (entry.min === undefined && entry.max === undefined) return undefined;
  return { min: entry.min, max: entry.max };
}

/** The fields of `setup` (see the module comment); a null setup has none but frame. */
export function setupFields(setup: SampleSetup | null): SetupFields {
  const fields: SetupFields = new Map();
  const put = (ref: FieldRef, value: FieldValue) => {
    if (value !== undefined) fields.set(fieldKey(ref), { ref, value });
  };
  put({ kind: 'frame' }, setup?.frame ?? 'sample_relative');
  if (!setup) return fields;
  put({ kind: 'outline' }, setup.outline ? shapeOf(setup.outline) : undefined);
  put({ kind: 'edgeExclusion' }, setup.outline?.edgeExclusionMm);
  put({ kind: 'calibration' }, setup.calibration ?? undefined);
  for (const entry of setup.limits) {
    for (const kind of BOUND_KINDS) {
      put({ kind, property: entry.property, unit: entry.unit }, boundValue(entry, kind));
    }
  }
  for (const pattern of setup.customPatterns) put({ kind: 'pattern', id: pattern.id }, pattern);
  return fields;
}

/** Where limits entries and patterns go: the order of the first copy that has them. */
export interface FieldOrder {
  limits: { property: string; unit: string }[];
  patternIds: string[];
}

/** The order of limits entries and patterns in `copies`, first copy first, no repeats. */
export function orderOf(...copies: (SampleSetup | null)[]): FieldOrder {
  const limits = new Map<string, { property: string; unit: string }>();
  const patternIds = new Set<string>();
  for (const copy of copies) {
    for (const { property, unit } of copy?.limits ?? []) {
      const key = JSON.stringify([property, unit]);
      if (!limits.has(key)) limits.set(key, { property, unit });
    }
    for (const p of copy?.customPatterns ?? []) patternIds.add(p.id);
  }
  return { limits: [...limits.values()], patternIds: [...patternIds] };
}

/**
 * The setup made of `fields` (from setupFields, possibly mixed from several copies), limits and
 * patterns in `order`; `version` and `updatedAt` come from `stamp`. An edge exclusion without a
 * shape is dropped (no outline); a shape without one gets 0 mm.
 */
export function composeSetup(
  fields: SetupFields,
  order: FieldOrder,
  stamp: Pick<SampleSetup, 'version' | 'updatedAt'>,
): SampleSetup {
  const get = (ref: FieldRef) => fields.get(fieldKey(ref))?.value;
  const shape = get({ kind: 'outline' }) as Omit<SampleOutline, 'edgeExclusionMm'> | undefined;
  const edge = get({ kind: 'edgeExclusion' }) as number | undefined;
  const limits: PropertyLimits[] = [];
  for (const { property, unit } of order.limits) {
    const bound = (kind: BoundKind) => get({ kind, property, unit });
    const range = bound('range') as { min?: number; max?: number } | undefined;
    const values = {
      min: range?.min,
      max: range?.max,
      halfWidth: bound('halfWidth') as number | undefined,
      lsl: bound('lsl') as number | undefined,
      usl: bound('usl') as number | undefined,
    };
    const set = Object.entries(values).filter(([, v]) => v !== undefined);
    if (set.length > 0) limits.push({ property, unit, ...Object.fromEntries(set) });
  }
  const customPatterns = order.patternIds
    .map((id) => get({ kind: 'pattern', id }) as CustomPattern | undefined)
    .filter((p): p is CustomPattern => p !== undefined);
  return {
    version: stamp.version,
    outline: shape ? ({ ...shape, edgeExclusionMm: edge ?? 0 } as SampleOutline) : null,
    frame: (get({ kind: 'frame' }) as SampleSetup['frame'] | undefined) ?? 'sample_relative',
    calibration: (get({ kind: 'calibration' }) as StageCalibration | undefined) ?? null,
    limits,
    customPatterns,
    updatedAt: stamp.updatedAt,
  };
}

/** "thickness [nm]", or "gof" without a unit. */
const propertyText = (property: string, unit: string) =>
  unit ? `${property} [${unit}]` : property;

/** What a field is, after "the": "edge exclusion", "USL of thickness [nm]". */
export function fieldName(ref: FieldRef, pattern?: CustomPattern): string {
  switch (ref.kind) {
    case 'outline':
      return 'outline';
    case 'edgeExclusion':
      return 'edge exclusion';
    case 'frame':
      return 'coordinate frame';
    case 'calibration':
      return 'stage calibration';
    case 'pattern':
      return `custom pattern “${pattern?.name ?? ref.id}”`;
    case 'range':
      return `colour range of ${propertyText(ref.property, ref.unit)}`;
    case 'halfWidth':
      return `± range of ${propertyText(ref.property, ref.unit)}`;
    default:
      return `${ref.kind.toUpperCase()} of ${propertyText(ref.property, ref.unit)}`;
  }
}

/** A field's value in words: "5 mm", "200 mm wafer, notch", "107", "none". */
export function valueText(ref: FieldRef, value: FieldValue): string {
  if (value === undefined) {
    if (ref.kind === 'outline') return 'not set';
    if (ref.kind === 'pattern') return 'deleted';
    return ref.kind === 'range' || ref.kind === 'halfWidth' ? 'automatic' : 'none';
  }
  switch (ref.kind) {
    case 'outline':
      return describeOutline({ ...(value as SampleOutline), edgeExclusionMm: 0 });
    case 'edgeExclusion':
      return `${value} mm`;
    case 'calibration': {
      const c = value as StageCalibration;
      return `offset ${c.offsetXMm}, ${c.offsetYMm} mm, ${c.rotationDeg}°${c.flipY ? ', y flipped' : ''}`;
    }
    case 'pattern': {
      const n = (value as CustomPattern).sites.length;
      return `${n} site${n === 1 ? '' : 's'}`;
    }
    case 'range': {
      const r = value as { min?: number; max?: number };
      return `${r.min ?? 'auto'} to ${r.max ?? 'auto'}`;
    }
    case 'halfWidth':
      return `± ${value}`;
    default:
      return String(value);
  }
}
