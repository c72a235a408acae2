/**
 * Units in imported tables: the length unit of coordinate columns, and the property name and
 * unit carried by a value column's header.
 */
import { type ReadNumberResult, readNumber } from './numbers';

export type CoordinateUnit = 'mm' | 'cm' | 'µm' | 'in';
export const COORDINATE_UNITS: readonly CoordinateUnit[] = ['mm', 'cm', 'µm', 'in'];

/** Millimetres per unit: exact by definition (1 in = 25.4 mm, international inch of 1959). */
export const MM_PER_UNIT: Readonly<Record<CoordinateUnit, number>> = {
  mm: 1,
  cm: 10,
  µm: 0.001,
  in: 25.4,
};

/** Decimal-point shift from the unit to mm, for the units that are powers of ten of a mm. */
const POWER_OF_TEN_TO_MM: Readonly<Record<CoordinateUnit, number | null>> = {
  mm: 0,
  cm: 1,
  µm: -3,
  in: null,
};

const UNIT_WORDS: ReadonlyArray<[RegExp, CoordinateUnit]> = [
  [/^mm$|^millimet(?:er|re)s?$/i, 'mm'],
  [/^cm$|^centimet(?:er|re)s?$/i, 'cm'],
  [/^(?:um|µm|μm|microns?|micromet(?:er|re)s?)$/i, 'µm'],
  [/^(?:in|inch|inches|")$/i, 'in'],
];

function unitFromWord(word: string): CoordinateUnit | null {
  const w = word.trim();
  for (const [re, unit] of UNIT_WORDS) if (re.test(w)) return unit;
  return null;
}

/**
 * The length unit named in a coordinate header, or null when it names none (the caller then
 * assumes mm). Recognised: a bracketed unit (`X (cm)`, `X [um]`, `x (µm)`, `X(in)`), a suffix
 * after `_`, `-` or a space (`x_mm`, `x_inch`, `Radius cm`), and a unit glued to a one-letter
 * axis name (`Xmm`). Spellings: mm, cm, um/µm (micro sign U+00B5 or Greek mu U+03BC)/micron,
 * in/inch/inches and the long metric names.
 */
export function guessCoordinateUnit(header: string): CoordinateUnit | null {
  const h = header.trim();
  const bracketed = /[([]\s*([^()[\]]+?)\s*[)\]]\s*$/.exec(h);
  if (bracketed) return unitFromWord(bracketed[1] ?? '');
  const suffix = /[_\s-]([^_\s-]+)$/.exec(h);
  if (suffix) return unitFromWord(suffix[1] ?? '');
  const glued = /^[xyr](mm|cm|um|µm|μm|in)$/i.exec(h);
  return glued ? unitFromWord(glued[1] ?? '') : null;
}

/**
 * Read a coordinate cell in `unit` and return it in mm. Units that are powers of ten of a mm
 * are converted by moving the decimal point in the text, so `0.354` cm is exactly the double
 * 3.54 and `-140000` µm exactly −140; inches are multiplied by 25.4. Missing/invalid cells are
 * returned as readNumber reports them.
 */
export function readCoordinateMm(
  text: string,
  unit: CoordinateUnit,
  decimalComma: boolean,
): ReadNumberResult {
  const shift = POWER_OF_TEN_TO_MM[unit];
  if (shift !== null) return readNumber(text, { decimalComma, powerOfTen: shift });
  const r = readNumber(text, { decimalComma });
  return r.ok ? { ok: true, value: r.value * MM_PER_UNIT[unit] } : r;
}

/** Units recognised after an underscore in a value header (`thickness_nm`, `rs_ohm/sq`). */
const SUFFIX_UNITS = new Set([
  'nm',
  'um',
  'µm',
  'μm',
  'mm',
  'cm',
  'm',
  'å',
  'angstrom',
  'ohm',
  'ohms',
  'ohm/sq',
  'ohmsq',
  'ohm-cm',
  'ohmcm',
  'pct',
  'percent',
  'v',
  'mv',
  'ev',
  'deg',
  'rad',
  'k',
  's',
  'ms',
  'gpa',
  'mpa',
]);

/**
 * Property name and unit from a value column header: `Thickness # 1 (nm)` → `Thickness # 1`,
 * `nm`; `Rs [ohm/sq]` → `Rs`, `ohm/sq`; `thickness_nm` → `thickness`, `nm` (only for the units in
 * SUFFIX_UNITS, so `site_id` stays whole); `MSE` → `MSE`, null. Text after the name that is not
 * bracketed or underscored (`n of Cauchy @ 632.8 nm`) stays part of the name.
 */
export function propertyFromHeader(header: string): { name: string; unit: string | null } {
  const h = header.trim();
  const bracketed = /^(.*?)\s*(?:\(([^()]*)\)|\[([^[\]]*)\])\s*$/.exec(h);
  if (bracketed) {
    const name = (bracketed[1] ?? '').trim();
    const unit = (bracketed[2] ?? bracketed[3] ?? '').trim();
    if (name !== '') return { name, unit: unit === '' ? null : unit };
  }
  const underscored = /^(.+?)_([^_]+)$/.exec(h);
  if (underscored && SUFFIX_UNITS.has((underscored[2] ?? '').toLowerCase())) {
    return { name: (underscored[1] ?? '').trim(), unit: underscored[2] ?? null };
  }
  return { name: h, unit: null };
}
