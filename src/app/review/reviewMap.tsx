/**
 * The review's pieces of the map: the interpolated-map underlay, the column beside the map
 * (colour bar and legend), and the tooltip text of a stored record's marker. The underlay's
 * drawing code (colour grid, contours, labels, hatch) is its own chunk, loaded when a map is
 * first asked for; the field itself comes from a worker, so it is in before the field is.
 */
import { type ReactNode, Suspense } from 'react';
import type { DrawControl } from '../../canvas/layerCache';
import type { LegendEntry } from '../../canvas/legend';
import { MapLegend } from '../../canvas/MapLegend';
import type { SampleView, StageTransform } from '../../domain/frames/view';
import { formatStored } from '../../domain/values/decimalPrecision';
import { formatCursor } from '../../domain/values/formatMm';
import { ColorBar, formatValue } from '../../panels/ColorBar';
import { ChunkBoundary, lazyPart } from '../../panels/lazyPart';
import { siteTooltipLines } from './siteTooltip';
import type { Review } from './useReview';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });

const fieldLayer = lazyPart(() =>
  import('../../canvas/layers/FieldLayer').then((m) => m.FieldLayer),
);

/** The SampleMap `underlay`: the field layer when a field and a colour scale exist. */
export function reviewUnderlay(review: Review) {
  return (view: SampleView, t: StageTransform, control: DrawControl): ReactNode => {
    const { field } = review.field;
    const { scale } = review.colour;
    if (review.fieldView.showField || review.fieldView.showContours)
      fieldLayer.preload().catch(() => undefined);
    if (!field || !scale) return null;
    return (
      <ChunkBoundary what="the interpolated map" quiet>
        <Suspense fallback={null}>
          <fieldLayer.Component
            view={view}
            scale={t.scale}
            control={control}
            field={field}
            coloring={scale}
            clipPolygon={review.clipPolygon}
            sites={review.sites}
            showField={review.fieldView.showField}
            showContours={review.fieldView.showContours}
            showLabels={review.settings.showLabels}
            formatLabel={formatValue}
          />
        </Suspense>
      </ChunkBoundary>
    );
  };
}

/**
 * Tooltip of record `id`'s marker, e.g. "thickness 9.7878 nm at x 0.00 mm, y 0.00 mm (KLA)"; at
 * a site measured more than once, the site's mean and every value with its date (siteTooltip).
 */
export function describeRecordMarker(review: Review, id: string): ReactNode {
  const r = review.allRecords.find((a) => a.id === id);
  const m = review.layer.pointById.get(id);
  if (!r || !m) return null;
  const siteIds = review.layer.siteIdsById.get(id);
  if (siteIds) {
    const ids = new Set(siteIds);
    const atSite = review.allRecords.filter((a) => ids.has(a.id));
    const lines = siteTooltipLines(atSite, m, (iso) => timeFormat.format(new Date(iso)));
    return lines.map((line) => <div key={line}>{line}</div>);
  }
  const unit = r.property_unit ? ` ${r.property_unit}` : '';
  const source = r.char_source_type ? ` (${r.char_source_type})` : '';
  return `${r.property_name} ${formatStored(r.property_value)}${unit} at ${formatCursor(m)}${source}`;
}

/**
 * The column beside the map: the colour bar of the shown property (a note while nothing is
 * stored) above the legend. It keeps its width whether or not there is a colour bar, so the
 * map does not change size (and rescale under the pointer) when the first values are stored.
 */
export function MapAside({ review, legend }: { review: Review; legend: readonly LegendEntry[] }) {
  const { colour, property, unit } = review;
  return (
    <div className="map-aside">
      {colour.scale && property !== null ? (
        <ColorBar
          scale={colour.scale}
          propertyName={property}
          unit={unit || null}
          limits={colour.limits}
        />
      ) : (
        <p className="map-aside-note">
          Stored values are coloured by value; the colour bar shows here.
        </p>
      )}
      <MapLegend entries={legend} />
    </div>
  );
}
