/** Rendering the map as an image for PNG export, with or without its transient decorations. */
import type Konva from 'konva';
import { type Ref, type RefObject, useImperativeHandle, useRef } from 'react';
import type { LegendEntry } from './legend';

/** Renders what the map shows (current zoom and pan) onto a new canvas. */
export interface MapImageSource {
  /**
   * `pixelRatio` scales the map's CSS px size (2 = twice as sharp); `decorations: false` leaves
   * out the hover highlight, the selection, the pending point, the focus cursor and the import
   * preview. Returns null before the map has a size.
   */
  toCanvas(options: { pixelRatio: number; decorations: boolean }): HTMLCanvasElement | null;
  /** The legend entries of what such an image shows. */
  legend(options: { decorations: boolean }): readonly LegendEntry[];
}

/** While an export renders: `exporting` always, `plain` when without decorations. */
export interface ExportFlags {
  exporting: RefObject<boolean>;
  plain: RefObject<boolean>;
}

/**
 * Publishes a MapImageSource on `imageRef`. Konva's toCanvas calls every layer's draw function
 * again, synchronously; during that call the returned flags are set, and the layers read them
 * to draw their scene itself at the export's resolution (not a cached bitmap) and, for a plain
 * image, to skip the decorations.
 */
export function useMapImage(
  imageRef: Ref<MapImageSource> | undefined,
  stageRef: RefObject<Konva.Stage | null>,
  legend: (decorations: boolean) => readonly LegendEntry[],
): ExportFlags {
  const latestLegend = useRef(legend);
  latestLegend.current = legend;
  const exporting = useRef(false);
  const plain = useRef(false);
  const flags = useRef<ExportFlags>({ exporting, plain });
  useImperativeHandle(
    imageRef,
    () => ({
      toCanvas({ pixelRatio, decorations }) {
        const stage = stageRef.current;
        if (!stage) return null;
        exporting.current = true;
        plain.current = !decorations;
        try {
          return stage.toCanvas({ pixelRatio });
        } finally {
          exporting.current = false;
          plain.current = false;
        }
      },
      legend: ({ decorations }) => latestLegend.current(decorations),
    }),
    [stageRef],
  );
  return flags.current;
}
