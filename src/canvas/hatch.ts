/** The hatch of extrapolated regions (EXTRAPOLATED_STYLE), on the map and in both legends. */
import { EXTRAPOLATED_STYLE } from './markerStyles';

/** One tile of the hatch per device pixel ratio: the wash and a diagonal line, seamless. */
const hatchTiles = new Map<number, HTMLCanvasElement | null>();

function hatchTile(doc: Document, pixelRatio: number): HTMLCanvasElement | null {
  const cached = hatchTiles.get(pixelRatio);
  if (cached !== undefined) return cached;
  const s = EXTRAPOLATED_STYLE;
  const size = Math.max(2, Math.round(s.spacingPx * Math.SQRT2 * pixelRatio));
  const tile = doc.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (ctx) {
    ctx.fillStyle = s.wash;
    ctx.fillRect(0, 0, size, size);
    // Lines x + y = size (and its neighbours across the tile's corners), so tiles join up.
    ctx.beginPath();
    for (const k of [0, 1, 2]) {
      ctx.moveTo(k * size - size, size);
      ctx.lineTo(k * size, 0);
    }
    ctx.lineWidth = s.lineWidthPx * pixelRatio;
    ctx.strokeStyle = s.line;
    ctx.stroke();
  }
  hatchTiles.set(pixelRatio, ctx ? tile : null);
  return ctx ? tile : null;
}

/**
 * Fill the current path (even-odd) with the "extrapolated" hatch: a light wash crossed by thin
 * diagonal lines `spacingPx` apart on screen whatever the zoom, anchored to the map so they
 * move with it. `u` is one screen px in context units. One pattern fill: a few milliseconds
 * however large the region.
 */
export function hatchPath(ctx: CanvasRenderingContext2D, u: number) {
  // The context's transform is a scale and a translation (see drawSprites): m.a device px per
  // context unit, so m.a · u device px per screen px; the tile is drawn at that ratio (to a
  // quarter, to bound the cache) and the pattern scaled back by 1 / m.a.
  const m = ctx.getTransform();
  const deviceUnit = Math.abs(m.a);
  const ratio = Math.max(0.25, Math.round(deviceUnit * u * 4) / 4);
  const tile = hatchTile(ctx.canvas.ownerDocument, ratio);
  const pattern = tile ? ctx.createPattern(tile, 'repeat') : null;
  ctx.save();
  if (pattern) {
    // One tile px = u / ratio context units.
    const scale = u / ratio;
    pattern.setTransform(new DOMMatrix([scale, 0, 0, scale, 0, 0]));
    ctx.fillStyle = pattern;
  } else ctx.fillStyle = EXTRAPOLATED_STYLE.wash;
  ctx.fill('evenodd');
  ctx.restore();
}
