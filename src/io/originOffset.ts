/**
 * Where a file's coordinate origin is. Stage and die-grid exports often count from a corner of
 * the sample rather than its centre; the importer needs the centre's position in the file's own
 * coordinates (ImportMapping.originOffset) to move the points to the sample frame.
 */
import { outlineBoundsMm, type SampleOutline } from '../domain/geometry/outline';
import type { ImportMapping } from './mapping';
import { type CoordinateUnit, MM_PER_UNIT } from './units';

export type OriginCorner = 'lower-left' | 'upper-left' | 'lower-right' | 'upper-right';
export const ORIGIN_CORNERS: readonly OriginCorner[] = [
  'lower-left',
  'upper-left',
  'lower-right',
  'upper-right',
];

/**
 * The sample centre in the file's coordinates (file unit, file y direction) when the file's
 * origin is `corner` of the outline's bounding box (corners as seen on the map: +y up). E.g. a
 * 20 × 10 mm piece counted from its upper-left corner with +y down: the centre is at (10, 5).
 */
export function cornerOriginOffset(
  corner: OriginCorner,
  outline: SampleOutline,
  unit: CoordinateUnit,
  yAxis: ImportMapping['yAxis'],
): { x: number; y: number } {
  const b = outlineBoundsMm(outline);
  const cornerX = corner.endsWith('left') ? b.minXMm : b.maxXMm;
  const cornerY = corner.startsWith('lower') ? b.minYMm : b.maxYMm;
  // The centre seen from the corner, in sample mm; then in the file's direction and unit.
  const dxMm = -cornerX;
  const dyMm = yAxis === 'up' ? -cornerY : cornerY;
  const perUnit = MM_PER_UNIT[unit];
  // `+ 0` turns −0 into 0, so an offset shows as 0 in the form.
  return { x: dxMm / perUnit + 0, y: dyMm / perUnit + 0 };
}

/** The corner whose offset equals `offset` (for showing the current choice), else null. */
export function matchingCorner(
  offset: { x: number; y: number },
  outline: SampleOutline,
  unit: CoordinateUnit,
  yAxis: ImportMapping['yAxis'],
): OriginCorner | null {
  if (offset.x === 0 && offset.y === 0) return null;
  return (
    ORIGIN_CORNERS.find((c) => {
      const o = cornerOriginOffset(c, outline, unit, yAxis);
      return Math.abs(o.x - offset.x) < 1e-9 && Math.abs(o.y - offset.y) < 1e-9;
    }) ?? null
  );
}

/**
 * `mapping` with a new coordinate unit and/or y direction. An origin at a corner stays at that
 * corner (its offset is recomputed in the new unit and direction); any other offset is kept as
 * typed, since it was typed in the file's numbers.
 */
export function withCoordinateFrame(
  mapping: ImportMapping,
  outline: SampleOutline,
  changes: { coordinateUnit?: CoordinateUnit; yAxis?: ImportMapping['yAxis'] },
): ImportMapping {
  const corner = matchingCorner(
    mapping.originOffset,
    outline,
    mapping.coordinateUnit,
    mapping.yAxis,
  );
  const next = { ...mapping, ...changes };
  return corner
    ? {
        ...next,
        originOffset: cornerOriginOffset(corner, outline, next.coordinateUnit, next.yAxis),
      }
    : next;
}
