/**
 * In-page latency of entry with many staged points: from the user's input event to the frame in
 * which the staged layer is redrawn with the result, and the synchronous (main-thread) part.
 */
import type { Page } from '@playwright/test';

export interface LatencySample {
  /** Input event to the staged layer's next draw (includes waiting for the animation frame). */
  totalMs: number;
  /** Input event to the end of the app's synchronous handling (React commit included). */
  syncMs: number;
}

/** Install listeners: `startEvent` (capture) starts a sample; `syncEvent` (window, bubbling)
 * marks the end of synchronous work; the next `draw` of the named map layer ends it. */
export async function installLatencyProbe(
  page: Page,
  startEvent: string,
  syncEvent: string,
  layerName: 'staged' | 'overlay',
) {
  await page.evaluate(
    ({ startEvent, syncEvent, layerName }) => {
      type Layer = {
        on(evt: string, fn: () => void): void;
        getNativeCanvasElement(): HTMLCanvasElement;
      };
      const Konva = (window as unknown as { Konva: { stages: Array<{ getLayers(): Layer[] }> } })
        .Konva;
      const layers = Konva.stages[0]?.getLayers() ?? [];
      // SampleMap tags each layer's canvas with data-layer.
      const layer = layers.find((l) => l.getNativeCanvasElement().dataset.layer === layerName);
      if (!layer) throw new Error(`no map layer tagged ${layerName}`);
      const w = window as unknown as { __latency: Array<{ totalMs: number; syncMs: number }> };
      w.__latency = [];
      let t0 = 0;
      let sync = 0;
      document.addEventListener(
        startEvent,
        (e) => {
          if (startEvent === 'keydown' && (e as KeyboardEvent).key !== 'Enter') return;
          t0 = performance.now();
          sync = 0;
        },
        true,
      );
      window.addEventListener(syncEvent, () => {
        if (t0) sync = performance.now() - t0;
      });
      layer.on('draw.bench', () => {
        if (!t0) return;
        w.__latency.push({ totalMs: performance.now() - t0, syncMs: sync });
        t0 = 0;
      });
    },
    { startEvent, syncEvent, layerName },
  );
}

export async function readLatency(page: Page): Promise<LatencySample[]> {
  return page.evaluate(() => (window as unknown as { __latency: LatencySample[] }).__latency);
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
