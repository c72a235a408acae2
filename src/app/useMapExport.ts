/**
 * PNG export of the map: the map as Konva renders it (current zoom and pan), composed with a
 * title, the colour bar with the spec limits, a legend, statistics and the method (see
 * canvas/mapImage.ts, loaded in its own chunk on the first export), the same facts written into the file as PNG text (Title, Description,
 * Creation Time, Software), downloaded through a Blob URL.
 */
import { useCallback, useRef } from 'react';
import type { MapImageText } from '../canvas/mapImage';
import type { MapImageSource } from '../canvas/useMapImage';
import { withPngText } from '../io/pngText';
import { downloadBlob } from './download';

export interface PngExportOptions {
  /** Image px per CSS px of the map: 1, 2 or 3. */
  pixelRatio: number;
  /** Keep hover highlights, the selection and the import preview. */
  decorations: boolean;
}

/** `imageRef` goes to SampleMap; `exportPng` rejects with a message the UI can show. */
export function useMapExport(info: () => MapImageText, fileName: () => string | Promise<string>) {
  const imageRef = useRef<MapImageSource>(null);
  const exportPng = useCallback(
    async ({ pixelRatio, decorations }: PngExportOptions) => {
      const source = imageRef.current;
      const map = source?.toCanvas({ pixelRatio, decorations });
      if (!source || !map) throw new Error('The map is not drawn yet.');
      const legend = source.legend({ decorations });
      const { composeMapImage, mapImageDescription } = await import('../canvas/mapImage');
      const full = { ...info(), legend };
      const canvas = composeMapImage(map, pixelRatio, full);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) throw new Error('The browser could not encode the PNG (image too large?).');
      const png = withPngText(new Uint8Array(await blob.arrayBuffer()), {
        Title: full.title,
        Description: mapImageDescription(full),
        'Creation Time': new Date().toISOString(),
        Software: 'Wafer Annotator',
      });
      downloadBlob(
        new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
        await fileName(),
      );
    },
    [info, fileName],
  );
  return { imageRef, exportPng };
}
