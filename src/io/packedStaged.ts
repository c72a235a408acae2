/**
 * Imported annotations in columns: typed arrays of numbers plus small tables of the repeated
 * strings. A worker hands 100,000 annotations to the page this way (the arrays are transferred,
 * not copied) instead of as 100,000 objects, whose structured clone blocks the page for about
 * half a second; the page then builds the objects in a few tens of milliseconds.
 */
import type { StagedAnnotation } from '../domain/staging/staged';
import type { MappedPoint, PointIdentity } from './mapping';
import { type ImportProvenance, type ValueSource, valueSourceKey } from './toStaged';

export interface PackedStaged {
  xMm: Float64Array;
  yMm: Float64Array;
  value: Float64Array;
  /** 1-based file line of each annotation's row. */
  sourceRow: Int32Array;
  /** Index into `properties`. */
  property: Uint32Array;
  properties: Array<{ name: string; unit: string | null; source?: ValueSource }>;
  /** Index into `identities` (the row's site, wafer, slot); −1 for none. */
  identity: Int32Array;
  identities: PointIdentity[];
  /** Index into `sources`; −1 for no char_source_type. */
  source: Int32Array;
  sources: string[];
  sourceFile: string;
  extraMetadata: Record<string, string | number>;
}

/** Interns strings: the same text gets the same index. */
function interner<T>(key: (t: T) => string) {
  const index = new Map<string, number>();
  const list: T[] = [];
  return {
    list,
    add(t: T): number {
      const k = key(t);
      let i = index.get(k);
      if (i === undefined) {
        i = list.length;
        list.push(t);
        index.set(k, i);
      }
      return i;
    },
  };
}

/**
 * The annotations mappedPointsToStaged would make, in columns (same order, same rules: one per
 * value, blank units and sources become null, a fixed source wins over per-row sources).
 */
export function packMappedPoints(
  points: readonly MappedPoint[],
  provenance: ImportProvenance,
): PackedStaged {
  const n = points.reduce((sum, p) => sum + p.values.length, 0);
  const packed = {
    xMm: new Float64Array(n),
    yMm: new Float64Array(n),
    value: new Float64Array(n),
    sourceRow: new Int32Array(n),
    property: new Uint32Array(n),
    source: new Int32Array(n),
    identity: new Int32Array(n),
  };
  const properties = interner((p: { name: string; unit: string | null; source?: ValueSource }) =>
    valueSourceKey(p.name, p.unit),
  );
  const identities = interner((i: PointIdentity) => JSON.stringify(i));
  const sources = interner((s: string) => s);
  const fixedSource = provenance.sourceType?.trim() || null;
  let k = 0;
  for (const p of points) {
    const source = fixedSource ?? (provenance.rowSources?.get(p.sourceRow)?.trim() || null);
    const sourceIndex = source === null ? -1 : sources.add(source);
    const identityIndex = p.identity ? identities.add(p.identity) : -1;
    for (const v of p.values) {
      packed.xMm[k] = p.xMm;
      packed.yMm[k] = p.yMm;
      packed.value[k] = v.value;
      packed.sourceRow[k] = p.sourceRow;
      const unit = v.propertyUnit?.trim() || null;
      const origin = provenance.valueSources?.get(valueSourceKey(v.propertyName, unit));
      packed.property[k] = properties.add({
        name: v.propertyName,
        unit,
        ...(origin ? { source: origin } : {}),
      });
      packed.source[k] = sourceIndex;
      packed.identity[k] = identityIndex;
      k++;
    }
  }
  return {
    ...packed,
    properties: properties.list,
    sources: sources.list,
    identities: identities.list,
    sourceFile: provenance.sourceFile,
    extraMetadata: { ...provenance.extraMetadata },
  };
}

/** The typed arrays of `packed`, for postMessage's transfer list. */
export function packedBuffers(packed: PackedStaged): ArrayBuffer[] {
  const { xMm, yMm, value, sourceRow, property, source, identity } = packed;
  return [xMm, yMm, value, sourceRow, property, source, identity].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/** Staged annotations from columns; `newId` makes each localId. */
export function unpackStaged(packed: PackedStaged, newId: () => string): StagedAnnotation[] {
  const out: StagedAnnotation[] = new Array(packed.xMm.length);
  for (let k = 0; k < packed.xMm.length; k++) {
    const property = packed.properties[packed.property[k] ?? 0];
    const sourceIndex = packed.source[k] ?? -1;
    const origin = property?.source;
    out[k] = {
      localId: newId(),
      xMm: packed.xMm[k] ?? 0,
      yMm: packed.yMm[k] ?? 0,
      propertyName: property?.name ?? '',
      propertyValue: packed.value[k] ?? 0,
      propertyUnit: property?.unit ?? null,
      charSourceType: sourceIndex < 0 ? null : (packed.sources[sourceIndex] ?? null),
      metadata: {
        source_file: packed.sourceFile,
        source_row: packed.sourceRow[k] ?? 0,
        ...(origin ? { source_column: origin.sourceColumn } : {}),
        ...(origin?.sourceUnit !== undefined ? { source_unit: origin.sourceUnit } : {}),
        ...packed.extraMetadata,
        ...packed.identities[packed.identity[k] ?? -1],
      },
      site: null,
    };
  }
  return out;
}
