/**
 * Stored records prepared for the map: placed in the sample frame, coloured by value for the
 * chosen property (others drawn as grey dots beneath), plus what could not be placed.
 */
import { useMemo } from 'react';
import type { SpatialAnnotation } from '../api/schemas';
import type { RecordMarker } from '../canvas/draw';
import { type ColorScale, makeColorScale } from '../domain/color/colorScale';
import { placeRecord } from '../domain/frames/placement';

export interface RecordLayer {
  markers: RecordMarker[];
  /** markers[i] draws records[recordIndex[i]]. */
  recordIndex: number[];
  scale: ColorScale | null;
  unplaced: { count: number; reasons: string[] };
}

export function useRecordLayer(
  records: SpatialAnnotation[],
  colorProperty: string | null,
): RecordLayer {
  return useMemo(() => {
    const chosen: number[] = [];
    const others: number[] = [];
    const points = new Map<number, { xMm: number; yMm: number }>();
    const reasons = new Set<string>();
    records.forEach((r, i) => {
      const placement = placeRecord(r);
      if (!placement.placed) {
        reasons.add(placement.reason);
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
  }, [records, colorProperty]);
}
