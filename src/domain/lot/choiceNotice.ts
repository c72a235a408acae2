/**
 * What the compare view says when the property or unit asked for (in the URL, or remembered)
 * is not what it shows: no silent fall-back to another quantity.
 */

/** A property and unit ('' = no unit); null: none asked for / nothing to show. */
export interface PropertyChoice {
  property: string | null;
  unit: string | null;
}

const inUnit = (unit: string | null) =>
  unit === null ? '' : unit === '' ? ' (without a unit)' : ` (in ${unit})`;

/**
 * A sentence when `shown` differs from `requested`: "No sample has property 'nonexistent' (in
 * furlong); showing thickness (in nm) instead.", or for a unit alone "No sample has thickness in
 * furlong; showing it in nm instead."; null when the request was met or nothing was asked.
 */
export function choiceNotice(requested: PropertyChoice, shown: PropertyChoice): string | null {
  const fallback =
    shown.property === null
      ? 'there is nothing to show'
      : `showing ${shown.property}${inUnit(shown.unit)} instead`;
  if (requested.property !== null && requested.property !== shown.property) {
    return `No sample has property '${requested.property}'${inUnit(requested.unit)}; ${fallback}.`;
  }
  if (requested.unit !== null && requested.unit !== shown.unit && shown.property !== null) {
    const asked = requested.unit === '' ? 'without a unit' : `in ${requested.unit}`;
    const now =
      shown.unit === null ? '' : shown.unit === '' ? ' without a unit' : ` in ${shown.unit}`;
    return `No sample has ${shown.property} ${asked}; showing it${now} instead.`;
  }
  return null;
}
