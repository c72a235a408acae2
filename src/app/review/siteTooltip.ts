/**
 * The tooltip of a marker whose site was measured more than once (repeated passes): the site's
 * mean, which the marker's colour, the interpolated field and the statistics use, then every
 * value measured there with its date, oldest first.
 */
import type { SpatialAnnotation } from '../../api/schemas';
import type { PointMm } from '../../domain/geometry/point';
import { formatStored, precisionOf, statDecimalsOf } from '../../domain/values/decimalPrecision';
import { formatCursor } from '../../domain/values/formatMm';
import { formatStat } from '../../domain/values/formatStat';

/**
 * Lines of the tooltip of the site at `at` measured by `records` (two or more, one property),
 * e.g. "thickness 9.8 nm, mean of 3 values at x 10.00 mm, y 0.00 mm", then
 * "9.7 nm · 12/5/26, 10:00:00 AM (KLA)" per value; `formatTime` formats an ISO timestamp.
 */
export function siteTooltipLines(
  records: readonly SpatialAnnotation[],
  at: PointMm,
  formatTime: (iso: string) => string,
): string[] {
  const first = records[0];
  if (!first) return [];
  const unit = (r: SpatialAnnotation) => (r.property_unit ? ` ${r.property_unit}` : '');
  const mean = records.reduce((sum, r) => sum + r.property_value, 0) / records.length;
  const ordered = [...records].sort((a, b) => a.last_updated.localeCompare(b.last_updated));
  return [
    `${first.property_name} ${formatStat(mean, statDecimalsOf(precisionOf(records.map((r) => r.property_value))))}${unit(first)}, mean of ${records.length} values at ${formatCursor(at)}`,
    ...ordered.map(
      (r) =>
        `${formatStored(r.property_value)}${unit(r)} · ${formatTime(r.last_updated)}${
          r.char_source_type ? ` (${r.char_source_type})` : ''
        }`,
    ),
  ];
}
