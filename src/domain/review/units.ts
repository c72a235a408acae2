/**
 * Units of one property's records. Records of one property may carry different units (nm and Å
 * from two tools); their values must never be coloured, interpolated or averaged together.
 */

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
