/** Rendering the map as an image for PNG export, with or without its transient decorations. */
import type Konva from 'konva';
import { type Ref, type RefObject, useImperativeHandle, useRef } from 'react';

/** Renders what the map shows (current zoom and pan) onto a new canvas. */
export interface MapImageSource {
  /**
   * `pixelRatio` scales the map's CSS px size (2 = twice as sharp); `decorations: false` leaves
   * out the hover highlight, the selection, the pending point, the focus cursor and the import
   * preview. Returns null before the map has a size.
   */
  toCanvas(options: { pixelRatio: number; decorations: boolean }): HTMLCanvasElement | null;
}

/**
 * Publishes a MapImageSource on `imageRef`. The returned ref is true while a plain image (no
 * decorations) is being rendered: Konva's toCanvas calls every layer's draw function again,
 * synchronously, and those functions read it to skip the decorations.
 */
export function useMapImage(
  imageRef: Ref<MapImageSource> | undefined,
  stageRef: RefObject<Konva.Stage | null>,
): RefObject<boolean> {
  const plain = useRef(false);
  useImperativeHandle(
    imageRef,
    () => ({
      toCanvas({ pixelRatio, decorations }) {
        const stage = stageRef.current;
        if (!stage) return null;
        plain.current = !decorations;
        try {
          return stage.toCanvas({ pixelRatio });
        } finally {
          plain.current = false;
        }
      },
    }),
    [stageRef],
  );
  return plain;
}
