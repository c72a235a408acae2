/** Where the map draws its rings and dragged points, found by id (see useRingPoints). */
import { useCallback, useMemo } from 'react';
import type { PointMm } from '../domain/geometry/point';
import type { MapHighlight, MapStagedPoint } from './mapTypes';
import type { MapLayers } from './sampleMapProps';

const NO_POINTS: PointMm[] = [];

/**
 * Positions of the rings and dragged points: dragged staged points at their dragged place, the
 * selected staged points (as shown) and records, and the highlighted marker, found by id.
 */
export function useRingPoints(
  layers: MapLayers,
  selectedIds: ReadonlySet<string>,
  highlight: MapHighlight | null,
  drag: { ids: ReadonlySet<string>; dxMm: number; dyMm: number } | null,
) {
  const { staged, records } = layers;
  const dragged = useMemo(
    () =>
      drag
        ? staged
            .filter((p) => drag.ids.has(p.id))
            .map((p) => ({ xMm: p.xMm + drag.dxMm, yMm: p.yMm + drag.dyMm }))
        : NO_POINTS,
    [staged, drag],
  );
  const selectedRecords = useMemo(() => records.filter((m) => m.selected), [records]);
  const moved = useCallback(
    (p: MapStagedPoint): PointMm =>
      drag?.ids.has(p.id) ? { xMm: p.xMm + drag.dxMm, yMm: p.yMm + drag.dyMm } : p,
    [drag],
  );
  const selectedStaged = useMemo(
    () => staged.filter((p) => selectedIds.has(p.id)).map(moved),
    [staged, selectedIds, moved],
  );
  const highlightedRecord = useMemo(
    () =>
      highlight?.kind === 'record' ? (records.find((m) => m.id === highlight.id) ?? null) : null,
    [highlight, records],
  );
  const highlightedStaged = useMemo(() => {
    const p = highlight?.kind === 'staged' ? staged.find((s) => s.id === highlight.id) : undefined;
    return p ? moved(p) : null;
  }, [highlight, staged, moved]);
  return { dragged, selectedStaged, selectedRecords, highlightedRecord, highlightedStaged };
}
