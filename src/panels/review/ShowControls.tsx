/**
 * Choosing what the review shows: the property (every property on the sample with its count and
 * units, the most recent first), the source, and, when the property's records carry more than
 * one unit, which unit (never mixed as stored: colours, map and statistics use one unit; when
 * the units are of one dimension, all records can be shown in one unit, converted for display
 * only, and the panel says so).
 */

import { ALL_IN_PREFIX, type UnitCount, unitLabel } from '../../domain/review/units';
import type { PropertySummary } from '../../domain/stats/properties';
import { formatCount, plural } from '../../domain/values/plural';

interface ShowControlsProps {
  properties: PropertySummary[];
  property: string | null;
  onProperty: (name: string) => void;
  sources: string[];
  /** null = every source. */
  source: string | null;
  onSource: (source: string | null) => void;
  units: UnitCount[];
  unit: string | null;
  /** A unit, or ALL_IN_PREFIX + a unit of `displayUnits` to convert every record to it. */
  onUnit: (unit: string) => void;
  /** Units every record can be shown in together (converted for display); [] for none. */
  displayUnits: string[];
  /** The unit the records are converted to for display, or null. */
  convertedTo: string | null;
}

/** "thickness (49, nm)" or "GOF (49, no unit)" or "t (5, nm / Å)". */
export function propertyOptionText(p: PropertySummary): string {
  const units = p.units.filter(Boolean);
  return `${p.name} (${p.count}${units.length ? `, ${units.join(' / ')}` : ''})`;
}

/** Property, source and (for mixed units) unit selects, with the mixed-unit warning. */
export function ShowControls(p: ShowControlsProps) {
  const mixed = p.units.length > 1;
  const total = p.units.reduce((n, u) => n + u.count, 0);
  const rest = p.units.filter((u) => u.unit !== p.convertedTo);
  const converted = rest.reduce((n, u) => n + u.count, 0);
  const others = rest.map((u) => unitLabel(u.unit)).join(' and ');
  return (
    <div className="review-grid">
      <label htmlFor="review-property">Property</label>
      <select
        id="review-property"
        value={p.property ?? ''}
        onChange={(e) => p.onProperty(e.target.value)}
      >
        {p.properties.map((s) => (
          <option key={s.name} value={s.name}>
            {propertyOptionText(s)}
          </option>
        ))}
      </select>
      <label htmlFor="review-source">Source</label>
      <select
        id="review-source"
        value={p.source ?? ''}
        onChange={(e) => p.onSource(e.target.value === '' ? null : e.target.value)}
        disabled={p.sources.length === 0}
      >
        <option value="">All sources</option>
        {p.sources.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      {mixed && (
        <>
          <label htmlFor="review-unit">Unit</label>
          <select
            id="review-unit"
            value={p.convertedTo !== null ? `${ALL_IN_PREFIX}${p.convertedTo}` : (p.unit ?? '')}
            onChange={(e) => p.onUnit(e.target.value)}
          >
            {p.units.map((u) => (
              <option key={u.unit} value={u.unit}>
                {unitLabel(u.unit)} ({u.count})
              </option>
            ))}
            {p.displayUnits.map((u) => (
              <option key={`all-${u}`} value={`${ALL_IN_PREFIX}${u}`}>
                all {total}, shown in {u}
              </option>
            ))}
          </select>
          <p className="notice notice-warning review-wide" role="alert">
            {p.property} is stored in {p.units.length} units (
            {p.units.map((u) => `${unitLabel(u.unit)}: ${u.count}`).join(', ')}).{' '}
            {p.convertedTo !== null
              ? `Shown in ${p.convertedTo}: ${converted === 1 ? 'the 1 value' : `the ${formatCount(converted)} values`} in ${others} ${plural(converted, 'is', 'are')} converted for display only; the stored values are unchanged.`
              : `Values in different units are never mixed: the map, colours and statistics use only the ${unitLabel(p.unit ?? '')} records. Choose another unit above${p.displayUnits.length > 0 ? `, or “all ${total}, shown in ${p.displayUnits[0]}”` : ''}.`}
          </p>
        </>
      )}
    </div>
  );
}
