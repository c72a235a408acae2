/** Reading the map's layers as pixels, for the map journeys (map.spec.ts). */
import type { Page } from '@playwright/test';
import type { AnnotationCreate } from '../src/api/schemas';
import type { SamplePage } from './fixtures';

/** RGBA of a run of `length` container px of one layer, rightwards from (x, y). */
export async function layerRow(
  samplePage: SamplePage,
  layer: string,
  at: { xPx: number; yPx: number },
  length: number,
): Promise<number[][]> {
  return samplePage.map.evaluate(
    (el, a) => {
      const canvas = el.querySelector<HTMLCanvasElement>(`canvas[data-layer="${a.layer}"]`);
      if (!canvas) return [];
      const ratio = canvas.width / canvas.clientWidth;
      const data = canvas
        .getContext('2d')
        ?.getImageData(
          Math.round(a.x * ratio),
          Math.round(a.y * ratio),
          Math.round(a.n * ratio),
          1,
        ).data;
      if (!data) return [];
      const out: number[][] = [];
      for (let i = 0; i < data.length; i += 4) out.push(Array.from(data.slice(i, i + 4)));
      return out;
    },
    { layer, x: at.xPx, y: at.yPx, n: length },
  );
}

/** Relative luminance (0–255) of an RGBA pixel. */
export const luminance = (p: number[]) =>
  0.2126 * (p[0] ?? 0) + 0.7152 * (p[1] ?? 0) + 0.0722 * (p[2] ?? 0);

/** The longest run of consecutive dark (luminance < 80, opaque) pixels in a row. */
export function longestDarkRun(row: number[][]): number {
  let best = 0;
  let run = 0;
  for (const p of row) {
    run = (p[3] ?? 0) > 200 && luminance(p) < 80 ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/** Records of one property on the sites given (sample mm), all of value `value(i)`. */
export function recordsAt(
  sites: Array<{ xMm: number; yMm: number }>,
  value: (i: number) => number,
): AnnotationCreate[] {
  return sites.map((s, i) => ({
    property_name: 'thickness',
    property_value: value(i),
    property_unit: 'nm',
    coord_ref_frame: 'sample_relative',
    coord_units: 'mm',
    coord_x: s.xMm,
    coord_y: s.yMm,
  }));
}

/** The PNG at `file` decoded in the page: RGBA of a horizontal run of image px. */
export async function pngRow(
  page: Page,
  pngBase64: string,
  at: { x: number; y: number },
  length: number,
): Promise<number[][]> {
  return page.evaluate(
    async ({ b64, x, y, n }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return [];
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(Math.round(x), Math.round(y), n, 1).data;
      const out: number[][] = [];
      for (let i = 0; i < data.length; i += 4) out.push(Array.from(data.slice(i, i + 4)));
      return out;
    },
    { b64: pngBase64, x: at.x, y: at.y, n: length },
  );
}

/** Spread of luminance along a row (max − min), over opaque pixels. */
export function luminanceSpread(row: number[][]): number {
  const l = row.filter((p) => (p[3] ?? 0) > 200).map(luminance);
  return l.length === 0 ? 0 : Math.max(...l) - Math.min(...l);
}

/**
 * The longest run of dark opaque pixels on any row of `layer` between container rows yFrom and
 * yTo (e.g. the scale bar), measured in container px.
 */
export async function longestDarkRunIn(
  samplePage: SamplePage,
  layer: string,
  yFrom: number,
  yTo: number,
): Promise<number> {
  return samplePage.map.evaluate(
    (el, a) => {
      const canvas = el.querySelector<HTMLCanvasElement>(`canvas[data-layer="${a.layer}"]`);
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return 0;
      const ratio = canvas.width / canvas.clientWidth;
      const y0 = Math.round(a.yFrom * ratio);
      const rows = Math.round((a.yTo - a.yFrom) * ratio);
      const data = ctx.getImageData(0, y0, canvas.width, rows).data;
      let best = 0;
      for (let r = 0; r < rows; r++) {
        let run = 0;
        for (let c = 0; c < canvas.width; c++) {
          const i = (r * canvas.width + c) * 4;
          const lum =
            0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0);
          run = (data[i + 3] ?? 0) > 200 && lum < 80 ? run + 1 : 0;
          best = Math.max(best, run);
        }
      }
      return best / ratio;
    },
    { layer, yFrom, yTo },
  );
}
