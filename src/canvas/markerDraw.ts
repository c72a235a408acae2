/**
 * Drawing the markers of markerStyles.ts: one vector routine (used by the legends and for the
 * few decorations), and bitmap sprites of it for the thousands of markers of a layer.
 */
import { hasPixels } from './drawable';
import { BY_VALUE, HALO_COLOR, LEGEND_VALUE_COLOR, type MarkerStyle } from './markerStyles';
import { compositeOver, type Pixels, pixelsOf } from './spritePixels';

/** Trace the marker's path (no fill or stroke); `u` is one screen px in the context's units. */
function traceShape(
  ctx: CanvasRenderingContext2D,
  s: MarkerStyle,
  x: number,
  y: number,
  u: number,
) {
  const r = s.radiusPx * u;
  ctx.beginPath();
  switch (s.shape) {
    case 'circle':
    case 'ring':
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      return;
    case 'square':
      ctx.rect(x - r, y - r, 2 * r, 2 * r);
      return;
    case 'diamond':
      ctx.moveTo(x, y - r);
      ctx.lineTo(x + r, y);
      ctx.lineTo(x, y + r);
      ctx.lineTo(x - r, y);
      ctx.closePath();
      return;
    case 'triangle-up':
    case 'triangle-down': {
      // Screen +y is down: an upward triangle has its apex at y − r.
      const dir = s.shape === 'triangle-up' ? -1 : 1;
      ctx.moveTo(x, y + dir * r);
      ctx.lineTo(x - r * 0.866, y - dir * r * 0.5);
      ctx.lineTo(x + r * 0.866, y - dir * r * 0.5);
      ctx.closePath();
      return;
    }
    case 'pending': {
      const arm = r * (12 / 7);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      ctx.moveTo(x - arm, y);
      ctx.lineTo(x + arm, y);
      ctx.moveTo(x, y - arm);
      ctx.lineTo(x, y + arm);
      return;
    }
    case 'cursor': {
      // A ring with four arms outside it: the centre stays clear, so the point under it shows.
      const arm = r * 2;
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      for (const [dx, dy] of [
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
      ] as const) {
        ctx.moveTo(x + dx * r, y + dy * r);
        ctx.lineTo(x + dx * arm, y + dy * arm);
      }
      return;
    }
  }
}

/**
 * Draw one marker of style `s` centred at (x, y) in the context's units, where `u` is one screen
 * px (1 / zoom on the map, 1 in a legend). `fill` is the colour of a BY_VALUE marker.
 */
export function drawMarker(
  ctx: CanvasRenderingContext2D,
  s: MarkerStyle,
  x: number,
  y: number,
  u = 1,
  fill: string = LEGEND_VALUE_COLOR,
) {
  traceShape(ctx, s, x, y, u);
  if (s.fill) {
    ctx.fillStyle = s.fill === BY_VALUE ? fill : s.fill;
    ctx.fill();
  }
  if (!s.stroke) return;
  ctx.setLineDash((s.dashPx ?? []).map((d) => d * u));
  if (s.haloPx) {
    ctx.lineWidth = s.haloPx * u;
    ctx.strokeStyle = HALO_COLOR;
    ctx.stroke();
  }
  ctx.lineWidth = s.lineWidthPx * u;
  ctx.strokeStyle = s.stroke;
  ctx.stroke();
  ctx.setLineDash([]);
}

/** Half the side (screen px) of the square a marker and its halo fit in. */
export function markerExtentPx(s: MarkerStyle): number {
  const reach = s.shape === 'cursor' ? 2 : s.shape === 'pending' ? 12 / 7 : 1;
  return Math.ceil(s.radiusPx * reach + Math.max(s.lineWidthPx, s.haloPx ?? 0) / 2 + 1);
}

/** A marker rendered once into a small bitmap; its centre is `offsetPx` from the top-left. */
export interface Sprite {
  canvas: HTMLCanvasElement;
  offsetPx: number;
  /** Its pixels, read back once when first composited as pixels. */
  pixels?: Pixels | null;
}

/** Above this many markers a call composites pixels (spritePixels.ts) instead of drawImage. */
export const PIXEL_PATH_ABOVE = 1000;

const sprites = new WeakMap<MarkerStyle, Map<string, Sprite | null>>();

/**
 * The sprite of style `s` in colour `fill` at `pixelRatio` device px per screen px (cached).
 * Null where the browser cannot draw on a canvas.
 */
export function markerSprite(s: MarkerStyle, fill: string, pixelRatio: number): Sprite | null {
  let byKey = sprites.get(s);
  if (!byKey) {
    byKey = new Map();
    sprites.set(s, byKey);
  }
  const key = `${fill}|${pixelRatio}`;
  const cached = byKey.get(key);
  if (cached !== undefined) return cached;
  const offsetPx = Math.ceil(markerExtentPx(s) * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = 2 * offsetPx;
  canvas.height = 2 * offsetPx;
  const ctx = canvas.getContext('2d');
  const sprite = ctx ? { canvas, offsetPx } : null;
  if (ctx) {
    ctx.scale(pixelRatio, pixelRatio);
    drawMarker(ctx, s, offsetPx / pixelRatio, offsetPx / pixelRatio, 1, fill);
  }
  // Colours come from 256-entry lookup tables, so a style has a few hundred sprites at most;
  // the bound only guards against a caller passing free-form colours.
  if (byKey.size > 4096) byKey.clear();
  byKey.set(key, sprite);
  return sprite;
}

/**
 * Draw markers `0 … count − 1` at stage px (xPx[i], yPx[i]) as sprites, each on whole device
 * pixels (within half a device pixel of its position), skipping those off the canvas and
 * those whose `spriteOf(i)` is null. The context's transform must be a scale and a translation
 * (what Konva sets: pixel ratio × stage transform); sprites are not scaled by it, so markers
 * keep their size on screen.
 */
export function drawSprites(
  ctx: CanvasRenderingContext2D,
  xPx: ArrayLike<number>,
  yPx: ArrayLike<number>,
  count: number,
  spriteOf: (i: number) => Sprite | null,
) {
  if (count > PIXEL_PATH_ABOVE && drawSpritesAsPixels(ctx, xPx, yPx, count, spriteOf)) return;
  const m = ctx.getTransform();
  const { width, height } = ctx.canvas;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  for (let i = 0; i < count; i++) {
    const sprite = spriteOf(i);
    if (!sprite || !hasPixels(sprite.canvas)) continue;
    const x = m.a * (xPx[i] as number) + m.e;
    const y = m.d * (yPx[i] as number) + m.f;
    const o = sprite.offsetPx;
    if (x < -o || y < -o || x > width + o || y > height + o) continue;
    ctx.drawImage(sprite.canvas, Math.round(x) - o, Math.round(y) - o);
  }
  ctx.restore();
}

/**
 * Markers `0 … count − 1` of a filled-square style (no stroke: the dense staged and preview
 * styles) as one fillRect each at stage px (xPx[i], yPx[i]), skipping those for which `skip`
 * holds. Cheaper than sprites for such plain shapes; `u` is one screen px in stage px.
 */
export function drawSquares(
  ctx: CanvasRenderingContext2D,
  style: MarkerStyle,
  u: number,
  xPx: ArrayLike<number>,
  yPx: ArrayLike<number>,
  count: number,
  skip: (i: number) => boolean = () => false,
) {
  const side = 2 * style.radiusPx * u;
  ctx.fillStyle = style.fill === BY_VALUE || !style.fill ? LEGEND_VALUE_COLOR : style.fill;
  for (let i = 0; i < count; i++) {
    if (skip(i)) continue;
    ctx.fillRect((xPx[i] as number) - side / 2, (yPx[i] as number) - side / 2, side, side);
  }
}

/** The sprite's pixels (read once); null where the canvas cannot be read. */
function spritePixels(sprite: Sprite): Pixels | null {
  if (sprite.pixels === undefined) {
    const { width, height } = sprite.canvas;
    const data = sprite.canvas.getContext('2d')?.getImageData(0, 0, width, height).data;
    sprite.pixels = data ? pixelsOf(data, width, height) : null;
  }
  return sprite.pixels;
}

let scratch: HTMLCanvasElement | null = null;

/**
 * drawSprites for many markers: composite their pixels into one buffer the size of the
 * target canvas, then draw that buffer once (through a scratch canvas, so it composites over
 * what the context already holds, as drawImage would). False, having drawn nothing, where
 * pixels cannot be read or written.
 */
function drawSpritesAsPixels(
  ctx: CanvasRenderingContext2D,
  xPx: ArrayLike<number>,
  yPx: ArrayLike<number>,
  count: number,
  spriteOf: (i: number) => Sprite | null,
): boolean {
  const m = ctx.getTransform();
  const { width, height } = ctx.canvas;
  scratch ??= ctx.canvas.ownerDocument.createElement('canvas');
  if (scratch.width !== width) scratch.width = width;
  if (scratch.height !== height) scratch.height = height;
  const sctx = scratch.getContext('2d');
  if (!sctx || width === 0 || height === 0) return false;
  const image = sctx.createImageData(width, height);
  const dst = pixelsOf(image.data, width, height);
  for (let i = 0; i < count; i++) {
    const sprite = spriteOf(i);
    if (!sprite) continue;
    const px = spritePixels(sprite);
    if (!px) return false;
    const o = sprite.offsetPx;
    const x = m.a * (xPx[i] as number) + m.e;
    const y = m.d * (yPx[i] as number) + m.f;
    if (x < -o || y < -o || x > width + o || y > height + o) continue;
    compositeOver(dst, px, Math.round(x) - o, Math.round(y) - o);
  }
  sctx.putImageData(image, 0, 0);
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(scratch, 0, 0);
  ctx.restore();
  return true;
}
