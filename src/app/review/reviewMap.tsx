/**
 * The review's pieces of the map: the interpolated-map underlay, the colour bar beside the map,
 * and the tooltip text of a stored record's marker.
 */
import type { ReactNode } from 'react';
import { FieldLayer } from '../../canvas/layers/FieldLayer';
import type { SampleView, StageTransform } from '../../domain/frames/view';
import { formatCursor } from '../../domain/values/formatMm';
import { ColorBar, formatValue } from '../../panels/ColorBar';
import type { Review } from './useReview';

/** The SampleMap `underlay`: the field layer when a field and a colour scale exist. */
export function reviewUnderlay(review: Review) {
  return (view: SampleView, t: StageTransform): ReactNode => {
    const { field } = review.field;
    const { scale } = review.colour;
    if (!field || !scale) return null;
    return (
      <FieldLayer
        view={view}
        scale={t.scale}
        field={field}
        coloring={scale}
        clipPolygon={review.clipPolygon}
        sites={review.sites}
        showField={review.settings.showField}
        showContours={review.settings.showContours}
        showLabels={review.settings.showLabels}
        formatLabel={formatValue}
      />
    );
  };
}

/** Tooltip of record marker `index`, e.g. "thickness 9.7878 nm at x 0.00 mm, y 0.00 mm (KLA)". */
export function describeRecordMarker(review: Review, index: number): string | null {
  const r = review.allRecords[review.layer.recordIndex[index] ?? -1];
  const m = review.layer.markers[index];
  if (!r || !m) return null;
  const unit = r.property_unit ? ` ${r.property_unit}` : '';
  const source = r.char_source_type ? ` (${r.char_source_type})` : '';
  return `${r.property_name} ${formatValue(r.property_value)}${unit} at ${formatCursor(m)}${source}`;
}

/** The colour bar beside the map, for the shown property (nothing when there is none). */
export function ReviewColorBar({ review }: { review: Review }) {
  const { colour, property, unit } = review;
  if (!colour.scale || property === null) return null;
  return (
    <ColorBar
      scale={colour.scale}
      propertyName={property}
      unit={unit || null}
      limits={colour.limits}
    />
  );
}
