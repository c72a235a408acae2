/**
 * Conversion factors between property units, from js-quantities (1.8, MIT): the library knows
 * the SI prefixes and the ångström, ohm and percent; symbols.ts maps this app's spellings to its
 * units. Only the library-spelled units of symbols.ts are ever parsed, never user text. The app
 * loads this module lazily (it holds the library), so the first page load stays small.
 */
import Qty from 'js-quantities/esm';
import { scaleValue } from './scale';
import { knownUnit } from './symbols';

/**
 * The factor f with value_in_`to` = f × value_in_`from`, e.g. Å → nm: 0.1, mΩ·cm → Ω·cm: 0.001;
 * 1 for the same unit. Null when either unit is unknown (symbols.ts) or they measure different
 * dimensions (nm and Ω/sq; Ω/sq and Ω·cm).
 */
export function conversionFactor(from: string | null, to: string | null): number | null {
  const a = knownUnit(from);
  const b = knownUnit(to);
  if (!a || !b || a.dimension !== b.dimension) return null;
  if (a.symbol === b.symbol) return 1;
  const factor = Qty(1, a.libraryUnit).to(b.libraryUnit).scalar;
  return Number.isFinite(factor) && factor > 0 ? factor : null;
}

/** `value` in `from` expressed in `to` (see conversionFactor); null when not convertible. */
export function convertValue(value: number, from: string | null, to: string | null): number | null {
  const factor = conversionFactor(from, to);
  return factor === null ? null : scaleValue(value, factor);
}

/** What the lazily loaded module offers (see useUnitConverter). */
export interface UnitConverter {
  conversionFactor: typeof conversionFactor;
  convertValue: typeof convertValue;
}
