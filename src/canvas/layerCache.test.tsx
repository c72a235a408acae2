import { afterEach, describe, expect, it, vi } from 'vitest';
import { type DrawControl, SceneCache } from './layerCache';

/** A layer context of 200 × 100 device px with the given scale and translation. */
function layer(scale: number, x: number, y: number) {
  const canvas = document.createElement('canvas');
  canvas.width = 200;
  canvas.height = 100;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no context');
  ctx.setTransform(scale, 0, 0, scale, x, y);
  return ctx;
}

function control(o: Partial<{ interacting: boolean; exporting: boolean }> = {}): DrawControl {
  return {
    scale: () => 1,
    interacting: () => o.interacting ?? false,
    exporting: () => o.exporting ?? false,
    plain: () => false,
  };
}

/** drawImage calls recorded by vitest-canvas-mock, with their destination. */
function blits(ctx: CanvasRenderingContext2D) {
  const events = (
    ctx as unknown as {
      __getEvents: () => Array<{ type: string; props: Record<string, number> }>;
    }
  ).__getEvents();
  return events.filter((e) => e.type === 'drawImage').map((e) => e.props);
}

/** A cache that has drawn `scene` once (straight onto a layer) and prepared its bitmap. */
function primed(scene: () => void, at = layer(1, 0, 0)) {
  vi.useFakeTimers();
  const cache = new SceneCache();
  cache.draw(at, scene, control());
  vi.advanceTimersByTime(100);
  vi.useRealTimers();
  return cache;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('SceneCache', () => {
  it('draws new data straight onto the layer, then prepares the bitmap when idle', () => {
    vi.useFakeTimers();
    const cache = new SceneCache();
    let drawn = 0;
    const scene = () => {
      drawn += 1;
    };
    const ctx = layer(2, 10, 20);
    cache.draw(ctx, scene, control());
    expect(drawn).toBe(1);
    expect(cache.renders).toBe(0);
    expect(blits(ctx)).toHaveLength(0);
    vi.advanceTimersByTime(100);
    expect(cache.renders).toBe(1);
    // From then on, a redraw (hover rings, a pan) copies the bitmap.
    const again = layer(2, 10, 20);
    cache.draw(again, scene, control());
    expect(drawn).toBe(2);
    expect(cache.renders).toBe(1);
    const [first] = blits(again);
    expect(first?.dx).toBeLessThan(0);
    expect(first?.dy).toBeLessThan(0);
  });

  it('renders the bitmap at once when the same data is drawn again before the page was idle', () => {
    const cache = new SceneCache();
    const scene = () => {};
    cache.draw(layer(1, 0, 0), scene, control());
    cache.draw(layer(1, 0, 0), scene, control());
    expect(cache.renders).toBe(1);
  });

  it('serves a pan within the margin from the bitmap, moved by whole pixels', () => {
    let drawn = 0;
    const scene = () => {
      drawn += 1;
    };
    const cache = primed(scene);
    const start = layer(1, 0, 0);
    cache.draw(start, scene, control());
    const origin = blits(start)[0];
    const panned = layer(1, 30.4, -12.6);
    cache.draw(panned, scene, control());
    expect(drawn).toBe(2);
    const moved = blits(panned)[0];
    expect(moved?.dx).toBe((origin?.dx ?? 0) + 30);
    expect(moved?.dy).toBe((origin?.dy ?? 0) - 13);
  });

  it('redraws a pan beyond the margin, and a zoom, when no gesture is in progress', () => {
    const scene = () => {};
    const cache = primed(scene);
    cache.draw(layer(1, 150, 0), scene, control());
    expect(cache.renders).toBe(2);
    cache.draw(layer(1.5, 150, 0), scene, control());
    expect(cache.renders).toBe(3);
  });

  it('during a gesture scales and moves the bitmap instead of redrawing', () => {
    const scene = () => {};
    const cache = primed(scene);
    const zoomed = layer(2, -100, -50);
    cache.draw(zoomed, scene, control({ interacting: true }));
    expect(cache.renders).toBe(1);
    const [blit] = blits(zoomed);
    expect(blit?.dWidth).toBe(2 * 340);
    // Settled: the next draw is sharp (redrawn at the new zoom).
    cache.draw(layer(2, -100, -50), scene, control());
    expect(cache.renders).toBe(2);
  });

  it('new data during a gesture is rendered into a bitmap, an export is drawn directly', () => {
    const sceneA = () => {};
    const cache = primed(sceneA);
    let b = 0;
    const sceneB = () => {
      b += 1;
    };
    cache.draw(layer(1, 0, 0), sceneB, control({ interacting: true }));
    expect([b, cache.renders]).toEqual([1, 2]);
    const out = layer(3, 0, 0);
    cache.draw(out, sceneB, control({ exporting: true }));
    cache.draw(out, sceneB, control({ exporting: true }));
    expect(b).toBe(3);
    expect(blits(out)).toHaveLength(0);
    cache.invalidate();
    cache.draw(layer(1, 0, 0), sceneB, control());
    expect(b).toBe(4);
  });
});

describe('SceneCache with a 0 px layer (a map measured before layout)', () => {
  /** A layer whose drawImage throws, as Chromium does, for a 0 px source. */
  function strictLayer(width: number, height: number) {
    const ctx = layer(1, 0, 0);
    ctx.canvas.width = width;
    ctx.canvas.height = height;
    const draw = ctx.drawImage.bind(ctx) as (...args: unknown[]) => void;
    ctx.drawImage = ((image: HTMLCanvasElement, ...rest: unknown[]) => {
      if (image.width === 0 || image.height === 0) {
        throw new DOMException('width or height of 0', 'InvalidStateError');
      }
      draw(image, ...rest);
    }) as CanvasRenderingContext2D['drawImage'];
    return ctx;
  }

  it('never draws a 0 px bitmap: not while 0 px, nor after the layer gets its size', () => {
    vi.useFakeTimers();
    const cache = new SceneCache();
    const scene = vi.fn();
    const zero = strictLayer(0, 0);
    cache.draw(zero, scene, control());
    vi.advanceTimersByTime(100);
    expect(() => cache.draw(zero, scene, control({ interacting: true }))).not.toThrow();
    expect(() => cache.draw(zero, scene, control())).not.toThrow();
    const sized = strictLayer(200, 100);
    expect(() => cache.draw(sized, scene, control({ interacting: true }))).not.toThrow();
    expect(() => cache.draw(sized, scene, control())).not.toThrow();
    vi.advanceTimersByTime(100);
    expect(() => cache.draw(sized, scene, control())).not.toThrow();
    expect(blits(sized).every((b) => b.dWidth !== 0)).toBe(true);
  });
});
