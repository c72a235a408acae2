/**
 * The interpolated field of each compared sample for its small map: computed once per sample's
 * sites and outline (thin-plate spline, IDW when the spline cannot be built; computeField), and
 * coloured with the shared scale into a small image. A 64-cell grid is plenty for a map 200 px
 * wide and keeps 25 samples well inside the view's time budget.
 */
import { useMemo } from 'react';
import { fieldCanvas } from '../../canvas/fieldCanvas';
import type { MiniMapField } from '../../canvas/miniMap';
import type { ColorScale } from '../../domain/color/colorScale';
import { computeField, type Field } from '../../domain/interpolation/field';
import type { ComparedSample } from './useComparison';

/** Grid cells across a small map's field. */
export const SMALL_FIELD_RESOLUTION = 64;

/** The field of one sample's sites, or null when it has too few sites for one. */
export function sampleField(
  sample: ComparedSample,
  resolution = SMALL_FIELD_RESOLUTION,
): Field | null {
  if (sample.sites.sites.length < 3) return null;
  const outcome = computeField({
    sites: sample.sites.sites,
    outline: sample.drawOutline,
    method: 'thin-plate-spline',
    resolution,
  });
  return outcome.ok ? outcome.field : null;
}

/** Each sample's coloured field by id (empty when `show` is off or there is no scale). */
export function useSampleFields(
  samples: readonly ComparedSample[],
  scale: ColorScale | null,
  show: boolean,
): Map<string, MiniMapField> {
  const fields = useMemo(
    () =>
      show ? new Map(samples.map((s) => [s.id, sampleField(s)])) : new Map<string, Field | null>(),
    [samples, show],
  );
  return useMemo(() => {
    const out = new Map<string, MiniMapField>();
    if (!scale) return out;
    for (const [id, field] of fields) {
      const image = field ? fieldCanvas(field.grid, field.spec, scale) : null;
      if (field && image) out.set(id, { image, spec: field.spec });
    }
    return out;
  }, [fields, scale]);
}
