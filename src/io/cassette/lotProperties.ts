/**
 * The properties of a cassette import, set once for every wafer: each value column's property
 * name (the vocabulary's suggestion, which the user may change), its unit (typed once: a KLA-F5x
 * export does not state it) and whether it is imported (fit-quality columns such as GOF are
 * offered, not selected). Pure.
 */
import { normalizeUnit } from '../../domain/units/symbols';
import type { ImportMapping } from '../mapping';
import { builtinFor, reduceName } from '../vocabulary';
import type { Cassette, CassetteWafer } from './types';

/** One property of the cassette, keyed by the name the file's column got (after the vocabulary). */
export interface CassetteProperty {
  key: string;
  /** The file's column headers that give it. */
  headers: string[];
  /** A fit-quality column (GOF, MSE): offered, not imported by default. */
  optional: boolean;
  /** The unit the file states, if every wafer states the same one. */
  fileUnit: string | null;
}

/** What the user chose for one property. */
export interface PropertyChoice {
  name: string;
  unit: string;
  include: boolean;
}

/** Every property of the cassette's wafers, in first-seen order. */
export function cassetteProperties(cassette: Cassette): CassetteProperty[] {
  const byKey = new Map<string, CassetteProperty & { units: Set<string | null> }>();
  for (const w of cassette.wafers) {
    const columns = [
      ...w.mapping.values.map((v) => ({ v, optional: false })),
      ...w.optionalValues.map((v) => ({ v, optional: true })),
    ];
    for (const { v, optional } of columns) {
      const key = v.propertyName.trim();
      const entry = byKey.get(key) ?? {
        key,
        headers: [],
        optional,
        fileUnit: null,
        units: new Set(),
      };
      const header = (w.table.header[v.column] ?? '').trim();
      if (header && !entry.headers.includes(header)) entry.headers.push(header);
      entry.units.add(normalizeUnit(v.propertyUnit));
      entry.optional &&= optional;
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].map(({ units, ...p }) => ({
    ...p,
    fileUnit: units.size === 1 ? ([...units][0] ?? null) : null,
  }));
}

/** The first choices: the suggested name, the file's unit, imported unless fit quality. */
export function defaultChoices(
  properties: readonly CassetteProperty[],
): Record<string, PropertyChoice> {
  return Object.fromEntries(
    properties.map((p) => [p.key, { name: p.key, unit: p.fileUnit ?? '', include: !p.optional }]),
  );
}

/**
 * True when a property of this name needs a unit: a built-in quantity that has one (thickness,
 * sheet_resistance …). Fit quality, n and k, and names the vocabulary does not know may go
 * without.
 */
export function needsUnit(name: string): boolean {
  const builtin = builtinFor(reduceName(name).core);
  return builtin !== undefined && builtin.unit !== null;
}

/** Why the property choices cannot be used yet, one sentence each; [] when they can. */
export function choiceProblems(
  properties: readonly CassetteProperty[],
  choices: Readonly<Record<string, PropertyChoice>>,
): string[] {
  const out: string[] = [];
  const included = properties.filter((p) => choices[p.key]?.include);
  if (properties.length > 0 && included.length === 0)
    out.push('Choose at least one property to import.');
  const seen = new Set<string>();
  for (const p of included) {
    const c = choices[p.key] as PropertyChoice;
    const name = c.name.trim();
    if (!name) out.push(`Type a property name for the column “${p.headers[0] ?? p.key}”.`);
    else if (seen.has(name)) out.push(`Two columns are imported as “${name}”; rename one.`);
    else if (!c.unit.trim() && needsUnit(name)) {
      out.push(`Type the unit of “${name}” (the file does not state it).`);
    }
    seen.add(name);
  }
  return out;
}

/**
 * The wafer's mapping with the choices applied: the included columns (optional ones added),
 * renamed, every value in the typed unit (normalised: `A` → `Å`, `um` → `µm`; blank: none).
 */
export function waferMapping(
  wafer: CassetteWafer,
  choices: Readonly<Record<string, PropertyChoice>>,
): ImportMapping {
  const values = [...wafer.mapping.values, ...wafer.optionalValues].flatMap((v) => {
    const c = choices[v.propertyName.trim()];
    if (!c?.include) return [];
    return [
      { ...v, propertyName: c.name.trim(), propertyUnit: normalizeUnit(c.unit), convertTo: null },
    ];
  });
  return { ...wafer.mapping, values };
}
