/** Which properties a sample's records carry, for the property selector. */

export interface PropertySummary {
  name: string;
  count: number;
  /** Distinct units seen for this property ('' for none), in first-seen order. */
  units: string[];
  /** Latest `last_updated` (ISO) among its records. */
  latest: string;
}

/**
 * One summary per `property_name`, most recently updated first (ties keep first-seen order).
 * Timestamps are compared as ISO 8601 UTC strings, which sort chronologically.
 */
export function summarizeProperties(
  records: Iterable<{ property_name: string; property_unit: string | null; last_updated: string }>,
): PropertySummary[] {
  const byName = new Map<string, PropertySummary>();
  for (const r of records) {
    const s = byName.get(r.property_name) ?? {
      name: r.property_name,
      count: 0,
      units: [],
      latest: '',
    };
    s.count += 1;
    const unit = r.property_unit ?? '';
    if (!s.units.includes(unit)) s.units.push(unit);
    if (r.last_updated > s.latest) s.latest = r.last_updated;
    byName.set(r.property_name, s);
  }
  return [...byName.values()].sort((a, b) =>
    a.latest < b.latest ? 1 : a.latest > b.latest ? -1 : 0,
  );
}
