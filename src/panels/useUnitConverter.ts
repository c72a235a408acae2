/**
 * The unit converter (src/domain/units/convert.ts with js-quantities), loaded on first need in
 * its own chunk, so the first page load does not carry the units library.
 */
import { useEffect, useState } from 'react';
import type { UnitConverter } from '../domain/units/convert';

let loaded: UnitConverter | null = null;
let loading: Promise<UnitConverter> | null = null;

/** The converter, loading it once; later calls share the same promise. */
export function loadUnitConverter(): Promise<UnitConverter> {
  loading ??= import('../domain/units/convert').then((m) => {
    loaded = { conversionFactor: m.conversionFactor, convertValue: m.convertValue };
    return loaded;
  });
  return loading;
}

/** The converter once loaded (null before); starts loading when `needed` turns true. */
export function useUnitConverter(needed: boolean): UnitConverter | null {
  const [converter, setConverter] = useState<UnitConverter | null>(loaded);
  useEffect(() => {
    if (!needed || converter) return;
    let cancelled = false;
    void loadUnitConverter().then((c) => {
      if (!cancelled) setConverter(c);
    });
    return () => {
      cancelled = true;
    };
  }, [needed, converter]);
  return converter;
}
