/**
 * Chromium throws InvalidStateError from drawImage when the source canvas or image is 0 px wide
 * or high (a layer measured before layout, a map pane hidden while its bitmap was prepared).
 * Every drawImage of a cache canvas or an image we made checks this first.
 */

/** True when `source` (a canvas, image or bitmap) has pixels drawImage can copy. */
export function hasPixels(source: CanvasImageSource | { width: number; height: number }): boolean {
  const { width, height } = source as { width: unknown; height: unknown };
  // Sources without numeric sizes (SVG images, video frames) are left to the browser.
  if (typeof width !== 'number' || typeof height !== 'number') return true;
  return width > 0 && height > 0;
}
