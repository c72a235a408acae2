/**
 * Stored records prepared for the map: placed in the sample frame; the records shown in the
 * review (chosen property, source and unit) coloured by value and marked against the spec
 * limits, every other record drawn as a grey dot beneath; plus what could not be placed.
 */
import { useMemo } from 'react';
import type { SpatialAnnotation } from '../api/schemas';
import type { GreyReason, RecordMarker } from '../canvas/mapTypes';
import type { ColorScale } from '../domain/color/colorScale';
import { quantizedColor } from '../domain/color/fieldImage';
import type { SpecLimits } from '../domain/color/specLimits';
import { placeRecord } from '../domain/frames/placement';
import type { PointMm } from '../domain/geometry/point';
import { groupMeans, siteGroups } from '../domain/interpolation/siteGroups';
import { specClassOf } from '../domain/review/colorSettings';

/** The markers of the stored records and how they map back to the records. */
export interface RecordLayer {
  markers: RecordMarker[];
  /** markers[i] draws records[recordIndex[i]]. */
  recordIndex: number[];
  /** Sample-frame position of every placed record, by id. */
  pointById: ReadonlyMap<string, PointMm>;
  unplaced: { count: number; reasons: string[] };
  /**
   * For a coloured record measured more than once at its site (repeated passes): the ids of
   * every coloured record at that site, in list order. Its marker shows their mean.
   */
  siteIdsById: ReadonlyMap<string, readonly string[]>;
}

/** How the shown records are coloured. */
export interface RecordColoring {
  /**
   * The value each coloured record shows, by id (its stored value, or that value converted for
   * display); every other record is a grey dot.
   */
  shownValues: ReadonlyMap<string, number>;
  scale: ColorScale | null;
  limits: SpecLimits;
  /** The property and stored unit ('' for none) the review shows; null: no property shown. */
  shownProperty?: { name: string; unit: string | null } | null;
}

/**
 * Why record `r` is grey: another property than `shown`, the shown property in another unit
 * (a unit not converted for display), or else another source (the review filters by source).
 */
export function greyReason(
  r: Pick<SpatialAnnotation, 'property_name' | 'property_unit'>,
  shown: { name: string; unit: string | null } | null | undefined,
): GreyReason {
  if (!shown || r.property_name !== shown.name) return 'property';
  return (r.property_unit ?? '') !== (shown.unit ?? '') ? 'unit' : 'source';
}

/** Reasons a record is not drawn, as the user reads them. */
const REASON_TEXT: Record<string, string> = {
  'no coordinates': 'no coordinates',
  'unknown units': 'unknown coordinate units',
  'no calibration': 'stage_absolute coordinates, not placed (no calibration)',
};

/** Where the records are on the sample, and which could not be placed and why. */
export interface PlacedRecords {
  /** Sample-frame position of every placed record, by id. */
  pointById: ReadonlyMap<string, PointMm>;
  unplaced: { count: number; reasons: string[] };
}

/**
 * Positions of the records in the sample frame. `stageToSample` converts `stage_absolute` records
 * when the sample has a calibration; without one such records are listed as not placed, never
 * drawn in the wrong place. Depends on the records and the calibration only, so selection or
 * colour changes keep the same object (and the interpolated map built on it is not recomputed).
 */
export function usePlacedRecords(
  records: SpatialAnnotation[],
  stageToSample: ((p: PointMm) => PointMm) | null = null,
): PlacedRecords {
  return useMemo(() => {
    const pointById = new Map<string, PointMm>();
    const reasons = new Set<string>();
    for (const r of records) {
      const placement = placeRecord(r, stageToSample);
      if (placement.placed) pointById.set(r.id, placement.point);
      else reasons.add(REASON_TEXT[placement.reason] ?? placement.reason);
    }
    return {
      pointById,
      unplaced: { count: records.length - pointById.size, reasons: [...reasons] },
    };
  }, [records, stageToSample]);
}

/**
 * Markers of the placed records, coloured as `coloring` says, selected ones ringed. Coloured
 * records at one site (siteGroups: repeated passes) are all coloured and spec-marked by the
 * site's mean, the value the interpolated field and the statistics use there.
 */
export function useRecordLayer(
  records: SpatialAnnotation[],
  placed: PlacedRecords,
  coloring: RecordColoring,
  selectedIds: ReadonlySet<string>,
): RecordLayer {
  const { shownValues, scale, limits, shownProperty } = coloring;
  return useMemo(() => {
    const { pointById } = placed;
    const shown: number[] = [];
    const others: number[] = [];
    records.forEach((r, i) => {
      if (pointById.has(r.id)) (shownValues.has(r.id) && scale ? shown : others).push(i);
    });
    // Shown markers last, so they are drawn on top of the grey ones.
    const recordIndex = [...others, ...shown];
    // The heat map's 256 colours: markers and map agree, and 100k markers share 256 bitmaps.
    const color = scale ? quantizedColor(scale) : null;
    const shownRecords = shown.map((i) => records[i] as SpatialAnnotation);
    const groups = siteGroups(shownRecords.map((r) => pointById.get(r.id) ?? { xMm: 0, yMm: 0 }));
    const means = groupMeans(
      groups,
      shownRecords.map((r) => shownValues.get(r.id) ?? r.property_value),
    );
    const siteIdsById = siteIdsOf(shownRecords, groups.groupOf, groups.count);
    const markers = recordIndex.map((i, k): RecordMarker => {
      const r = records[i] as SpatialAnnotation;
      const p = pointById.get(r.id) ?? { xMm: 0, yMm: 0 };
      const at = { id: r.id, xMm: p.xMm, yMm: p.yMm, selected: selectedIds.has(r.id) };
      if (k < others.length || !color) {
        return { ...at, color: null, other: greyReason(r, shownProperty) };
      }
      const own = shownValues.get(r.id) ?? r.property_value;
      const siteMean = means[groups.groupOf[k - others.length] ?? -1];
      const value = siteMean !== undefined && Number.isFinite(siteMean) ? siteMean : own;
      return { ...at, color: color(value), spec: specClassOf(value, limits) };
    });
    return { markers, recordIndex, pointById, unplaced: placed.unplaced, siteIdsById };
  }, [records, placed, shownValues, scale, limits, shownProperty, selectedIds]);
}

/** The ids of the records of every group with more than one record, by each member's id. */
function siteIdsOf(
  records: readonly SpatialAnnotation[],
  groupOf: Int32Array,
  count: number,
): Map<string, string[]> {
  const members: string[][] = Array.from({ length: count }, () => []);
  records.forEach((r, i) => {
    members[groupOf[i] ?? 0]?.push(r.id);
  });
  const byId = new Map<string, string[]>();
  for (const ids of members) if (ids.length > 1) for (const id of ids) byId.set(id, ids);
  return byId;
}
