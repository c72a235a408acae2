/**
 * Units of one property's records. Records of one property may carry different units (nm and Å
 * from two tools); their values are never coloured, interpolated or averaged together as stored.
 * When all their units are of one dimension, the review may show them all in one unit, converted
 * for display only (commonDisplayUnits); the stored values are never changed.
 */
import { sameDimension } from '../units/symbols';

/** How many records carry each unit ('' = no unit). */
export interface UnitCount {
  unit: string;
  count: number;
}

/** Units of the records, most frequent first (ties keep first-seen order); null reads as ''. */
export function unitBreakdown(records: Iterable<{ property_unit: string | null }>): UnitCount[] {
  const counts = new Map<string, number>();
  for (const r of records) {
    const unit = r.property_unit ?? '';
    counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return [...counts].map(([unit, count]) => ({ unit, count })).sort((a, b) => b.count - a.count);
}

/**
 * The unit to show: the user's choice when the records carry it, else the most frequent one;
 * null when there are no records.
 */
export function resolveUnit(chosen: string | null, units: readonly UnitCount[]): string | null {
  if (chosen !== null && units.some((u) => u.unit === chosen)) return chosen;
  return units[0]?.unit ?? null;
}

/** A unit as the UI writes it: the unit itself, or "no unit". */
export const unitLabel = (unit: string): string => (unit === '' ? 'no unit' : unit);

/** Prefix of a unit choice meaning "every record, converted to this unit for display". */
export const ALL_IN_PREFIX = 'all-in:';

/**
 * The units every record of a property can be shown in together: when the records carry more
 * than one unit and all of them are known units of one dimension (Å and nm; Ω·cm and mΩ·cm),
 * each of those units, most frequent first; else [] (nothing is converted). Display only.
 */
export function commonDisplayUnits(units: readonly UnitCount[]): string[] {
  if (units.length < 2) return [];
  const [first] = units;
  if (!first || units.some((u) => !sameDimension(u.unit, first.unit))) return [];
  return units.map((u) => u.unit);
}

/** The unit of an "all in" choice (`all-in:nm` → nm), or null for a plain unit choice. */
export function allInUnit(choice: string | null): string | null {
  return choice?.startsWith(ALL_IN_PREFIX) ? choice.slice(ALL_IN_PREFIX.length) : null;
}
