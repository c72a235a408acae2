/**
 * The property names the lab already uses, for the import's suggestions: those of every stored
 * record this page has loaded (any sample), and those this browser has seen before (kept in
 * localStorage, since there is no endpoint listing the properties of all samples).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { z } from 'zod';
import { annotationKeys } from '../../api/queries';
import type { SpatialAnnotation } from '../../api/schemas';
import type { PropertySummary } from '../../domain/stats/properties';
import type { KnownProperty } from '../../io/vocabulary';
import { readStored, writeStored } from '../persistent';

const STORAGE_KEY = 'wafer-annotator:properties';
/** Most names remembered; the least used are forgotten first. */
const MAX_REMEMBERED = 200;

const Remembered = z.array(
  z.object({ name: z.string(), unit: z.string().nullable(), count: z.number() }),
);
type Remembered = z.infer<typeof Remembered>;

/** Name/unit pairs with how many records carry them, most used first. */
export function countProperties(
  records: Iterable<Pick<SpatialAnnotation, 'property_name' | 'property_unit'>>,
  into: Map<string, Remembered[number]> = new Map(),
): Map<string, Remembered[number]> {
  for (const r of records) {
    const key = JSON.stringify([r.property_name, r.property_unit]);
    const entry = into.get(key) ?? { name: r.property_name, unit: r.property_unit, count: 0 };
    entry.count++;
    into.set(key, entry);
  }
  return into;
}

const byUse = (a: { count: number }, b: { count: number }) => b.count - a.count;

/** Remember the names and units of `records` in this browser (counts only grow). */
export function useRememberProperties(records: readonly SpatialAnnotation[]): void {
  useEffect(() => {
    if (records.length === 0) return;
    const seen = countProperties(records);
    const stored = readStored(STORAGE_KEY, Remembered) ?? [];
    const merged = new Map(stored.map((e) => [JSON.stringify([e.name, e.unit]), { ...e }]));
    for (const [key, e] of seen) {
      const old = merged.get(key);
      merged.set(key, { ...e, count: Math.max(e.count, old?.count ?? 0) });
    }
    writeStored(STORAGE_KEY, [...merged.values()].sort(byUse).slice(0, MAX_REMEMBERED));
  }, [records]);
}

/** A function giving the lab's names now (cached records of any sample + remembered), most used first. */
export function useKnownProperties(): () => KnownProperty[] {
  const queryClient = useQueryClient();
  return useCallback(() => {
    const counts = new Map<string, Remembered[number]>();
    for (const e of readStored(STORAGE_KEY, Remembered) ?? []) {
      counts.set(JSON.stringify([e.name, e.unit]), { ...e });
    }
    const cached = new Map<string, SpatialAnnotation>();
    for (const [, list] of queryClient.getQueriesData<SpatialAnnotation[]>({
      queryKey: annotationKeys.all,
    })) {
      for (const r of Array.isArray(list) ? list : []) cached.set(r.id, r);
    }
    const live = countProperties(cached.values());
    for (const [key, e] of live) {
      const old = counts.get(key);
      counts.set(key, { ...e, count: Math.max(e.count, old?.count ?? 0) });
    }
    return [...counts.values()].sort(byUse).map(({ name, unit }) => ({ name, unit }));
  }, [queryClient]);
}

/**
 * The names and units the entry form offers conversions to: this sample's stored units first
 * (each property's units in the order its records show them), then the lab's (useKnownProperties).
 */
export function useEntryKnownProperties(sample: readonly PropertySummary[]): KnownProperty[] {
  const lab = useKnownProperties();
  return useMemo(
    () => [
      ...sample.flatMap((s) => s.units.filter(Boolean).map((unit) => ({ name: s.name, unit }))),
      ...lab(),
    ],
    [sample, lab],
  );
}
