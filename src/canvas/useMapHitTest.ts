/**
 * The map's markers in stage px, computed once per data and view (not per frame), and the
 * geometric hit test over them: what lies within HIT_RADIUS_PX of the pointer on screen, at
 * every zoom. Staged points win over pattern sites, which win over stored records.
 */
import { useCallback, useMemo } from 'react';
import {
  containerPxToStagePx,
  type SampleView,
  type StagePxArrays,
  type StageTransform,
  sampleMmArraysToStagePx,
  samplePointsToStagePx,
} from '../domain/frames/view';
import { nearestWithinPx } from '../domain/geometry/nearest';
import type { PointMm, PointPx } from '../domain/geometry/point';
import type { MapStagedPoint, MapTarget, PreviewMarkers, RecordMarker } from './mapTypes';

/** Hit radius of a marker, in screen px. */
export const HIT_RADIUS_PX = 9;

const NONE: StagePxArrays = { xPx: new Float64Array(0), yPx: new Float64Array(0) };

interface Markers {
  records: readonly RecordMarker[];
  staged: readonly MapStagedPoint[];
  targets: readonly PointMm[];
  preview: PreviewMarkers | null;
}

/** Stage px of every marker kind, and `hitTest(container px, transform)`. */
export function useMapHitTest(view: SampleView | null, m: Markers) {
  const { records, staged, targets, preview } = m;
  const recordsXy = useMemo(
    () => (view ? samplePointsToStagePx(view, records) : NONE),
    [view, records],
  );
  const stagedXy = useMemo(
    () => (view ? samplePointsToStagePx(view, staged) : NONE),
    [view, staged],
  );
  const targetsXy = useMemo(
    () => (view ? samplePointsToStagePx(view, targets) : NONE),
    [view, targets],
  );
  const previewXy = useMemo(
    () => (view && preview ? sampleMmArraysToStagePx(view, preview.xMm, preview.yMm) : null),
    [view, preview],
  );
  const hitTest = useCallback(
    (at: PointPx, t: StageTransform): MapTarget | null => {
      const p = containerPxToStagePx(t, at);
      const r = HIT_RADIUS_PX / t.scale;
      const s = nearestWithinPx(stagedXy.xPx, stagedXy.yPx, p, r);
      const sid = staged[s]?.id;
      if (sid !== undefined) return { kind: 'staged', id: sid };
      const i = nearestWithinPx(targetsXy.xPx, targetsXy.yPx, p, r);
      if (i >= 0) return { kind: 'target', index: i };
      const k = nearestWithinPx(recordsXy.xPx, recordsXy.yPx, p, r);
      const rid = records[k]?.id;
      return rid === undefined ? null : { kind: 'record', id: rid };
    },
    [staged, stagedXy, targetsXy, records, recordsXy],
  );
  return { recordsXy, stagedXy, previewXy, hitTest };
}
