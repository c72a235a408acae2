/**
 * Stored records prepared for the map: placed in the sample frame, coloured by value for the
 * chosen property (others drawn as grey dots beneath), plus what could not be placed.
 */
import { useMemo } from 'react';
import type { SpatialAnnotation } from '../api/schemas';
import type { RecordMarker } from '../canvas/draw';
import { type ColorScale, makeColorScale } from '../domain/color/colorScale';
import { placeRecord } from '../domain/frames/placement';
import type { PointMm } from '../domain/geometry/point';

export interface RecordLayer {
  markers: RecordMarker[];
  /** markers[i] draws records[recordIndex[i]]. */
  recordIndex: number[];
  scale: ColorScale | null;
  unplaced: { count: number; reasons: string[] };
}

/** Reasons a record is not drawn, as the user reads them. */
const REASON_TEXT: Record<string, string> = {
  'no coordinates': 'no coordinates',
  'unknown units': 'unknown coordinate units',
  'no calibration': 'stage_absolute, not placed (no calibration)',
};

/**
 * `stageToSample` converts `stage_absolute` records to the sample frame when the sample has a
 * calibration; without one such records are listed as not placed, never drawn in the wrong place.
 */
export function useRecordLayer(
  records: SpatialAnnotation[],
  colorProperty: string | null,
  stageToSample: ((p: PointMm) => PointMm) | null = null,
): RecordLayer {
  return useMemo(() => {
    const chosen: number[] = [];
    const others: number[] = [];
    const points = new Map<number, { xMm: number; yMm: number }>();
    const reasons = new Set<string>();
    records.forEach((r, i) => {
      const placement = placeRecord(r, stageToSample);
      if (!placement.placed) {
        reasons.add(REASON_TEXT[placement.reason] ?? placement.reason);
        return;
      }
      points.set(i, placement.point);
      (r.property_name === colorProperty ? chosen : others).push(i);
    });
    const scale = makeColorScale(chosen.map((i) => records[i]?.property_value ?? Number.NaN));
    // Chosen-property markers last, so they are drawn on top of the grey ones.
    const recordIndex = [...others, ...chosen];
    const markers = recordIndex.map((i, k): RecordMarker => {
      const p = points.get(i) ?? { xMm: 0, yMm: 0 };
      const value = records[i]?.property_value ?? 0;
      return { ...p, color: k >= others.length && scale ? scale.color(value) : null };
    });
    const unplacedCount = records.length - points.size;
    return {
      markers,
      recordIndex,
      scale,
      unplaced: { count: unplacedCount, reasons: [...reasons] },
    };
  }, [records, colorProperty, stageToSample]);
}
