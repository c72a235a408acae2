/**
 * Property units as labs write them, reduced to one symbol each (`A`, `ang`, `Angstrom` → `Å`;
 * `ohm/sq`, `Ohms/square` → `Ω/sq`; `um`, `μm` → `µm`), with the quantity each measures and its
 * spelling for the units library (js-quantities). This table covers only what the library lacks
 * or spells otherwise: per-square sheet resistance, the Å/A/ang and µ/μ/u spellings, and the
 * Ω sign. Conversion itself is the library's (convert.ts).
 */

/** What a unit measures; only units of the same dimension convert into each other. */
export type UnitDimension = 'length' | 'sheet_resistance' | 'resistivity' | 'fraction';

export interface KnownUnit {
  /** The symbol this app writes, e.g. `Å`, `nm`, `Ω/sq`, `mΩ·cm`, `%`. */
  symbol: string;
  dimension: UnitDimension;
  /**
   * The unit for js-quantities. Sheet resistance (Ω per square) is a resistance to the library:
   * the per-square part is dimensionless, so it converts like Ω within its own dimension only.
   */
  libraryUnit: string;
}

const UNITS: ReadonlyArray<KnownUnit & { spellings: RegExp }> = [
  {
    symbol: 'Å',
    dimension: 'length',
    libraryUnit: 'angstrom',
    spellings: /^(?:a|å|Å|ang|angstroms?|ångströms?)$/i,
  },
  {
    symbol: 'nm',
    dimension: 'length',
    libraryUnit: 'nm',
    spellings: /^(?:nm|nanomet(?:er|re)s?)$/i,
  },
  {
    symbol: 'µm',
    dimension: 'length',
    libraryUnit: 'um',
    spellings: /^(?:um|µm|μm|microns?|micromet(?:er|re)s?)$/i,
  },
  {
    symbol: 'mm',
    dimension: 'length',
    libraryUnit: 'mm',
    spellings: /^(?:mm|millimet(?:er|re)s?)$/i,
  },
  {
    symbol: 'Ω/sq',
    dimension: 'sheet_resistance',
    libraryUnit: 'ohm',
    spellings: /^(?:ohms?|Ω|Ω)\s*(?:\/|per\s*)\s*(?:sq(?:uare)?|sqr|□|☐)$|^ohms?\s*sq$|^ohmsq$/i,
  },
  {
    symbol: 'kΩ/sq',
    dimension: 'sheet_resistance',
    libraryUnit: 'kOhm',
    spellings: /^(?:kohms?|kΩ|kΩ)\s*(?:\/|per\s*)\s*(?:sq(?:uare)?|sqr|□|☐)$/i,
  },
  {
    symbol: 'Ω·cm',
    dimension: 'resistivity',
    libraryUnit: 'ohm*cm',
    spellings: /^(?:ohms?|Ω|Ω)\s*[-·.*⋅ ]?\s*cm$/i,
  },
  {
    symbol: 'mΩ·cm',
    dimension: 'resistivity',
    libraryUnit: 'mOhm*cm',
    spellings: /^(?:m\s*ohms?|mΩ|mΩ)\s*[-·.*⋅ ]?\s*cm$/i,
  },
  { symbol: '%', dimension: 'fraction', libraryUnit: 'percent', spellings: /^(?:%|pct|percent)$/i },
];

/** The known unit a written unit stands for, or null for any other text (kept as written). */
export function knownUnit(text: string | null): KnownUnit | null {
  // NFKC folds look-alike signs: Å (U+212B) → Å, Ω (U+2126) → Ω, µ (U+00B5) → μ.
  const t = (text ?? '').normalize('NFKC').trim();
  if (t === '') return null;
  // Case matters for one spelling: `mΩ` is milli-, `MΩ` mega-; only lower-case m reads as milli.
  if (/^M/.test(t) && /Ω|ohm/i.test(t)) return null;
  const found = UNITS.find((u) => u.spellings.test(t));
  return found
    ? { symbol: found.symbol, dimension: found.dimension, libraryUnit: found.libraryUnit }
    : null;
}

/**
 * A unit as this app writes it: the symbol of a known unit (`ohm/sq` → `Ω/sq`, `A` → `Å`,
 * `um` → `µm`), other text trimmed and kept as written, blank → null.
 */
export function normalizeUnit(text: string | null): string | null {
  const t = (text ?? '').trim();
  if (t === '') return null;
  return knownUnit(t)?.symbol ?? t;
}

/** True when values in `a` and `b` (written any known way) can be converted into each other. */
export function sameDimension(a: string | null, b: string | null): boolean {
  const ua = knownUnit(a);
  const ub = knownUnit(b);
  return ua !== null && ub !== null && ua.dimension === ub.dimension;
}
