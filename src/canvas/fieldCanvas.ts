/** A gridded field coloured into a canvas of one pixel per grid cell, for drawing scaled. */
import { colorLookupTable, gridToRgba, type ValueColoring } from '../domain/color/fieldImage';
import type { GridSpec } from '../domain/interpolation/grid';

/**
 * `grid` (row-major, row 0 at max y, NaN transparent; see evaluateGrid) coloured by `coloring`
 * into a new `spec.cols` × `spec.rows` canvas. Null where the browser gives no 2D context.
 */
export function fieldCanvas(
  grid: ArrayLike<number>,
  spec: Pick<GridSpec, 'cols' | 'rows'>,
  coloring: ValueColoring,
): HTMLCanvasElement | null {
  const { cols, rows } = spec;
  const canvas = document.createElement('canvas');
  canvas.width = cols;
  canvas.height = rows;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const rgba = gridToRgba(grid, colorLookupTable(coloring), coloring.minValue, coloring.maxValue);
  const image = ctx.createImageData(cols, rows);
  image.data.set(rgba);
  ctx.putImageData(image, 0, 0);
  return canvas;
}
