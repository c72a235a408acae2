/**
 * One Konva layer drawn by one scene function (one custom shape, not one node per marker),
 * optionally through a SceneCache. The layer does not listen to events: hit testing is
 * geometric, in SampleMap.
 */
import type Konva from 'konva';
import { useMemo, useRef } from 'react';
import { Layer, Shape } from 'react-konva';
import { type DrawControl, type Scene, SceneCache } from './layerCache';

/** Above this many markers a layer is drawn through its bitmap cache (see layerCache.ts). */
export const CACHE_ABOVE_MARKERS = 1500;

interface SceneLayerProps {
  /** Written to the layer canvas's `data-layer`, so tests find it whatever layers come first. */
  name: string;
  scene: Scene;
  control: DrawControl;
  /** Draw through a bitmap cache: for scenes too slow to redraw every pan or zoom frame. */
  cached: boolean;
  /** Drawn over the scene every time, never cached (rings that follow the hover). */
  decorate?: Scene | null;
}

/**
 * The layer; a new `scene` (new data) redraws it, a new stage transform or `decorate` only
 * re-blits it (when cached) and draws the decorations on top.
 */
export function SceneLayer({ name, scene, control, cached, decorate }: SceneLayerProps) {
  const cache = useRef<SceneCache | null>(null);
  cache.current ??= new SceneCache();
  const sceneCache = cache.current;
  const sceneFunc = useMemo(
    () => (c: Konva.Context) => {
      const ctx = c._context;
      if (cached) sceneCache.draw(ctx, scene, control);
      else scene(ctx, control.scale());
      decorate?.(ctx, control.scale());
    },
    [scene, control, cached, sceneCache, decorate],
  );
  const tag = useMemo(
    () => (layer: Konva.Layer | null) =>
      layer?.getNativeCanvasElement().setAttribute('data-layer', name),
    [name],
  );
  return (
    <Layer ref={tag} listening={false}>
      <Shape
        perfectDrawEnabled={false}
        sceneFunc={sceneFunc}
        name="map-scene"
        sceneCache={cached ? sceneCache : null}
      />
    </Layer>
  );
}
