/**
 * Stored records: circles coloured by value, out-of-spec ones as outlined triangles (▲ above
 * USL, ▼ below LSL), records of other properties as small grey dots, drawn in the given order
 * (grey first, so coloured markers sit on top). Each marker is a sprite of its style
 * (markerStyles.ts); above CACHE_ABOVE_MARKERS the layer pans and zooms as a cached bitmap.
 * Selection and highlight rings are drawn over the markers on every draw but never cached, so
 * hovering re-blits the bitmap instead of redrawing 100,000 markers.
 */
import { memo, useCallback, useMemo } from 'react';
import { type SampleView, type StagePxArrays, sampleMmToStagePx } from '../../domain/frames/view';
import type { PointMm } from '../../domain/geometry/point';
import type { DrawControl } from '../layerCache';
import type { RecordMarker } from '../mapTypes';
import { drawMarker, drawSprites, markerSprite } from '../markerDraw';
import { GREY_STYLE, MARKER_STYLES, type MarkerStyle } from '../markerStyles';
import { CACHE_ABOVE_MARKERS, SceneLayer } from '../SceneLayer';

interface RecordsLayerProps {
  view: SampleView;
  records: readonly RecordMarker[];
  /** Stage px of every record, in the same order. */
  xy: StagePxArrays;
  /** Records selected in the table (ringed). */
  selected: readonly PointMm[];
  /** The highlighted record (dark ring), if any. */
  highlighted: PointMm | null;
  control: DrawControl;
}

/** The style of a record's marker. */
export function recordStyle(m: RecordMarker): MarkerStyle {
  if (m.color === null) return MARKER_STYLES[GREY_STYLE[m.other ?? 'property']];
  if (m.spec === 'above') return MARKER_STYLES.aboveUsl;
  if (m.spec === 'below') return MARKER_STYLES.belowLsl;
  return MARKER_STYLES.stored;
}

/** Distinct (style, colour) pairs and, per record, the index of its pair. */
function palette(records: readonly RecordMarker[]) {
  const index = new Map<MarkerStyle, Map<string, number>>();
  const pairs: { style: MarkerStyle; fill: string }[] = [];
  const of = new Uint32Array(records.length);
  records.forEach((m, i) => {
    const style = recordStyle(m);
    const fill = m.color ?? '';
    let byFill = index.get(style);
    if (!byFill) {
      byFill = new Map();
      index.set(style, byFill);
    }
    let k = byFill.get(fill);
    if (k === undefined) {
      k = pairs.length;
      pairs.push({ style, fill });
      byFill.set(fill, k);
    }
    of[i] = k;
  });
  return { pairs, of };
}

/** The records layer (memoised: it re-renders only when the records or their positions do). */
export const RecordsLayer = memo(function RecordsLayer(props: RecordsLayerProps) {
  const { view, records, xy, selected, highlighted, control } = props;
  const { pairs, of } = useMemo(() => palette(records), [records]);
  const scene = useCallback(
    (ctx: CanvasRenderingContext2D, scale: number) => {
      const pixelRatio = ctx.getTransform().a / scale;
      const sprites = pairs.map((p) => markerSprite(p.style, p.fill, pixelRatio));
      drawSprites(ctx, xy.xPx, xy.yPx, of.length, (i) => sprites[of[i] as number] ?? null);
    },
    [pairs, of, xy],
  );
  const decorate = useCallback(
    (ctx: CanvasRenderingContext2D, scale: number) => {
      if (control.plain()) return;
      const ring = (style: MarkerStyle, p: PointMm) => {
        const at = sampleMmToStagePx(view, p);
        drawMarker(ctx, style, at.xPx, at.yPx, 1 / scale);
      };
      for (const p of selected) ring(MARKER_STYLES.selected, p);
      if (highlighted) ring(MARKER_STYLES.highlighted, highlighted);
    },
    [view, selected, highlighted, control],
  );
  return (
    <SceneLayer
      name="records"
      scene={scene}
      decorate={decorate}
      control={control}
      cached={records.length > CACHE_ABOVE_MARKERS}
    />
  );
});
