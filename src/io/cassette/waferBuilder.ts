/** Shared steps of every cassette source: the property-name hook, fit quality, site column, keys. */
import { fileStem } from '../../domain/lot/namePattern';
import { axisName } from '../guessMapping';
import { withoutFitQuality } from '../importMessages';
import type { ImportMapping } from '../mapping';
import type { ParsedTable } from '../readTable';
import type { CassetteOptions, CassetteWafer } from './types';

export { fileStem };

const SITE_NAME = /^(?:site|site ?(?:#|no|nr|num|number|id)|point|point ?(?:#|no|nr|number)|pt|#)$/;

/** 0-based column whose header names a site or point number (`Site #`, `Point`), or null. */
export function findSiteColumn(header: readonly string[]): number | null {
  const i = header.findIndex((h) => SITE_NAME.test(axisName(h)));
  return i < 0 ? null : i;
}

/** `mapping` with every value column renamed by `options.propertyName` (when given). */
export function nameProperties(
  mapping: ImportMapping,
  table: ParsedTable,
  options: CassetteOptions,
): ImportMapping {
  const namer = options.propertyName;
  if (!namer) return mapping;
  return {
    ...mapping,
    values: mapping.values.map((v) => ({
      ...v,
      propertyName: namer(table.header[v.column] ?? '', v.propertyName),
    })),
  };
}

/** What a source knows about one wafer; the rest is filled in by buildWafer. */
export type WaferDraft = Omit<CassetteWafer, 'key' | 'mapping' | 'optionalValues' | 'siteColumn'>;

/**
 * A finished wafer: properties named (see nameProperties), fit-quality columns moved to
 * `optionalValues` (see withoutFitQuality), the site column found. `key` is set by uniqueKeys.
 */
export function buildWafer(
  draft: WaferDraft,
  guessed: ImportMapping,
  options: CassetteOptions,
): CassetteWafer {
  const named = nameProperties(guessed, draft.table, options);
  const mapping = withoutFitQuality(named);
  return {
    ...draft,
    key: '',
    mapping,
    optionalValues: named.values.filter((v) => !mapping.values.includes(v)),
    siteColumn: findSiteColumn(draft.table.header),
  };
}

/**
 * Give every wafer its key `<sourceFile>#<waferId>`; a key seen before gets `~2`, `~3` … and a
 * warning, so two blocks with one WAFER ID stay two wafers. Returns the warnings.
 */
export function assignUniqueKeys(wafers: CassetteWafer[]): string[] {
  const seen = new Map<string, number>();
  const warnings: string[] = [];
  for (const w of wafers) {
    const base = `${w.sourceFile}#${w.waferId}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    w.key = count === 1 ? base : `${base}~${count}`;
    if (count === 2) {
      warnings.push(`“${w.waferId}” appears more than once in ${w.sourceFile}.`);
    }
  }
  return warnings;
}

/** The slot number a name spells out (`Slot07`, `slot_7`, `SLOT 7` → `7`), or null. */
export function slotFromName(name: string): string | null {
  const m = /slot[\s_-]*0*(\d{1,3})(?!\d)/i.exec(name);
  return m?.[1] ?? null;
}
