/**
 * A layer's scene kept as a bitmap, so a pan or zoom frame costs one drawImage instead of a
 * redraw of every marker (100,000 stored records take hundreds of ms to draw in software).
 *
 * The bitmap covers the visible canvas plus a margin on every side, drawn at the zoom of the
 * moment. A later frame at the same zoom whose view still lies inside the bitmap is an exact
 * copy of it (whole device pixels, no resampling): sharp. During a gesture (`interacting`) any
 * transform is shown by scaling and moving the bitmap (blurred when the zoom differs, blank
 * beyond the margin); the first frame after the gesture ends redraws it sharp. New data outside
 * a gesture is drawn straight onto the layer (the visible part only, as fast as an uncached
 * layer), and its bitmap is prepared when the page is next idle. Hit testing never reads the
 * bitmap: it is geometric, in SampleMap.
 */

import { hasPixels } from './drawable';

/** What the layers need to know about the map at draw time (read then, not at render). */
export interface DrawControl {
  /** The stage zoom: markers are drawn 1 / scale stage px per screen px. */
  scale(): number;
  /** True while a pan or zoom gesture is in progress. */
  interacting(): boolean;
  /** True while the map is rendered for an export: draw the scene itself, never the bitmap. */
  exporting(): boolean;
  /** True while rendering an export without decorations (hover, selection, preview, cursor). */
  plain(): boolean;
}

/**
 * A scene: draws in stage px on a context whose transform is pixel ratio × stage transform;
 * `scale` is the stage zoom.
 */
export type Scene = (ctx: CanvasRenderingContext2D, scale: number) => void;

/** Margin of the bitmap on each side, as a fraction of the canvas size. */
const MARGIN = 0.35;
/** Most device pixels a bitmap may hold (48 MB); the margin shrinks to stay within it. */
const MAX_BITMAP_PX = 12_000_000;

/** One layer's bitmap of its scene and the transform it was drawn at (see the module comment). */
export class SceneCache {
  private bitmap: HTMLCanvasElement | null = null;
  private scene: Scene | null = null;
  /** Device transform the bitmap was drawn with: scale and translation. */
  private scale = 1;
  private e = 0;
  private f = 0;
  /** Device px, in the layer canvas of that moment, of the bitmap's top-left corner. */
  private originX = 0;
  private originY = 0;
  /** How many times a bitmap was rendered (for tests). */
  renders = 0;
  /** The scene last drawn straight onto the layer (its bitmap is prepared later). */
  private direct: Scene | null = null;
  private idle: (() => void) | null = null;

  /** Forget the bitmap: the next draw renders the scene again. */
  invalidate() {
    this.scene = null;
    this.direct = null;
  }

  /** Draw `scene` on `ctx` (a layer's context), from the bitmap when it can. */
  draw(ctx: CanvasRenderingContext2D, scene: Scene, control: DrawControl) {
    if (control.exporting()) {
      scene(ctx, control.scale());
      return;
    }
    const m = ctx.getTransform();
    const { width, height } = ctx.canvas;
    // A layer not laid out yet (0 px) shows nothing; a bitmap made now would be 0 px too.
    if (!hasPixels(ctx.canvas)) return;
    const bitmap = this.scene === scene ? this.bitmap : null;
    if (bitmap) {
      const k = m.a / this.scale;
      const dx = k * (this.originX - this.e) + m.e;
      const dy = k * (this.originY - this.f) + m.f;
      const same = Math.abs(k - 1) < 1e-9;
      const covers =
        dx <= 0.5 &&
        dy <= 0.5 &&
        dx + bitmap.width * k >= width &&
        dy + bitmap.height * k >= height;
      if (control.interacting() || (same && covers)) {
        blit(ctx, bitmap, dx, dy, same ? 1 : k);
        return;
      }
    }
    const scale = control.scale();
    if (!control.interacting() && this.direct !== scene) {
      scene(ctx, scale);
      this.direct = scene;
      this.prepareLater(ctx.canvas.ownerDocument, scene, scale, m, width, height);
      return;
    }
    const fresh = this.render(ctx.canvas.ownerDocument, scene, scale, m, width, height);
    if (fresh) blit(ctx, fresh, this.originX, this.originY, 1);
    else scene(ctx, scale);
  }

  /** Render the bitmap of `scene` as drawn with `m` when the page is idle (once per scene). */
  private prepareLater(
    doc: Document,
    scene: Scene,
    scale: number,
    m: DOMMatrix,
    width: number,
    height: number,
  ) {
    this.idle?.();
    const run = () => {
      this.idle = null;
      if (this.direct === scene && this.scene !== scene) {
        this.render(doc, scene, scale, m, width, height);
      }
    };
    const win = doc.defaultView;
    if (win && typeof win.requestIdleCallback === 'function') {
      const handle = win.requestIdleCallback(run, { timeout: 1000 });
      this.idle = () => win.cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(run, 50);
      this.idle = () => clearTimeout(handle);
    }
  }

  /**
   * Draw the scene into the bitmap around a canvas of this size; null without a 2D context or
   * for a 0 px canvas (the old bitmap, if any, stays).
   */
  private render(
    doc: Document,
    scene: Scene,
    scale: number,
    m: DOMMatrix,
    width: number,
    height: number,
  ): HTMLCanvasElement | null {
    if (width <= 0 || height <= 0) return null;
    let margin = MARGIN;
    const area = (f: number) => width * (1 + 2 * f) * (height * (1 + 2 * f));
    while (margin > 0 && area(margin) > MAX_BITMAP_PX) margin -= 0.05;
    const mx = Math.round(width * Math.max(0, margin));
    const my = Math.round(height * Math.max(0, margin));
    const bitmap = this.bitmap ?? doc.createElement('canvas');
    if (bitmap.width !== width + 2 * mx) bitmap.width = width + 2 * mx;
    if (bitmap.height !== height + 2 * my) bitmap.height = height + 2 * my;
    const bctx = bitmap.getContext('2d');
    if (!bctx) return null;
    bctx.setTransform(1, 0, 0, 1, 0, 0);
    bctx.clearRect(0, 0, bitmap.width, bitmap.height);
    bctx.setTransform(m.a, 0, 0, m.d, m.e + mx, m.f + my);
    scene(bctx, scale);
    this.renders += 1;
    this.bitmap = bitmap;
    this.scene = scene;
    this.scale = m.a;
    this.e = m.e;
    this.f = m.f;
    this.originX = -mx;
    this.originY = -my;
    return bitmap;
  }
}

/** Copy `bitmap` onto `ctx` in device px at (x, y), scaled by k (whole pixels when k = 1). */
function blit(
  ctx: CanvasRenderingContext2D,
  bitmap: HTMLCanvasElement,
  x: number,
  y: number,
  k: number,
) {
  if (!hasPixels(bitmap)) return;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.imageSmoothingEnabled = k !== 1;
  if (k === 1) ctx.drawImage(bitmap, Math.round(x), Math.round(y));
  else {
    const { width, height } = bitmap;
    ctx.drawImage(bitmap, 0, 0, width, height, x, y, width * k, height * k);
  }
  ctx.restore();
}
