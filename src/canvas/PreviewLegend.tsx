/** Key to the import preview's markers over the map, with how many lie outside the outline. */
import { useMemo } from 'react';
import { LegendSwatch } from './MapLegend';
import type { PreviewMarkers } from './mapTypes';

/** Counts inside and outside (possibly off the map), beside the preview's own swatches. */
export function PreviewLegend({ preview }: { preview: PreviewMarkers }) {
  const outside = useMemo(() => preview.inside.reduce((n, v) => n + (v ? 0 : 1), 0), [preview]);
  return (
    <div className="map-preview-legend" aria-hidden="true">
      <LegendSwatch entry="preview" /> import preview ({preview.inside.length - outside})
      <LegendSwatch entry="previewOutside" /> {outside} outside the outline
    </div>
  );
}
