/**
 * One vocabulary of property names: an instrument's column ("Thickness # 1 (nm)", "1st
 * Thickness", "GOF ", "Rs (ohm/sq)") is mapped to the name the lab already uses for that
 * quantity, else to a built-in name (thickness, sheet_resistance, gof …), else kept as the file
 * wrote it. Only a suggestion: the import dialog shows it and the user can keep the file's name.
 */
import { normalizeUnit, sameDimension, type UnitDimension } from '../domain/units/symbols';
import type { ImportMapping } from './mapping';

/** A built-in property: its name, the column names that mean it, its usual unit. */
export interface BuiltinProperty {
  name: string;
  /** Matched against the reduced column name (see reduceName). */
  aliases: RegExp;
  /** The unit suggested for converting into when the lab has none for this name yet. */
  unit: string | null;
  dimension: UnitDimension | null;
}

/** Built-in names, in the order they are offered. */
export const BUILTIN_PROPERTIES: readonly BuiltinProperty[] = [
  {
    name: 'thickness',
    aliases: /^(?:(?:film|layer|oxide|total) )?(?:thickness|thick|thk|tox)$/,
    unit: 'nm',
    dimension: 'length',
  },
  {
    name: 'sheet_resistance',
    aliases: /^(?:rs|r s|rsh|r sh|sheet resistance|sheet res|sheet rho)$/,
    unit: 'Ω/sq',
    dimension: 'sheet_resistance',
  },
  {
    name: 'resistivity',
    aliases: /^(?:rho|ρ|resistivity|bulk resistivity)$/,
    unit: 'Ω·cm',
    dimension: 'resistivity',
  },
  {
    name: 'refractive_index',
    aliases: /^(?:n|ri|index|refractive index|n of .+|n ?@ ?.+)$/,
    unit: null,
    dimension: null,
  },
  {
    name: 'extinction_coefficient',
    aliases: /^(?:k|extinction coefficient|extinction|k of .+|k ?@ ?.+)$/,
    unit: null,
    dimension: null,
  },
  { name: 'gof', aliases: /^(?:gof|goodness of fit)$/, unit: null, dimension: null },
  { name: 'mse', aliases: /^mse$/, unit: null, dimension: null },
  {
    name: 'roughness',
    aliases: /^(?:roughness|rms roughness|ra|rq|rms)$/,
    unit: 'nm',
    dimension: 'length',
  },
  {
    name: 'reflectance',
    aliases: /^(?:reflectance|reflectivity|r %)$/,
    unit: '%',
    dimension: 'fraction',
  },
  { name: 'stress', aliases: /^(?:stress|film stress)$/, unit: null, dimension: null },
];

/** A property name the lab already uses, with a unit its records carry. */
export interface KnownProperty {
  name: string;
  unit: string | null;
}

/**
 * A column's property name reduced for matching: lower case, `_ - .` as spaces, an ordinal
 * prefix (`1st `) or a layer number suffix (`# 1`, ` 2`, `_2`) taken off and returned as `index`.
 */
export function reduceName(name: string): { core: string; index: number | null } {
  let s = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[_.-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let index: number | null = null;
  const ordinal = /^(\d+)(?:st|nd|rd|th) (.+)$/.exec(s);
  if (ordinal) {
    index = Number(ordinal[1]);
    s = ordinal[2] ?? '';
  }
  const numbered = /^(.+?)(?: ?# ?| no ?| nr ?| )(\d+)$/.exec(s);
  if (index === null && numbered && /[a-zα-ω]/.test(numbered[1] ?? '')) {
    index = Number(numbered[2]);
    s = (numbered[1] ?? '').trim();
  }
  return { core: s, index };
}

/** The built-in property a reduced name means, or undefined. */
export function builtinFor(core: string): BuiltinProperty | undefined {
  return BUILTIN_PROPERTIES.find((b) => b.aliases.test(core));
}

/** Where a suggested name comes from. */
export type NameSource = 'known' | 'builtin' | 'file';

/**
 * The property name to suggest for a column whose name (unit already taken off) is `raw`:
 * 1. a name the lab already uses for the same quantity (same built-in meaning, or the same
 *    reduced name), the most used first (`known` is in order of use);
 * 2. else the built-in name (`1st Thickness` → thickness, `GOF` → gof, `Rs` → sheet_resistance);
 * 3. else `raw` as the file wrote it (trimmed).
 * A layer number above 1 (`Thickness # 2`, `2nd Thickness`) is kept as a suffix: thickness_2.
 */
export function suggestPropertyName(
  raw: string,
  known: readonly KnownProperty[] = [],
): { name: string; source: NameSource } {
  const { core, index } = reduceName(raw);
  const builtin = builtinFor(core);
  const suffix = index !== null && index > 1 ? `_${index}` : '';
  const sameQuantity = known.find((k) => {
    const other = reduceName(k.name);
    if (other.index !== null && other.index > 1) return false;
    return builtin ? builtinFor(other.core) === builtin : other.core === core;
  });
  if (sameQuantity && (builtin || suffix === '')) {
    return { name: `${sameQuantity.name}${suffix}`, source: 'known' };
  }
  if (builtin) return { name: `${builtin.name}${suffix}`, source: 'builtin' };
  return { name: raw.trim(), source: 'file' };
}

/**
 * The unit to offer converting `name`'s values into: the unit the lab's records of that name
 * carry most (known is in order of use), else the built-in property's usual unit; null if none.
 */
export function preferredUnit(name: string, known: readonly KnownProperty[] = []): string | null {
  const used = known.find((k) => k.name === name && k.unit);
  if (used?.unit) return used.unit;
  return builtinFor(reduceName(name).core)?.unit ?? null;
}

/**
 * The conversion to offer for values of `name` written in `unit`, shared by import (a value
 * column) and manual entry (a property row): `from` is `unit` as the app writes it
 * (normalizeUnit), `to` the lab's unit for the name (preferredUnit); null when they are the same,
 * either is missing, or they measure different things (nm and Ω/sq are never converted).
 */
export function unitOffer(
  name: string,
  unit: string | null,
  known: readonly KnownProperty[] = [],
): { from: string; to: string } | null {
  const to = preferredUnit(name.trim(), known);
  const from = normalizeUnit(unit);
  if (to === null || from === null || from === to || !sameDimension(from, to)) return null;
  return { from, to };
}

/**
 * A guessed wide mapping with the lab's vocabulary applied: each value column's name replaced by
 * suggestPropertyName, its unit written as this app writes it (normalizeUnit: `ohm/sq` → `Ω/sq`).
 * A column whose suggestion another column already took keeps the file's name, so one import
 * never stores two columns as one property. The long layout (names from cells) is unchanged.
 */
export function withVocabulary(
  mapping: ImportMapping,
  known: readonly KnownProperty[] = [],
): ImportMapping {
  if (mapping.long) return mapping;
  const taken = new Set<string>();
  const values = mapping.values.map((v) => {
    const unit = normalizeUnit(v.propertyUnit);
    const suggested = suggestPropertyName(v.propertyName, known).name;
    const name = taken.has(JSON.stringify([suggested, unit])) ? v.propertyName.trim() : suggested;
    taken.add(JSON.stringify([name, unit]));
    return { ...v, propertyName: name, propertyUnit: unit };
  });
  return { ...mapping, values };
}
