/**
 * Staged points (hollow squares; small filled squares above DENSE_MARKERS) and the import
 * preview (hollow diamonds, violet inside the outline and red outside; small squares when
 * dense): sprites of their style, plain fillRects when dense; above CACHE_ABOVE_MARKERS the
 * layer pans and zooms as a cached bitmap. Points
 * being dragged are left out here and drawn by the overlay, so a drag redraws this layer once.
 */
import { memo, useCallback } from 'react';
import type { StagePxArrays } from '../../domain/frames/view';
import type { DrawControl } from '../layerCache';
import type { MapStagedPoint, PreviewMarkers } from '../mapTypes';
import { drawSprites, drawSquares, markerSprite } from '../markerDraw';
import { MARKER_STYLES } from '../markerStyles';
import { CACHE_ABOVE_MARKERS, SceneLayer } from '../SceneLayer';

/**
 * Above this many markers each is a small filled square instead of an outline: at that density
 * the outline cannot be seen, and filled squares rasterise several times faster (measured in
 * Chromium's software raster: ~0.8 s for 100,000 stroked outlines, ~0.1 s for filled squares).
 */
export const DENSE_MARKERS = 5000;

interface StagedLayerProps {
  staged: readonly MapStagedPoint[];
  /** Stage px of every staged point, in the same order. */
  xy: StagePxArrays;
  /** Staged points not drawn here (being dragged; the overlay draws them). */
  hiddenIds: ReadonlySet<string> | null;
  preview: { markers: PreviewMarkers; xy: StagePxArrays } | null;
  control: DrawControl;
}

/** The staged layer (memoised: hover and pan never re-render it). */
export const StagedLayer = memo(function StagedLayer(props: StagedLayerProps) {
  const { staged, xy, hiddenIds, preview, control } = props;
  const scene = useCallback(
    (ctx: CanvasRenderingContext2D, scale: number) => {
      const pixelRatio = ctx.getTransform().a / scale;
      const hidden = (i: number) => hiddenIds?.has(staged[i]?.id ?? '') === true;
      if (staged.length > DENSE_MARKERS) {
        drawSquares(
          ctx,
          MARKER_STYLES.stagedDense,
          1 / scale,
          xy.xPx,
          xy.yPx,
          staged.length,
          hidden,
        );
      } else {
        const sprite = markerSprite(MARKER_STYLES.staged, '', pixelRatio);
        drawSprites(ctx, xy.xPx, xy.yPx, staged.length, (i) => (hidden(i) ? null : sprite));
      }
      if (!preview || control.plain()) return;
      const flags = preview.markers.inside;
      const { xPx, yPx } = preview.xy;
      // Points outside the outline last, on top: they are the ones to notice.
      if (flags.length > DENSE_MARKERS) {
        const u = 1 / scale;
        drawSquares(
          ctx,
          MARKER_STYLES.previewDense,
          u,
          xPx,
          yPx,
          flags.length,
          (i) => flags[i] !== 1,
        );
        drawSquares(
          ctx,
          MARKER_STYLES.previewOutsideDense,
          u,
          xPx,
          yPx,
          flags.length,
          (i) => flags[i] === 1,
        );
        return;
      }
      const inside = markerSprite(MARKER_STYLES.preview, '', pixelRatio);
      const outside = markerSprite(MARKER_STYLES.previewOutside, '', pixelRatio);
      drawSprites(ctx, xPx, yPx, flags.length, (i) => (flags[i] === 1 ? inside : null));
      drawSprites(ctx, xPx, yPx, flags.length, (i) => (flags[i] === 1 ? null : outside));
    },
    [staged, xy, hiddenIds, preview, control],
  );
  const count = staged.length + (preview?.markers.xMm.length ?? 0);
  return (
    <SceneLayer
      name="staged"
      scene={scene}
      control={control}
      cached={count > CACHE_ABOVE_MARKERS}
    />
  );
});
